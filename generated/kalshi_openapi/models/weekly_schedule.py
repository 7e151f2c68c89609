from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="WeeklySchedule")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "end_time",
    "friday",
    "monday",
    "saturday",
    "start_time",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class WeeklySchedule:
    """The `WeeklySchedule` object.

    Attributes:
        end_time (datetime.datetime | None)
        friday (list[DailySchedule] | None)
        monday (list[DailySchedule] | None)
        saturday (list[DailySchedule] | None)
        start_time (datetime.datetime | None)
        sunday (list[DailySchedule] | None)
        thursday (list[DailySchedule] | None)
        tuesday (list[DailySchedule] | None)
        wednesday (list[DailySchedule] | None)
    """

    end_time: datetime.datetime | None = None
    friday: list[DailySchedule] | None = None
    monday: list[DailySchedule] | None = None
    saturday: list[DailySchedule] | None = None
    start_time: datetime.datetime | None = None
    sunday: list[DailySchedule] | None = None
    thursday: list[DailySchedule] | None = None
    tuesday: list[DailySchedule] | None = None
    wednesday: list[DailySchedule] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.end_time is not None:
            field_dict["end_time"] = self.end_time.isoformat()
        elif "end_time" in self._nulls:
            field_dict["end_time"] = None
        if self.friday is not None:
            field_dict["friday"] = [_v0.to_dict() for _v0 in self.friday]
        elif "friday" in self._nulls:
            field_dict["friday"] = None
        if self.monday is not None:
            field_dict["monday"] = [_v0.to_dict() for _v0 in self.monday]
        elif "monday" in self._nulls:
            field_dict["monday"] = None
        if self.saturday is not None:
            field_dict["saturday"] = [_v0.to_dict() for _v0 in self.saturday]
        elif "saturday" in self._nulls:
            field_dict["saturday"] = None
        if self.start_time is not None:
            field_dict["start_time"] = self.start_time.isoformat()
        elif "start_time" in self._nulls:
            field_dict["start_time"] = None
        if self.sunday is not None:
            field_dict["sunday"] = [_v0.to_dict() for _v0 in self.sunday]
        elif "sunday" in self._nulls:
            field_dict["sunday"] = None
        if self.thursday is not None:
            field_dict["thursday"] = [_v0.to_dict() for _v0 in self.thursday]
        elif "thursday" in self._nulls:
            field_dict["thursday"] = None
        if self.tuesday is not None:
            field_dict["tuesday"] = [_v0.to_dict() for _v0 in self.tuesday]
        elif "tuesday" in self._nulls:
            field_dict["tuesday"] = None
        if self.wednesday is not None:
            field_dict["wednesday"] = [_v0.to_dict() for _v0 in self.wednesday]
        elif "wednesday" in self._nulls:
            field_dict["wednesday"] = None
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
            end_time = d["end_time"]
            friday = d["friday"]
            monday = d["monday"]
            saturday = d["saturday"]
            start_time = d["start_time"]
            sunday = d["sunday"]
            thursday = d["thursday"]
            tuesday = d["tuesday"]
            wednesday = d["wednesday"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if end_time.__class__ is not str:
            if end_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if friday.__class__ is list:
            for _item in friday:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif friday is None:
            friday = []
        else:
            return cls._read_tolerant(src_dict)
        if monday.__class__ is list:
            for _item in monday:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif monday is None:
            monday = []
        else:
            return cls._read_tolerant(src_dict)
        if saturday.__class__ is list:
            for _item in saturday:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif saturday is None:
            saturday = []
        else:
            return cls._read_tolerant(src_dict)
        if start_time.__class__ is not str:
            if start_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if sunday.__class__ is list:
            for _item in sunday:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif sunday is None:
            sunday = []
        else:
            return cls._read_tolerant(src_dict)
        if thursday.__class__ is list:
            for _item in thursday:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif thursday is None:
            thursday = []
        else:
            return cls._read_tolerant(src_dict)
        if tuesday.__class__ is list:
            for _item in tuesday:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif tuesday is None:
            tuesday = []
        else:
            return cls._read_tolerant(src_dict)
        if wednesday.__class__ is list:
            for _item in wednesday:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif wednesday is None:
            wednesday = []
        else:
            return cls._read_tolerant(src_dict)
        weekly_schedule = cls.__new__(cls)
        weekly_schedule._raw_end_time = end_time
        weekly_schedule._raw_friday = friday
        weekly_schedule._raw_monday = monday
        weekly_schedule._raw_saturday = saturday
        weekly_schedule._raw_start_time = start_time
        weekly_schedule._raw_sunday = sunday
        weekly_schedule._raw_thursday = thursday
        weekly_schedule._raw_tuesday = tuesday
        weekly_schedule._raw_wednesday = wednesday
        weekly_schedule._times_kept = True
        weekly_schedule._raw_additional_properties = (
            {} if len(d) == 9 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        weekly_schedule._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return weekly_schedule

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
        end_time = _pop("end_time", MISSING)
        if end_time.__class__ is str:
            try:
                end_time = datetime.datetime.fromisoformat(end_time)
            except ValueError:
                end_time = unread(end_time, "end_time", d, _marks)
        else:
            end_time = unread(end_time, "end_time", d, _marks)
        friday = _pop("friday", MISSING)
        if friday.__class__ is list:
            _read: list[Any] = []
            for _item in friday:
                if _item.__class__ is dict:
                    _read.append(DailySchedule.from_dict(_item))
                else:
                    d["friday"] = friday
            friday = _read
        elif friday is None:
            friday = []
        else:
            friday = unread(friday, "friday", d, _marks)
        monday = _pop("monday", MISSING)
        if monday.__class__ is list:
            _read: list[Any] = []
            for _item in monday:
                if _item.__class__ is dict:
                    _read.append(DailySchedule.from_dict(_item))
                else:
                    d["monday"] = monday
            monday = _read
        elif monday is None:
            monday = []
        else:
            monday = unread(monday, "monday", d, _marks)
        saturday = _pop("saturday", MISSING)
        if saturday.__class__ is list:
            _read: list[Any] = []
            for _item in saturday:
                if _item.__class__ is dict:
                    _read.append(DailySchedule.from_dict(_item))
                else:
                    d["saturday"] = saturday
            saturday = _read
        elif saturday is None:
            saturday = []
        else:
            saturday = unread(saturday, "saturday", d, _marks)
        start_time = _pop("start_time", MISSING)
        if start_time.__class__ is str:
            try:
                start_time = datetime.datetime.fromisoformat(start_time)
            except ValueError:
                start_time = unread(start_time, "start_time", d, _marks)
        else:
            start_time = unread(start_time, "start_time", d, _marks)
        sunday = _pop("sunday", MISSING)
        if sunday.__class__ is list:
            _read: list[Any] = []
            for _item in sunday:
                if _item.__class__ is dict:
                    _read.append(DailySchedule.from_dict(_item))
                else:
                    d["sunday"] = sunday
            sunday = _read
        elif sunday is None:
            sunday = []
        else:
            sunday = unread(sunday, "sunday", d, _marks)
        thursday = _pop("thursday", MISSING)
        if thursday.__class__ is list:
            _read: list[Any] = []
            for _item in thursday:
                if _item.__class__ is dict:
                    _read.append(DailySchedule.from_dict(_item))
                else:
                    d["thursday"] = thursday
            thursday = _read
        elif thursday is None:
            thursday = []
        else:
            thursday = unread(thursday, "thursday", d, _marks)
        tuesday = _pop("tuesday", MISSING)
        if tuesday.__class__ is list:
            _read: list[Any] = []
            for _item in tuesday:
                if _item.__class__ is dict:
                    _read.append(DailySchedule.from_dict(_item))
                else:
                    d["tuesday"] = tuesday
            tuesday = _read
        elif tuesday is None:
            tuesday = []
        else:
            tuesday = unread(tuesday, "tuesday", d, _marks)
        wednesday = _pop("wednesday", MISSING)
        if wednesday.__class__ is list:
            _read: list[Any] = []
            for _item in wednesday:
                if _item.__class__ is dict:
                    _read.append(DailySchedule.from_dict(_item))
                else:
                    d["wednesday"] = wednesday
            wednesday = _read
        elif wednesday is None:
            wednesday = []
        else:
            wednesday = unread(wednesday, "wednesday", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        weekly_schedule = cls.__new__(cls)
        weekly_schedule.end_time = end_time
        weekly_schedule.friday = friday
        weekly_schedule.monday = monday
        weekly_schedule.saturday = saturday
        weekly_schedule.start_time = start_time
        weekly_schedule.sunday = sunday
        weekly_schedule.thursday = thursday
        weekly_schedule.tuesday = tuesday
        weekly_schedule.wednesday = wednesday
        weekly_schedule.additional_properties = d
        weekly_schedule._nulls = _marks
        weekly_schedule._times_kept = False
        return weekly_schedule

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
from ..models.daily_schedule import DailySchedule  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    WeeklySchedule,
    times={
        "end_time": datetime.datetime.fromisoformat,
        "start_time": datetime.datetime.fromisoformat,
    },
    models={},
    lists={
        "friday": DailySchedule.from_dict,
        "monday": DailySchedule.from_dict,
        "saturday": DailySchedule.from_dict,
        "sunday": DailySchedule.from_dict,
        "thursday": DailySchedule.from_dict,
        "tuesday": DailySchedule.from_dict,
        "wednesday": DailySchedule.from_dict,
    },
)
