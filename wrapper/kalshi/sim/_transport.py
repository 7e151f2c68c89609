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
from collections.abc import AsyncIterator

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._faults import DroppedConnection

_NO_BODY = frozenset({204, 304})
"""Statuses whose answers carry no body on the wire, whatever the app sends."""


class SimTransport(httpx.AsyncBaseTransport):
    """An httpx async transport serving an ASGI app in process, as a server on a socket would."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._running: set[asyncio.Task[httpx.Response]] = set()

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
