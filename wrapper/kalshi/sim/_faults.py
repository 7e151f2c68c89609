"""Fault injection: make the simulator fail the way networks and gateways do.

A `FaultPlan` holds faults, each matching a method and path and firing a number of times;
`FaultMiddleware` applies them around the API. Faults are set from Python
(`Simulator.faults.add(...)`) or over HTTP at `/_sim/faults` (see `kalshi.sim._control`).
Every fault is checked when it is made: a plan the server could not carry out is refused
with a `TypeError` or `ValueError` naming the field, and never reaches the plan.

Kinds:
- `drop_before`: the connection is cut before the request is processed;
- `drop_after`: the request is processed, then the connection is cut before the answer;
- `status`: answer `status` (default 503) in Kalshi's error shape, without processing;
- `status_after`: process, then answer `status` instead of the real answer;
- `rate_limit`: answer 429 `{"error": "too many requests"}` (no Retry-After, as Kalshi);
- `delay`: wait `delay_s` seconds, then process and answer (past a client's timeout);
- `malformed_json`: process, then answer the real status with a truncated JSON body;
- `html_error`: answer `status` (default 502) with an HTML page, as a gateway does.

The feed (`/trade-api/ws/v2`) has faults of its own, in `FaultPlan.feed` (`FeedFaults`), set
from Python or over HTTP at `/_sim/feed`: drop every connection now or after N more frames,
make the next seq of a sid jump, stop the server's pings.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import math
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._asgi import is_api_request, read_body

CONTROL_PATH = "/_sim/faults"
KINDS = frozenset(
    {"drop_before", "drop_after", "status", "status_after", "rate_limit", "delay",
     "malformed_json", "html_error"}
)  # fmt: skip
STATUS_KINDS = frozenset({"status", "status_after", "html_error"})
"""The kinds that answer with a chosen `status`."""
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"})
MAX_DELAY_S = 600.0
_PROCESSING = frozenset({"drop_after", "status_after", "delay", "malformed_json"})


def check_count(name: str, value: object, *, nullable: bool = False) -> None:
    """Refuse a feed fault's count that is not a whole number >= 0 (nor None if `nullable`)."""
    if value is None and nullable:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        null = " or null" if nullable else ""
        raise ValueError(f"{name} must be a whole number >= 0{null}, got {value!r}")


class FeedFaults:
    """The feed's faults: dropped connections, skipped seqs, missing pings (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._drop_listeners: list[Callable[[], None]] = []
        self.drop_after_frames: int | None = None
        """Each connection closes after sending this many more frames (None: never)."""
        self.drop_epoch = 0
        """Bumped whenever `drop_after_frames` is set, so connections count from then."""
        self.skip_seq = 0
        """How many of the next sequenced frames (any connection) jump their seq by one."""
        self.no_ping = False
        """Whether the server's pings stop (over uvicorn)."""
        self.ping_skipped = threading.Event()
        """Set each time the server skips a ping for `no_ping` (tests wait on it)."""

    def note_skipped_ping(self) -> None:
        """Record that a connection skipped a ping because of `no_ping`."""
        self.ping_skipped.set()

    def on_drop(self, listener: Callable[[], None]) -> None:
        """Call `listener` when `drop_now` is asked (the feed's hub registers itself)."""
        with self._lock:
            self._drop_listeners.append(listener)

    def drop_now(self) -> None:
        """Close every open feed connection now, abruptly."""
        with self._lock:
            listeners = list(self._drop_listeners)
        for listener in listeners:
            listener()

    def drop_after(self, frames: int | None) -> None:
        """Close each open or future connection after `frames` more frames (None: stop)."""
        check_count("drop_after_frames", frames, nullable=True)
        with self._lock:
            self.drop_after_frames = frames
            self.drop_epoch += 1

    def skip(self, count: int = 1) -> None:
        """Make the next `count` sequenced frames jump their seq by one (a gap)."""
        check_count("skip_seq", count)
        with self._lock:
            self.skip_seq = count

    def take_skip(self) -> bool:
        """Whether the seq being assigned now jumps (uses up one skip)."""
        with self._lock:
            if self.skip_seq <= 0:
                return False
            self.skip_seq -= 1
            return True

    def clear(self) -> None:
        """Remove every feed fault."""
        with self._lock:
            self.drop_after_frames = None
            self.drop_epoch += 1
            self.skip_seq = 0
            self.no_ping = False

    def describe(self) -> dict[str, Any]:
        """The feed faults in force, as the control API shows them."""
        with self._lock:
            return {
                "drop_after_frames": self.drop_after_frames,
                "skip_seq": self.skip_seq,
                "no_ping": self.no_ping,
            }


class DroppedConnection(Exception):
    """Raised inside the server to make it cut the connection mid-answer."""


@dataclass
class Fault:
    """One fault: what it does, which requests it matches, and how many times it fires."""

    kind: str
    method: str | None = None
    """HTTP method to match, stored in capitals (any when None)."""
    path: str | None = None
    """Full request path to match, or a prefix ending in '*' (any when None)."""
    times: int = 1
    """How many matching requests it applies to; -1 means every one."""
    status: int | None = None
    """Status of a `status`, `status_after` or `html_error` answer: 400..599."""
    delay_s: float = 0.0
    """Seconds a `delay` fault waits: finite, 0..600."""
    fired: int = field(default=0, init=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.kind, str):
            raise TypeError(f"kind must be a string, got {_shown(self.kind)}")
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(sorted(KINDS))}, got {self.kind!r}")
        if self.method is not None:
            if not isinstance(self.method, str):
                raise TypeError(f"method must be a string or null, got {_shown(self.method)}")
            if self.method.upper() not in METHODS:
                allowed = ", ".join(sorted(METHODS))
                raise ValueError(f"method must be one of {allowed}, got {self.method!r}")
            self.method = self.method.upper()
        if self.path is not None:
            if not isinstance(self.path, str):
                raise TypeError(f"path must be a string or null, got {_shown(self.path)}")
            if not self.path.startswith("/"):
                raise ValueError(f"path must start with '/', got {self.path!r}")
        if not _is_int(self.times):
            raise TypeError(f"times must be an integer, got {_shown(self.times)}")
        if self.times < 1 and self.times != -1:
            raise ValueError(f"times must be 1 or more, or -1 for every request, got {self.times}")
        if self.status is not None:
            if not _is_int(self.status):
                raise TypeError(f"status must be an integer or null, got {_shown(self.status)}")
            if self.kind not in STATUS_KINDS:
                kinds = ", ".join(sorted(STATUS_KINDS))
                raise ValueError(f"status applies only to the kinds {kinds}, not {self.kind}")
            if not 400 <= self.status <= 599:
                raise ValueError(
                    f"status must be an HTTP error status (400..599), got {self.status}"
                )
        if not isinstance(self.delay_s, int | float) or isinstance(self.delay_s, bool):
            raise TypeError(f"delay_s must be a number, got {_shown(self.delay_s)}")
        if not (math.isfinite(self.delay_s) and 0 <= self.delay_s <= MAX_DELAY_S):
            raise ValueError(
                f"delay_s must be between 0 and {MAX_DELAY_S:g} seconds, got {self.delay_s}"
            )
        if self.delay_s and self.kind != "delay":
            raise ValueError(f"delay_s applies only to the kind delay, not {self.kind}")
        self.delay_s = float(self.delay_s)

    def matches(self, method: str, path: str) -> bool:
        """Whether this fault applies to a request (ignoring how many times it has fired)."""
        if self.method is not None and self.method != method:
            return False
        if self.path is None:
            return True
        if self.path.endswith("*"):
            return path.startswith(self.path[:-1])
        return path == self.path


OPTIONS = frozenset(f.name for f in fields(Fault) if f.init)
"""The fields a fault is made from (`kind` and the options of `FaultPlan.add`)."""


def fault_from_json(data: object) -> Fault:
    """Make a fault from a decoded JSON body: one object with `kind` and known options."""
    if not isinstance(data, Mapping):
        raise TypeError(f"the body must be one JSON object describing a fault, got {_shown(data)}")
    _check_options(data)
    if "kind" not in data:
        raise TypeError("kind is required")
    return Fault(**data)


def _check_options(options: Mapping[Any, Any]) -> None:
    unknown = [str(name) for name in options if name not in OPTIONS]
    if unknown:
        known = ", ".join(sorted(OPTIONS))
        raise TypeError(f"unknown fault field(s) {', '.join(sorted(unknown))}; known: {known}")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _shown(value: object) -> str:
    """A value's JSON-ish type and a short rendering, for error messages."""
    text = repr(value)
    return f"{type(value).__name__} {text[:40]}{'...' if len(text) > 40 else ''}"


class FaultPlan:
    """The faults in force, and a count of the API requests the server received.

    `sleep` is how a `delay` fault waits (`asyncio.sleep` by default); a test serving the app
    in process can pass a sleep that moves a fake clock instead of waiting.
    """

    def __init__(self, *, sleep: Callable[[float], Awaitable[None]] | None = None) -> None:
        self.sleep: Callable[[float], Awaitable[None]] = sleep or asyncio.sleep
        """How a `delay` fault waits its `delay_s` seconds."""
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        # Counted by (method, path), not listed: a long-running simulator sees many requests.
        self.received: collections.Counter[tuple[str, str]] = collections.Counter()
        self.feed = FeedFaults()
        """The feed's faults (`/trade-api/ws/v2`)."""

    def add(self, kind: str, **options: Any) -> Fault:
        """Add a fault (see the module docstring for kinds and options); a bad one raises."""
        _check_options(options)
        return self.put(Fault(kind, **options))

    def put(self, fault: Fault) -> Fault:
        """Add a fault already made (e.g. by `fault_from_json`)."""
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every fault and forget the requests received."""
        with self._lock:
            self._faults.clear()
            self.received.clear()
        self.feed.clear()

    def count(self, method: str, path: str) -> int:
        """How many requests with this method and path the server received."""
        with self._lock:
            return self.received[(method, path)]

    def take(self, method: str, path: str) -> Fault | None:
        """Record a request and return the fault it triggers, if any."""
        with self._lock:
            self.received[(method, path)] += 1
            if not self._faults:  # nothing armed: the request is only counted
                return None
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
    """ASGI middleware applying a FaultPlan to every request outside the control API."""

    def __init__(self, app: ASGIApp, plan: FaultPlan) -> None:
        self.app = app
        self.plan = plan
        logging.getLogger("uvicorn.error").addFilter(_HIDE_DROPS)  # once: filters are a set

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self.plan.take(scope["method"], scope["path"]) if is_api_request(scope) else None
        if fault is None:
            await self.app(scope, receive, send)
            return
        await self._apply(fault, scope, receive, send)

    async def _apply(self, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
        kind = fault.kind
        if kind == "delay":
            # Read the whole request first, as a server does before it works on it: the
            # request is then processed late even if the client has given up by then.
            _, replay = await read_body(receive)
            await self.plan.sleep(fault.delay_s)
            await self.app(scope, replay, send)
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


async def _reply(send: Send, status: int, content_type: bytes, body: bytes) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
