from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderGroupRequest")


@_attrs_define
class CreateOrderGroupRequest:
    """
    Attributes:
        contracts_limit (int | Unset):
        contracts_limit_fp (str | Unset):
        exchange_index (int | Unset):  Default: 0.
        subaccount (int | Unset):
    """

    contracts_limit: int | Unset = UNSET
    contracts_limit_fp: str | Unset = UNSET
    exchange_index: int | Unset = 0
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contracts_limit = self.contracts_limit

        contracts_limit_fp = self.contracts_limit_fp

        exchange_index = self.exchange_index

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contracts_limit is not UNSET:
            field_dict["contracts_limit"] = contracts_limit
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contracts_limit = d.pop("contracts_limit", UNSET)

        contracts_limit_fp = d.pop("contracts_limit_fp", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        create_order_group_request = cls(
            contracts_limit=contracts_limit,
            contracts_limit_fp=contracts_limit_fp,
            exchange_index=exchange_index,
            subaccount=subaccount,
        )

        create_order_group_request.additional_properties = d
        return create_order_group_request

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
