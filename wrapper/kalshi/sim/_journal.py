"""The request journal: every request the simulator saw, with what it answered.

`JournalMiddleware` records each API request (control paths under `/_sim/` are left out) as a
frozen `JournalEntry`: method, path, query, body (decoded JSON, or None), API key id, status,
and the exchange's time when it arrived. A request whose connection was cut (a `drop_*`
fault) before any answer is recorded with status None. An entry is recorded as its answer
starts, so a client that has its answer finds its request in the journal. The journal keeps
the latest `SimSettings.journal_limit` entries; read it as `exchange.journal` (or
`Simulator.journal`), or over HTTP at `GET /_sim/journal` (see `kalshi.sim._control`).
"""

from __future__ import annotations

import collections
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._faults import CONTROL_PREFIX

KEY_HEADER = b"kalshi-access-key"


@dataclass(frozen=True)
class JournalEntry:
    """One request the simulator received, and the status it answered (None: cut)."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    body: Any
    """The request body decoded as JSON; None when there was none or it was not JSON."""
    key_id: str | None
    status: int | None
    at_ms: int
    """The exchange's clock when the request arrived, in ms since the epoch."""

    @property
    def params(self) -> dict[str, str]:
        """The query as a dict (the last value of a repeated name wins)."""
        return dict(self.query)

    def to_json(self) -> dict[str, Any]:
        """The entry as the control API shows it."""
        return {
            "method": self.method,
            "path": self.path,
            "query": [list(pair) for pair in self.query],
            "body": self.body,
            "key_id": self.key_id,
            "status": self.status,
            "at_ms": self.at_ms,
        }


class Journal:
    """The latest requests, oldest first; thread-safe, bounded by `limit` (None: unbounded)."""

    def __init__(self, limit: int | None = None) -> None:
        self._lock = threading.Lock()
        self._entries: collections.deque[JournalEntry] = collections.deque(maxlen=limit)

    def record(self, entry: JournalEntry) -> None:
        """Add an entry (dropping the oldest when full)."""
        with self._lock:
            self._entries.append(entry)

    def replace(self, old: JournalEntry, new: JournalEntry) -> None:
        """Put `new` in the place of the entry `old` (nothing if it has been dropped)."""
        with self._lock:
            for index in range(len(self._entries) - 1, -1, -1):
                if self._entries[index] is old:
                    self._entries[index] = new
                    return

    def clear(self) -> None:
        """Forget every entry."""
        with self._lock:
            self._entries.clear()

    @property
    def entries(self) -> list[JournalEntry]:
        """A copy of the entries, oldest first."""
        with self._lock:
            return list(self._entries)

    def filter(
        self,
        method: str | None = None,
        path: str | None = None,
        *,
        status: int | None = None,
        key_id: str | None = None,
        where: Callable[[JournalEntry], bool] | None = None,
    ) -> list[JournalEntry]:
        """Entries matching every given test; `path` ending in '*' matches a prefix.

        `path` is the full request path (e.g. `/trade-api/v2/portfolio/events/orders`) or one
        relative to the API root (`/portfolio/events/orders`).
        """
        wanted = None if method is None else method.upper()
        return [
            entry
            for entry in self.entries
            if (wanted is None or entry.method == wanted)
            and (path is None or _path_matches(path, entry.path))
            and (status is None or entry.status == status)
            and (key_id is None or entry.key_id == key_id)
            and (where is None or where(entry))
        ]

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __iter__(self) -> Iterator[JournalEntry]:
        return iter(self.entries)

    def __getitem__(self, index: int) -> JournalEntry:
        with self._lock:
            return self._entries[index]

    def __repr__(self) -> str:
        return f"Journal({len(self)} entries)"


def _path_matches(pattern: str, path: str) -> bool:
    from ._app import API_PREFIX

    candidates = (path, path[len(API_PREFIX) :] if path.startswith(API_PREFIX) else path)
    if pattern.endswith("*"):
        return any(candidate.startswith(pattern[:-1]) for candidate in candidates)
    return pattern in candidates


def decode_body(raw: bytes) -> Any:
    """A request body decoded as JSON, or None when it is empty or not JSON."""
    if not raw.strip():
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


async def buffered(receive: Receive) -> tuple[bytes, Receive]:
    """Read the whole body; return it and a `receive` that hands it on again."""
    chunks: list[bytes] = []
    more = True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    raw = b"".join(chunks)
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": raw, "more_body": False}
        return await receive()

    return raw, replay


class JournalMiddleware:
    """ASGI middleware recording every API request into a `Journal`."""

    def __init__(self, app: ASGIApp, *, journal: Journal, now_ms: Callable[[], int]) -> None:
        self.app = app
        self.journal = journal
        self.now_ms = now_ms

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Read the body, pass the request on, and record it with the status answered."""
        if scope["type"] != "http" or scope["path"].startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        at_ms = self.now_ms()
        raw, replay = await buffered(receive)
        recorded: list[JournalEntry] = []

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start" and not recorded:
                # Recorded before the answer leaves: once a client has it, the journal does too.
                recorded.append(_entry(scope, raw, message["status"], at_ms))
                self.journal.record(recorded[0])
            await send(message)

        try:
            await self.app(scope, replay, watch)
        except BaseException:
            # The connection was cut (a drop fault) or the server gave up: no answer arrived.
            cut = _entry(scope, raw, None, at_ms)
            if recorded:
                self.journal.replace(recorded[0], cut)
            else:
                self.journal.record(cut)
            raise
        if not recorded:
            self.journal.record(_entry(scope, raw, None, at_ms))


def _entry(scope: Scope, raw: bytes, status: int | None, at_ms: int) -> JournalEntry:
    key_id = None
    for name, value in scope.get("headers", ()):
        if name.lower() == KEY_HEADER:
            key_id = value.decode("latin-1")
            break
    query = scope.get("query_string", b"").decode("latin-1")
    return JournalEntry(
        method=scope["method"],
        path=scope["path"],
        query=tuple(parse_qsl(query, keep_blank_values=True)),
        body=decode_body(raw),
        key_id=key_id,
        status=status,
        at_ms=at_ms,
    )
