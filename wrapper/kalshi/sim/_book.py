"""A market and its order book of resting orders in price-time priority, in YES prices."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from ._catalog import MarketSpec
from ._fixed import ONE, ZERO
from ._orders import BookSide, Order


class OrderBook:
    """Resting orders of one market: bids (want YES) and asks (want NO), each by price level."""

    def __init__(self) -> None:
        self._levels: dict[BookSide, dict[Decimal, deque[Order]]] = {"bid": {}, "ask": {}}

    def add(self, order: Order) -> None:
        """Rest an order behind the others at its price."""
        self._levels[order.book_side].setdefault(order.yes_price, deque()).append(order)
        order.in_book = True

    def remove(self, order: Order) -> None:
        """Take an order out of the book, if it is there."""
        if not order.in_book:
            return
        levels = self._levels[order.book_side]
        level = levels[order.yes_price]
        level.remove(order)
        if not level:
            del levels[order.yes_price]
        order.in_book = False

    def best(self, side: BookSide) -> Order | None:
        """The order first in line on one side: highest bid or lowest ask, oldest first."""
        levels = self._levels[side]
        if not levels:
            return None
        price = max(levels) if side == "bid" else min(levels)
        return levels[price][0]

    def walk(self, side: BookSide) -> Iterator[Order]:
        """Resting orders of one side in the order they would trade."""
        levels = self._levels[side]
        for price in sorted(levels, reverse=side == "bid"):
            yield from list(levels[price])

    def levels(self, side: BookSide) -> list[tuple[Decimal, Decimal]]:
        """Every price of one side with the contracts resting at it, lowest price first."""
        levels = self._levels[side]
        return [
            (price, sum((order.remaining for order in levels[price]), ZERO))
            for price in sorted(levels)
        ]

    def top(self, side: BookSide) -> tuple[Decimal, Decimal] | None:
        """Best price on one side and the contracts resting at it, or None if the side is empty."""
        levels = self._levels[side]
        if not levels:
            return None
        price = max(levels) if side == "bid" else min(levels)
        return price, sum((order.remaining for order in levels[price]), ZERO)


@dataclass(eq=False)
class Market:
    """A binary market: its catalog entry, its book and its trading statistics."""

    spec: MarketSpec
    created_ms: int
    book: OrderBook = field(default_factory=OrderBook)
    last_price: Decimal | None = None
    volume: Decimal = ZERO
    open_interest: Decimal = ZERO
    """Contracts outstanding: the YES side of every member's position, kept as they change."""
    result: str = ""
    """`yes` or `no` once determined, else empty."""
    settled_ms: int | None = None

    @property
    def ticker(self) -> str:
        """The market's ticker."""
        return self.spec.ticker

    @property
    def exchange_index(self) -> int:
        """The exchange shard the market trades on."""
        return self.spec.exchange_index


@dataclass(frozen=True)
class Trade:
    """One fill between two orders, as `GET /markets/trades` lists it."""

    trade_id: str
    seq: int
    ticker: str
    count: Decimal
    yes_price: Decimal
    taker_book_side: BookSide
    created_ms: int

    @property
    def no_price(self) -> Decimal:
        """The NO price of the trade."""
        return ONE - self.yes_price
