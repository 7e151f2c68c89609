from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubaccountNettingConfig")


@_attrs_define
class SubaccountNettingConfig:
    """
    Attributes:
        enabled (bool):
        exchange_index (int):
        subaccount_number (int):
    """

    enabled: bool
    exchange_index: int
    subaccount_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        exchange_index = self.exchange_index

        subaccount_number = self.subaccount_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "exchange_index": exchange_index,
                "subaccount_number": subaccount_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        exchange_index = d.pop("exchange_index")

        subaccount_number = d.pop("subaccount_number")

        subaccount_netting_config = cls(
            enabled=enabled,
            exchange_index=exchange_index,
            subaccount_number=subaccount_number,
        )

        subaccount_netting_config.additional_properties = d
        return subaccount_netting_config

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
