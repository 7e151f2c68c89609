"""Business validation: turning checked request bodies and queries into engine inputs.

The spec has already vetted types; these functions re-check what they rely on (the app may
serve a spec without some field) and apply rules the spec cannot state.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ._errors import SimError, bad_request, invalid_parameters
from ._fixed import parse_count, parse_dollars
from ._listing import OrderQuery
from ._orders import (
    BookSide,
    OrderAmend,
    OrderRequest,
    SelfTradePrevention,
    Status,
    TimeInForce,
)

_T = TypeVar("_T", bound=str)
_MAX_WHOLE = 10**15
_LAST_SECOND = 253_402_300_799  # 9999-12-31T23:59:59Z
_BOOK_SIDES: tuple[BookSide, ...] = ("bid", "ask")
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
    """A `CreateOrderV2Request` body (or batch item) as an `OrderRequest`.

    Unknown fields are ignored. `exchange_index` -1 or absent routes by ticker.
    """
    ticker = _text(body, "ticker")
    side = _choice(body, "side", _BOOK_SIDES)
    time_in_force = _choice(body, "time_in_force", _TIME_IN_FORCE)
    self_trade = _choice(body, "self_trade_prevention_type", _SELF_TRADE)
    if ticker is None or side is None or time_in_force is None or self_trade is None:
        raise invalid_parameters(
            "ticker, side, count, price, time_in_force and self_trade_prevention_type are required"
        )
    expiration = optional_int(body, "expiration_time")
    if expiration is not None:
        if time_in_force == "immediate_or_cancel":
            raise invalid_parameters("Cannot specify both immediate_or_cancel and expiration_ts")
        if time_in_force != "good_till_canceled":
            raise invalid_parameters("expiration_time is only allowed with good_till_canceled")
        if not 0 < expiration <= _LAST_SECOND:
            raise invalid_parameters("Expiration timestamp must be in the future")
    reduce_only = _flag(body, "reduce_only")
    if reduce_only and time_in_force != "immediate_or_cancel":
        raise invalid_parameters("reduce_only requires immediate_or_cancel")
    return OrderRequest(
        ticker=ticker,
        book_side=side,
        yes_price=_price(body, "price"),
        count=_count(body, "count"),
        time_in_force=time_in_force,
        self_trade_prevention=self_trade,
        client_order_id=_text(body, "client_order_id"),
        post_only=_flag(body, "post_only"),
        reduce_only=reduce_only,
        order_group_id=_text(body, "order_group_id"),
        subaccount=optional_int(body, "subaccount") or 0,
        exchange_index=_exchange_index(body),
        expiration_ms=None if expiration is None else expiration * 1000,
        cancel_order_on_pause=_flag(body, "cancel_order_on_pause"),
    )


def parse_amend(body: Mapping[str, Any]) -> OrderAmend:
    """An `AmendOrderV2Request` body as an `OrderAmend`."""
    ticker = _text(body, "ticker")
    side = _choice(body, "side", _BOOK_SIDES)
    if ticker is None or side is None:
        raise invalid_parameters("ticker, side, price and count are required")
    expiration = optional_int(body, "expiration_time")
    if expiration is not None and not 0 <= expiration <= _LAST_SECOND:
        raise invalid_parameters("Expiration timestamp must be in the future")
    return OrderAmend(
        ticker=ticker,
        book_side=side,
        yes_price=_price(body, "price"),
        count=_count(body, "count"),
        client_order_id=_text(body, "client_order_id"),
        updated_client_order_id=_text(body, "updated_client_order_id"),
        exchange_index=_exchange_index(body),
        expiration_time=expiration,
    )


def parse_decrease(body: Mapping[str, Any]) -> tuple[Decimal | None, Decimal | None]:
    """`reduce_by` and `reduce_to` of a `DecreaseOrderV2Request`: exactly one is set."""
    given = [name for name in ("reduce_by", "reduce_to") if body.get(name) is not None]
    if len(given) != 1:
        raise invalid_parameters("exactly one of reduce_by or reduce_to is required")
    if given[0] == "reduce_by":
        return _count(body, "reduce_by"), None
    text = body.get("reduce_to")
    amount = parse_count(text) if isinstance(text, str) else None
    if amount is None:
        raise SimError(400, "invalid_order_size", details="reduce_to is not a valid count")
    return None, amount


def parse_routing(values: Mapping[str, Any]) -> tuple[int, int | None, str | None]:
    """`subaccount` (default 0), `exchange_index` (None: route) and `market_ticker`."""
    return (
        optional_int(values, "subaccount") or 0,
        _exchange_index(values),
        _text(values, "market_ticker"),
    )


def parse_batch(body: Mapping[str, Any], most: int) -> list[Any]:
    """The `orders` list of a batch body: 1 to `most` items."""
    orders = body.get("orders")
    if not isinstance(orders, list):
        raise invalid_parameters("orders must be a list")
    if not orders:
        raise invalid_parameters("orders must not be empty")
    if len(orders) > most:
        raise invalid_parameters(f"a batch holds at most {most} orders")
    return orders


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


def _price(body: Mapping[str, Any], name: str) -> Decimal:
    """A YES price in dollars: a string of at most 4 places, 0 < p < 1.

    Whether it is on the market's price grid is checked by the exchange, which knows the market.
    """
    value = body.get(name)
    if value is None:
        raise invalid_parameters(f"{name} is required")
    if not isinstance(value, str):
        raise bad_request(f"{name} must be a string")
    price = parse_dollars(value)
    if price is None or not 0 < price < 1:
        raise SimError(400, "invalid_price", details=f"{name} is not a valid price")
    return price


def _count(body: Mapping[str, Any], name: str) -> Decimal:
    """A positive count: a string of at most 2 places."""
    value = body.get(name)
    if value is None:
        raise invalid_parameters(f"{name} is required")
    if not isinstance(value, str):
        raise bad_request(f"{name} must be a string")
    count = parse_count(value)
    if count is None or count <= 0:
        raise SimError(400, "invalid_order_size", details=f"{name} is not a valid count")
    return count


def _exchange_index(values: Mapping[str, Any]) -> int | None:
    """An explicit shard, or None when absent or -1 (route by ticker)."""
    index = optional_int(values, "exchange_index")
    return None if index == -1 else index
