"""The retry policy: which failures are retried, for which requests, and how long to wait."""

from __future__ import annotations

import email.utils
import enum
import random
import time

import httpx

from ._constants import BACKOFF_BASE, BACKOFF_CAP, MAX_RETRY_AFTER

RETRY_STATUSES = frozenset({429, 502, 503, 504})

# Failures that happen before any byte of the request leaves: always safe to repeat.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after the request may have reached the server.
_MAYBE_SENT = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


class Safety(enum.Enum):
    """Whether repeating a request could duplicate its effect."""

    REPEATABLE = "repeatable"  # a repeat cannot add an effect: GET, DELETE, the group PUTs
    KEYED = "keyed"  # a create carrying a client-given id that Kalshi deduplicates on
    ONCE = "once"  # a create with no key: never re-sent once it may have arrived


class Bucket(enum.Enum):
    """Which of Kalshi's two token buckets a request draws on."""

    READ = "read"
    WRITE = "write"


# Tokens a request costs when Kalshi lists no other cost for it.
DEFAULT_COST = 10


def was_sent(exc: httpx.TransportError) -> bool:
    """False when the request surely never reached the server."""
    return not isinstance(exc, _NOT_SENT)


def should_retry_exception(exc: httpx.TransportError, safety: Safety) -> bool:
    """Retry a transport failure if nothing was sent, or if a repeat is harmless."""
    if isinstance(exc, _NOT_SENT):
        return True
    return safety is not Safety.ONCE and isinstance(exc, _MAYBE_SENT)


def should_retry_status(status: int, safety: Safety) -> bool:
    """Retry 429 and gateway errors, for requests whose repeat is harmless."""
    return safety is not Safety.ONCE and status in RETRY_STATUSES


def parse_retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from a Retry-After header (delta or HTTP date), or None."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (ValueError, TypeError):
            return None
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def backoff_delay(retry_index: int, retry_after: float | None, rng: random.Random) -> float | None:
    """Seconds to wait before retry number retry_index (0-based); None means do not retry.

    A server-given Retry-After wins (up to MAX_RETRY_AFTER); otherwise exponential backoff
    with full jitter, capped. Kalshi's 429 carries no Retry-After, so backoff is the norm.
    """
    if retry_after is not None:
        return retry_after if retry_after <= MAX_RETRY_AFTER else None
    return rng.uniform(0.0, min(BACKOFF_CAP, BACKOFF_BASE * (2**retry_index)))
