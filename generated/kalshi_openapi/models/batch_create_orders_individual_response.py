from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="BatchCreateOrdersIndividualResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "client_order_id",
    "error",
    "order",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class BatchCreateOrdersIndividualResponse:
    """The `BatchCreateOrdersIndividualResponse` object.

    Attributes:
        client_order_id (None | str)
        error (ErrorResponse | None)
        order (None | Order)
    """

    client_order_id: str | None = None
    error: ErrorResponse | None = None
    order: Order | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.client_order_id is not None:
            field_dict["client_order_id"] = self.client_order_id
        elif "client_order_id" in self._nulls:
            field_dict["client_order_id"] = None
        if self.error is not None:
            field_dict["error"] = self.error.to_dict()
        elif "error" in self._nulls:
            field_dict["error"] = None
        if self.order is not None:
            field_dict["order"] = self.order.to_dict()
        elif "order" in self._nulls:
            field_dict["order"] = None
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
            client_order_id = d["client_order_id"]
            error = d["error"]
            order = d["order"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if client_order_id.__class__ is not str:
            if client_order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if error.__class__ is not dict:
            if error is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if order.__class__ is not dict:
            if order is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        batch_create_orders_individual_response = cls.__new__(cls)
        batch_create_orders_individual_response.client_order_id = client_order_id
        batch_create_orders_individual_response._raw_error = error
        batch_create_orders_individual_response._raw_order = order
        batch_create_orders_individual_response.additional_properties = (
            {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        batch_create_orders_individual_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return batch_create_orders_individual_response

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
        client_order_id = _pop("client_order_id", MISSING)
        if client_order_id.__class__ is not str:
            client_order_id = unread(client_order_id, "client_order_id", d, _marks)
        error = _pop("error", MISSING)
        if error.__class__ is dict:
            error = ErrorResponse.from_dict(error)
        else:
            error = unread(error, "error", d, _marks)
        order = _pop("order", MISSING)
        if order.__class__ is dict:
            order = Order.from_dict(order)
        else:
            order = unread(order, "order", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        batch_create_orders_individual_response = cls.__new__(cls)
        batch_create_orders_individual_response.client_order_id = client_order_id
        batch_create_orders_individual_response.error = error
        batch_create_orders_individual_response.order = order
        batch_create_orders_individual_response.additional_properties = d
        batch_create_orders_individual_response._nulls = _marks
        return batch_create_orders_individual_response

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
from ..models.order import Order  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    BatchCreateOrdersIndividualResponse,
    times={},
    models={
        "error": ErrorResponse.from_dict,
        "order": Order.from_dict,
    },
    lists={},
)
