from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="BatchCancelOrdersV2ResponseOrdersItem")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "order_id",
    "reduced_by",
    "client_order_id",
    "error",
    "ts_ms",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class BatchCancelOrdersV2ResponseOrdersItem:
    """The `BatchCancelOrdersV2ResponseOrdersItem` object.

    Attributes:
        order_id (str | None)
        reduced_by (str | None)
        client_order_id (None | str)
        error (ErrorResponse | None)
        ts_ms (int | None)
    """

    order_id: str | None = None
    reduced_by: str | None = None
    client_order_id: str | None = None
    error: ErrorResponse | None = None
    ts_ms: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.order_id is not None:
            field_dict["order_id"] = self.order_id
        elif "order_id" in self._nulls:
            field_dict["order_id"] = None
        if self.reduced_by is not None:
            field_dict["reduced_by"] = self.reduced_by
        elif "reduced_by" in self._nulls:
            field_dict["reduced_by"] = None
        if self.client_order_id is not None:
            field_dict["client_order_id"] = self.client_order_id
        elif "client_order_id" in self._nulls:
            field_dict["client_order_id"] = None
        if self.error is not None:
            field_dict["error"] = self.error.to_dict()
        elif "error" in self._nulls:
            field_dict["error"] = None
        if self.ts_ms is not None:
            field_dict["ts_ms"] = self.ts_ms
        elif "ts_ms" in self._nulls:
            field_dict["ts_ms"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Any) -> T:
        """Read the model from a decoded JSON object; never raises (rules: openapi/README.md of kalshi-trade)."""
        # The common case: an object with every key, each value of its type or null. Anything
        # else (a key missing, a value of another type) is read by the tolerant path.
        if src_dict.__class__ is not dict:
            return cls._read_tolerant(src_dict)
        d: dict[str, Any] = src_dict
        try:
            order_id = d["order_id"]
            reduced_by = d["reduced_by"]
            client_order_id = d["client_order_id"]
            error = d["error"]
            ts_ms = d["ts_ms"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if order_id.__class__ is not str:
            if order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if reduced_by.__class__ is not str:
            if reduced_by is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if client_order_id.__class__ is not str:
            if client_order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if error.__class__ is not dict:
            if error is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if ts_ms.__class__ is not int:
            if ts_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        batch_cancel_orders_v2_response_orders_item = cls.__new__(cls)
        batch_cancel_orders_v2_response_orders_item.order_id = order_id
        batch_cancel_orders_v2_response_orders_item.reduced_by = reduced_by
        batch_cancel_orders_v2_response_orders_item.client_order_id = client_order_id
        batch_cancel_orders_v2_response_orders_item._raw_error = error
        batch_cancel_orders_v2_response_orders_item.ts_ms = ts_ms
        batch_cancel_orders_v2_response_orders_item.additional_properties = (
            {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        batch_cancel_orders_v2_response_orders_item._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return batch_cancel_orders_v2_response_orders_item

    @classmethod
    def _read_tolerant(cls: type[T], src_dict: Any) -> T:
        """Read any body, whatever it holds: the path from_dict takes for all but the common case."""
        d: dict[str, Any]
        if src_dict.__class__ is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            d = {}
        _marks: list[str] = []
        _pop = d.pop
        order_id = _pop("order_id", MISSING)
        if order_id.__class__ is not str:
            order_id = unread(order_id, "order_id", d, _marks)
        reduced_by = _pop("reduced_by", MISSING)
        if reduced_by.__class__ is not str:
            reduced_by = unread(reduced_by, "reduced_by", d, _marks)
        client_order_id = _pop("client_order_id", MISSING)
        if client_order_id.__class__ is not str:
            client_order_id = unread(client_order_id, "client_order_id", d, _marks)
        error = _pop("error", MISSING)
        if error.__class__ is dict:
            error = ErrorResponse.from_dict(error)
        else:
            error = unread(error, "error", d, _marks)
        ts_ms = _pop("ts_ms", MISSING)
        if ts_ms.__class__ is not int:
            ts_ms = unread(ts_ms, "ts_ms", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        batch_cancel_orders_v2_response_orders_item = cls.__new__(cls)
        batch_cancel_orders_v2_response_orders_item.order_id = order_id
        batch_cancel_orders_v2_response_orders_item.reduced_by = reduced_by
        batch_cancel_orders_v2_response_orders_item.client_order_id = client_order_id
        batch_cancel_orders_v2_response_orders_item.error = error
        batch_cancel_orders_v2_response_orders_item.ts_ms = ts_ms
        batch_cancel_orders_v2_response_orders_item.additional_properties = d
        batch_cancel_orders_v2_response_orders_item._nulls = _marks
        return batch_cancel_orders_v2_response_orders_item

    @property
    def additional_keys(self) -> list[str]:
        """The keys of the body this model has no attribute for (and of fields it could not read)."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models held by this one (imported last: see openapi/README.md, "Lean parsing").
from ..models.error_response import ErrorResponse  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    BatchCancelOrdersV2ResponseOrdersItem,
    times={},
    models={
        "error": ErrorResponse.from_dict,
    },
    lists={},
)
