"""The one seam between a WebSocket session and the wire it runs on.

A session talks to Kalshi's feed through a `WsConnection`: text frames out, text frames in,
close. Over the network the connection is made by the `websockets` library; in process the
simulator's transport makes one that talks to its ASGI app directly. Both honour this
protocol, so the session's code (commands, sequence tracking, reconnection) is the same for
both. Pings are the connection's business: a network connection answers the server's pings
itself, and an in-process one has none.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Protocol


class WsClosed(Exception):
    """The connection ended: the server closed it, the network dropped it, or we closed it."""

    def __init__(self, code: int | None = None, reason: str = "") -> None:
        super().__init__(
            f"WebSocket closed (code {code}): {reason}"
            if reason
            else f"WebSocket closed (code {code})"
        )
        self.code = code
        self.reason = reason


class WsHandshakeRefused(Exception):
    """The server answered the upgrade request with an HTTP status instead of a WebSocket."""

    def __init__(self, status: int, body: bytes = b"") -> None:
        super().__init__(f"WebSocket handshake refused with HTTP {status}")
        self.status = status
        self.body = body


class WsConnection(Protocol):
    """An open WebSocket connection carrying JSON text frames."""

    async def send(self, text: str) -> None:
        """Send one text frame; raises `WsClosed` when the connection has ended."""
        ...

    async def recv(self) -> str:
        """The next text frame; raises `WsClosed` when the connection ends."""
        ...

    async def close(self) -> None:
        """Close the connection (idempotent); a pending `recv` then raises `WsClosed`."""
        ...


WsConnect = Callable[[str, Mapping[str, str]], Awaitable[WsConnection]]
"""Opens a connection to a URL with the handshake's extra headers (the signed auth headers).

Raises `WsHandshakeRefused` when the server refuses the upgrade and `WsClosed` (or `OSError`)
when it cannot be reached.
"""
