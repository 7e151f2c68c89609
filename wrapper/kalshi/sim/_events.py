"""What happened on the simulated exchange, told to whoever listens (the feed, the journal).

The engine publishes an event for each change a trader could observe: a book level moving, a
trade, a fill, an order's new state, a position, an order group's event, a market's lifecycle
step. Listeners are called synchronously, under the exchange's lock, in the order the changes
happened; a listener must not call back into the exchange and must not block (the feed copies
the event onto its connections' queues).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

Listener = Callable[[Any], None]


@dataclass(frozen=True)
class MarketLifecycle:
    """A market's lifecycle step, as `market_lifecycle_v2` reports it."""

    ticker: str
    event_type: str
    """One of Kalshi's: created, activated, deactivated, close_date_updated, determined, settled."""
    at_ms: int
    fields: dict[str, Any] = field(default_factory=dict)
    """The step's own fields as the feed names them (e.g. result, settlement_value, close_ts)."""


@dataclass(frozen=True)
class BookChange:
    """One price level of one side of a market's book moved by `delta` contracts."""

    ticker: str
    side: str
    """`yes` or `no`, as the feed names the sides."""
    price: Decimal
    """The level's price in that side's own terms (a NO level in NO price)."""
    delta: Decimal
    at_ms: int
    user_id: str | None = None
    """The member whose order caused it (the feed tells only that member its client_order_id)."""
    client_order_id: str | None = None
    subaccount: int | None = None


@dataclass(frozen=True)
class ExchangeReset:
    """The exchange went back to its scenario's start (`Exchange.reset`): what was seen is gone."""

    at_ms: int


class EventBus:
    """Listeners of the exchange's events; `publish` calls each in turn.

    A listener may listen only at times (`subscribe(..., listening=...)`: the feed, while a
    connection is open): while no listener listens the bus is false and the engine builds no
    event. Whatever keeps state from the events (the book watch) registers `on_wake`, to
    catch up when someone starts listening again.
    """

    def __init__(self) -> None:
        self._listeners: list[tuple[Listener, Callable[[], bool] | None]] = []
        self._wake_hooks: list[Callable[[], None]] = []

    def subscribe(
        self, listener: Listener, *, listening: Callable[[], bool] | None = None
    ) -> Callable[[], None]:
        """Start calling `listener` with every event; returns the call that stops it.

        With `listening`, the listener makes the bus true only while `listening()` is; it is
        still called with every event published.
        """
        idle = not self
        entry = (listener, listening)
        self._listeners.append(entry)
        if idle and self:
            self.wake()

        def stop() -> None:
            for index, found in enumerate(self._listeners):
                if found is entry:
                    del self._listeners[index]
                    return

        return stop

    def on_wake(self, hook: Callable[[], None]) -> None:
        """Call `hook` whenever the bus may have gone from nobody listening to someone."""
        self._wake_hooks.append(hook)

    def wake(self) -> None:
        """Tell the `on_wake` hooks that someone listens now (call it under the exchange's
        lock, before the first event they should hear)."""
        for hook in tuple(self._wake_hooks):
            hook()

    def __bool__(self) -> bool:
        """Whether anyone listens: the engine builds no event for an idle bus."""
        return any(listening is None or listening() for _, listening in self._listeners)

    def publish(self, event: Any) -> None:
        """Tell every listener (cheap when there is none)."""
        for listener, _ in tuple(self._listeners):
            listener(event)


@dataclass(frozen=True)
class OrderUpdate:
    """An order's state after a change (placed, filled, amended, decreased, canceled)."""

    order_id: str
    user_id: str
    ticker: str
    status: str
    book_side: str
    """`bid` or `ask` of the YES book."""
    yes_price: Decimal
    fill_count: Decimal
    remaining_count: Decimal
    initial_count: Decimal
    taker_fill_cost: Decimal
    maker_fill_cost: Decimal
    taker_fees: Decimal
    maker_fees: Decimal
    client_order_id: str
    order_group_id: str | None
    self_trade_prevention: str
    created_ms: int
    last_update_ms: int
    expiration_ms: int | None
    subaccount: int
    exchange_index: int


@dataclass(frozen=True)
class TradeDone:
    """A trade between a taker and a maker, as the public `trade` channel reports it."""

    trade_id: str
    ticker: str
    yes_price: Decimal
    count: Decimal
    taker_book_side: str
    at_ms: int


@dataclass(frozen=True)
class FillDone:
    """One side of a trade, told to the member whose order filled."""

    trade_id: str
    order_id: str
    user_id: str
    ticker: str
    exchange_index: int
    is_taker: bool
    book_side: str
    yes_price: Decimal
    count: Decimal
    fee: Decimal
    post_position: Decimal
    client_order_id: str
    subaccount: int
    at_ms: int


@dataclass(frozen=True)
class PositionChange:
    """A member's position in one market after a fill."""

    user_id: str
    ticker: str
    subaccount: int
    position: Decimal
    position_cost: Decimal
    realized_pnl: Decimal
    fees_paid: Decimal
    volume: Decimal
    at_ms: int


@dataclass(frozen=True)
class GroupEvent:
    """An order group's event: created, triggered, reset, deleted or limit_updated."""

    user_id: str
    group_id: str
    event_type: str
    limit: Decimal | None
    """The contracts limit, on created and limit_updated only."""
    subaccount: int
    at_ms: int
