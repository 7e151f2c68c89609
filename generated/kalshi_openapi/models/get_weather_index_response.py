from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="GetWeatherIndexResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "city",
    "timeseries",
    "units",
    "config_version",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class GetWeatherIndexResponse:
    """The `GetWeatherIndexResponse` object.

    Attributes:
        city (str | None)
        timeseries (list[WeatherIndexPoint] | None)
        units (str | None)
        config_version (str | None)
    """

    city: str | None = None
    timeseries: list[WeatherIndexPoint] | None = None
    units: str | None = None
    config_version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.city is not None:
            field_dict["city"] = self.city
        elif "city" in self._nulls:
            field_dict["city"] = None
        if self.timeseries is not None:
            field_dict["timeseries"] = [_v0.to_dict() for _v0 in self.timeseries]
        elif "timeseries" in self._nulls:
            field_dict["timeseries"] = None
        if self.units is not None:
            field_dict["units"] = self.units
        elif "units" in self._nulls:
            field_dict["units"] = None
        if self.config_version is not None:
            field_dict["config_version"] = self.config_version
        elif "config_version" in self._nulls:
            field_dict["config_version"] = None
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
            city = d["city"]
            timeseries = d["timeseries"]
            units = d["units"]
            config_version = d["config_version"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if city.__class__ is not str:
            if city is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if timeseries.__class__ is list:
            for _item in timeseries:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif timeseries is None:
            timeseries = []
        else:
            return cls._read_tolerant(src_dict)
        if units.__class__ is not str:
            if units is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if config_version.__class__ is not str:
            if config_version is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        get_weather_index_response = cls.__new__(cls)
        get_weather_index_response.city = city
        get_weather_index_response._raw_timeseries = timeseries
        get_weather_index_response.units = units
        get_weather_index_response.config_version = config_version
        get_weather_index_response.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        get_weather_index_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return get_weather_index_response

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
        city = _pop("city", MISSING)
        if city.__class__ is not str:
            city = unread(city, "city", d, _marks)
        timeseries = _pop("timeseries", MISSING)
        if timeseries.__class__ is list:
            _read: list[Any] = []
            for _item in timeseries:
                if _item.__class__ is dict:
                    _read.append(WeatherIndexPoint.from_dict(_item))
                else:
                    d["timeseries"] = timeseries
            timeseries = _read
        elif timeseries is None:
            timeseries = []
        else:
            timeseries = unread(timeseries, "timeseries", d, _marks)
        units = _pop("units", MISSING)
        if units.__class__ is not str:
            units = unread(units, "units", d, _marks)
        config_version = _pop("config_version", MISSING)
        if config_version.__class__ is not str:
            config_version = unread(config_version, "config_version", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        get_weather_index_response = cls.__new__(cls)
        get_weather_index_response.city = city
        get_weather_index_response.timeseries = timeseries
        get_weather_index_response.units = units
        get_weather_index_response.config_version = config_version
        get_weather_index_response.additional_properties = d
        get_weather_index_response._nulls = _marks
        return get_weather_index_response

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
from ..models.weather_index_point import WeatherIndexPoint  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    GetWeatherIndexResponse,
    times={},
    models={},
    lists={
        "timeseries": WeatherIndexPoint.from_dict,
    },
)
