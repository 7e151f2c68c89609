"""The public response types: the generated models, and the few conveniences the docs add.

The response models are generated from Kalshi's spec (`kalshi_openapi.models`): their
`from_dict` never raises, keeps every key it does not know (or could not read) in
`additional_properties` (readable as `model["key"]`), reads a `null` list as `[]` and keeps
an enum value this version does not know as a plain string. What this module adds is written
once, as small subclasses: `OrderGroup.order_group_id` and `contracts_limit`, the id an
`OrderGroupDetail` was read under, and the batch responses' `failed`. Each model is loaded
on first use (`__getattr__`), so that reading one kind of answer loads only its models.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from ._call import MalformedResponse

if TYPE_CHECKING:
    from kalshi_openapi.models import (
        AmendOrderV2Response,
        BatchCancelOrdersV2ResponseOrdersItem,
        BatchCreateOrdersV2ResponseOrdersItem,
        CancelOrderV2Response,
        CreateOrderV2Response,
        DecreaseOrderV2Response,
        ErrorResponse,
        ExchangeStatus,
        Order,
    )

    from ._batch_models import BatchCancelOrdersV2Response, BatchCreateOrdersV2Response
    from ._group_list_models import CreatedOrderGroup, OrderGroup
    from ._group_models import OrderGroupDetail

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


# Where each public model lives: the conveniences in small modules of their own; every other
# name is the generated model itself.
_EXTRAS = {
    "OrderGroup": "_group_list_models",
    "OrderGroupDetail": "_group_models",
    "CreatedOrderGroup": "_group_list_models",
    "BatchCreateOrdersV2Response": "_batch_models",
    "BatchCancelOrdersV2Response": "_batch_models",
}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module = _EXTRAS.get(name)
    if module is not None:
        return getattr(importlib.import_module(f"{__package__}.{module}"), name)
    from kalshi_openapi import models

    return getattr(models, name)
