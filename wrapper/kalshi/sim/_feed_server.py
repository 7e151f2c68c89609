"""The feed's keep-alive over uvicorn: pings every `ws_ping_interval_s` with payload `heartbeat`.

uvicorn pings with a random payload; Kalshi's server sends `heartbeat`. This subclass of
uvicorn's websockets (sans-I/O) protocol sends Kalshi's payload, and skips a ping while the
connection's feed asks for none (the `no_ping` feed fault, told through the ASGI scope).
Sim choice for missed pongs: the connection closes (1011) when no pong arrives within three
ping intervals. It relies on uvicorn's protocol internals; should they change, `feed_protocol`
falls back to uvicorn's own pings.
"""

from __future__ import annotations

from typing import Any

from ._faults import FeedFaults
from ._feed import FAULTS_SCOPE_KEY

HEARTBEAT = b"heartbeat"
MISSED_PONGS = 3


def feed_protocol() -> Any:
    """The `ws` protocol class to give `uvicorn.Config` ("auto" when the internals differ)."""
    try:
        from uvicorn.protocols.websockets.websockets_sansio_impl import (
            WebSocketsSansIOProtocol,
        )
    except ImportError:  # pragma: no cover - an older or newer uvicorn
        return "auto"
    if not hasattr(WebSocketsSansIOProtocol, "send_keepalive_ping"):  # pragma: no cover
        return "auto"

    class FeedProtocol(WebSocketsSansIOProtocol):
        """uvicorn's protocol, pinging with `heartbeat` unless the feed says not to."""

        def send_keepalive_ping(self) -> None:
            """Send one `heartbeat` ping, then wait for its pong (or skip it when told)."""
            self.ping_timer = None
            if self.close_sent or self.transport.is_closing():
                return
            faults = getattr(self, "scope", {}).get(FAULTS_SCOPE_KEY)
            if isinstance(faults, FeedFaults) and faults.no_ping:
                faults.note_skipped_ping()
                self.schedule_ping()
                return
            self.pending_ping_payload = HEARTBEAT
            self.ping_sent_at = self.loop.time()
            self.conn.send_ping(HEARTBEAT)
            self.transport.write(b"".join(self.conn.data_to_send()))
            if self.ping_timeout is not None:
                self.pong_timer = self.loop.call_later(self.ping_timeout, self.keepalive_timeout)
            else:
                self.schedule_ping()

    return FeedProtocol


def feed_keepalive(interval_s: float | None) -> dict[str, Any]:
    """The `uvicorn.Config` options serving the feed's pings every `interval_s` (None: none)."""
    return {
        "ws": feed_protocol(),
        "ws_ping_interval": interval_s,
        "ws_ping_timeout": None if interval_s is None else MISSED_PONGS * interval_s,
    }
