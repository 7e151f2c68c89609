"""Orders to place: the documented form (side, action, yes/no price) and Kalshi's V2 form.

Kalshi takes orders only through its V2 endpoints, which quote the YES book: `side` is `bid`
(buy YES) or `ask` (sell YES, the same exposure as buying NO) and `price` is always a YES
price. The documented `orders.create` form maps onto it exactly:

| action | side | price given | V2 side | V2 price |
|---|---|---|---|---|
| buy | yes | YES price p | bid | p |
| sell | yes | YES price p | ask | p |
| buy | no | NO price q | ask | 1 - q |
| sell | no | NO price q | bid | 1 - q |
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from . import _validation as v
from ._constants import SUBACCOUNT_MAX

__all__ = ["CreateOrderRequest", "check_v2_order"]

TIME_IN_FORCE = ("fill_or_kill", "good_till_canceled", "immediate_or_cancel")
SELF_TRADE = ("taker_at_cross", "maker")
BOOK_SIDES = ("bid", "ask")
# Defaults the documented form gives the two fields V2 requires (Kalshi's quick start uses them).
DEFAULT_TIME_IN_FORCE = "good_till_canceled"
DEFAULT_SELF_TRADE = "taker_at_cross"
_FLAGS = ("post_only", "reduce_only", "cancel_order_on_pause")
_ONE = Decimal(1)


@dataclass(frozen=True, kw_only=True)
class CreateOrderRequest:
    """A limit order in the documented form; checked when built, so a bad field never leaves.

    Prices are dollar amounts ("0.65" or a Decimal), as Kalshi quotes them: give exactly
    one of yes_price and no_price. `buy_max_cost`, `sell_position_floor` (other than 0) and
    `type="market"` belonged to Kalshi's retired order endpoints and have no V2 meaning: they
    are refused with the reason.
    """

    ticker: str
    side: Literal["yes", "no"]
    action: Literal["buy", "sell"]
    count: int
    yes_price: str | Decimal | None = None
    no_price: str | Decimal | None = None
    client_order_id: str | None = None
    order_group_id: str | None = None
    time_in_force: str | None = None
    post_only: bool | None = None
    reduce_only: bool | None = None
    cancel_order_on_pause: bool | None = None
    expiration_ts: int | None = None
    self_trade_prevention_type: str | None = None
    subaccount: int | None = None
    exchange_index: int | None = None
    buy_max_cost: int | None = None
    sell_position_floor: int | None = None
    type: str | None = None

    def __post_init__(self) -> None:
        _refuse_retired(self)
        v.check_choice("side", self.side, ("yes", "no"))
        v.check_choice("action", self.action, ("buy", "sell"))
        v.check_int("count", self.count, 1)
        if self.expiration_ts is not None:
            v.check_int("expiration_ts", self.expiration_ts, 1)
        if (self.yes_price is None) == (self.no_price is None):
            raise ValueError(
                "give exactly one of yes_price and no_price (a dollar amount such as '0.65')"
            )
        check_v2_order(self.to_v2("placeholder"))

    @property
    def book_side(self) -> Literal["bid", "ask"]:
        """The order's side of the YES book: buying YES or selling NO bids, the others ask."""
        return "bid" if (self.side == "yes") == (self.action == "buy") else "ask"

    @property
    def yes_price_value(self) -> Decimal:
        """The limit as a YES price: the yes_price given, or one minus the no_price."""
        if self.yes_price is not None:
            return Decimal(v.dollar_price("yes_price", self.yes_price))
        return _ONE - Decimal(v.dollar_price("no_price", self.no_price))

    def to_v2(self, client_order_id: str) -> dict[str, Any]:
        """The V2 create fields (wire names) of this order, with this client_order_id."""
        reduce_only = self.reduce_only
        if self.sell_position_floor == 0:
            reduce_only = True
        fields: dict[str, Any] = {
            "ticker": self.ticker,
            "side": self.book_side,
            "price": f"{self.yes_price_value:.4f}",
            "count": v.fixed_count("count", self.count),
            "time_in_force": self.time_in_force or DEFAULT_TIME_IN_FORCE,
            "self_trade_prevention_type": self.self_trade_prevention_type or DEFAULT_SELF_TRADE,
            "client_order_id": client_order_id,
            "expiration_time": self.expiration_ts,
            "post_only": self.post_only,
            "reduce_only": reduce_only,
            "cancel_order_on_pause": self.cancel_order_on_pause,
            "subaccount": self.subaccount,
            "order_group_id": self.order_group_id,
            "exchange_index": self.exchange_index,
        }
        return {name: value for name, value in fields.items() if value is not None}


def _refuse_retired(order: CreateOrderRequest) -> None:
    if order.buy_max_cost is not None:
        raise ValueError(
            "buy_max_cost has no V2 equivalent: Kalshi retired the order endpoints that took it. "
            "Cap the cost yourself: a fill_or_kill order whose count times price is the most "
            "you will pay."
        )
    if order.sell_position_floor is not None:
        v.check_int("sell_position_floor", order.sell_position_floor, 0)
        if order.sell_position_floor != 0:
            raise ValueError(
                "sell_position_floor accepts only 0 (never sell past a flat position), which is "
                "sent as reduce_only=True; any other floor has no V2 equivalent"
            )
    if order.type is not None and order.type != "limit":
        raise ValueError(
            f"type={order.type!r} is not supported: Kalshi removed market orders; send a limit "
            "at 0.99 (to buy) or 0.01 (to sell) with time_in_force='immediate_or_cancel'"
        )


def check_v2_order(fields: dict[str, Any], where: str = "") -> dict[str, Any]:
    """Check the fields of one V2 create (wire names) and return them as they are sent.

    `where` prefixes argument names in errors (an item of a batch, say).
    """
    unknown = set(fields) - _V2_FIELDS
    if unknown:
        raise TypeError(f"{where}unexpected order fields: {', '.join(sorted(unknown))}")
    missing = [name for name in _V2_REQUIRED if fields.get(name) is None]
    if missing:
        raise TypeError(f"{where}missing required order fields: {', '.join(missing)}")
    out: dict[str, Any] = {
        "ticker": v.check_id(where + "ticker", fields["ticker"]),
        "side": v.check_choice(where + "side", fields["side"], BOOK_SIDES),
        "price": v.dollar_price(where + "price", fields["price"]),
        "count": v.fixed_count(where + "count", fields["count"]),
        "time_in_force": v.check_choice(
            where + "time_in_force", fields["time_in_force"], TIME_IN_FORCE
        ),
        "self_trade_prevention_type": v.check_choice(
            where + "self_trade_prevention_type", fields["self_trade_prevention_type"], SELF_TRADE
        ),
    }
    for name in ("client_order_id", "order_group_id"):
        if fields.get(name) is not None:
            out[name] = v.check_id(where + name, fields[name])
    for name in _FLAGS:
        if fields.get(name) is not None:
            out[name] = v.optional_bool(where + name, fields[name])
    if fields.get("expiration_time") is not None:
        out["expiration_time"] = v.check_int(
            where + "expiration_time", fields["expiration_time"], 1
        )
        if out["time_in_force"] == "immediate_or_cancel":
            raise ValueError(
                f"{where}expiration_time cannot be combined with "
                "time_in_force='immediate_or_cancel' (Kalshi refuses it)"
            )
    if out.get("reduce_only") and out["time_in_force"] != "immediate_or_cancel":
        raise ValueError(
            f"{where}reduce_only needs time_in_force='immediate_or_cancel' (Kalshi refuses "
            "reduce-only orders that could rest)"
        )
    if fields.get("subaccount") is not None:
        out["subaccount"] = v.check_int(
            where + "subaccount", fields["subaccount"], 0, SUBACCOUNT_MAX
        )
    if fields.get("exchange_index") is not None:
        # V2 also takes -1: route by ticker, and fail rather than fall back to shard 0.
        out["exchange_index"] = v.check_int(where + "exchange_index", fields["exchange_index"], -1)
    return out


_V2_REQUIRED = ("ticker", "side", "price", "count", "time_in_force", "self_trade_prevention_type")
_V2_FIELDS = frozenset(
    {*_V2_REQUIRED, "client_order_id", "order_group_id", "expiration_time", "subaccount",
     "exchange_index", *_FLAGS}
)  # fmt: skip
