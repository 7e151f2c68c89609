from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="WeatherIndexCalibrationStation")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "offset_c",
    "station_id",
    "weight",
    "update_note",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class WeatherIndexCalibrationStation:
    """The `WeatherIndexCalibrationStation` object.

    Attributes:
        offset_c (float | None)
        station_id (str | None)
        weight (float | None)
        update_note (str | None)
    """

    offset_c: float | None = None
    station_id: str | None = None
    weight: float | None = None
    update_note: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.offset_c is not None:
            field_dict["offset_c"] = self.offset_c
        elif "offset_c" in self._nulls:
            field_dict["offset_c"] = None
        if self.station_id is not None:
            field_dict["station_id"] = self.station_id
        elif "station_id" in self._nulls:
            field_dict["station_id"] = None
        if self.weight is not None:
            field_dict["weight"] = self.weight
        elif "weight" in self._nulls:
            field_dict["weight"] = None
        if self.update_note is not None:
            field_dict["update_note"] = self.update_note
        elif "update_note" in self._nulls:
            field_dict["update_note"] = None
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
            offset_c = d["offset_c"]
            station_id = d["station_id"]
            weight = d["weight"]
            update_note = d["update_note"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if offset_c.__class__ is not float and offset_c.__class__ is not int:
            if offset_c is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if station_id.__class__ is not str:
            if station_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if weight.__class__ is not float and weight.__class__ is not int:
            if weight is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if update_note.__class__ is not str:
            if update_note is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        weather_index_calibration_station = cls.__new__(cls)
        weather_index_calibration_station.offset_c = offset_c
        weather_index_calibration_station.station_id = station_id
        weather_index_calibration_station.weight = weight
        weather_index_calibration_station.update_note = update_note
        weather_index_calibration_station.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        weather_index_calibration_station._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return weather_index_calibration_station

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
        offset_c = _pop("offset_c", MISSING)
        if offset_c.__class__ is not float and offset_c.__class__ is not int:
            offset_c = unread(offset_c, "offset_c", d, _marks)
        station_id = _pop("station_id", MISSING)
        if station_id.__class__ is not str:
            station_id = unread(station_id, "station_id", d, _marks)
        weight = _pop("weight", MISSING)
        if weight.__class__ is not float and weight.__class__ is not int:
            weight = unread(weight, "weight", d, _marks)
        update_note = _pop("update_note", MISSING)
        if update_note.__class__ is not str:
            update_note = unread(update_note, "update_note", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        weather_index_calibration_station = cls.__new__(cls)
        weather_index_calibration_station.offset_c = offset_c
        weather_index_calibration_station.station_id = station_id
        weather_index_calibration_station.weight = weight
        weather_index_calibration_station.update_note = update_note
        weather_index_calibration_station.additional_properties = d
        weather_index_calibration_station._nulls = _marks
        return weather_index_calibration_station

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
