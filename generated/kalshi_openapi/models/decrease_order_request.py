from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="DecreaseOrderRequest")


@_attrs_define
class DecreaseOrderRequest:
    """The `DecreaseOrderRequest` object of a request body.

    Attributes:
        exchange_index (int | None | Unset)
        reduce_by (int | None | Unset)
        reduce_by_fp (str | None | Unset)
        reduce_to (int | None | Unset)
        reduce_to_fp (str | None | Unset)
        subaccount (int | None | Unset)
    """

    exchange_index: int | Unset | None = 0
    reduce_by: int | Unset | None = UNSET
    reduce_by_fp: str | Unset | None = UNSET
    reduce_to: int | Unset | None = UNSET
    reduce_to_fp: str | Unset | None = UNSET
    subaccount: int | Unset | None = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.exchange_index is None:
            if "exchange_index" not in self._absent:
                field_dict["exchange_index"] = None
        elif not isinstance(self.exchange_index, Unset):
            field_dict["exchange_index"] = self.exchange_index
        if self.reduce_by is None:
            if "reduce_by" not in self._absent:
                field_dict["reduce_by"] = None
        elif not isinstance(self.reduce_by, Unset):
            field_dict["reduce_by"] = self.reduce_by
        if self.reduce_by_fp is None:
            if "reduce_by_fp" not in self._absent:
                field_dict["reduce_by_fp"] = None
        elif not isinstance(self.reduce_by_fp, Unset):
            field_dict["reduce_by_fp"] = self.reduce_by_fp
        if self.reduce_to is None:
            if "reduce_to" not in self._absent:
                field_dict["reduce_to"] = None
        elif not isinstance(self.reduce_to, Unset):
            field_dict["reduce_to"] = self.reduce_to
        if self.reduce_to_fp is None:
            if "reduce_to_fp" not in self._absent:
                field_dict["reduce_to_fp"] = None
        elif not isinstance(self.reduce_to_fp, Unset):
            field_dict["reduce_to_fp"] = self.reduce_to_fp
        if self.subaccount is None:
            if "subaccount" not in self._absent:
                field_dict["subaccount"] = None
        elif not isinstance(self.subaccount, Unset):
            field_dict["subaccount"] = self.subaccount
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
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread_request(exchange_index, "exchange_index", d, _marks)
        reduce_by = _pop("reduce_by", MISSING)
        if reduce_by.__class__ is not int:
            reduce_by = unread_request(reduce_by, "reduce_by", d, _marks)
        reduce_by_fp = _pop("reduce_by_fp", MISSING)
        if reduce_by_fp.__class__ is not str:
            reduce_by_fp = unread_request(reduce_by_fp, "reduce_by_fp", d, _marks)
        reduce_to = _pop("reduce_to", MISSING)
        if reduce_to.__class__ is not int:
            reduce_to = unread_request(reduce_to, "reduce_to", d, _marks)
        reduce_to_fp = _pop("reduce_to_fp", MISSING)
        if reduce_to_fp.__class__ is not str:
            reduce_to_fp = unread_request(reduce_to_fp, "reduce_to_fp", d, _marks)
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread_request(subaccount, "subaccount", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        decrease_order_request = cls.__new__(cls)
        decrease_order_request.exchange_index = exchange_index
        decrease_order_request.reduce_by = reduce_by
        decrease_order_request.reduce_by_fp = reduce_by_fp
        decrease_order_request.reduce_to = reduce_to
        decrease_order_request.reduce_to_fp = reduce_to_fp
        decrease_order_request.subaccount = subaccount
        decrease_order_request.additional_properties = d
        decrease_order_request._absent = _marks
        return decrease_order_request

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
