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
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._asgi import decode_body, is_api_request, key_id_of, read_body


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


class _Record:
    """A request as the middleware saw it; made into a `JournalEntry` when first read.

    Decoding the query and the JSON body is left to the reader, so that a request nobody
    reads back costs the journal next to nothing.
    """

    __slots__ = ("_entry", "at_ms", "raw", "request", "status")

    def __init__(self, scope: Scope, raw: bytes, status: int | None, at_ms: int) -> None:
        # What the entry reads of the scope, not the scope (which holds the app, the route...).
        self.request: Scope = {
            "method": scope["method"],
            "path": scope["path"],
            "query_string": scope.get("query_string", b""),
            "headers": scope.get("headers", ()),
        }
        self.raw = raw
        self.status = status
        self.at_ms = at_ms
        self._entry: JournalEntry | None = None

    @classmethod
    def of(cls, entry: JournalEntry) -> _Record:
        """A record already read: `entry` itself."""
        record = cls.__new__(cls)
        record._entry = entry
        return record

    def entry(self) -> JournalEntry:
        """The journal entry (decoded once)."""
        if self._entry is None:
            self._entry = _entry(self.request, self.raw, self.status, self.at_ms)
            del self.request, self.raw  # no longer needed
        return self._entry


class Journal:
    """The latest requests, oldest first; thread-safe, bounded by `limit` (None: unbounded)."""

    def __init__(self, limit: int | None = None) -> None:
        self._lock = threading.Lock()
        self._entries: collections.deque[_Record] = collections.deque(maxlen=limit)

    def record(self, entry: JournalEntry) -> None:
        """Add an entry (dropping the oldest when full)."""
        self._add(_Record.of(entry))

    def _add(self, record: _Record) -> None:
        with self._lock:
            self._entries.append(record)

    def replace(self, old: JournalEntry, new: JournalEntry) -> None:
        """Put `new` in the place of the entry `old` (nothing if it has been dropped)."""
        self._swap(lambda record: record.entry() is old, _Record.of(new))

    def _swap(self, is_old: Callable[[_Record], bool], new: _Record) -> None:
        """Put `new` in the place of the latest record `is_old` picks (nothing if none)."""
        with self._lock:
            for index in range(len(self._entries) - 1, -1, -1):
                if is_old(self._entries[index]):
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
            return [record.entry() for record in self._entries]

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
            return self._entries[index].entry()

    def __repr__(self) -> str:
        return f"Journal({len(self)} entries)"


def _path_matches(pattern: str, path: str) -> bool:
    from ._app import API_PREFIX

    candidates = (path, path[len(API_PREFIX) :] if path.startswith(API_PREFIX) else path)
    if pattern.endswith("*"):
        return any(candidate.startswith(pattern[:-1]) for candidate in candidates)
    return pattern in candidates


class JournalMiddleware:
    """ASGI middleware recording every API request into a `Journal`."""

    def __init__(self, app: ASGIApp, *, journal: Journal, now_ms: Callable[[], int]) -> None:
        self.app = app
        self.journal = journal
        self.now_ms = now_ms

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Read the body, pass the request on, and record it with the status answered."""
        if not is_api_request(scope):
            await self.app(scope, receive, send)
            return
        at_ms = self.now_ms()
        raw, replay = await read_body(receive)
        recorded: list[_Record] = []

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start" and not recorded:
                # Recorded before the answer leaves: once a client has it, the journal does too.
                recorded.append(_Record(scope, raw, message["status"], at_ms))
                self.journal._add(recorded[0])
            await send(message)

        try:
            await self.app(scope, replay, watch)
        except BaseException:
            # The connection was cut (a drop fault) or the server gave up: no answer arrived.
            cut = _Record(scope, raw, None, at_ms)
            if recorded:
                self.journal._swap(lambda record: record is recorded[0], cut)
            else:
                self.journal._add(cut)
            raise
        if not recorded:
            self.journal._add(_Record(scope, raw, None, at_ms))


def _entry(scope: Scope, raw: bytes, status: int | None, at_ms: int) -> JournalEntry:
    query = scope.get("query_string", b"")
    return JournalEntry(
        method=scope["method"],
        path=scope["path"],
        query=tuple(parse_qsl(query.decode("latin-1"), keep_blank_values=True)) if query else (),
        body=decode_body(raw),
        key_id=key_id_of(scope),
        status=status,
        at_ms=at_ms,
    )
