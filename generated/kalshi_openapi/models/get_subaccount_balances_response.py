from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subaccount_balance import SubaccountBalance


T = TypeVar("T", bound="GetSubaccountBalancesResponse")


@_attrs_define
class GetSubaccountBalancesResponse:
    """
    Attributes:
        subaccount_balances (list[SubaccountBalance]):
    """

    subaccount_balances: list[SubaccountBalance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_balances = []
        for subaccount_balances_item_data in self.subaccount_balances:
            subaccount_balances_item = subaccount_balances_item_data.to_dict()
            subaccount_balances.append(subaccount_balances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccount_balances": subaccount_balances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_balance import SubaccountBalance

        d = dict(src_dict)
        subaccount_balances = []
        _subaccount_balances = d.pop("subaccount_balances")
        for subaccount_balances_item_data in _subaccount_balances:
            subaccount_balances_item = SubaccountBalance.from_dict(subaccount_balances_item_data)

            subaccount_balances.append(subaccount_balances_item)

        get_subaccount_balances_response = cls(
            subaccount_balances=subaccount_balances,
        )

        get_subaccount_balances_response.additional_properties = d
        return get_subaccount_balances_response

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
