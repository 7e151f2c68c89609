from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="GetFiltersBySportsResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "filters_by_sports",
    "sport_ordering",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class GetFiltersBySportsResponse:
    """The `GetFiltersBySportsResponse` object.

    Attributes:
        filters_by_sports (GetFiltersBySportsResponseFiltersBySports | None)
        sport_ordering (list[str] | None)
    """

    filters_by_sports: GetFiltersBySportsResponseFiltersBySports | None = None
    sport_ordering: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.filters_by_sports is not None:
            field_dict["filters_by_sports"] = self.filters_by_sports.to_dict()
        elif "filters_by_sports" in self._nulls:
            field_dict["filters_by_sports"] = None
        if self.sport_ordering is not None:
            field_dict["sport_ordering"] = [_v0 for _v0 in self.sport_ordering]
        elif "sport_ordering" in self._nulls:
            field_dict["sport_ordering"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Any) -> T:
        """Read the model from a decoded JSON object; never raises (rules: openapi/README.md of kalshi-trade)."""
        # The common case: an object with every key, each value of its type or null. Anything
        # else (a key missing, a value of another type) is read by the tolerant path.
        if src_dict.__class__ is not dict:
            return cls._read_tolerant(src_dict)
        d: dict[str, Any] = src_dict
        try:
            filters_by_sports = d["filters_by_sports"]
            sport_ordering = d["sport_ordering"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if filters_by_sports.__class__ is not dict:
            if filters_by_sports is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if sport_ordering.__class__ is list:
            for _item in sport_ordering:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif sport_ordering is None:
            sport_ordering = []
        else:
            return cls._read_tolerant(src_dict)
        get_filters_by_sports_response = cls.__new__(cls)
        get_filters_by_sports_response._raw_filters_by_sports = filters_by_sports
        get_filters_by_sports_response.sport_ordering = sport_ordering
        get_filters_by_sports_response.additional_properties = (
            {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        get_filters_by_sports_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return get_filters_by_sports_response

    @classmethod
    def _read_tolerant(cls: type[T], src_dict: Any) -> T:
        """Read any body, whatever it holds: the path from_dict takes for all but the common case."""
        d: dict[str, Any]
        if src_dict.__class__ is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            d = {}
        _marks: list[str] = []
        _pop = d.pop
        filters_by_sports = _pop("filters_by_sports", MISSING)
        if filters_by_sports.__class__ is dict:
            filters_by_sports = GetFiltersBySportsResponseFiltersBySports.from_dict(
                filters_by_sports
            )
        else:
            filters_by_sports = unread(filters_by_sports, "filters_by_sports", d, _marks)
        sport_ordering = _pop("sport_ordering", MISSING)
        if sport_ordering.__class__ is list:
            for _item in sport_ordering:
                if _item.__class__ is not str:
                    d["sport_ordering"] = sport_ordering
                    sport_ordering = [
                        _item for _item in sport_ordering if not (_item.__class__ is not str)
                    ]
                    break
        elif sport_ordering is None:
            sport_ordering = []
        else:
            sport_ordering = unread(sport_ordering, "sport_ordering", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        get_filters_by_sports_response = cls.__new__(cls)
        get_filters_by_sports_response.filters_by_sports = filters_by_sports
        get_filters_by_sports_response.sport_ordering = sport_ordering
        get_filters_by_sports_response.additional_properties = d
        get_filters_by_sports_response._nulls = _marks
        return get_filters_by_sports_response

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
from ..models.get_filters_by_sports_response_filters_by_sports import (
    GetFiltersBySportsResponseFiltersBySports,
)

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    GetFiltersBySportsResponse,
    times={},
    models={
        "filters_by_sports": GetFiltersBySportsResponseFiltersBySports.from_dict,
    },
    lists={},
)
