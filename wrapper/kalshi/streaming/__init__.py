"""Kalshi's real-time feed (`/trade-api/ws/v2`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kalshi_ws.models import *  # noqa: F403 (the feed's message models, read lazily below)

    from ._messages import MESSAGE_TYPES as MESSAGE_TYPES
    from ._messages import UnknownFrame as UnknownFrame
    from ._messages import parse_frame as parse_frame

_FROM_MESSAGES = frozenset({"MESSAGE_TYPES", "UnknownFrame", "parse_frame"})


def __getattr__(name: str) -> Any:
    """The feed's message models (`kalshi.streaming.TickerPayload`, ...), imported on first use."""
    if name in _FROM_MESSAGES:
        from . import _messages

        return getattr(_messages, name)
    import kalshi_ws.models

    if name in kalshi_ws.models.__all__:
        return getattr(kalshi_ws.models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
