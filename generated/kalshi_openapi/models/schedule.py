from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="Schedule")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "maintenance_windows",
    "standard_hours",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class Schedule:
    """The `Schedule` object.

    Attributes:
        maintenance_windows (list[MaintenanceWindow] | None)
        standard_hours (list[WeeklySchedule] | None)
    """

    maintenance_windows: list[MaintenanceWindow] | None = None
    standard_hours: list[WeeklySchedule] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.maintenance_windows is not None:
            field_dict["maintenance_windows"] = [_v0.to_dict() for _v0 in self.maintenance_windows]
        elif "maintenance_windows" in self._nulls:
            field_dict["maintenance_windows"] = None
        if self.standard_hours is not None:
            field_dict["standard_hours"] = [_v0.to_dict() for _v0 in self.standard_hours]
        elif "standard_hours" in self._nulls:
            field_dict["standard_hours"] = None
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
            maintenance_windows = d["maintenance_windows"]
            standard_hours = d["standard_hours"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if maintenance_windows.__class__ is list:
            for _item in maintenance_windows:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif maintenance_windows is None:
            maintenance_windows = []
        else:
            return cls._read_tolerant(src_dict)
        if standard_hours.__class__ is list:
            for _item in standard_hours:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif standard_hours is None:
            standard_hours = []
        else:
            return cls._read_tolerant(src_dict)
        schedule = cls.__new__(cls)
        schedule._raw_maintenance_windows = maintenance_windows
        schedule._raw_standard_hours = standard_hours
        schedule.additional_properties = (
            {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        schedule._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return schedule

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
        maintenance_windows = _pop("maintenance_windows", MISSING)
        if maintenance_windows.__class__ is list:
            _read: list[Any] = []
            for _item in maintenance_windows:
                if _item.__class__ is dict:
                    _read.append(MaintenanceWindow.from_dict(_item))
                else:
                    d["maintenance_windows"] = maintenance_windows
            maintenance_windows = _read
        elif maintenance_windows is None:
            maintenance_windows = []
        else:
            maintenance_windows = unread(maintenance_windows, "maintenance_windows", d, _marks)
        standard_hours = _pop("standard_hours", MISSING)
        if standard_hours.__class__ is list:
            _read: list[Any] = []
            for _item in standard_hours:
                if _item.__class__ is dict:
                    _read.append(WeeklySchedule.from_dict(_item))
                else:
                    d["standard_hours"] = standard_hours
            standard_hours = _read
        elif standard_hours is None:
            standard_hours = []
        else:
            standard_hours = unread(standard_hours, "standard_hours", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        schedule = cls.__new__(cls)
        schedule.maintenance_windows = maintenance_windows
        schedule.standard_hours = standard_hours
        schedule.additional_properties = d
        schedule._nulls = _marks
        return schedule

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
from ..models.maintenance_window import MaintenanceWindow  # noqa: E402
from ..models.weekly_schedule import WeeklySchedule  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    Schedule,
    times={},
    models={},
    lists={
        "maintenance_windows": MaintenanceWindow.from_dict,
        "standard_hours": WeeklySchedule.from_dict,
    },
)
