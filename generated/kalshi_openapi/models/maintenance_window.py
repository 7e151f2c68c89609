from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="MaintenanceWindow")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "end_datetime",
    "start_datetime",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class MaintenanceWindow:
    """The `MaintenanceWindow` object.

    Attributes:
        end_datetime (datetime.datetime | None)
        start_datetime (datetime.datetime | None)
    """

    end_datetime: datetime.datetime | None = None
    start_datetime: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.end_datetime is not None:
            field_dict["end_datetime"] = self.end_datetime.isoformat()
        elif "end_datetime" in self._nulls:
            field_dict["end_datetime"] = None
        if self.start_datetime is not None:
            field_dict["start_datetime"] = self.start_datetime.isoformat()
        elif "start_datetime" in self._nulls:
            field_dict["start_datetime"] = None
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
            end_datetime = d["end_datetime"]
            start_datetime = d["start_datetime"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if end_datetime.__class__ is not str:
            if end_datetime is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if start_datetime.__class__ is not str:
            if start_datetime is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        maintenance_window = cls.__new__(cls)
        maintenance_window._raw_end_datetime = end_datetime
        maintenance_window._raw_start_datetime = start_datetime
        maintenance_window._times_kept = True
        maintenance_window._raw_additional_properties = (
            {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        maintenance_window._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return maintenance_window

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
        end_datetime = _pop("end_datetime", MISSING)
        if end_datetime.__class__ is str:
            try:
                end_datetime = datetime.datetime.fromisoformat(end_datetime)
            except ValueError:
                end_datetime = unread(end_datetime, "end_datetime", d, _marks)
        else:
            end_datetime = unread(end_datetime, "end_datetime", d, _marks)
        start_datetime = _pop("start_datetime", MISSING)
        if start_datetime.__class__ is str:
            try:
                start_datetime = datetime.datetime.fromisoformat(start_datetime)
            except ValueError:
                start_datetime = unread(start_datetime, "start_datetime", d, _marks)
        else:
            start_datetime = unread(start_datetime, "start_datetime", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        maintenance_window = cls.__new__(cls)
        maintenance_window.end_datetime = end_datetime
        maintenance_window.start_datetime = start_datetime
        maintenance_window.additional_properties = d
        maintenance_window._nulls = _marks
        maintenance_window._times_kept = False
        return maintenance_window

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


# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    MaintenanceWindow,
    times={
        "end_datetime": datetime.datetime.fromisoformat,
        "start_datetime": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
