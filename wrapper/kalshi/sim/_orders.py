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
    """Where a legacy (side, action) pair sits in the YES book: buy-yes and sell-no bid."""
    return "bid" if (side == "yes") == (action == "buy") else "ask"


@dataclass(frozen=True)
class OrderRequest:
    """A validated V2 order: a side of the YES book, a YES price in dollars and a count.

    `exchange_index` None routes the order to the shard that hosts `ticker`.
    """

    ticker: str
    book_side: BookSide
    yes_price: Decimal
    count: Decimal
    time_in_force: TimeInForce = "good_till_canceled"
    self_trade_prevention: SelfTradePrevention = "taker_at_cross"
    client_order_id: str | None = None
    post_only: bool = False
    reduce_only: bool = False
    order_group_id: str | None = None
    subaccount: int = 0
    exchange_index: int | None = None
    expiration_ms: int | None = None
    cancel_order_on_pause: bool = False


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
    exchange_index: int = 0
    fill_value: Decimal = ZERO
    """Sum of YES price times contracts over the order's fills."""
    taker_fees: Decimal = ZERO
    maker_fees: Decimal = ZERO
    rounding_owed: Decimal = ZERO
    """Rounding fees not yet paid back (see `_fees.fill_cash`)."""
    free: Decimal = ZERO
    """Resting contracts that close a position held, so reserve no cash."""
    fee_hold: Decimal = ZERO
    """Cash held for the maker fees of the resting contracts."""
    fee_unit: Decimal = ZERO
    """Maker fee held per resting contract (the fee of one contract at the limit, ceiled)."""
    in_book: bool = field(default=False, repr=False)

    @property
    def book_side(self) -> BookSide:
        """The order's side of the YES book."""
        return self.request.book_side

    @property
    def count(self) -> Decimal:
        """The order's total size: filled plus resting plus whatever was canceled."""
        return self.request.count

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


@dataclass(frozen=True)
class OrderAmend:
    """A validated V2 amend: the order's ticker and side, a new YES price and a new total count.

    `expiration_time` is in Unix seconds: None keeps the expiry, 0 clears it.
    """

    ticker: str
    book_side: BookSide
    yes_price: Decimal
    count: Decimal
    client_order_id: str | None = None
    updated_client_order_id: str | None = None
    exchange_index: int | None = None
    expiration_time: int | None = None


@dataclass(frozen=True)
class Fills:
    """Contracts one operation filled and their value in YES dollars (price times count)."""

    count: Decimal
    value: Decimal
    fees: Decimal = ZERO
    """Trade fees of those fills."""

    @property
    def average_fee(self) -> Decimal | None:
        """Trade fee per contract of the fills, or None when nothing filled."""
        return self.fees / self.count if self.count else None

    @property
    def average_price(self) -> Decimal | None:
        """Average YES price of the fills, or None when nothing filled."""
        return self.value / self.count if self.count else None
