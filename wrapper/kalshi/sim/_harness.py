"""The test harness's middleware around the API: the request journal and the rate limits."""

from __future__ import annotations

from starlette.middleware import Middleware

from ._engine import Exchange
from ._journal import JournalMiddleware
from ._limits import RateLimitMiddleware


def harness_middleware(
    exchange: Exchange, inner: list[Middleware], *, faulted: bool
) -> list[Middleware]:
    """`inner` wrapped in the journal (outermost, so it sees every answer) and rate limits.

    Rate limits sit just inside the fault middleware (the first of `inner` when `faulted`), so
    a faulted request is not billed, and outside the caller's own middleware.
    """

    def now_ms() -> int:
        return exchange.clock.now_ms()

    def member_of(key_id: str) -> str | None:
        found = exchange.key(key_id)
        return None if found is None else found[0]

    layers = list(inner)
    if exchange.rate_limits is not None:
        limiter = Middleware(RateLimitMiddleware, limits=exchange.rate_limits, member_of=member_of)
        layers.insert(1 if faulted else 0, limiter)
    return [Middleware(JournalMiddleware, journal=exchange.journal, now_ms=now_ms), *layers]
