from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubaccountBalance")


@_attrs_define
class SubaccountBalance:
    """
    Attributes:
        balance (str):
        exchange_index (int):
        subaccount_number (int):
        updated_ts (int):
    """

    balance: str
    exchange_index: int
    subaccount_number: int
    updated_ts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        exchange_index = self.exchange_index

        subaccount_number = self.subaccount_number

        updated_ts = self.updated_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "exchange_index": exchange_index,
                "subaccount_number": subaccount_number,
                "updated_ts": updated_ts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        balance = d.pop("balance")

        exchange_index = d.pop("exchange_index")

        subaccount_number = d.pop("subaccount_number")

        updated_ts = d.pop("updated_ts")

        subaccount_balance = cls(
            balance=balance,
            exchange_index=exchange_index,
            subaccount_number=subaccount_number,
            updated_ts=updated_ts,
        )

        subaccount_balance.additional_properties = d
        return subaccount_balance

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
