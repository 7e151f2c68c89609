from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="UpdateOrderGroupLimitRequest")


@_attrs_define
class UpdateOrderGroupLimitRequest:
    """The `UpdateOrderGroupLimitRequest` object of a request body.

    Attributes:
        contracts_limit (int | None | Unset)
        contracts_limit_fp (str | None | Unset)
    """

    contracts_limit: int | Unset | None = UNSET
    contracts_limit_fp: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.contracts_limit is None:
            if "contracts_limit" not in self._absent:
                field_dict["contracts_limit"] = None
        elif not isinstance(self.contracts_limit, Unset):
            field_dict["contracts_limit"] = self.contracts_limit
        if self.contracts_limit_fp is None:
            if "contracts_limit_fp" not in self._absent:
                field_dict["contracts_limit_fp"] = None
        elif not isinstance(self.contracts_limit_fp, Unset):
            field_dict["contracts_limit_fp"] = self.contracts_limit_fp
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
        contracts_limit = _pop("contracts_limit", MISSING)
        if contracts_limit.__class__ is not int:
            contracts_limit = unread_request(contracts_limit, "contracts_limit", d, _marks)
        contracts_limit_fp = _pop("contracts_limit_fp", MISSING)
        if contracts_limit_fp.__class__ is not str:
            contracts_limit_fp = unread_request(contracts_limit_fp, "contracts_limit_fp", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        update_order_group_limit_request = cls.__new__(cls)
        update_order_group_limit_request.contracts_limit = contracts_limit
        update_order_group_limit_request.contracts_limit_fp = contracts_limit_fp
        update_order_group_limit_request.additional_properties = d
        update_order_group_limit_request._absent = _marks
        return update_order_group_limit_request

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
