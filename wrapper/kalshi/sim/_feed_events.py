"""Building the exchange's events from its records, and the book-level changes they imply.

The engine calls these builders in one-line `bus.publish(...)` calls where its state changes;
`BookWatch` turns each order change into the level changes of the market's book, by comparing
the book's levels with the ones it saw last (so a rebuilt book always matches the real one).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from ._accounts import Member
from ._book import Trade
from ._events import (
    BookChange,
    ExchangeReset,
    FillDone,
    GroupEvent,
    MarketLifecycle,
    OrderUpdate,
    PositionChange,
    TradeDone,
)
from ._fixed import ONE, ZERO
from ._groups import OrderGroup
from ._orders import Order

if TYPE_CHECKING:
    from ._catalog import MarketSpec
    from ._engine import Exchange


def order_update(order: Order) -> OrderUpdate:
    """The order's state now."""
    return OrderUpdate(
        order_id=order.order_id,
        user_id=order.user_id,
        ticker=order.ticker,
        status=order.status,
        book_side=order.book_side,
        yes_price=order.yes_price,
        fill_count=order.fill_count,
        remaining_count=order.remaining,
        initial_count=order.count,
        taker_fill_cost=order.taker_fill_cost,
        maker_fill_cost=order.maker_fill_cost,
        taker_fees=order.taker_fees,
        maker_fees=order.maker_fees,
        client_order_id=order.client_order_id,
        order_group_id=order.order_group_id,
        self_trade_prevention=order.request.self_trade_prevention,
        created_ms=order.created_ms,
        last_update_ms=order.last_update_ms,
        expiration_ms=order.request.expiration_ms,
        subaccount=order.subaccount,
        exchange_index=order.exchange_index,
    )


def trade_done(trade: Trade) -> TradeDone:
    """A trade as the public channel tells it."""
    return TradeDone(
        trade.trade_id,
        trade.ticker,
        trade.yes_price,
        trade.count,
        trade.taker_book_side,
        trade.created_ms,
    )


def fill_done(
    order: Order, trade: Trade, member: Member, fee: Decimal, *, is_taker: bool
) -> FillDone:
    """One side of `trade`: the fill of `order` and the `fee` it paid, with its owner's
    position after it."""
    return FillDone(
        trade_id=trade.trade_id,
        order_id=order.order_id,
        user_id=order.user_id,
        ticker=order.ticker,
        exchange_index=order.exchange_index,
        is_taker=is_taker,
        book_side=order.book_side,
        yes_price=trade.yes_price,
        count=trade.count,
        fee=fee,
        post_position=member.positions.get((order.subaccount, order.ticker), ZERO),
        client_order_id=order.client_order_id,
        subaccount=order.subaccount,
        at_ms=trade.created_ms,
    )


def position_change(member: Member, order: Order, now_ms: int) -> PositionChange:
    """A member's position in the market of `order`, after that order filled (so held)."""
    key = (order.subaccount, order.ticker)
    record = member.holdings[key]
    return PositionChange(
        user_id=member.user_id,
        ticker=order.ticker,
        subaccount=order.subaccount,
        position=member.positions.get(key, ZERO),
        position_cost=record.cost,
        realized_pnl=record.realized_pnl,
        fees_paid=record.fees_paid,
        volume=record.volume,
        at_ms=now_ms,
    )


def group_event(
    members: Mapping[str, Member], group: OrderGroup, event_type: str, now_ms: int
) -> GroupEvent:
    """An event of `group`, addressed to the member holding it."""
    owner = next((m.user_id for m in members.values() if group.group_id in m.groups), "")
    with_limit = event_type in ("created", "limit_updated")
    return GroupEvent(
        owner,
        group.group_id,
        event_type,
        group.limit if with_limit else None,
        group.subaccount,
        now_ms,
    )


def market_created(spec: MarketSpec, started_ms: int, now_ms: int) -> MarketLifecycle:
    """A market newly listed: `created`, with its shard and open and close times (seconds)."""
    return MarketLifecycle(
        spec.ticker,
        "created",
        now_ms,
        {
            "exchange_index": spec.exchange_index,
            "open_ts": spec.opens_ms(started_ms) // 1000,
            "close_ts": spec.closes_ms(started_ms) // 1000,
        },
    )


Levels = dict[tuple[str, Decimal], Decimal]


def watch_books(exchange: Exchange) -> None:
    """Make sure the exchange's book changes are published (once, however many feeds ask)."""
    with exchange.lock:
        if exchange.book_watch is None:
            exchange.book_watch = BookWatch(exchange)


def book_levels(exchange: Exchange, ticker: str) -> Levels:
    """A market's book as the feed names it: (side, price in that side's terms) -> contracts."""
    market = exchange.listed(ticker)
    if market is None:
        return {}
    levels: Levels = {("yes", price): count for price, count in market.book.levels("bid")}
    levels.update({("no", ONE - price): count for price, count in market.book.levels("ask")})
    return levels


class BookWatch:
    """Publishes a `BookChange` for each level an order change moved, diffing the book.

    One per exchange, made by the first feed that needs it (`watch_books`): an exchange with
    no feed builds no events at all. It starts from the books as they are when it is made, and
    listens on others' behalf only: while nobody else listens (no feed connection open) the
    engine builds no events, and the watch reads the books again when the bus wakes.
    """

    def __init__(self, exchange: Exchange) -> None:
        self._exchange = exchange
        with exchange.lock:
            self._seen: dict[str, Levels] = {
                market.ticker: book_levels(exchange, market.ticker)
                for market in exchange.listed_markets()
            }
            exchange.bus.subscribe(self, listening=lambda: False)
            exchange.bus.on_wake(self.resync)

    def resync(self) -> None:
        """Take the books as they stand as the base of the next diffs.

        Under the exchange's lock (re-entrant, so a caller holding it is fine): a listener can
        join the bus from any thread while the server's thread matches orders.
        """
        # Not `listed_markets()`: that runs the clock, which must not move inside a listener.
        with self._exchange.lock:
            markets = list(self._exchange._markets)
            self._seen = {ticker: book_levels(self._exchange, ticker) for ticker in markets}

    def __call__(self, event: object) -> None:
        """Diff the book of the market an `OrderUpdate` concerns; ignore other events."""
        if isinstance(event, ExchangeReset):
            self._seen.clear()
            return
        if not isinstance(event, OrderUpdate):
            return
        now = book_levels(self._exchange, event.ticker)
        before = self._seen.get(event.ticker, {})
        self._seen[event.ticker] = now
        keys = sorted(set(before) | set(now), key=lambda key: (key[0], key[1]))
        for side, price in keys:
            delta = now.get((side, price), ZERO) - before.get((side, price), ZERO)
            if delta:
                self._exchange.bus.publish(
                    BookChange(
                        event.ticker,
                        side,
                        price,
                        delta,
                        event.last_update_ms,
                        event.user_id,
                        event.client_order_id,
                        event.subaccount,
                    )
                )
