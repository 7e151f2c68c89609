"""Orders as the simulated exchange keeps them, and the parsed request that creates one."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from ._fixed import ONE, ZERO

BookSide = Literal["bid", "ask"]
Side = Literal["yes", "no"]
Action = Literal["buy", "sell"]
Status = Literal["resting", "canceled", "executed"]
TimeInForce = Literal["good_till_canceled", "immediate_or_cancel", "fill_or_kill"]
SelfTradePrevention = Literal["taker_at_cross", "maker"]


def book_side_of(side: Side, action: Action) -> BookSide:
    """Where an order sits in the YES book: buy-yes and sell-no bid, buy-no and sell-yes ask."""
    return "bid" if (side == "yes") == (action == "buy") else "ask"


@dataclass(frozen=True)
class OrderRequest:
    """A validated order submission; `yes_price` is always the YES-side price in dollars."""

    ticker: str
    side: Side
    action: Action
    count: Decimal
    yes_price: Decimal
    client_order_id: str | None = None
    time_in_force: TimeInForce | None = None
    post_only: bool = False
    self_trade_prevention: SelfTradePrevention | None = None
    order_group_id: str | None = None
    subaccount: int = 0
    exchange_index: int = 0
    expiration_ms: int | None = None
    buy_max_cost: Decimal | None = None
    cancel_order_on_pause: bool = False

    @property
    def book_side(self) -> BookSide:
        """The order's side of the YES book."""
        return book_side_of(self.side, self.action)


@dataclass(eq=False)
class Order:
    """One order and its fill state; compared by identity."""

    order_id: str
    user_id: str
    client_order_id: str
    seq: int
    created_ms: int
    request: OrderRequest
    status: Status = "resting"
    fill_count: Decimal = ZERO
    remaining: Decimal = ZERO
    reserved: Decimal = ZERO
    taker_fill_cost: Decimal = ZERO
    maker_fill_cost: Decimal = ZERO
    last_update_ms: int = 0
    in_book: bool = field(default=False, repr=False)

    @property
    def book_side(self) -> BookSide:
        """The order's side of the YES book."""
        return self.request.book_side

    @property
    def yes_price(self) -> Decimal:
        """Limit price of the order expressed as a YES price."""
        return self.request.yes_price

    @property
    def ticker(self) -> str:
        """Market ticker."""
        return self.request.ticker

    @property
    def subaccount(self) -> int:
        """Subaccount the order trades for."""
        return self.request.subaccount

    @property
    def order_group_id(self) -> str | None:
        """Order group the order belongs to, if any."""
        return self.request.order_group_id

    @property
    def unit_cost(self) -> Decimal:
        """Cash one contract costs at the order's own limit price."""
        return unit_cost(self.book_side, self.yes_price)

    @property
    def is_live(self) -> bool:
        """True while the order can still trade."""
        return self.status == "resting"


def unit_cost(book_side: BookSide, yes_price: Decimal) -> Decimal:
    """Cash one contract costs a bid (the YES price) or an ask (one minus it)."""
    return yes_price if book_side == "bid" else ONE - yes_price
