"""CreateOrderRequest: an order to place, checked field by field when it is built."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Literal

import attrs

from . import _validation as v

if TYPE_CHECKING:
    from kalshi_openapi.models import CreateOrderRequest as WireCreateOrderRequest

__all__ = ["CreateOrderRequest"]

_TIME_IN_FORCE = ("fill_or_kill", "good_till_canceled", "immediate_or_cancel")
_SELF_TRADE = ("taker_at_cross", "maker")


@attrs.frozen(kw_only=True)
class CreateOrderRequest:
    """A limit order to place; checked when built, so a bad field never reaches the wire.

    Prices are dollar amounts ("0.65" or a Decimal), as Kalshi quotes them: give exactly
    one of yes_price and no_price.
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

    def __attrs_post_init__(self) -> None:
        v.check_id("ticker", self.ticker)
        v.check_choice("side", self.side, ("yes", "no"))
        v.check_choice("action", self.action, ("buy", "sell"))
        v.check_int("count", self.count, 1)
        if (self.yes_price is None) == (self.no_price is None):
            raise ValueError(
                "give exactly one of yes_price and no_price (a dollar amount such as '0.65')"
            )
        _price("yes_price", self.yes_price)
        _price("no_price", self.no_price)
        for name in ("client_order_id", "order_group_id"):
            if getattr(self, name) is not None:
                v.check_id(name, getattr(self, name))
        if self.time_in_force is not None:
            v.check_choice("time_in_force", self.time_in_force, _TIME_IN_FORCE)
        if self.self_trade_prevention_type is not None:
            v.check_choice(
                "self_trade_prevention_type", self.self_trade_prevention_type, _SELF_TRADE
            )
        for name in ("post_only", "reduce_only", "cancel_order_on_pause"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, bool):
                raise TypeError(f"{name} must be a bool, got {type(value).__name__}")
        if self.expiration_ts is not None:
            v.check_int("expiration_ts", self.expiration_ts, 0)
        v.optional_subaccount(self.subaccount)
        v.optional_exchange_index(self.exchange_index)

    def to_wire(self, client_order_id: str) -> WireCreateOrderRequest:
        """The body of POST /portfolio/orders (the generated model), with this client_order_id."""
        from kalshi_openapi.models import CreateOrderRequest as WireCreateOrderRequest

        from .resources._base import body

        return body(
            WireCreateOrderRequest,
            ticker=self.ticker,
            side=self.side,
            action=self.action,
            count=self.count,
            yes_price_dollars=_price("yes_price", self.yes_price),
            no_price_dollars=_price("no_price", self.no_price),
            client_order_id=client_order_id,
            order_group_id=self.order_group_id,
            time_in_force=self.time_in_force,
            post_only=self.post_only,
            reduce_only=self.reduce_only,
            cancel_order_on_pause=self.cancel_order_on_pause,
            expiration_ts=self.expiration_ts,
            self_trade_prevention_type=self.self_trade_prevention_type,
            subaccount=self.subaccount,
            exchange_index=self.exchange_index,
        )


def _price(name: str, value: str | Decimal | None) -> str | None:
    return None if value is None else v.dollar_price(name, value)
