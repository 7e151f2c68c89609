"""The blocking facade of a feed session: its event loop runs on a background thread."""

from __future__ import annotations

import asyncio
import atexit
import functools
import threading
from collections.abc import Callable, Coroutine, Iterator, Sequence
from typing import Any, TypeVar

from ._book import Orderbook
from ._session import AsyncWebSocket, OrderbookStream, Subscription

T = TypeVar("T")


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


class SyncSubscription:
    """A subscription of the blocking session: a plain iterator of typed messages."""

    def __init__(self, runner: _Runner, sub: Subscription) -> None:
        self._runner = runner
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

    def __iter__(self) -> Iterator[Any]:
        """The subscription iterates over itself."""
        return self

    def __next__(self) -> Any:
        """The next message; blocks until one comes."""
        try:
            return self._runner.call(self._sub.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

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

    def __repr__(self) -> str:
        return f"Sync{self._sub!r}"


class SyncOrderbookStream:
    """A maintained book of the blocking session: iterate for the book after every change."""

    def __init__(self, runner: _Runner, stream: OrderbookStream) -> None:
        self._runner = runner
        self._stream = stream

    @property
    def book(self) -> Orderbook:
        """The live book (read it between iterations; `copy()` to keep a state)."""
        return self._stream.book

    def __iter__(self) -> Iterator[Orderbook]:
        """The stream iterates over itself."""
        return self

    def __next__(self) -> Orderbook:
        """The book once it has changed and is ready; blocks until then."""
        try:
            return self._runner.call(self._stream.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def close(self) -> None:
        """Unsubscribe the book's feed."""
        self._runner.call(self._stream.aclose())


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

    def subscribe(self, channel: str, **params: Any) -> SyncSubscription:
        """Subscribe to one channel with Kalshi's params (`market_tickers=[...]`, ...)."""
        runner, session = self._parts()
        return SyncSubscription(runner, runner.call(session.subscribe(channel, **params)))

    def _sub(self, name: str, *args: Any, **params: Any) -> SyncSubscription:
        runner, session = self._parts()
        return SyncSubscription(runner, runner.call(getattr(session, name)(*args, **params)))

    def subscribe_orderbook_delta(
        self, tickers: str | Sequence[str], **params: Any
    ) -> SyncSubscription:
        """Order book snapshots and deltas of these markets (raw frames; see `orderbook`)."""
        return self._sub("subscribe_orderbook_delta", tickers, **params)

    def subscribe_ticker(
        self, tickers: str | Sequence[str] | None = None, **params: Any
    ) -> SyncSubscription:
        """Price, bid/ask, volume and open-interest updates."""
        return self._sub("subscribe_ticker", tickers, **params)

    def subscribe_trade(
        self, tickers: str | Sequence[str] | None = None, **params: Any
    ) -> SyncSubscription:
        """Public trades."""
        return self._sub("subscribe_trade", tickers, **params)

    def subscribe_fill(
        self, tickers: str | Sequence[str] | None = None, **params: Any
    ) -> SyncSubscription:
        """Your fills (private)."""
        return self._sub("subscribe_fill", tickers, **params)

    def subscribe_market_positions(
        self, tickers: str | Sequence[str] | None = None, **params: Any
    ) -> SyncSubscription:
        """Your position changes (private)."""
        return self._sub("subscribe_market_positions", tickers, **params)

    def subscribe_user_orders(
        self, tickers: str | Sequence[str] | None = None, **params: Any
    ) -> SyncSubscription:
        """Your orders' changes (private)."""
        return self._sub("subscribe_user_orders", tickers, **params)

    def subscribe_order_group(self, **params: Any) -> SyncSubscription:
        """Your order groups' events."""
        return self._sub("subscribe_order_group", **params)

    def subscribe_market_lifecycle(self, **params: Any) -> SyncSubscription:
        """Market and event lifecycle events."""
        return self._sub("subscribe_market_lifecycle", **params)

    def subscribe_multivariate_lifecycle(self, **params: Any) -> SyncSubscription:
        """Lifecycle events of multivariate markets."""
        return self._sub("subscribe_multivariate_lifecycle", **params)

    def subscribe_communications(self, **params: Any) -> SyncSubscription:
        """RFQ and quote events (private)."""
        return self._sub("subscribe_communications", **params)

    def orderbook(self, ticker: str) -> SyncOrderbookStream:
        """A maintained book of one market: `for book in ws.orderbook("T"):`."""
        runner, session = self._parts()
        return SyncOrderbookStream(runner, session.orderbook(ticker))

    def unsubscribe(self, sub: SyncSubscription) -> None:
        """End a subscription."""
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

    def list_subscriptions(self) -> list[dict[str, Any]]:
        """The server's list of this session's subscriptions."""
        runner, session = self._parts()
        return runner.call(session.list_subscriptions())
