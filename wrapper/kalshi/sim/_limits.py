"""Kalshi's rate limits in the simulator (off by default: `SimSettings.rate_limit`).

Each member has a read and a write token bucket of its tier (`kalshi._ratelimit.TIERS`: the
same budgets the client's own limiter uses), refilling continuously on the exchange's clock, so
a `ManualClock` refills them only when moved. A request costs its operation's tokens
(`kalshi._operations`: 10 unless Kalshi lists another cost; a batch its per-item cost times
its size). A request is let through when its bucket holds at least its cost, which it then
spends; otherwise it is answered 429 `{"error": "too many requests"}` and spends nothing,
without `Retry-After`, as Kalshi answers. A batch bigger than the whole bucket can never pass.

Sim choices: requests are metered per member (the member of the `KALSHI-ACCESS-KEY`); requests
without a known key, and paths outside the spec, are not metered; writes are not split per
exchange shard.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from .._operations import Operation, operation_for
from .._ratelimit import TIERS, RateLimit
from .._retry import Bucket
from ._asgi import decode_body, is_api_request, key_id_of, read_body

TOO_MANY = {"error": "too many requests"}
"""Kalshi's 429 body."""


def tier_of(limit: str | RateLimit) -> RateLimit:
    """The budgets of a tier name (e.g. "basic") or of explicit budgets."""
    if isinstance(limit, RateLimit):
        return limit
    try:
        return TIERS[limit]
    except KeyError:
        raise ValueError(f"rate_limit must be one of {', '.join(TIERS)} or a RateLimit") from None


class _Bucket:
    """Tokens refilling at `rate` per second up to `capacity`, on a millisecond clock."""

    def __init__(self, rate: float, capacity: float, now_ms: int) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated_ms = now_ms

    def take(self, cost: float, now_ms: int) -> bool:
        """Spend `cost` tokens if the bucket holds them; say whether it did."""
        elapsed = max(now_ms - self.updated_ms, 0)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate / 1000)
        self.updated_ms = now_ms
        if self.tokens < cost:
            return False
        self.tokens -= cost
        return True


class RateLimits:
    """Every member's read and write buckets for one tier."""

    def __init__(self, limit: str | RateLimit, now_ms: Callable[[], int]) -> None:
        self.limit = tier_of(limit)
        self._now_ms = now_ms
        self._lock = threading.Lock()
        self._buckets: dict[tuple[str, Bucket], _Bucket] = {}

    @classmethod
    def of(cls, limit: str | RateLimit | None, now_ms: Callable[[], int]) -> RateLimits | None:
        """Buckets for a tier, or None when `limit` is None (no limits)."""
        return None if limit is None else cls(limit, now_ms)

    def take(self, member: str, bucket: Bucket, cost: int) -> bool:
        """Whether a request of `cost` tokens from `member` may pass now (then it is billed)."""
        with self._lock:
            now = self._now_ms()
            found = self._buckets.get((member, bucket))
            if found is None:
                found = self._buckets[member, bucket] = self._new(bucket, now)
            return found.take(cost, now)

    def reset(self) -> None:
        """Fill every bucket again."""
        with self._lock:
            self._buckets.clear()

    def _new(self, bucket: Bucket, now_ms: int) -> _Bucket:
        limit = self.limit
        if bucket is Bucket.READ:
            rate, burst = limit.read_per_second, limit.read_burst_seconds
        else:
            rate, burst = limit.write_per_second, limit.write_burst_seconds
        return _Bucket(rate, rate * burst, now_ms)


def request_cost(method: str, path: str, body: Any) -> tuple[Bucket, int] | None:
    """The bucket and tokens a request draws, or None for a path outside the spec."""
    operation = operation_for(method, path)
    return None if operation is None else _cost(operation, body)


def _cost(operation: Operation, body: Any) -> tuple[Bucket, int]:
    """The bucket and tokens of one request of `operation` (a batch: per item of its body)."""
    cost = operation.cost
    if operation.cost_per_item:
        items = body.get("orders") if isinstance(body, dict) else None
        cost *= max(len(items), 1) if isinstance(items, list) else 1
    return operation.bucket, cost


class RateLimitMiddleware:
    """ASGI middleware answering 429 to a member's request its bucket cannot pay for."""

    def __init__(
        self, app: ASGIApp, *, limits: RateLimits, member_of: Callable[[str], str | None]
    ) -> None:
        self.app = app
        self.limits = limits
        self.member_of = member_of

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Bill the request to its member's bucket, or answer 429 when it cannot pay."""
        if not is_api_request(scope):
            await self.app(scope, receive, send)
            return
        key_id = key_id_of(scope)
        member = None if key_id is None else self.member_of(key_id)
        if member is None:
            await self.app(scope, receive, send)
            return
        operation = operation_for(scope["method"], scope["path"])
        if operation is None:
            await self.app(scope, receive, send)
            return
        body = None
        if operation.cost_per_item:  # only a batch's body says what it costs
            raw, receive = await read_body(receive)
            body = decode_body(raw)
        if not self.limits.take(member, *_cost(operation, body)):
            await JSONResponse(TOO_MANY, status_code=429)(scope, receive, send)
            return
        await self.app(scope, receive, send)
