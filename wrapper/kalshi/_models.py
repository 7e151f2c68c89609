"""The public response types: the generated models, and the few conveniences the docs add.

The response models are generated from Kalshi's spec (`kalshi_openapi.models`): their
`from_dict` never raises, keeps every key it does not know (or could not read) in
`additional_properties` (readable as `model["key"]`), reads a `null` list as `[]` and keeps
an enum value this version does not know as a plain string. What this module adds is written
once, as small subclasses: `OrderGroup.order_group_id` and `contracts_limit`, the id an
`OrderGroupDetail` was read under, and the batch responses' `failed`. This module loads the
generated models, so `kalshi` imports it on first use only.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Protocol, Self, TypeVar

import attrs
from kalshi_openapi.models import (
    AmendOrderV2Response,
    BatchCancelOrdersV2ResponseOrdersItem,
    BatchCreateOrdersV2ResponseOrdersItem,
    CancelOrderV2Response,
    CreateOrderGroupResponse,
    CreateOrderV2Response,
    DecreaseOrderV2Response,
    ErrorResponse,
    ExchangeStatus,
    GetOrderGroupResponse,
    Order,
)
from kalshi_openapi.models import BatchCancelOrdersV2Response as _BatchCancelOrdersV2Response
from kalshi_openapi.models import BatchCreateOrdersV2Response as _BatchCreateOrdersV2Response
from kalshi_openapi.models import OrderGroup as _OrderGroup

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


# --- times in the rarer ISO 8601 forms ---------------------------------------------------------


class _Tolerant(Protocol):
    additional_properties: dict[str, Any]


R = TypeVar("R", bound=_Tolerant)
_TIME_FIELDS: dict[type[Any], tuple[str, ...]] = {}


def read_times(model: R) -> R:
    """The model with the date-times `from_dict` kept raw, as ISO 8601 forms such as 24:00, parsed.

    `from_dict` reads the common forms; the rest (rare) stay in `additional_properties`, and
    this reads them there. A value that is no time at all stays where it is.
    """
    raw = model.additional_properties
    if not raw:
        return model
    cls: Any = type(model)
    names = _TIME_FIELDS.get(cls)
    if names is None:
        names = tuple(f.name for f in attrs.fields(cls) if "datetime" in str(f.type))
        _TIME_FIELDS[cls] = names
    for name in names:
        value = raw.get(name)
        if isinstance(value, str) and getattr(model, name) is None:
            parsed = _parse_time(value)
            if parsed is not None:
                setattr(model, name, parsed)
                del raw[name]
    return model


def _parse_time(value: str) -> _dt.datetime | None:
    # dateutil is imported only when a time fromisoformat refuses turns up.
    from dateutil import parser as date_parser

    try:
        return date_parser.isoparse(value)
    except (ValueError, OverflowError):
        return None


# --- conveniences over the generated models ---------------------------------------------------


def _count(value: str | None) -> int | None:
    """Whole contracts from a fixed-point count string such as "100.00"; None if not whole."""
    if not value:
        return None
    whole, _, fraction = value.partition(".")
    if fraction.strip("0"):
        return None
    try:
        return int(whole)
    except ValueError:
        return None


class _ContractsLimit:
    """The group's limit in whole contracts, read from `contracts_limit_fp`."""

    __slots__ = ()
    contracts_limit_fp: str | None

    @property
    def contracts_limit(self) -> int | None:
        """The limit in whole contracts, when it is whole (None otherwise, or when not sent)."""
        return _count(self.contracts_limit_fp)


class OrderGroup(_OrderGroup, _ContractsLimit):
    """An order group as listed: id, limit, and whether it has tripped."""

    __slots__ = ()

    @property
    def order_group_id(self) -> str | None:
        """The group's id (the same as `id`)."""
        return self.id


@attrs.define
class OrderGroupDetail(GetOrderGroupResponse, _ContractsLimit):
    """One order group (Kalshi's `GetOrderGroupResponse`): its orders, limit and state.

    Kalshi's answer does not name the group; `order_group_id` is the id it was asked for.
    `orders` is a list even when the answer left it out.
    """

    order_group_id: str | None = None

    @classmethod
    def from_dict(cls, src_dict: Any, order_group_id: str | None = None) -> Self:
        """Read the group from a decoded JSON object, under the id it was asked for."""
        detail = super().from_dict(src_dict)
        detail.order_group_id = order_group_id
        if detail.orders is None:
            detail.orders = []
        return detail


class CreatedOrderGroup(CreateOrderGroupResponse):
    """The result of creating an order group (Kalshi's `CreateOrderGroupResponse`)."""

    __slots__ = ()


class BatchCreateOrdersV2Response(_BatchCreateOrdersV2Response):
    """The results of a batch create, one per order in the order they were sent."""

    __slots__ = ()

    @property
    def failed(self) -> list[BatchCreateOrdersV2ResponseOrdersItem]:
        """The results that carry an error."""
        return [item for item in self.orders or () if item.error is not None]


class BatchCancelOrdersV2Response(_BatchCancelOrdersV2Response):
    """The results of a batch cancel, one per order in the order they were sent."""

    __slots__ = ()

    @property
    def failed(self) -> list[BatchCancelOrdersV2ResponseOrdersItem]:
        """The results that carry an error."""
        return [item for item in self.orders or () if item.error is not None]
