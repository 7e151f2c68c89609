from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="WeatherIndexPoint")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "status",
    "t",
    "contributors",
    "receipt_basis",
    "stations",
    "v",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class WeatherIndexPoint:
    """The `WeatherIndexPoint` object.

    Attributes:
        status (str | None)
        t (int | None)
        contributors (int | None)
        receipt_basis (str | None)
        stations (list[WeatherIndexStationReading] | None)
        v (float | None)
    """

    status: str | None = None
    t: int | None = None
    contributors: int | None = None
    receipt_basis: str | None = None
    stations: list[WeatherIndexStationReading] | None = None
    v: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.t is not None:
            field_dict["t"] = self.t
        elif "t" in self._nulls:
            field_dict["t"] = None
        if self.contributors is not None:
            field_dict["contributors"] = self.contributors
        elif "contributors" in self._nulls:
            field_dict["contributors"] = None
        if self.receipt_basis is not None:
            field_dict["receipt_basis"] = self.receipt_basis
        elif "receipt_basis" in self._nulls:
            field_dict["receipt_basis"] = None
        if self.stations is not None:
            field_dict["stations"] = [_v0.to_dict() for _v0 in self.stations]
        elif "stations" in self._nulls:
            field_dict["stations"] = None
        if self.v is not None:
            field_dict["v"] = self.v
        elif "v" in self._nulls:
            field_dict["v"] = None
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
            status = d["status"]
            t = d["t"]
            contributors = d["contributors"]
            receipt_basis = d["receipt_basis"]
            stations = d["stations"]
            v = d["v"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if status.__class__ is not str:
            if status is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if t.__class__ is not int:
            if t is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if contributors.__class__ is not int:
            if contributors is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if receipt_basis.__class__ is not str:
            if receipt_basis is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if stations.__class__ is list:
            for _item in stations:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif stations is None:
            stations = []
        else:
            return cls._read_tolerant(src_dict)
        if v.__class__ is not float and v.__class__ is not int:
            if v is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        weather_index_point = cls.__new__(cls)
        weather_index_point.status = status
        weather_index_point.t = t
        weather_index_point.contributors = contributors
        weather_index_point.receipt_basis = receipt_basis
        weather_index_point._raw_stations = stations
        weather_index_point.v = v
        weather_index_point.additional_properties = (
            {} if len(d) == 6 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        weather_index_point._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return weather_index_point

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
        status = _pop("status", MISSING)
        if status.__class__ is not str:
            status = unread(status, "status", d, _marks)
        t = _pop("t", MISSING)
        if t.__class__ is not int:
            t = unread(t, "t", d, _marks)
        contributors = _pop("contributors", MISSING)
        if contributors.__class__ is not int:
            contributors = unread(contributors, "contributors", d, _marks)
        receipt_basis = _pop("receipt_basis", MISSING)
        if receipt_basis.__class__ is not str:
            receipt_basis = unread(receipt_basis, "receipt_basis", d, _marks)
        stations = _pop("stations", MISSING)
        if stations.__class__ is list:
            _read: list[Any] = []
            for _item in stations:
                if _item.__class__ is dict:
                    _read.append(WeatherIndexStationReading.from_dict(_item))
                else:
                    d["stations"] = stations
            stations = _read
        elif stations is None:
            stations = []
        else:
            stations = unread(stations, "stations", d, _marks)
        v = _pop("v", MISSING)
        if v.__class__ is not float and v.__class__ is not int:
            v = unread(v, "v", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        weather_index_point = cls.__new__(cls)
        weather_index_point.status = status
        weather_index_point.t = t
        weather_index_point.contributors = contributors
        weather_index_point.receipt_basis = receipt_basis
        weather_index_point.stations = stations
        weather_index_point.v = v
        weather_index_point.additional_properties = d
        weather_index_point._nulls = _marks
        return weather_index_point

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
from ..models.weather_index_station_reading import WeatherIndexStationReading  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    WeatherIndexPoint,
    times={},
    models={},
    lists={
        "stations": WeatherIndexStationReading.from_dict,
    },
)
