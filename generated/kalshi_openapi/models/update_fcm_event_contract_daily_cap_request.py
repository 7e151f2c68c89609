from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, Unset, unread_request

T = TypeVar("T", bound="UpdateFCMEventContractDailyCapRequest")


@_attrs_define
class UpdateFCMEventContractDailyCapRequest:
    """The `UpdateFCMEventContractDailyCapRequest` object of a request body.

    Attributes:
        limit (str | None)
        subtrader_id (str | None)
    """

    limit: str | None
    subtrader_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.limit is None:
            if "limit" not in self._absent:
                field_dict["limit"] = None
        elif not isinstance(self.limit, Unset):
            field_dict["limit"] = self.limit
        if self.subtrader_id is None:
            if "subtrader_id" not in self._absent:
                field_dict["subtrader_id"] = None
        elif not isinstance(self.subtrader_id, Unset):
            field_dict["subtrader_id"] = self.subtrader_id
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
        limit = _pop("limit", MISSING)
        if limit.__class__ is not str:
            limit = unread_request(limit, "limit", d, _marks)
        subtrader_id = _pop("subtrader_id", MISSING)
        if subtrader_id.__class__ is not str:
            subtrader_id = unread_request(subtrader_id, "subtrader_id", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        update_fcm_event_contract_daily_cap_request = cls.__new__(cls)
        update_fcm_event_contract_daily_cap_request.limit = limit
        update_fcm_event_contract_daily_cap_request.subtrader_id = subtrader_id
        update_fcm_event_contract_daily_cap_request.additional_properties = d
        update_fcm_event_contract_daily_cap_request._absent = _marks
        return update_fcm_event_contract_daily_cap_request

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
