"""The network `WsConnect`: a `WsConnection` over the `websockets` library (asyncio client)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._connection import WsClosed, WsConnection, WsHandshakeRefused

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection
    from websockets.exceptions import ConnectionClosed

# Kalshi's frames are small; a snapshot of a deep book is the largest. 16 MiB is ample.
MAX_FRAME = 16 * 1024 * 1024
OPEN_TIMEOUT = 10.0
CLOSE_TIMEOUT = 2.0  # a dead peer must not hold up the reconnect for long


# Headers whose value must never be written anywhere (the key id and timestamp are not secret).
SECRET_HEADERS = frozenset({"kalshi-access-signature"})


class _RedactSecrets(logging.Filter):
    """Blanks the value in the library's `> Header: value` debug lines for a secret header."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if (
            isinstance(args, tuple)
            and len(args) == 2
            and isinstance(args[0], str)
            and args[0].lower() in SECRET_HEADERS
        ):
            record.args = (args[0], "<redacted>")
        return True


# The library logs every request header at DEBUG: its records go through this logger,
# whose filter runs before any handler sees them.
_wire_log = logging.getLogger("kalshi.streaming.wire")
_wire_log.addFilter(_RedactSecrets())


def _closed(exc: ConnectionClosed) -> WsClosed:
    frame = exc.rcvd or exc.sent
    if frame is None:
        return WsClosed(None, "connection lost")
    return WsClosed(frame.code, frame.reason)


class NetworkConnection:
    """One open `websockets` client connection; it answers the server's pings itself."""

    __slots__ = ("_ws",)

    def __init__(self, ws: ClientConnection) -> None:
        self._ws = ws

    async def send(self, text: str) -> None:
        """Send one text frame; raises `WsClosed` when the connection has ended."""
        from websockets.exceptions import ConnectionClosed

        try:
            await self._ws.send(text)
        except ConnectionClosed as exc:
            raise _closed(exc) from None

    async def recv(self) -> str:
        """The next text frame (a binary one decoded as UTF-8); `WsClosed` when it ends."""
        from websockets.exceptions import ConnectionClosed

        try:
            data = await self._ws.recv()
        except ConnectionClosed as exc:
            raise _closed(exc) from None
        return data if isinstance(data, str) else data.decode()

    async def close(self) -> None:
        """Close the connection with a normal closing handshake (idempotent)."""
        await self._ws.close()


async def network_connect(url: str, headers: Mapping[str, str]) -> WsConnection:
    """Open a feed connection over the network, sending `headers` with the upgrade request."""
    from websockets.asyncio.client import connect
    from websockets.exceptions import InvalidHandshake, InvalidStatus

    try:
        ws = await connect(
            url,
            additional_headers=dict(headers),
            open_timeout=OPEN_TIMEOUT,
            max_size=MAX_FRAME,
            close_timeout=CLOSE_TIMEOUT,
            user_agent_header="kalshi-trade",
            logger=_wire_log,
        )
    except InvalidStatus as exc:
        raise WsHandshakeRefused(
            exc.response.status_code, bytes(exc.response.body or b"")
        ) from None
    except InvalidHandshake as exc:
        raise WsClosed(None, f"handshake failed: {exc}") from exc
    except TimeoutError as exc:
        raise WsClosed(None, "handshake timed out") from exc
    return NetworkConnection(ws)
