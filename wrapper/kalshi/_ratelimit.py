"""Client-side rate limiting (off by default): Kalshi's read and write token buckets.

Kalshi meters requests in tokens: each request costs 10 unless Kalshi lists it otherwise
(an order cancel costs 2; a batch costs its per-order cost times its size); reads and writes
draw on separate buckets that refill continuously at the account tier's rate.
Waiting here, before sending, turns a burst into a queue instead of a run of 429s.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ._retry import Bucket


@dataclass(frozen=True, kw_only=True)
class RateLimit:
    """Token budgets per second for reads and writes, and how many seconds of each may burst."""

    read_per_second: float
    write_per_second: float
    read_burst_seconds: float = 1.0
    write_burst_seconds: float = 2.0

    def __post_init__(self) -> None:
        for name in (
            "read_per_second",
            "write_per_second",
            "read_burst_seconds",
            "write_burst_seconds",
        ):
            value = getattr(self, name)
            if not _finite_positive(value):
                raise ValueError(f"{name} must be a finite, positive number, got {value!r}")


def _finite_positive(value: object) -> bool:
    """Whether value is a number (bool refused) above zero that a float can hold."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(value) and value > 0
    except OverflowError:  # an int too large for a float
        return False


# Kalshi's published tiers (tokens per second, read / write).
TIERS: dict[str, RateLimit] = {
    "basic": RateLimit(read_per_second=200, write_per_second=100, write_burst_seconds=1.0),
    "advanced": RateLimit(read_per_second=300, write_per_second=300),
    "expert": RateLimit(read_per_second=600, write_per_second=600),
    "premier": RateLimit(read_per_second=1000, write_per_second=1000),
    "paragon": RateLimit(read_per_second=2000, write_per_second=2000),
    "prime": RateLimit(read_per_second=4000, write_per_second=4000),
    "prestige": RateLimit(read_per_second=10000, write_per_second=8000),
}


class TokenBucket:
    """A continuously refilling bucket; reserve() says how long to wait for the tokens."""

    def __init__(self, rate: float, capacity: float, clock: Callable[[], float]) -> None:
        self._rate = rate
        self._capacity = capacity
        self._clock = clock
        self._tokens = capacity
        self._updated = clock()
        self._lock = threading.Lock()

    def reserve(self, cost: float) -> float:
        """Take cost tokens now (the level may go below zero) and return seconds to wait."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self._capacity, self._tokens + (now - self._updated) * self._rate)
            self._updated = now
            self._tokens -= cost
            return 0.0 if self._tokens >= 0 else -self._tokens / self._rate


class RateLimiter:
    """The read and write buckets of one client."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._read = TokenBucket(
            limit.read_per_second, limit.read_per_second * limit.read_burst_seconds, clock
        )
        self._write = TokenBucket(
            limit.write_per_second, limit.write_per_second * limit.write_burst_seconds, clock
        )

    def reserve(self, bucket: Bucket, cost: int) -> float:
        """Seconds to wait before sending a request of this cost from this bucket."""
        return (self._read if bucket is Bucket.READ else self._write).reserve(cost)


def max_batch(limiter: RateLimiter | None, item_cost: int) -> int:
    """The most orders one batch may hold: Kalshi refuses a batch whose whole cost exceeds the
    write bucket, so it is the bucket's capacity over the per-order cost. Without a configured
    tier, the Basic tier's (every account's first)."""
    limit = limiter.limit if limiter is not None else TIERS["basic"]
    return int(limit.write_per_second * limit.write_burst_seconds) // item_cost


def make_limiter(rate_limit: str | RateLimit | None) -> RateLimiter | None:
    """A limiter for a tier name or explicit budgets; None turns limiting off."""
    if rate_limit is None:
        return None
    if isinstance(rate_limit, RateLimit):
        return RateLimiter(rate_limit)
    if isinstance(rate_limit, str) and rate_limit in TIERS:
        return RateLimiter(TIERS[rate_limit])
    raise ValueError(
        f"rate_limit must be one of {', '.join(TIERS)}, a RateLimit, or None; got {rate_limit!r}"
    )
