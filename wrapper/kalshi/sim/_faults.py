"""Fault injection: make the simulator fail the way networks and gateways do.

A `FaultPlan` holds faults, each matching a method and path and firing a number of times;
`FaultMiddleware` applies them around the API. Faults are set from Python
(`Simulator.faults.add(...)`) or over HTTP at `/_sim/faults` (outside Kalshi's API):
`POST` a fault as JSON, `GET` the plan and the requests seen, `DELETE` to clear both.

Kinds:
- `drop_before`: the connection is cut before the request is processed;
- `drop_after`: the request is processed, then the connection is cut before the answer;
- `status`: answer `status` (default 503) in Kalshi's error shape, without processing;
- `status_after`: process, then answer `status` instead of the real answer;
- `rate_limit`: answer 429 `{"error": "too many requests"}` (no Retry-After, as Kalshi);
- `delay`: wait `delay_s` seconds, then process and answer (past a client's timeout);
- `malformed_json`: process, then answer the real status with a truncated JSON body;
- `html_error`: answer `status` (default 502) with an HTML page, as a gateway does.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import threading
from dataclasses import asdict, dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTROL_PATH = "/_sim/faults"
KINDS = frozenset(
    {"drop_before", "drop_after", "status", "status_after", "rate_limit", "delay",
     "malformed_json", "html_error"}
)  # fmt: skip
_PROCESSING = frozenset({"drop_after", "status_after", "delay", "malformed_json"})


class DroppedConnection(Exception):
    """Raised inside the server to make it cut the connection mid-answer."""


@dataclass
class Fault:
    """One fault: what it does, which requests it matches, and how many times it fires."""

    kind: str
    method: str | None = None
    """HTTP method to match (any when None)."""
    path: str | None = None
    """Full request path to match, or a prefix ending in '*' (any when None)."""
    times: int = 1
    """How many matching requests it applies to; -1 means every one."""
    status: int | None = None
    delay_s: float = 0.0
    fired: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(sorted(KINDS))}, got {self.kind!r}")
        if not isinstance(self.times, int) or self.times < -1 or self.times == 0:
            raise ValueError("times must be a positive int, or -1 for every request")
        if self.status is not None and not 400 <= self.status <= 599:
            raise ValueError("status must be an HTTP error status (400..599)")
        if not 0 <= self.delay_s <= 600:
            raise ValueError("delay_s must be between 0 and 600 seconds")

    def matches(self, method: str, path: str) -> bool:
        """Whether this fault applies to a request (ignoring how many times it has fired)."""
        if self.method is not None and self.method.upper() != method:
            return False
        if self.path is None:
            return True
        if self.path.endswith("*"):
            return path.startswith(self.path[:-1])
        return path == self.path


class FaultPlan:
    """The faults in force, and a count of the API requests the server received."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        # Counted by (method, path), not listed: a long-running simulator sees many requests.
        self.received: collections.Counter[tuple[str, str]] = collections.Counter()

    def add(self, kind: str, **options: Any) -> Fault:
        """Add a fault (see the module docstring for kinds and options)."""
        fault = Fault(kind, **options)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every fault and forget the requests received."""
        with self._lock:
            self._faults.clear()
            self.received.clear()

    def count(self, method: str, path: str) -> int:
        """How many requests with this method and path the server received."""
        with self._lock:
            return self.received[(method, path)]

    def take(self, method: str, path: str) -> Fault | None:
        """Record a request and return the fault it triggers, if any."""
        with self._lock:
            self.received[(method, path)] += 1
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.fired += 1
                    if fault.times != -1 and fault.fired >= fault.times:
                        self._faults.remove(fault)
                    return fault
        return None

    def describe(self) -> dict[str, Any]:
        """The plan as JSON-ready data."""
        with self._lock:
            return {"faults": [asdict(f) for f in self._faults], "received": self.received.total()}


class _HideDroppedConnections(logging.Filter):
    """Keeps the server's error log free of the tracebacks that injected drops cause."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, DroppedConnection)


_HIDE_DROPS = _HideDroppedConnections()


class FaultMiddleware:
    """ASGI middleware applying a FaultPlan, and serving its control endpoint."""

    def __init__(self, app: ASGIApp, plan: FaultPlan) -> None:
        self.app = app
        self.plan = plan
        logging.getLogger("uvicorn.error").addFilter(_HIDE_DROPS)  # once: filters are a set

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == CONTROL_PATH:
            await self._control(scope, receive, send)
            return
        fault = self.plan.take(scope["method"], scope["path"])
        if fault is None:
            await self.app(scope, receive, send)
            return
        await self._apply(fault, scope, receive, send)

    async def _apply(self, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
        kind = fault.kind
        if kind == "delay":
            # Read the whole request first, as a server does before it works on it: the
            # request is then processed late even if the client has given up by then.
            body = await _read_body(receive)
            await asyncio.sleep(fault.delay_s)
            await self.app(scope, _replay(body), send)
            return
        answer: list[Message] = []
        if kind in _PROCESSING:

            async def capture(message: Message) -> None:
                answer.append(message)

            await self.app(scope, receive, capture)
        if kind in ("drop_before", "drop_after"):
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-length", b"64")],
                }
            )
            raise DroppedConnection(f"fault {kind}: connection cut")
        if kind == "rate_limit":
            await _reply(send, 429, b"application/json", b'{"error":"too many requests"}')
        elif kind in ("status", "status_after"):
            status = fault.status or 503
            error = {"error": {"code": "service_unavailable", "message": "injected fault"}}
            await _reply(send, status, b"application/json", json.dumps(error).encode())
        elif kind == "html_error":
            status = fault.status or 502
            page = (
                f"<html><head><title>{status} Bad Gateway</title></head><body>gateway</body></html>"
            )
            await _reply(send, status, b"text/html", page.encode())
        else:  # malformed_json: the real status, a body cut short
            status = answer[0]["status"] if answer else 200
            await _reply(send, status, b"application/json", b'{"order_group_id": "')

    async def _control(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope["method"]
        if method == "DELETE":
            self.plan.clear()
        elif method == "POST":
            body = await _read_body(receive)
            try:
                self.plan.add(**json.loads(body or b"{}"))
            except (ValueError, TypeError) as error:
                text = json.dumps({"error": {"code": "invalid_fault", "message": str(error)}})
                await _reply(send, 400, b"application/json", text.encode())
                return
        elif method != "GET":
            await _reply(send, 405, b"application/json", b'{"error":{"code":"method_not_allowed"}}')
            return
        await _reply(send, 200, b"application/json", json.dumps(self.plan.describe()).encode())


async def _reply(send: Send, status: int, content_type: bytes, body: bytes) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _read_body(receive: Receive) -> bytes:
    body = b""
    while True:
        message = await receive()
        body += bytes(message.get("body", b""))
        if not message.get("more_body"):
            return body


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:  # the client is long gone
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive
