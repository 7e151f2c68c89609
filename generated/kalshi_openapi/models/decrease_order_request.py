from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecreaseOrderRequest")


@_attrs_define
class DecreaseOrderRequest:
    """
    Attributes:
        exchange_index (int | Unset):  Default: 0.
        reduce_by (int | Unset):
        reduce_by_fp (str | Unset):
        reduce_to (int | Unset):
        reduce_to_fp (str | Unset):
        subaccount (int | Unset):  Default: 0.
    """

    exchange_index: int | Unset = 0
    reduce_by: int | Unset = UNSET
    reduce_by_fp: str | Unset = UNSET
    reduce_to: int | Unset = UNSET
    reduce_to_fp: str | Unset = UNSET
    subaccount: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_index = self.exchange_index

        reduce_by = self.reduce_by

        reduce_by_fp = self.reduce_by_fp

        reduce_to = self.reduce_to

        reduce_to_fp = self.reduce_to_fp

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        if reduce_by_fp is not UNSET:
            field_dict["reduce_by_fp"] = reduce_by_fp
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to
        if reduce_to_fp is not UNSET:
            field_dict["reduce_to_fp"] = reduce_to_fp
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange_index = d.pop("exchange_index", UNSET)

        reduce_by = d.pop("reduce_by", UNSET)

        reduce_by_fp = d.pop("reduce_by_fp", UNSET)

        reduce_to = d.pop("reduce_to", UNSET)

        reduce_to_fp = d.pop("reduce_to_fp", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        decrease_order_request = cls(
            exchange_index=exchange_index,
            reduce_by=reduce_by,
            reduce_by_fp=reduce_by_fp,
            reduce_to=reduce_to,
            reduce_to_fp=reduce_to_fp,
            subaccount=subaccount,
        )

        decrease_order_request.additional_properties = d
        return decrease_order_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
