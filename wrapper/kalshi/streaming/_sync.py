"""The blocking facade of a feed session: its event loop runs on a background thread."""

from __future__ import annotations

import asyncio
import atexit
import functools
import inspect
import threading
from collections.abc import Callable, Coroutine, Iterator, Sequence
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

from ._book import Orderbook
from ._session import AsyncWebSocket, OrderbookStream, Subscription

T = TypeVar("T")
P = ParamSpec("P")


class _Runner:
    """An event loop on a daemon thread, and a way to run a coroutine on it and wait."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, name="kalshi-ws-loop", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_forever()
        finally:
            leftover = asyncio.all_tasks(self.loop)
            for task in leftover:
                task.cancel()
            if leftover:
                self.loop.run_until_complete(asyncio.gather(*leftover, return_exceptions=True))
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.close()

    def call(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the loop and return its result (an interrupt cancels it)."""
        if self.loop.is_closed() or not self.thread.is_alive():
            # The session has closed: what is asked of it now ends at once (an iterator
            # stops, a command raises), so it runs to its end on a loop of its own.
            return asyncio.run(coro)
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        try:
            return future.result()
        except BaseException:
            future.cancel()
            raise

    def stop(self) -> None:
        """Stop the loop and wait for its thread to end."""
        if self.thread.is_alive():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join()


def _shutdown(runner: _Runner, session: AsyncWebSocket | None) -> None:
    try:
        if session is not None:
            runner.call(session.close())
    finally:
        runner.stop()


class _Blocking(Generic[T]):
    """A blocking handle of an async iterator of the session: each item waited for."""

    def __init__(
        self, runner: _Runner, target: Subscription, next_item: Callable[[], Coroutine[Any, Any, T]]
    ) -> None:
        self._runner = runner
        self._target = target
        self._next_item = next_item

    def __iter__(self) -> Iterator[T]:
        """The handle iterates over itself."""
        return self

    def __next__(self) -> T:
        """The next item; blocks until one comes."""
        try:
            return self._runner.call(self._next_item())
        except StopAsyncIteration:
            raise StopIteration from None

    def __eq__(self, other: object) -> bool:
        """Two handles of one subscription are equal (`sub in ws.subscriptions`)."""
        return isinstance(other, _Blocking) and other._target is self._target

    def __hash__(self) -> int:
        return id(self._target)

    def __repr__(self) -> str:
        return f"Sync{self._target!r}"


class SyncSubscription(_Blocking[Any]):
    """A subscription of the blocking session: a plain iterator of typed messages."""

    def __init__(self, runner: _Runner, sub: Subscription) -> None:
        super().__init__(runner, sub, sub.__anext__)
        self._sub = sub

    @property
    def channel(self) -> str:
        """The channel subscribed to."""
        return self._sub.channel

    @property
    def sid(self) -> int | None:
        """The server's id of the subscription (changes when the session reconnects)."""
        return self._sub.sid

    @property
    def dropped(self) -> int:
        """Messages dropped because the queue was full."""
        return self._sub.dropped

    @property
    def closed(self) -> bool:
        """Whether the subscription has ended."""
        return self._sub.closed

    def unsubscribe(self) -> None:
        """End this subscription."""
        self._runner.call(self._sub.unsubscribe())

    def update(
        self,
        *,
        add_markets: Sequence[str] | None = None,
        delete_markets: Sequence[str] | None = None,
    ) -> list[str] | None:
        """Add or remove markets; the server's full ticker list when it sends one."""
        return self._runner.call(
            self._sub.update(add_markets=add_markets, delete_markets=delete_markets)
        )


class SyncOrderbookStream(_Blocking[Orderbook]):
    """A maintained book of the blocking session: iterate for the book after every change."""

    def __init__(self, runner: _Runner, stream: OrderbookStream) -> None:
        super().__init__(runner, stream, stream.__anext__)
        self._stream = stream

    @property
    def book(self) -> Orderbook:
        """The live book (read it between iterations; `copy()` to keep a state)."""
        return self._stream.book

    def close(self) -> None:
        """Unsubscribe the book's feed."""
        self._runner.call(self._stream.aclose())


def _wrap(runner: _Runner, sub: Subscription) -> SyncSubscription | SyncOrderbookStream:
    if isinstance(sub, OrderbookStream):
        return SyncOrderbookStream(runner, sub)
    return SyncSubscription(runner, sub)


def _twin(blocking: Callable[..., Any], method: Callable[..., Any], returns: str) -> None:
    """Name `blocking` as the async `method`'s twin, with its docstring and parameters."""
    name = method.__name__
    blocking.__name__ = name
    blocking.__qualname__ = f"WebSocket.{name}"
    blocking.__doc__ = method.__doc__
    blocking.__dict__["__signature__"] = inspect.signature(method).replace(
        return_annotation=returns
    )


def _blocking(
    method: Callable[Concatenate[AsyncWebSocket, P], Coroutine[Any, Any, T]],
) -> Callable[Concatenate[WebSocket, P], T]:
    """The blocking twin of a command of the async session: run on the loop, waited for."""

    def blocking(self: WebSocket, /, *args: P.args, **kwargs: P.kwargs) -> T:
        runner, session = self._parts()
        return runner.call(method(session, *args, **kwargs))

    _twin(blocking, method, inspect.signature(method).return_annotation)
    return blocking


def _blocking_subscribe(
    method: Callable[Concatenate[AsyncWebSocket, P], Coroutine[Any, Any, Subscription]],
) -> Callable[Concatenate[WebSocket, P], SyncSubscription]:
    """The blocking twin of a subscribe method: the same subscribe, as a plain iterator."""

    def blocking(self: WebSocket, /, *args: P.args, **kwargs: P.kwargs) -> SyncSubscription:
        runner, session = self._parts()
        return SyncSubscription(runner, runner.call(method(session, *args, **kwargs)))

    _twin(blocking, method, "SyncSubscription")
    return blocking


class WebSocket:
    """A blocking feed session; use as `with client.websocket() as ws:`.

    The session's asyncio loop runs on a background thread started on entry and ended on
    exit. Methods match `AsyncWebSocket`'s, returning plain iterators.
    """

    def __init__(self, session: AsyncWebSocket) -> None:
        self._unopened: AsyncWebSocket | None = session
        self._runner: _Runner | None = None
        self._session: AsyncWebSocket | None = None
        self._at_exit: Callable[[], None] | None = None

    def __enter__(self) -> WebSocket:
        """Connect (raising at once when the first connection fails)."""
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the session and stop its thread."""
        self.close()

    def open(self) -> None:
        """Start the loop thread and connect."""
        if self._runner is not None:
            raise RuntimeError("this session is already open")
        session, self._unopened = self._unopened, None
        if session is None:
            raise RuntimeError("a closed session cannot be opened again: use client.websocket()")
        runner = self._runner = _Runner()
        try:
            runner.call(session.open())
        except BaseException:
            runner.stop()
            self._runner = None
            self._unopened = session  # it never opened: another try may
            raise
        self._session = session
        # A session still open when the interpreter exits is closed then (its thread is a
        # daemon, which would otherwise be stopped with the connection left as it is).
        self._at_exit = functools.partial(_shutdown, runner, self._session)
        atexit.register(self._at_exit)

    def close(self) -> None:
        """Close the connection, end every subscription and stop the thread (idempotent)."""
        runner, session = self._runner, self._session
        self._runner = self._session = None
        if runner is None:
            return
        if self._at_exit is not None:
            atexit.unregister(self._at_exit)
            self._at_exit = None
        _shutdown(runner, session)

    def _parts(self) -> tuple[_Runner, AsyncWebSocket]:
        if self._runner is None or self._session is None:
            raise RuntimeError("the session is not open: use `with client.websocket() as ws:`")
        return self._runner, self._session

    @property
    def session(self) -> AsyncWebSocket:
        """The async session underneath (its methods must run on the session's loop)."""
        return self._parts()[1]

    @property
    def reconnects(self) -> int:
        """How many times the session has connected again after losing its connection."""
        return self._parts()[1].reconnects

    @property
    def subscriptions(self) -> list[SyncSubscription | SyncOrderbookStream]:
        """The live subscriptions of this session (equal to the ones handed out for them)."""
        runner, session = self._parts()
        return [_wrap(runner, sub) for sub in session.subscriptions]

    # One blocking twin per subscribe method of the async session: its parameters and
    # docstring are the async method's own, so the two cannot drift apart.
    subscribe = _blocking_subscribe(AsyncWebSocket.subscribe)
    subscribe_orderbook_delta = _blocking_subscribe(AsyncWebSocket.subscribe_orderbook_delta)
    subscribe_ticker = _blocking_subscribe(AsyncWebSocket.subscribe_ticker)
    subscribe_trade = _blocking_subscribe(AsyncWebSocket.subscribe_trade)
    subscribe_fill = _blocking_subscribe(AsyncWebSocket.subscribe_fill)
    subscribe_market_positions = _blocking_subscribe(AsyncWebSocket.subscribe_market_positions)
    subscribe_user_orders = _blocking_subscribe(AsyncWebSocket.subscribe_user_orders)
    subscribe_order_group = _blocking_subscribe(AsyncWebSocket.subscribe_order_group)
    subscribe_market_lifecycle = _blocking_subscribe(AsyncWebSocket.subscribe_market_lifecycle)
    subscribe_multivariate_lifecycle = _blocking_subscribe(
        AsyncWebSocket.subscribe_multivariate_lifecycle
    )
    subscribe_communications = _blocking_subscribe(AsyncWebSocket.subscribe_communications)
    list_subscriptions = _blocking(AsyncWebSocket.list_subscriptions)

    def orderbook(self, ticker: str) -> SyncOrderbookStream:
        """A maintained book of one market: `for book in ws.orderbook("T"):`."""
        runner, session = self._parts()
        return SyncOrderbookStream(runner, session.orderbook(ticker))

    def unsubscribe(self, sub: SyncSubscription | SyncOrderbookStream) -> None:
        """End a subscription (or a maintained book)."""
        if isinstance(sub, SyncOrderbookStream):
            sub.close()
        else:
            sub.unsubscribe()

    def update_subscription(
        self,
        sub: SyncSubscription,
        *,
        add_markets: Sequence[str] | None = None,
        delete_markets: Sequence[str] | None = None,
    ) -> list[str] | None:
        """Add or remove markets of a subscription; the server's ticker list."""
        return sub.update(add_markets=add_markets, delete_markets=delete_markets)
