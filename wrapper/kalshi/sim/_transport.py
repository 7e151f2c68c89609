"""Serving the simulator's ASGI app in process, failing the way a connection does.

`httpx.ASGITransport` runs the app inside the client's task and passes the app's exceptions
through. That is not how a server behaves: a server keeps working on a request after its
client gives up, and a connection the server cuts shows up as an httpx transport error, not as
the server's own exception. `SimTransport` closes both gaps, so the faults of a `FaultPlan`
look in process the way they look over loopback:

- the app runs in a task of its own, which a client's timeout or cancellation does not stop
  (`drain()` waits for those still running);
- `DroppedConnection` (`drop_before`, `drop_after`) becomes what httpx raises over a socket:
  the headers already sent arrive, and reading the body raises `httpx.RemoteProtocolError`,
  or the send raises it when nothing was sent;
- a 204 or 304 answer arrives without a body, as HTTP/1.1 sends it;
- the request's read timeout applies to the wait for the answer, as httpx applies it to a
  socket (ASGITransport ignores timeouts), raising `httpx.ReadTimeout`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from urllib.parse import urlsplit

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..streaming._connection import WsClosed, WsConnect, WsConnection, WsHandshakeRefused
from ._faults import DroppedConnection

_NO_BODY = frozenset({204, 304})
"""Statuses whose answers carry no body on the wire, whatever the app sends."""


class SimTransport(httpx.AsyncBaseTransport):
    """An httpx async transport serving an ASGI app in process, as a server on a socket would."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._running: set[asyncio.Task[httpx.Response]] = set()
        self.websocket_connect: WsConnect = websocket_connector(app)
        """Opens an in-process connection to the app's feed (`/trade-api/ws/v2`)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Serve one request; a cut connection or a late answer raises as over a socket."""
        cut: list[DroppedConnection] = []
        started: list[Message] = []

        async def app(scope: Scope, receive: Receive, send: Send) -> None:
            async def watch(message: Message) -> None:
                if message["type"] == "http.response.start":
                    started.append(message)
                elif started and started[0]["status"] in _NO_BODY:  # as an HTTP/1.1 server does
                    message = {**message, "body": b""}
                await send(message)

            try:
                await self.app(scope, receive, watch)
            except DroppedConnection as exc:
                cut.append(exc)
                if not started:
                    await send({"type": "http.response.start", "status": 500, "headers": []})
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        serve = httpx.ASGITransport(app=app).handle_async_request(request)
        task = asyncio.get_running_loop().create_task(serve)
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        timeout = request.extensions.get("timeout", {}).get("read")
        try:
            # Shielded: the client leaving (a timeout, a cancel) does not stop the server.
            async with asyncio.timeout(timeout):
                response = await asyncio.shield(task)
        except TimeoutError:
            raise httpx.ReadTimeout("timed out waiting for the answer", request=request) from None
        if not cut:
            return response
        if not started:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from cut[0]
        expected = response.headers.get("content-length", "?")
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_CutBody(request, expected),
            request=request,
        )

    @property
    def running(self) -> int:
        """How many requests the app is still working on (their clients may have left)."""
        return len(self._running)

    async def drain(self) -> None:
        """Wait until the app has finished every request it received."""
        while self._running:
            await asyncio.wait(set(self._running))

    async def aclose(self) -> None:
        """Stop the requests still being served, as a server shutting down would."""
        for task in list(self._running):
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)


class _CutBody(httpx.AsyncByteStream):
    """A response body whose connection was cut before any of it arrived."""

    def __init__(self, request: httpx.Request, expected: str) -> None:
        self._request = request
        self._expected = expected

    async def __aiter__(self) -> AsyncIterator[bytes]:
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body "
            f"(received 0 bytes, expected {self._expected})",
            request=self._request,
        )
        yield b""  # pragma: no cover - makes this an async generator


def asgi_transport(app: ASGIApp) -> SimTransport:
    """An httpx transport serving `app` (from `create_app`) in process, faults included."""
    return SimTransport(app)


class _InProcessWebSocket:
    """A `WsConnection` talking to the app's websocket endpoint through two queues."""

    def __init__(self) -> None:
        self.to_app: asyncio.Queue[Message] = asyncio.Queue()
        self.from_app: asyncio.Queue[Message] = asyncio.Queue()
        self.task: asyncio.Task[None] | None = None
        self._closed: WsClosed | None = None

    async def send(self, text: str) -> None:
        """Send one text frame to the app."""
        if self._closed is not None:
            raise self._closed
        await self.to_app.put({"type": "websocket.receive", "text": text})

    async def recv(self) -> str:
        """The app's next text frame; `WsClosed` once the app closed or we did."""
        if self._closed is not None:
            raise self._closed
        message = await self.from_app.get()
        if message["type"] == "websocket.send":
            text = message.get("text")
            return text if text is not None else bytes(message.get("bytes") or b"").decode()
        self._closed = WsClosed(message.get("code", 1000), message.get("reason") or "")
        await self.to_app.put({"type": "websocket.disconnect", "code": self._closed.code})
        raise self._closed

    async def close(self) -> None:
        """Close the connection and let the app see the client leave."""
        if self._closed is None:
            self._closed = WsClosed(1000, "closed by the client")
            await self.to_app.put({"type": "websocket.disconnect", "code": 1000})
            await self.from_app.put({"type": "websocket.close", "code": 1000})
        if self.task is not None:
            await asyncio.gather(self.task, return_exceptions=True)


def websocket_connector(app: ASGIApp) -> WsConnect:
    """A `WsConnect` that runs `app`'s websocket endpoint in process, as over a socket."""

    async def connect(url: str, headers: Mapping[str, str]) -> WsConnection:
        parts = urlsplit(url)
        connection = _InProcessWebSocket()
        scope: Scope = {
            "type": "websocket",
            "asgi": {"version": "3.0", "spec_version": "2.4"},
            "scheme": "wss" if parts.scheme in ("wss", "https") else "ws",
            "server": (parts.hostname or "sim", parts.port or 443),
            "client": ("127.0.0.1", 0),
            "root_path": "",
            "path": parts.path,
            "raw_path": parts.path.encode("ascii"),
            "query_string": parts.query.encode("ascii"),
            "headers": [
                (name.lower().encode("latin-1"), value.encode("latin-1"))
                for name, value in headers.items()
            ],
            "subprotocols": [],
            "extensions": {"websocket.http.response": {}},
        }
        await connection.to_app.put({"type": "websocket.connect"})

        async def serve() -> None:
            try:
                await app(scope, connection.to_app.get, connection.from_app.put)
            finally:
                await connection.from_app.put({"type": "websocket.close", "code": 1006})

        connection.task = asyncio.get_running_loop().create_task(serve())
        first = await connection.from_app.get()
        if first["type"] == "websocket.accept":
            return connection
        if first["type"] == "websocket.http.response.start":
            body = b""
            while True:
                part = await connection.from_app.get()
                if part["type"] != "websocket.http.response.body":
                    break
                body += part.get("body", b"")
                if not part.get("more_body", False):
                    break
            await asyncio.gather(connection.task, return_exceptions=True)
            raise WsHandshakeRefused(first["status"], body)
        await asyncio.gather(connection.task, return_exceptions=True)
        if first["type"] == "websocket.close":
            raise WsHandshakeRefused(403)
        raise WsClosed(1006, "the app ended without answering the handshake")

    return connect
