"""A feed session: commands and their replies, subscriptions, sequence checks, reconnection.

One task per connection reads frames and routes each by its `sid` to the Subscriptions on
it; a supervisor task reconnects when the connection ends (or goes silent) and subscribes
every live Subscription again, mapping the new sids to the same objects. Order books are
kept where frames are read, so a slow reader of a book never makes it skip a delta: it is
handed the book as it is when it asks.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import json
import logging
import random
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn

import httpx

from .._auth import KEY_HEADER
from .._errors import (
    StreamInterrupted,
    SubscriptionOverflow,
    SubscriptionTerminated,
    WebSocketCommandError,
    WebSocketConnectionError,
    WebSocketError,
    WebSocketHandshakeError,
    WebSocketTimeoutError,
    _explain_auth_failure,
    parse_error_body,
)
from .._validation import check_int
from ._book import Orderbook
from ._connection import WsClosed, WsConnect, WsConnection, WsHandshakeRefused
from ._messages import parse_frame

_log = logging.getLogger("kalshi.streaming")

# Channels whose queue drops its oldest message when full (counted in `dropped`): a newer
# quote supersedes an older one. Every other channel is private and never drops silently.
MARKET_DATA_CHANNELS = frozenset(
    {"ticker", "trade", "orderbook_delta", "market_lifecycle_v2", "multivariate_market_lifecycle"}
)
# Frame types carrying a per-sid `seq` that must grow by one.
SEQUENCED_TYPES = frozenset({"orderbook_snapshot", "orderbook_delta", "order_group_updates"})
REPLY_TYPES = frozenset({"subscribed", "ok", "unsubscribed", "error"})
# Errors after which the subscription is gone and must be made again.
TERMINAL_CODES = frozenset({10, 17, 25})
# How often a subscribe answered with a terminal error is tried again when restoring.
TERMINAL_RETRIES = 5
# Refusals of the upgrade that another attempt cannot fix.
FINAL_HANDSHAKE_STATUSES = frozenset({400, 401, 403, 404})
REFUSED_RECONNECTS = 5
"""Reconnects refused with a final status in a row before the session ends: one refusal
(a clock that drifted for a moment, a key check failing during maintenance) must not end a
session left running for days, while a revoked key ends it after a few backoffs."""

DEFAULT_HEARTBEAT = 30.0
DEFAULT_COMMAND_TIMEOUT = 10.0
DEFAULT_QUEUE_SIZE = 10_000
DEFAULT_BACKOFF_BASE = 0.5
DEFAULT_BACKOFF_CAP = 30.0

Headers = Callable[[], Mapping[str, str]]


class Subscription:
    """One channel's subscription: an async iterator of its typed messages.

    Market-data channels keep at most `maxsize` messages and drop the oldest past that,
    counting them in `dropped`. Private channels raise `SubscriptionOverflow` instead (then
    go on with new messages), and `StreamInterrupted` after a reconnect or a sequence gap:
    in both cases messages may be missing, so resync from REST.
    """

    def __init__(
        self, session: AsyncWebSocket, channel: str, params: dict[str, Any], maxsize: int
    ) -> None:
        self.channel = channel
        self.params = params
        self.sid: int | None = None
        self.dropped = 0
        self.lossless = channel not in MARKET_DATA_CHANNELS
        self._session = session
        self._maxsize = maxsize
        # Frames as decoded, and the errors a reader is to meet between them.
        self._queue: collections.deque[dict[str, Any] | WebSocketError] = collections.deque()
        self._waiter: asyncio.Future[None] | None = None
        self._overflowed = 0  # messages lost since the last SubscriptionOverflow
        self._closed = False
        self._error: BaseException | None = None

    @property
    def closed(self) -> bool:
        """Whether the subscription has ended (unsubscribed, failed, or its session closed)."""
        return self._closed

    # -- called where frames are read --

    def _wake(self) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def _wait(self) -> None:
        """Wait for `_wake`; every reader waits on the one future, none can cancel it."""
        waiter = self._waiter
        if waiter is None:
            waiter = self._waiter = asyncio.get_running_loop().create_future()
        await asyncio.shield(waiter)

    def _on_frame(self, frame: dict[str, Any], kind: str) -> None:
        queue = self._queue
        if self._overflowed:
            self._overflowed += 1
            self.dropped += 1
            return
        if len(queue) >= self._maxsize:
            if self.lossless:
                self._overflowed = len(queue) + 1
                self.dropped += self._overflowed
                queue.clear()
                self._wake()
                return
            queue.popleft()
            self.dropped += 1
        queue.append(frame)
        self._wake()

    def _notify(self, error: WebSocketError) -> None:
        self._queue.append(error)  # raised when the reader reaches it
        self._wake()

    def _on_gap(self) -> None:
        if self.lossless:
            self._notify(
                StreamInterrupted(
                    f"{self.channel}: sequence gap, messages may be missing; resync from REST",
                    channel=self.channel,
                    reason="gap",
                )
            )

    def _on_disconnect(self) -> None:
        if self.lossless:
            self._notify(
                StreamInterrupted(
                    f"{self.channel}: connection lost, messages may be missing; resync from REST",
                    channel=self.channel,
                    reason="reconnect",
                )
            )

    def _finish(self, error: BaseException | None = None) -> None:
        if not self._closed:
            self._closed = True
            self._error = error
            self._wake()

    # -- the consumer's side --

    def _end(self) -> NoReturn:
        """Raise what a reader of the ended subscription gets: its error once, then the end."""
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        raise StopAsyncIteration

    def __aiter__(self) -> Subscription:
        """The subscription iterates over itself."""
        return self

    async def __anext__(self) -> Any:
        """The next message, typed (`parse_frame`); waits for one."""
        while True:
            if self._overflowed:
                lost, self._overflowed = self._overflowed, 0
                raise SubscriptionOverflow(
                    f"{self.channel}: {lost} messages lost to a full queue; resync from REST",
                    channel=self.channel,
                    dropped=lost,
                )
            if self._queue:
                item = self._queue.popleft()
                if isinstance(item, WebSocketError):
                    raise item
                return parse_frame(item)
            if self._closed:
                self._end()
            await self._wait()

    async def unsubscribe(self) -> None:
        """End this subscription (its iterator stops)."""
        await self._session.unsubscribe(self)

    async def update(
        self,
        *,
        add_markets: Sequence[str] | None = None,
        delete_markets: Sequence[str] | None = None,
    ) -> list[str] | None:
        """Add or remove markets; the server's full ticker list when it sends one."""
        return await self._session.update_subscription(
            self, add_markets=add_markets, delete_markets=delete_markets
        )

    def __repr__(self) -> str:
        return f"Subscription({self.channel!r}, sid={self.sid}, dropped={self.dropped})"


class OrderbookStream(Subscription):
    """A maintained order book of one market: iterate for the book after every change.

    What is yielded is the live book (`Orderbook`), current when handed out; a slow reader
    gets the latest state, not every intermediate one. Use `book.copy()` to keep a state.
    After a sequence gap or a reconnect the book is not yielded again until a fresh
    snapshot has been applied.
    """

    def __init__(self, session: AsyncWebSocket, ticker: str, maxsize: int) -> None:
        super().__init__(session, "orderbook_delta", {"market_tickers": [ticker]}, maxsize)
        self.book = Orderbook(ticker)
        self._version = 0
        self._seen = 0
        self._started = False

    def _on_frame(self, frame: dict[str, Any], kind: str) -> None:
        book = self.book
        try:
            msg = frame["msg"]
            if msg["market_ticker"] != book.market_ticker:
                return
            if kind == "orderbook_delta":
                if not book.ready:
                    return
                book.apply_delta(msg, frame.get("seq"))
            elif kind == "orderbook_snapshot":
                book.apply_snapshot(msg, frame.get("seq"))
            else:
                return
        except (KeyError, TypeError, ValueError, ArithmeticError, AttributeError):
            # A frame that cannot be applied may be a delta missing: the book starts over.
            _log.warning("unusable %s frame for %s: subscribing again", kind, book.market_ticker)
            if self.sid is not None:
                self._session._resync(self.sid, None, frame.get("seq"))
            return
        self._version += 1
        self._wake()

    def _on_gap(self) -> None:
        self.book.invalidate()

    def _on_disconnect(self) -> None:
        self.book.invalidate()

    def __aiter__(self) -> OrderbookStream:
        """The stream iterates over itself."""
        return self

    async def __anext__(self) -> Orderbook:
        """The book, once it has changed since the last one handed out and is ready."""
        if not self._started:
            self._started = True
            try:
                await self._session._start(self)
            except BaseException:
                self._started = False
                raise
        while True:
            if self._version != self._seen and self.book.ready:
                self._seen = self._version
                return self.book
            if self._closed:
                self._end()
            await self._wait()

    async def aclose(self) -> None:
        """Unsubscribe the book's feed (the iterator stops)."""
        if self._started and not self._closed:
            await self._session.unsubscribe(self)
        else:
            self._finish()

    def __repr__(self) -> str:
        return f"OrderbookStream({self.book.market_ticker!r}, sid={self.sid})"


def _error_from(reply: Mapping[str, Any], command: str) -> WebSocketCommandError:
    msg = reply.get("msg")
    body: Mapping[str, Any] = msg if isinstance(msg, Mapping) else {}
    code = body.get("code")
    text = str(body.get("msg") or "error")
    ticker = body.get("market_ticker")
    cls = SubscriptionTerminated if code in TERMINAL_CODES else WebSocketCommandError
    return cls(
        text,
        code=code if isinstance(code, int) else None,
        command=command,
        market_ticker=ticker if isinstance(ticker, str) else None,
    )


def _refused(exc: WsHandshakeRefused, key_id: str | None) -> WebSocketHandshakeError:
    """A refused upgrade's error: its body read as a REST error's, a 401 explained the same way."""
    code, message, details, _ = parse_error_body(httpx.Response(exc.status, content=exc.body))
    if exc.status == 401:
        message = _explain_auth_failure(code, message, details, key_id)
    return WebSocketHandshakeError(
        f"the feed refused the connection with HTTP {exc.status}: {message}",
        status=exc.status,
        body=exc.body,
    )


def _reply_sid(reply: Mapping[str, Any]) -> int | None:
    msg = reply.get("msg")
    sid = msg.get("sid") if isinstance(msg, Mapping) and "sid" in msg else reply.get("sid")
    return sid if isinstance(sid, int) else None


def _tickers(params: Mapping[str, Any]) -> list[str]:
    """The markets a subscription's params name (none: every market of the channel)."""
    one = params.get("market_ticker")
    if isinstance(one, str):
        return [one]
    many = params.get("market_tickers")
    return [t for t in many if isinstance(t, str)] if isinstance(many, list | tuple) else []


def _market_params(tickers: str | Sequence[str] | None, params: dict[str, Any]) -> dict[str, Any]:
    if tickers is None:
        return params
    if isinstance(tickers, str):
        tickers = [tickers]
    return {"market_tickers": list(tickers), **params}


class AsyncWebSocket:
    """A session on Kalshi's real-time feed; use as `async with client.websocket() as ws:`.

    `heartbeat`: after this many seconds without a frame the session asks the server for its
    subscription list, and reconnects if nothing comes within as long again. Commands wait
    at most `command_timeout` seconds for their reply. Reconnection waits a random time up to
    `backoff_base * 2**attempt` seconds, capped at `backoff_cap`.
    """

    def __init__(
        self,
        *,
        url: str,
        connect: WsConnect,
        headers: Headers,
        heartbeat: float = DEFAULT_HEARTBEAT,
        command_timeout: float = DEFAULT_COMMAND_TIMEOUT,
        queue_size: int = DEFAULT_QUEUE_SIZE,
        backoff_base: float = DEFAULT_BACKOFF_BASE,
        backoff_cap: float = DEFAULT_BACKOFF_CAP,
        rng: random.Random | None = None,
    ) -> None:
        for name, value in (("heartbeat", heartbeat), ("command_timeout", command_timeout)):
            if not isinstance(value, int | float) or isinstance(value, bool) or not value > 0:
                raise ValueError(f"{name} must be a positive number, got {value!r}")
        queue_size = check_int("queue_size", queue_size, 1)
        for name, value in (("backoff_base", backoff_base), ("backoff_cap", backoff_cap)):
            if not value >= 0:  # NaN included
                raise ValueError(f"{name} must be a number of 0 or more, got {value!r}")
        self.url = url
        self._connect = connect
        self._headers = headers
        self._heartbeat = float(heartbeat)
        self._command_timeout = float(command_timeout)
        self._queue_size = int(queue_size)
        self._backoff_base = float(backoff_base)
        self._backoff_cap = float(backoff_cap)
        self._rng = rng or random.Random()
        # A connection counts as having worked (the backoff starts over) once it carried a
        # frame and stayed up this long: one that falls over right after the resubscribes
        # does not reset it, or a flapping server would be reconnected to in a tight loop.
        self._stable_after = self._heartbeat
        self.reconnects = 0
        """How many times the session has connected again after losing its connection."""
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._binding: dict[int, Subscription] = {}  # subscribe command id -> its Subscription
        # Subscribes given up on (timed out, cancelled) before their reply: a reply that still
        # comes names a sid nobody reads, which is unsubscribed.
        self._abandoned: set[int] = set()
        self._subs: list[Subscription] = []
        self._by_sid: dict[int, list[Subscription]] = {}
        self._seq: dict[int, int] = {}
        self._conn: WsConnection | None = None
        self._connected: asyncio.Event | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._last_frame = 0.0
        self._closing = False
        self._failure: WebSocketError | None = None

    # -- lifecycle --

    async def __aenter__(self) -> AsyncWebSocket:
        """Connect (raising at once when the first connection fails)."""
        await self.open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Close the session: every task ended, the connection closed."""
        await self.close()

    async def open(self) -> None:
        """Connect; `WebSocketHandshakeError` or `WebSocketConnectionError` if that fails."""
        if self._closing:
            raise RuntimeError("a closed session cannot be opened again: use client.websocket()")
        if self._supervisor is not None:
            raise RuntimeError("this session is already open")
        self._connected = asyncio.Event()
        conn = await self._open_connection()
        self._supervisor = asyncio.create_task(self._supervise(conn), name="kalshi-ws")
        self._supervisor.add_done_callback(self._supervisor_done)

    def _supervisor_done(self, task: asyncio.Task[None]) -> None:
        """Should the supervisor ever fail, nobody is left waiting on a dead session."""
        if not task.cancelled() and task.exception() is not None and not self._closing:
            self._fail(WebSocketConnectionError(f"the feed session failed: {task.exception()!r}"))

    async def close(self) -> None:
        """Close the connection and end every subscription and task (idempotent)."""
        self._closing = True
        if self._connected is not None:
            self._connected.set()  # commands waiting for a connection see the session closed
        tasks = [t for t in (self._supervisor, *self._tasks) if t is not None]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
        conn, self._conn = self._conn, None
        if conn is not None:
            await _close_quietly(conn)
        self._fail_pending(WebSocketConnectionError("the session was closed"))
        for sub in self._subs:
            sub._finish()
        self._subs.clear()
        self._by_sid.clear()

    async def _open_connection(self) -> WsConnection:
        headers = self._headers()
        try:
            async with asyncio.timeout(self._command_timeout):
                return await self._connect(self.url, headers)
        except WsHandshakeRefused as exc:
            raise _refused(exc, headers.get(KEY_HEADER)) from None
        except (WsClosed, OSError) as exc:
            raise WebSocketConnectionError(f"cannot connect to the feed: {exc}") from exc
        except TimeoutError:
            raise WebSocketConnectionError("connecting to the feed timed out") from None

    async def _supervise(self, conn: WsConnection) -> None:
        attempt = 0
        while True:
            self._attach(conn)
            attached_at = self._last_frame
            reader = self._spawn(self._read(conn))
            watchdog = self._spawn(self._watch(conn))
            restore = self._spawn(self._restore(conn)) if self._subs else None
            try:
                await reader
            except Exception:
                _log.exception("the feed reader failed: reconnecting")
            finally:
                for task in (watchdog, restore):
                    if task is not None:
                        task.cancel()
                await asyncio.gather(
                    *(t for t in (watchdog, restore) if t is not None), return_exceptions=True
                )
                self._detach()
                await _close_quietly(conn)
            lived = asyncio.get_running_loop().time() - attached_at
            if self._last_frame > attached_at and lived >= self._stable_after:
                attempt = 0  # the connection worked: start the backoff over
            refusals = 0
            while True:
                await self._back_off(attempt)
                attempt += 1
                try:
                    conn = await self._open_connection()
                    break
                except WebSocketHandshakeError as exc:
                    if exc.status in FINAL_HANDSHAKE_STATUSES:
                        refusals += 1
                        if refusals >= REFUSED_RECONNECTS:
                            self._fail(exc)
                            return
                    _log.warning("feed reconnect refused: %s", exc)
                except WebSocketConnectionError as exc:
                    _log.warning("feed reconnect failed: %s", exc)
                except Exception:
                    _log.exception("the feed connector failed: trying again")
            self.reconnects += 1

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _attach(self, conn: WsConnection) -> None:
        self._conn = conn
        self._last_frame = asyncio.get_running_loop().time()
        assert self._connected is not None
        self._connected.set()

    def _detach(self) -> None:
        assert self._connected is not None
        self._connected.clear()
        self._conn = None
        self._fail_pending(WebSocketConnectionError("the feed connection was lost"))
        self._abandoned.clear()
        self._by_sid.clear()
        self._seq.clear()
        for sub in self._subs:
            sub.sid = None
            if not self._closing:
                sub._on_disconnect()

    def _fail(self, error: WebSocketError) -> None:
        """The session cannot go on: end every subscription with this error."""
        self._failure = error
        self._fail_pending(error)
        for sub in self._subs:
            sub._finish(error)
        self._subs.clear()
        assert self._connected is not None
        self._connected.set()  # wake commands waiting for a connection, to see the failure

    def _fail_pending(self, error: WebSocketError) -> None:
        pending, self._pending = self._pending, {}
        self._binding.clear()
        for future in pending.values():
            if not future.done():
                future.set_exception(error)

    async def _restore(self, conn: WsConnection) -> None:
        await self._subscribe_again(conn, list(self._subs))

    async def _subscribe_again(self, conn: WsConnection, subs: list[Subscription]) -> None:
        """Subscribe `subs` again on `conn` (a reconnect, a gap, a terminal error).

        Kalshi's terminal errors (10, 17, 25) ask for a new subscribe: those are tried again
        after a backoff, `TERMINAL_RETRIES` times, before the subscription ends with the
        error. Any other error reply ends it at once. No reply at all closes the connection,
        so that the reconnect restores everything.
        """
        attempt = 0
        while True:
            retry: list[Subscription] = []
            for sub in subs:
                if sub._closed or self._conn is not conn:
                    continue
                try:
                    await self._activate(sub, conn)
                except SubscriptionTerminated as exc:
                    if attempt < TERMINAL_RETRIES:
                        _log.warning("%r: %s; subscribing again", sub, exc)
                        retry.append(sub)
                        continue
                    _log.warning("could not subscribe %r again: %s", sub, exc)
                    self._drop(sub)
                    sub._finish(exc)
                except WebSocketTimeoutError:
                    await _close_quietly(conn)  # start over on a new connection
                    return
                except WebSocketConnectionError:
                    return  # the next connection restores what is left
                except WebSocketError as exc:
                    _log.warning("could not subscribe %r again: %s", sub, exc)
                    self._drop(sub)
                    sub._finish(exc)
            if not retry:
                return
            await self._back_off(attempt)
            attempt += 1
            subs = retry

    async def _back_off(self, attempt: int) -> None:
        """Sleep a full-jitter backoff: up to base x 2^attempt, capped."""
        ceiling = min(self._backoff_cap, self._backoff_base * 2 ** min(attempt, 30))
        await asyncio.sleep(self._rng.uniform(0, ceiling))

    async def _watch(self, conn: WsConnection) -> None:
        """Probe a silent connection with list_subscriptions; close it if it stays silent."""
        loop = asyncio.get_running_loop()
        probed_at: float | None = None
        while True:
            now = loop.time()
            if probed_at is not None and self._last_frame >= probed_at:
                probed_at = None
            if probed_at is None:
                due = self._last_frame + self._heartbeat
                if now >= due:
                    probed_at = now
                    await self._send_probe(conn)
                    continue
            else:
                due = probed_at + self._heartbeat
                if now >= due:
                    _log.warning(
                        "the feed was silent for %.1f s: reconnecting", 2 * self._heartbeat
                    )
                    await _close_quietly(conn)
                    return
            await asyncio.sleep(due - now)

    async def _send_probe(self, conn: WsConnection) -> None:
        probe = next(self._ids)
        # Bounded: a send that never completes (a full buffer to a dead peer) must not stop
        # the watchdog from ending the connection.
        with contextlib.suppress(WsClosed, TimeoutError):
            async with asyncio.timeout(self._heartbeat):
                await conn.send(json.dumps({"id": probe, "cmd": "list_subscriptions"}))

    # -- reading --

    async def _read(self, conn: WsConnection) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                text = await conn.recv()
            except WsClosed as exc:
                if not self._closing:
                    _log.info("feed connection ended: %s", exc)
                return
            self._last_frame = loop.time()
            try:
                self._on_text(text)
            except Exception:
                _log.exception("ignoring a feed frame that could not be handled")

    def _on_text(self, text: str) -> None:
        """Route one received text frame: the hot path, run for every frame."""
        try:
            frame = json.loads(text)
        except ValueError:
            _log.warning("ignoring a feed frame that is not JSON")
            return
        if type(frame) is not dict:
            return
        kind: Any = frame.get("type")
        if kind in REPLY_TYPES:
            self._on_reply(frame, kind)
            return
        sid: Any = frame.get("sid")
        subs = self._by_sid.get(sid)
        if subs is None:
            return  # a sid no longer ours (unsubscribed or being resubscribed)
        if kind in SEQUENCED_TYPES:
            seq: Any = frame.get("seq")
            last = self._seq.get(sid)
            if last is not None and seq != last + 1:
                if seq == last:
                    return  # the same frame again
                if kind == "order_group_updates":
                    for sub in subs:
                        sub._on_gap()
                else:
                    self._resync(sid, last, seq)
                    return
            self._seq[sid] = seq
        for sub in subs:
            sub._on_frame(frame, kind)

    def _on_reply(self, frame: dict[str, Any], kind: str) -> None:
        ident: Any = frame.get("id")
        if kind == "ok":
            # An update's reply may take the sid's next seq: then it is no gap.
            sid: Any = frame.get("sid")
            seq: Any = frame.get("seq")
            last = self._seq.get(sid)
            if last is not None and seq == last + 1:
                self._seq[sid] = seq
        future = self._pending.pop(ident, None)
        if future is not None:
            binding = self._binding.pop(ident, None)
            if binding is not None and kind != "error":
                self._bind(binding, frame)
            if not future.done():
                future.set_result(frame)
        elif ident in self._abandoned:
            self._abandoned.discard(ident)
            if kind != "error":
                self._drop_unread(_reply_sid(frame))
        elif kind == "error":
            self._on_stray_error(frame)

    def _on_stray_error(self, frame: dict[str, Any]) -> None:
        error = _error_from(frame, "feed")
        _log.warning("feed error: %s", error)
        if error.code not in TERMINAL_CODES:
            return
        sid = frame.get("sid")
        if isinstance(sid, int) and sid in self._by_sid:
            self._resync(sid, None, None)
        elif self._conn is not None:
            self._spawn(_close_quietly(self._conn))  # subscribe everything anew

    def _resync(self, sid: int, last: int | None, seq: Any) -> None:
        """A gap, reset or terminal error on a sid: forget it, and subscribe its owners anew."""
        _log.warning("feed sid %s: seq %s after %s: subscribing again", sid, seq, last)
        subs = self._by_sid.pop(sid, [])
        self._seq.pop(sid, None)
        for sub in subs:
            sub.sid = None
            sub._on_gap()
        conn = self._conn
        if conn is not None:
            self._spawn(self._resubscribe(conn, sid, subs))

    async def _resubscribe(self, conn: WsConnection, sid: int, subs: list[Subscription]) -> None:
        try:
            await self._command("unsubscribe", {"sids": [sid]}, conn)
        except WebSocketCommandError:
            pass  # already gone on the server's side
        except WebSocketTimeoutError:
            await _close_quietly(conn)  # no answer: the reconnect restores everything
            return
        except WebSocketError:
            return  # the connection is going: the reconnect restores everything
        await self._subscribe_again(conn, subs)

    # -- commands --

    async def _command(
        self,
        cmd: str,
        params: dict[str, Any] | None,
        conn: WsConnection | None = None,
        binding: Subscription | None = None,
    ) -> dict[str, Any]:
        """Send a command and wait (bounded) for its reply; an error reply raises typed.

        A subscribe's `binding` gets the sid of the reply where the reply is read, so that
        the frames right behind it (a snapshot) are routed to it.
        """
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(self._command_timeout):
                if conn is None:
                    conn = await self._current()
                ident = next(self._ids)
                future: asyncio.Future[dict[str, Any]] = loop.create_future()
                self._pending[ident] = future
                if binding is not None:
                    self._binding[ident] = binding
                message: dict[str, Any] = {"id": ident, "cmd": cmd}
                if params is not None:
                    message["params"] = params
                try:
                    await conn.send(json.dumps(message))
                    reply = await future
                finally:
                    self._pending.pop(ident, None)
                    if self._binding.pop(ident, None) is not None and (
                        not future.done() or future.cancelled()
                    ):
                        self._abandoned.add(ident)
        except TimeoutError:
            raise WebSocketTimeoutError(
                f"no reply to {cmd} within {self._command_timeout} s"
            ) from None
        except WsClosed as exc:
            raise WebSocketConnectionError(f"the feed connection was lost: {exc}") from None
        if reply.get("type") == "error":
            raise _error_from(reply, cmd)
        return reply

    async def _current(self) -> WsConnection:
        while True:
            if self._failure is not None:
                raise self._failure
            if self._closing or self._supervisor is None:
                raise WebSocketConnectionError("the session is not open")
            if self._conn is not None:
                return self._conn
            assert self._connected is not None
            await self._connected.wait()

    async def _activate(self, sub: Subscription, conn: WsConnection | None = None) -> None:
        """Subscribe on the server and route the sid it gives to `sub`."""
        if conn is None:
            conn = await self._current()
        reply = await self._command(
            "subscribe", {"channels": [sub.channel], **sub.params}, conn, binding=sub
        )
        if self._conn is not conn:  # lost (each connect makes a new connection object)
            raise WebSocketConnectionError("the feed connection was lost during subscribe")
        if sub.sid is None and not sub._closed:
            raise WebSocketError(f"the subscribe reply named no sid: {reply!r}")

    def _bind(self, sub: Subscription, reply: dict[str, Any]) -> None:
        """Route the sid a subscribe reply names to `sub` (a merged one may be shared)."""
        sid = _reply_sid(reply)
        if sid is None:
            return
        if sub._closed:
            self._drop_unread(sid)  # ended while its subscribe was under way
            return
        sub.sid = sid
        owners = self._by_sid.setdefault(sid, [])
        if sub not in owners:
            owners.append(sub)

    def _drop_unread(self, sid: int | None) -> None:
        """Unsubscribe a sid the server gave that no Subscription reads (none shares it)."""
        if sid is not None and not self._by_sid.get(sid) and self._conn is not None:
            self._spawn(self._unsubscribe_quietly(self._conn, sid))

    def _unbind(self, sub: Subscription) -> None:
        """Undo `_bind` for a subscribe given up on after its reply was routed."""
        sid, sub.sid = sub.sid, None
        if sid is None:
            return
        owners = self._by_sid.get(sid)
        if owners is None or sub not in owners:
            return  # that connection is gone, and its sids with it
        owners.remove(sub)
        if not owners:
            del self._by_sid[sid]
            self._seq.pop(sid, None)
            self._drop_unread(sid)

    async def _unsubscribe_quietly(self, conn: WsConnection, sid: int) -> None:
        with contextlib.suppress(WebSocketError):
            await self._command("unsubscribe", {"sids": [sid]}, conn)

    def _drop(self, sub: Subscription) -> None:
        if sub in self._subs:
            self._subs.remove(sub)
        if sub.sid is not None:
            owners = self._by_sid.get(sub.sid)
            if owners is not None and sub in owners:
                owners.remove(sub)

    async def _start(self, sub: Subscription) -> None:
        try:
            await self._activate(sub)
        except BaseException:
            # Cancelled (or failed) after the reply was routed: the sid must not keep
            # feeding `sub` beside the one a retry will get.
            self._unbind(sub)
            raise
        if not sub._closed:
            self._subs.append(sub)

    async def subscribe(self, /, channel: str, **params: Any) -> Subscription:
        """Subscribe to one channel with Kalshi's params (`market_tickers=[...]`, ...)."""
        sub = Subscription(self, channel, params, self._queue_size)
        await self._start(sub)
        return sub

    async def subscribe_orderbook_delta(
        self, /, tickers: str | Sequence[str], **params: Any
    ) -> Subscription:
        """Order book snapshots and deltas of these markets (raw frames; see `orderbook`)."""
        return await self.subscribe("orderbook_delta", **_market_params(tickers, params))

    async def subscribe_ticker(
        self, /, tickers: str | Sequence[str] | None = None, **params: Any
    ) -> Subscription:
        """Price, bid/ask, volume and open-interest updates (all markets without tickers)."""
        return await self.subscribe("ticker", **_market_params(tickers, params))

    async def subscribe_trade(
        self, /, tickers: str | Sequence[str] | None = None, **params: Any
    ) -> Subscription:
        """Public trades (all markets without tickers)."""
        return await self.subscribe("trade", **_market_params(tickers, params))

    async def subscribe_fill(
        self, /, tickers: str | Sequence[str] | None = None, **params: Any
    ) -> Subscription:
        """Your fills (private)."""
        return await self.subscribe("fill", **_market_params(tickers, params))

    async def subscribe_market_positions(
        self, /, tickers: str | Sequence[str] | None = None, **params: Any
    ) -> Subscription:
        """Your position changes (private)."""
        return await self.subscribe("market_positions", **_market_params(tickers, params))

    async def subscribe_user_orders(
        self, /, tickers: str | Sequence[str] | None = None, **params: Any
    ) -> Subscription:
        """Your orders' changes (private)."""
        return await self.subscribe("user_orders", **_market_params(tickers, params))

    async def subscribe_order_group(self, /, **params: Any) -> Subscription:
        """Your order groups' events: created, triggered, reset, deleted, limit_updated."""
        return await self.subscribe("order_group_updates", **params)

    async def subscribe_market_lifecycle(self, /, **params: Any) -> Subscription:
        """Market and event lifecycle events (created, activated, determined, settled, ...)."""
        return await self.subscribe("market_lifecycle_v2", **params)

    async def subscribe_multivariate_lifecycle(self, /, **params: Any) -> Subscription:
        """Lifecycle events of multivariate (combo) markets."""
        return await self.subscribe("multivariate_market_lifecycle", **params)

    async def subscribe_communications(self, /, **params: Any) -> Subscription:
        """RFQ and quote events (private; `shard_factor`/`shard_key` optional)."""
        return await self.subscribe("communications", **params)

    def orderbook(self, ticker: str) -> OrderbookStream:
        """A maintained book of one market: `async for book in ws.orderbook("T"):`."""
        if not isinstance(ticker, str) or not ticker:
            raise ValueError("ticker must be a non-empty string")
        return OrderbookStream(self, ticker, self._queue_size)

    async def unsubscribe(self, sub: Subscription) -> None:
        """End a subscription; the server's sid is dropped once no Subscription shares it."""
        sid = sub.sid
        self._drop(sub)
        sub._finish()
        if sid is None:
            return
        others = self._by_sid.get(sid)
        if others:
            # A sid Kalshi merged several subscriptions into lives on for the others; the
            # markets only this one asked for are taken off it.
            kept = {t for other in others for t in _tickers(other.params)}
            mine = [t for t in _tickers(sub.params) if t not in kept]
            if mine and self._conn is not None and all(_tickers(o.params) for o in others):
                with contextlib.suppress(WebSocketConnectionError):
                    await self._command(
                        "update_subscription",
                        {"sids": [sid], "market_tickers": mine, "action": "delete_markets"},
                    )
            return
        self._by_sid.pop(sid, None)
        self._seq.pop(sid, None)
        if self._conn is not None:
            # A connection lost meanwhile takes the sid with it: the unsubscribe is done.
            with contextlib.suppress(WebSocketConnectionError):
                await self._command("unsubscribe", {"sids": [sid]})

    async def update_subscription(
        self,
        sub: Subscription,
        *,
        add_markets: Sequence[str] | None = None,
        delete_markets: Sequence[str] | None = None,
    ) -> list[str] | None:
        """Add or remove markets of a subscription (one of the two); the server's ticker list."""
        if (add_markets is None) == (delete_markets is None):
            raise ValueError("pass exactly one of add_markets and delete_markets")
        action = "add_markets" if add_markets is not None else "delete_markets"
        tickers = list(add_markets if add_markets is not None else delete_markets or ())
        sid = sub.sid
        if sid is None:
            raise WebSocketConnectionError("the subscription is not active right now")
        try:
            reply = await self._command(
                "update_subscription",
                {"sids": [sid], "market_tickers": tickers, "action": action},
            )
        except SubscriptionTerminated:
            # Kalshi ended the subscription (10, 17, 25): make it again, as for a stray one.
            if sub in self._by_sid.get(sid, ()):
                self._resync(sid, None, None)
            raise
        current = _tickers(sub.params)
        sub.params.pop("market_ticker", None)
        if action == "add_markets":
            held = current + [t for t in tickers if t not in current]
        else:
            held = [t for t in current if t not in tickers]
        sub.params["market_tickers"] = held
        msg = reply.get("msg")
        listed = msg.get("market_tickers") if isinstance(msg, dict) else None
        return list(listed) if isinstance(listed, list) else None

    async def list_subscriptions(self) -> list[dict[str, Any]]:
        """The server's list of this session's subscriptions: `[{"channel": c, "sid": s}, ...]`."""
        reply = await self._command("list_subscriptions", None)
        msg = reply.get("msg")
        return list(msg) if isinstance(msg, list) else []

    @property
    def subscriptions(self) -> list[Subscription]:
        """The live Subscriptions of this session."""
        return list(self._subs)

    def __repr__(self) -> str:
        return f"AsyncWebSocket({self.url!r}, subscriptions={len(self._subs)})"


async def _close_quietly(conn: WsConnection) -> None:
    with contextlib.suppress(WsClosed, OSError):
        await conn.close()
