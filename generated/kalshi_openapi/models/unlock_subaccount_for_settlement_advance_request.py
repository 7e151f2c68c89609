from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="UnlockSubaccountForSettlementAdvanceRequest")


@_attrs_define
class UnlockSubaccountForSettlementAdvanceRequest:
    """The `UnlockSubaccountForSettlementAdvanceRequest` object of a request body.

    Attributes:
        subaccount_number (int | None)
        exchange_index (int | None | Unset)
    """

    subaccount_number: int | None
    exchange_index: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.subaccount_number is None:
            if "subaccount_number" not in self._absent:
                field_dict["subaccount_number"] = None
        elif not isinstance(self.subaccount_number, Unset):
            field_dict["subaccount_number"] = self.subaccount_number
        if self.exchange_index is None:
            if "exchange_index" not in self._absent:
                field_dict["exchange_index"] = None
        elif not isinstance(self.exchange_index, Unset):
            field_dict["exchange_index"] = self.exchange_index
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
        subaccount_number = _pop("subaccount_number", MISSING)
        if subaccount_number.__class__ is not int:
            subaccount_number = unread_request(subaccount_number, "subaccount_number", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread_request(exchange_index, "exchange_index", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        unlock_subaccount_for_settlement_advance_request = cls.__new__(cls)
        unlock_subaccount_for_settlement_advance_request.subaccount_number = subaccount_number
        unlock_subaccount_for_settlement_advance_request.exchange_index = exchange_index
        unlock_subaccount_for_settlement_advance_request.additional_properties = d
        unlock_subaccount_for_settlement_advance_request._absent = _marks
        return unlock_subaccount_for_settlement_advance_request

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
