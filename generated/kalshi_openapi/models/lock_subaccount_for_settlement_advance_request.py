from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LockSubaccountForSettlementAdvanceRequest")


@_attrs_define
class LockSubaccountForSettlementAdvanceRequest:
    """
    Attributes:
        subaccount_number (int | None):
        exchange_index (int | Unset):
    """

    subaccount_number: int | None
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_number: int | None
        subaccount_number = self.subaccount_number

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccount_number": subaccount_number,
            }
        )
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_subaccount_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        subaccount_number = _parse_subaccount_number(d.pop("subaccount_number"))

        exchange_index = d.pop("exchange_index", UNSET)

        lock_subaccount_for_settlement_advance_request = cls(
            subaccount_number=subaccount_number,
            exchange_index=exchange_index,
        )

        lock_subaccount_for_settlement_advance_request.additional_properties = d
        return lock_subaccount_for_settlement_advance_request

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
