"""Business validation: turning checked request bodies and queries into engine inputs.

The spec has already vetted types; these functions re-check what they rely on (the app may
serve a spec without some field) and apply rules the spec cannot state.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ._errors import SimError, invalid_parameters
from ._fixed import CENT, ONE, parse_count, parse_dollars
from ._listing import OrderQuery
from ._orders import Action, OrderRequest, SelfTradePrevention, Side, Status, TimeInForce

_T = TypeVar("_T", bound=str)
_PRICE_FIELDS = ("yes_price", "no_price", "yes_price_dollars", "no_price_dollars")
_MAX_WHOLE = 10**15
_LAST_SECOND = 253_402_300_799  # 9999-12-31T23:59:59Z
_SIDES: tuple[Side, ...] = ("yes", "no")
_ACTIONS: tuple[Action, ...] = ("buy", "sell")
_TIME_IN_FORCE: tuple[TimeInForce, ...] = (
    "good_till_canceled",
    "immediate_or_cancel",
    "fill_or_kill",
)
_SELF_TRADE: tuple[SelfTradePrevention, ...] = ("taker_at_cross", "maker")
_STATUSES: tuple[Status, ...] = ("resting", "canceled", "executed")


def optional_int(values: Mapping[str, Any], name: str) -> int | None:
    """An integer field, or None when absent or null."""
    value = values.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid_parameters(f"{name} must be an integer")
    return value


def parse_limit(body: Mapping[str, Any]) -> Decimal:
    """The contracts limit from `contracts_limit` and/or `contracts_limit_fp` (must agree)."""
    return _quantity(body, "contracts_limit", "contracts_limit_fp")


def parse_order(body: Mapping[str, Any]) -> OrderRequest:
    """A `CreateOrderRequest` body as an `OrderRequest`."""
    side = _choice(body, "side", _SIDES)
    action = _choice(body, "action", _ACTIONS)
    ticker = _text(body, "ticker")
    if side is None or action is None or ticker is None:
        raise invalid_parameters("ticker, side and action are required")
    time_in_force: TimeInForce | None = _choice(body, "time_in_force", _TIME_IN_FORCE)
    expiration_ts = optional_int(body, "expiration_ts")
    if expiration_ts is not None and not 0 < expiration_ts <= _LAST_SECOND:
        raise invalid_parameters("expiration_ts is out of range")
    if expiration_ts is not None and time_in_force == "immediate_or_cancel":
        raise invalid_parameters("expiration_ts cannot be combined with immediate_or_cancel")
    buy_max_cost = optional_int(body, "buy_max_cost")
    if buy_max_cost is not None:
        if buy_max_cost < 1:
            raise invalid_parameters("buy_max_cost must be at least 1 cent")
        time_in_force = "fill_or_kill"
    return OrderRequest(
        ticker=ticker,
        side=side,
        action=action,
        count=_quantity(body, "count", "count_fp"),
        yes_price=_yes_price(body),
        client_order_id=_text(body, "client_order_id"),
        time_in_force=time_in_force,
        post_only=_flag(body, "post_only"),
        self_trade_prevention=_choice(body, "self_trade_prevention_type", _SELF_TRADE),
        order_group_id=_text(body, "order_group_id"),
        subaccount=optional_int(body, "subaccount") or 0,
        exchange_index=optional_int(body, "exchange_index") or 0,
        expiration_ms=None if expiration_ts is None else expiration_ts * 1000,
        buy_max_cost=None if buy_max_cost is None else Decimal(buy_max_cost) / 100,
        cancel_order_on_pause=_flag(body, "cancel_order_on_pause"),
    )


def parse_order_query(params: Mapping[str, Any]) -> OrderQuery:
    """Query parameters of `GET /portfolio/orders` as an `OrderQuery`."""
    events = _text(params, "event_ticker")
    return OrderQuery(
        ticker=_text(params, "ticker"),
        event_tickers=None if events is None else frozenset(events.split(",")),
        status=_choice(params, "status", _STATUSES),
        min_ts=optional_int(params, "min_ts"),
        max_ts=optional_int(params, "max_ts"),
        subaccount=optional_int(params, "subaccount"),
        exchange_index=optional_int(params, "exchange_index"),
        limit=optional_int(params, "limit") or 100,
        cursor=_text(params, "cursor") or "",
    )


def _text(values: Mapping[str, Any], name: str) -> str | None:
    """A string field; absent, null and "" all mean unset, as on the live server."""
    value = values.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise invalid_parameters(f"{name} must be a string")
    return value


def _flag(values: Mapping[str, Any], name: str) -> bool:
    value = values.get(name)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise invalid_parameters(f"{name} must be a boolean")
    return value


def _choice(values: Mapping[str, Any], name: str, allowed: tuple[_T, ...]) -> _T | None:
    value = _text(values, name)
    if value is None:
        return None
    for option in allowed:
        if value == option:
            return option
    raise invalid_parameters(f"{name} must be one of {', '.join(allowed)}")


def _quantity(body: Mapping[str, Any], whole_name: str, fp_name: str) -> Decimal:
    whole = optional_int(body, whole_name)
    text = _text(body, fp_name)
    if whole is None and text is None:
        raise invalid_parameters(f"one of {whole_name} or {fp_name} is required")
    value = None
    if text is not None:
        value = parse_count(text)
        if value is None:
            raise invalid_parameters(f"{fp_name} must be a number with at most 2 decimal places")
    if whole is not None:
        if not 0 < whole < _MAX_WHOLE:
            raise invalid_parameters(f"{whole_name} is out of range")
        if value is not None and value != whole:
            raise invalid_parameters(f"{whole_name} and {fp_name} do not match")
        value = Decimal(whole)
    assert value is not None
    if value <= 0:
        raise invalid_parameters(f"{fp_name} must be positive")
    return value


def _yes_price(body: Mapping[str, Any]) -> Decimal:
    """The limit price as a YES price, from exactly one of the four price fields."""
    given = [name for name in _PRICE_FIELDS if body.get(name) is not None]
    if len(given) != 1:
        raise SimError(
            400,
            "invalid_order",
            details="exactly one of yes_price, no_price, yes_price_dollars, "
            "or no_price_dollars should be provided",
        )
    name = given[0]
    if name.endswith("_dollars"):
        text = _text(body, name)
        price = None if text is None else parse_dollars(text)
    else:
        cents = optional_int(body, name)
        price = None if cents is None else Decimal(cents) / 100
    if price is None or not 0 < price < 1 or price % CENT:
        raise SimError(400, "invalid_price", details=f"{name} is not a valid price")
    return price if name.startswith("yes") else ONE - price
