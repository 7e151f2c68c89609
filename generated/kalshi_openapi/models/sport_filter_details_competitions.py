from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_json

T = TypeVar("T", bound="SportFilterDetailsCompetitions")


@_attrs_define
class SportFilterDetailsCompetitions:
    """The `SportFilterDetailsCompetitions` object."""

    additional_properties: dict[str, ScopeList] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
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
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        sport_filter_details_competitions = cls.__new__(cls)
        additional_properties: dict[str, Any] = {}
        for prop_name, prop_value in d.items():
            _ok = True
            _one: list[Any] = []
            if prop_value.__class__ is dict:
                _one.append(ScopeList.from_dict(prop_value))
            else:
                _ok = False
            additional_properties[prop_name] = _one[0] if _ok else prop_value
        sport_filter_details_competitions.additional_properties = additional_properties
        sport_filter_details_competitions._nulls = _marks
        return sport_filter_details_competitions

    @property
    def additional_keys(self) -> list[str]:
        """The keys of the body this model has no attribute for (and of fields it could not read)."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ScopeList:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ScopeList) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models held by this one (imported last: see openapi/README.md, "Lean parsing").
from ..models.scope_list import ScopeList  # noqa: E402
