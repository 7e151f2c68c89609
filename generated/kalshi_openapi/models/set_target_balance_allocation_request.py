from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resting_margin_reservation import (
    RestingMarginReservation,
)
from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="SetTargetBalanceAllocationRequest")


@_attrs_define
class SetTargetBalanceAllocationRequest:
    """The `SetTargetBalanceAllocationRequest` object of a request body.

    Attributes:
        allocations (list[TargetBalanceAllocationInput] | None)
        resting_margin_reservation (RestingMarginReservation | None | Unset)
    """

    allocations: list[TargetBalanceAllocationInput] | None
    resting_margin_reservation: RestingMarginReservation | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.allocations is None:
            if "allocations" not in self._absent:
                field_dict["allocations"] = None
        elif not isinstance(self.allocations, Unset):
            field_dict["allocations"] = [_v0.to_dict() for _v0 in self.allocations]
        if self.resting_margin_reservation is None:
            if "resting_margin_reservation" not in self._absent:
                field_dict["resting_margin_reservation"] = None
        elif not isinstance(self.resting_margin_reservation, Unset):
            field_dict["resting_margin_reservation"] = self.resting_margin_reservation
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
        allocations = _pop("allocations", MISSING)
        if allocations.__class__ is list:
            _read: list[Any] = []
            for _item in allocations:
                if _item.__class__ is dict:
                    _read.append(TargetBalanceAllocationInput.from_dict(_item))
                else:
                    d["allocations"] = allocations
            allocations = _read
        elif allocations is None:
            allocations = []
        else:
            allocations = unread_request(allocations, "allocations", d, _marks)
        resting_margin_reservation = _pop("resting_margin_reservation", MISSING)
        if resting_margin_reservation.__class__ is not str:
            resting_margin_reservation = unread_request(
                resting_margin_reservation, "resting_margin_reservation", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        set_target_balance_allocation_request = cls.__new__(cls)
        set_target_balance_allocation_request.allocations = allocations
        set_target_balance_allocation_request.resting_margin_reservation = (
            resting_margin_reservation
        )
        set_target_balance_allocation_request.additional_properties = d
        set_target_balance_allocation_request._absent = _marks
        return set_target_balance_allocation_request

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


# The models held by this one (imported last: see openapi/README.md, "Lean parsing").
from ..models.target_balance_allocation_input import TargetBalanceAllocationInput  # noqa: E402
