"""Pure matching rules: when prices cross, and whether the book can fill an order in full."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from ._book import OrderBook
from ._orders import BookSide, Order


def opposite(side: BookSide) -> BookSide:
    """The other side of the book."""
    return "ask" if side == "bid" else "bid"


def crosses(side: BookSide, price: Decimal, resting_price: Decimal) -> bool:
    """Whether an order on `side` at `price` trades with a resting order at `resting_price`.

    Prices are YES prices, so a YES bid at p meets a NO bid at q exactly when p + q >= 1.
    """
    return price >= resting_price if side == "bid" else price <= resting_price


def fills_completely(
    order: Order, book: OrderBook, self_trade_blocked: Callable[[Order, Order], bool]
) -> bool:
    """Whether sweeping the book would fill all of `order`'s remaining contracts."""
    need = order.remaining
    for maker in book.walk(opposite(order.book_side)):
        if need == 0 or not crosses(order.book_side, order.yes_price, maker.yes_price):
            break
        if self_trade_blocked(order, maker):
            if order.request.self_trade_prevention == "maker":
                continue
            break
        need -= min(need, maker.remaining)
    return need == 0
