from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="WeatherIndexStationReading")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "code",
    "station_id",
    "obs_time_ms",
    "primary_code",
    "received_at_ms",
    "source",
    "temp_f",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class WeatherIndexStationReading:
    """The `WeatherIndexStationReading` object.

    Attributes:
        code (str | None)
        station_id (str | None)
        obs_time_ms (int | None)
        primary_code (str | None)
        received_at_ms (int | None)
        source (str | None)
        temp_f (float | None)
    """

    code: str | None = None
    station_id: str | None = None
    obs_time_ms: int | None = None
    primary_code: str | None = None
    received_at_ms: int | None = None
    source: str | None = None
    temp_f: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code is not None:
            field_dict["code"] = self.code
        elif "code" in self._nulls:
            field_dict["code"] = None
        if self.station_id is not None:
            field_dict["station_id"] = self.station_id
        elif "station_id" in self._nulls:
            field_dict["station_id"] = None
        if self.obs_time_ms is not None:
            field_dict["obs_time_ms"] = self.obs_time_ms
        elif "obs_time_ms" in self._nulls:
            field_dict["obs_time_ms"] = None
        if self.primary_code is not None:
            field_dict["primary_code"] = self.primary_code
        elif "primary_code" in self._nulls:
            field_dict["primary_code"] = None
        if self.received_at_ms is not None:
            field_dict["received_at_ms"] = self.received_at_ms
        elif "received_at_ms" in self._nulls:
            field_dict["received_at_ms"] = None
        if self.source is not None:
            field_dict["source"] = self.source
        elif "source" in self._nulls:
            field_dict["source"] = None
        if self.temp_f is not None:
            field_dict["temp_f"] = self.temp_f
        elif "temp_f" in self._nulls:
            field_dict["temp_f"] = None
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
            code = d["code"]
            station_id = d["station_id"]
            obs_time_ms = d["obs_time_ms"]
            primary_code = d["primary_code"]
            received_at_ms = d["received_at_ms"]
            source = d["source"]
            temp_f = d["temp_f"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if code.__class__ is not str:
            if code is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if station_id.__class__ is not str:
            if station_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if obs_time_ms.__class__ is not int:
            if obs_time_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if primary_code.__class__ is not str:
            if primary_code is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if received_at_ms.__class__ is not int:
            if received_at_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if source.__class__ is not str:
            if source is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if temp_f.__class__ is not float and temp_f.__class__ is not int:
            if temp_f is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        weather_index_station_reading = cls.__new__(cls)
        weather_index_station_reading.code = code
        weather_index_station_reading.station_id = station_id
        weather_index_station_reading.obs_time_ms = obs_time_ms
        weather_index_station_reading.primary_code = primary_code
        weather_index_station_reading.received_at_ms = received_at_ms
        weather_index_station_reading.source = source
        weather_index_station_reading.temp_f = temp_f
        weather_index_station_reading.additional_properties = (
            {} if len(d) == 7 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        weather_index_station_reading._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return weather_index_station_reading

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
        code = _pop("code", MISSING)
        if code.__class__ is not str:
            code = unread(code, "code", d, _marks)
        station_id = _pop("station_id", MISSING)
        if station_id.__class__ is not str:
            station_id = unread(station_id, "station_id", d, _marks)
        obs_time_ms = _pop("obs_time_ms", MISSING)
        if obs_time_ms.__class__ is not int:
            obs_time_ms = unread(obs_time_ms, "obs_time_ms", d, _marks)
        primary_code = _pop("primary_code", MISSING)
        if primary_code.__class__ is not str:
            primary_code = unread(primary_code, "primary_code", d, _marks)
        received_at_ms = _pop("received_at_ms", MISSING)
        if received_at_ms.__class__ is not int:
            received_at_ms = unread(received_at_ms, "received_at_ms", d, _marks)
        source = _pop("source", MISSING)
        if source.__class__ is not str:
            source = unread(source, "source", d, _marks)
        temp_f = _pop("temp_f", MISSING)
        if temp_f.__class__ is not float and temp_f.__class__ is not int:
            temp_f = unread(temp_f, "temp_f", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        weather_index_station_reading = cls.__new__(cls)
        weather_index_station_reading.code = code
        weather_index_station_reading.station_id = station_id
        weather_index_station_reading.obs_time_ms = obs_time_ms
        weather_index_station_reading.primary_code = primary_code
        weather_index_station_reading.received_at_ms = received_at_ms
        weather_index_station_reading.source = source
        weather_index_station_reading.temp_f = temp_f
        weather_index_station_reading.additional_properties = d
        weather_index_station_reading._nulls = _marks
        return weather_index_station_reading

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
