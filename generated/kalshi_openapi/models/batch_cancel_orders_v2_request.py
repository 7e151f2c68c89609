from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, Unset, unread_request

T = TypeVar("T", bound="BatchCancelOrdersV2Request")


@_attrs_define
class BatchCancelOrdersV2Request:
    """The `BatchCancelOrdersV2Request` object of a request body.

    Attributes:
        orders (list[BatchCancelOrdersV2RequestOrdersItem] | None)
    """

    orders: list[BatchCancelOrdersV2RequestOrdersItem] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.orders is None:
            if "orders" not in self._absent:
                field_dict["orders"] = None
        elif not isinstance(self.orders, Unset):
            field_dict["orders"] = [_v0.to_dict() for _v0 in self.orders]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Any) -> T:
        """Read the model from a decoded JSON object; never raises (rules: openapi/README.md of kalshi-trade)."""
        d: dict[str, Any]
        if src_dict.__class__ is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            d = {}
        _marks: list[str] = []
        _pop = d.pop
        orders = _pop("orders", MISSING)
        if orders.__class__ is list:
            _read: list[Any] = []
            for _item in orders:
                if _item.__class__ is dict:
                    _read.append(BatchCancelOrdersV2RequestOrdersItem.from_dict(_item))
                else:
                    d["orders"] = orders
            orders = _read
        elif orders is None:
            orders = []
        else:
            orders = unread_request(orders, "orders", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        batch_cancel_orders_v2_request = cls.__new__(cls)
        batch_cancel_orders_v2_request.orders = orders
        batch_cancel_orders_v2_request.additional_properties = d
        batch_cancel_orders_v2_request._absent = _marks
        return batch_cancel_orders_v2_request

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
from ..models.batch_cancel_orders_v2_request_orders_item import BatchCancelOrdersV2RequestOrdersItem  # noqa: E402
