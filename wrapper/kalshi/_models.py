"""Response models: typed, immutable, and tolerant of what the server adds later.

Each model keeps the fields it knows and puts every other field of the response in
`extra`, so nothing the server sends is lost; a `null` where a list belongs reads as `[]`,
and an enum value this version does not know stays a plain string.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

import attrs

from ._call import MalformedResponse

__all__ = [
    "AmendOrderV2Response",
    "BatchCancelOrdersV2Response",
    "BatchCancelOrdersV2ResponseOrdersItem",
    "BatchCreateOrdersV2Response",
    "BatchCreateOrdersV2ResponseOrdersItem",
    "CancelOrderV2Response",
    "CreateOrderV2Response",
    "CreatedOrderGroup",
    "DecreaseOrderV2Response",
    "ErrorResponse",
    "ExchangeStatus",
    "Order",
    "OrderGroup",
    "OrderGroupDetail",
]

M = TypeVar("M", bound="WireModel")


def require_object(data: Any, *keys: str) -> dict[str, Any]:
    """The body as a JSON object holding every given key; MalformedResponse when it is not."""
    if not isinstance(data, dict):
        shown = "an empty body" if data is None else f"a JSON {type(data).__name__}"
        raise MalformedResponse(f"{shown} where an object was promised")
    missing = [key for key in keys if key not in data]
    if missing:
        raise MalformedResponse(f"an object without {', '.join(missing)}")
    return data


def require_list(data: dict[str, Any], key: str) -> list[Any]:
    """The list under key of an object; absent or null reads as []; any other type is refused."""
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise MalformedResponse(f"{key} holding a JSON {type(value).__name__}, not a list")
    return value


class WireModel:
    """Base of response models: construction from a JSON object, keeping unknown fields."""

    _list_fields: ClassVar[frozenset[str]] = frozenset()
    _time_fields: ClassVar[frozenset[str]] = frozenset()
    _known: ClassVar[frozenset[str]]

    @classmethod
    def from_wire(cls: type[M], data: Any) -> M:
        """Build the model from a decoded JSON object; never raises on shape drift."""
        if not isinstance(data, Mapping):
            data = {}
        known = cls.__dict__.get("_known")
        if known is None:
            known = frozenset(f.name for f in attrs.fields(cls)) - {"extra"}  # type: ignore[arg-type]
            cls._known = known
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in data.items():
            if key in known:
                values[key] = value
            else:
                extra[key] = value
        for name in cls._list_fields:
            if not isinstance(values.get(name), list):
                values[name] = []
        for name in cls._time_fields:
            if name in values:
                parsed = _parse_time(values[name])
                if parsed is None and values[name] is not None:
                    extra[name] = values[name]
                values[name] = parsed
        return cls(**values, extra=extra)  # type: ignore[call-arg]

    def __getitem__(self, key: str) -> Any:
        """A field the server sent that this version has no attribute for."""
        return self.extra[key]  # type: ignore[attr-defined]


def _parse_time(value: Any) -> _dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError:
        pass
    # Rarer ISO 8601 forms; dateutil is imported only when one turns up.
    from dateutil import parser as date_parser

    try:
        return date_parser.isoparse(value)
    except (ValueError, OverflowError):
        return None


def _count(value: str | None) -> int | None:
    """Whole contracts from a fixed-point count string such as "100.00"."""
    if not value:
        return None
    try:
        whole, _, fraction = value.partition(".")
        return int(whole) if not fraction.strip("0") else None
    except ValueError:
        return None


@attrs.frozen(kw_only=True)
class OrderGroup(WireModel):
    """An order group as listed: id, limit, and whether it has tripped."""

    id: str = ""
    is_auto_cancel_enabled: bool = False
    contracts_limit_fp: str | None = None
    exchange_index: int | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)

    @property
    def order_group_id(self) -> str:
        """The group's id (the same as `id`)."""
        return self.id

    @property
    def contracts_limit(self) -> int | None:
        """The limit in whole contracts, when it is whole."""
        return _count(self.contracts_limit_fp)


@attrs.frozen(kw_only=True)
class OrderGroupDetail(WireModel):
    """One order group: its member orders, its limit, and whether it has tripped."""

    _list_fields: ClassVar[frozenset[str]] = frozenset({"orders"})

    order_group_id: str = ""
    is_auto_cancel_enabled: bool = False
    orders: list[str] = attrs.field(factory=list)
    contracts_limit_fp: str | None = None
    exchange_index: int | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)

    @property
    def contracts_limit(self) -> int | None:
        """The limit in whole contracts, when it is whole."""
        return _count(self.contracts_limit_fp)


@attrs.frozen(kw_only=True)
class CreatedOrderGroup(WireModel):
    """The result of creating an order group."""

    order_group_id: str = ""
    subaccount: int | None = None
    exchange_index: int | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)


OrderStatus = Literal["resting", "canceled", "executed"]


@attrs.frozen(kw_only=True)
class Order(WireModel):
    """An order as the exchange reports it; counts and prices are fixed-point strings."""

    _time_fields: ClassVar[frozenset[str]] = frozenset(
        {"created_time", "last_update_time", "expiration_time"}
    )

    order_id: str = ""
    client_order_id: str | None = None
    user_id: str | None = None
    ticker: str = ""
    status: OrderStatus | str = ""
    side: str | None = None
    action: str | None = None
    outcome_side: str | None = None
    book_side: str | None = None
    type: str | None = None
    yes_price_dollars: str | None = None
    no_price_dollars: str | None = None
    initial_count_fp: str | None = None
    fill_count_fp: str | None = None
    remaining_count_fp: str | None = None
    taker_fill_cost_dollars: str | None = None
    maker_fill_cost_dollars: str | None = None
    taker_fees_dollars: str | None = None
    maker_fees_dollars: str | None = None
    order_group_id: str | None = None
    self_trade_prevention_type: str | None = None
    cancel_order_on_pause: bool | None = None
    subaccount_number: int | None = None
    exchange_index: int | None = None
    created_time: _dt.datetime | None = None
    last_update_time: _dt.datetime | None = None
    expiration_time: _dt.datetime | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ExchangeStatus(WireModel):
    """Whether the exchange and trading are open."""

    exchange_active: bool = False
    trading_active: bool = False
    exchange_estimated_resume_time: _dt.datetime | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)

    _time_fields: ClassVar[frozenset[str]] = frozenset({"exchange_estimated_resume_time"})


# --- V2 order writes: Kalshi answers with slim bodies, not whole orders. ---------------------


@attrs.frozen(kw_only=True)
class CreateOrderV2Response(WireModel):
    """A placed order: its id, and what filled at once (counts and prices are strings).

    `average_fill_price` and `average_fee_paid` come only when something filled. An order
    whose answer was lost and that was then read back has `ts_ms` None and no averages.
    """

    order_id: str = ""
    client_order_id: str | None = None
    fill_count: str | None = None
    remaining_count: str | None = None
    average_fill_price: str | None = None
    average_fee_paid: str | None = None
    ts_ms: int | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class CancelOrderV2Response(WireModel):
    """A canceled order: the contracts it lost (None when read back after a lost answer)."""

    order_id: str = ""
    client_order_id: str | None = None
    reduced_by: str | None = None
    ts_ms: int | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class AmendOrderV2Response(WireModel):
    """An amended order: what rests now and what filled if the new price crossed."""

    order_id: str = ""
    client_order_id: str | None = None
    remaining_count: str | None = None
    fill_count: str | None = None
    average_fill_price: str | None = None
    average_fee_paid: str | None = None
    ts_ms: int | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class DecreaseOrderV2Response(WireModel):
    """A decreased order: the contracts still resting."""

    order_id: str = ""
    client_order_id: str | None = None
    remaining_count: str | None = None
    ts_ms: int | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ErrorResponse(WireModel):
    """Kalshi's error object, as one item of a batch carries it."""

    code: str | None = None
    message: str | None = None
    details: Any = None
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)


def _error_of(value: Any) -> ErrorResponse | None:
    if value is None or isinstance(value, ErrorResponse):
        return value
    if isinstance(value, Mapping):
        return ErrorResponse.from_wire(value)
    return ErrorResponse(message=str(value))


@attrs.frozen(kw_only=True)
class BatchCreateOrdersV2ResponseOrdersItem(WireModel):
    """One order of a batch create: placed (`error` None) or refused (`error` says why)."""

    order_id: str | None = None
    client_order_id: str | None = None
    fill_count: str | None = None
    remaining_count: str | None = None
    average_fill_price: str | None = None
    average_fee_paid: str | None = None
    ts_ms: int | None = None
    error: ErrorResponse | None = attrs.field(default=None, converter=_error_of)
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class BatchCancelOrdersV2ResponseOrdersItem(WireModel):
    """One order of a batch cancel: canceled (`error` None) or not (`error` says why)."""

    order_id: str = ""
    client_order_id: str | None = None
    reduced_by: str | None = None
    ts_ms: int | None = None
    error: ErrorResponse | None = attrs.field(default=None, converter=_error_of)
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class BatchCreateOrdersV2Response:
    """The results of a batch create, one per order in the order they were sent."""

    orders: list[BatchCreateOrdersV2ResponseOrdersItem] = attrs.field(factory=list)

    @property
    def failed(self) -> list[BatchCreateOrdersV2ResponseOrdersItem]:
        """The results that carry an error."""
        return [item for item in self.orders if item.error is not None]


@attrs.frozen(kw_only=True)
class BatchCancelOrdersV2Response:
    """The results of a batch cancel, one per order in the order they were sent."""

    orders: list[BatchCancelOrdersV2ResponseOrdersItem] = attrs.field(factory=list)

    @property
    def failed(self) -> list[BatchCancelOrdersV2ResponseOrdersItem]:
        """The results that carry an error."""
        return [item for item in self.orders if item.error is not None]
