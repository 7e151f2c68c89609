from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="WeatherIndexCalibration")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "city_reference_c",
    "config_version",
    "effective_at_ms",
    "stations",
    "calibration_window_end_ms",
    "calibration_window_start_ms",
    "change_reason",
    "published_at_ms",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class WeatherIndexCalibration:
    """The `WeatherIndexCalibration` object.

    Attributes:
        city_reference_c (float | None)
        config_version (str | None)
        effective_at_ms (int | None)
        stations (list[WeatherIndexCalibrationStation] | None)
        calibration_window_end_ms (int | None)
        calibration_window_start_ms (int | None)
        change_reason (str | None)
        published_at_ms (int | None)
    """

    city_reference_c: float | None = None
    config_version: str | None = None
    effective_at_ms: int | None = None
    stations: list[WeatherIndexCalibrationStation] | None = None
    calibration_window_end_ms: int | None = None
    calibration_window_start_ms: int | None = None
    change_reason: str | None = None
    published_at_ms: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.city_reference_c is not None:
            field_dict["city_reference_c"] = self.city_reference_c
        elif "city_reference_c" in self._nulls:
            field_dict["city_reference_c"] = None
        if self.config_version is not None:
            field_dict["config_version"] = self.config_version
        elif "config_version" in self._nulls:
            field_dict["config_version"] = None
        if self.effective_at_ms is not None:
            field_dict["effective_at_ms"] = self.effective_at_ms
        elif "effective_at_ms" in self._nulls:
            field_dict["effective_at_ms"] = None
        if self.stations is not None:
            field_dict["stations"] = [_v0.to_dict() for _v0 in self.stations]
        elif "stations" in self._nulls:
            field_dict["stations"] = None
        if self.calibration_window_end_ms is not None:
            field_dict["calibration_window_end_ms"] = self.calibration_window_end_ms
        elif "calibration_window_end_ms" in self._nulls:
            field_dict["calibration_window_end_ms"] = None
        if self.calibration_window_start_ms is not None:
            field_dict["calibration_window_start_ms"] = self.calibration_window_start_ms
        elif "calibration_window_start_ms" in self._nulls:
            field_dict["calibration_window_start_ms"] = None
        if self.change_reason is not None:
            field_dict["change_reason"] = self.change_reason
        elif "change_reason" in self._nulls:
            field_dict["change_reason"] = None
        if self.published_at_ms is not None:
            field_dict["published_at_ms"] = self.published_at_ms
        elif "published_at_ms" in self._nulls:
            field_dict["published_at_ms"] = None
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
            city_reference_c = d["city_reference_c"]
            config_version = d["config_version"]
            effective_at_ms = d["effective_at_ms"]
            stations = d["stations"]
            calibration_window_end_ms = d["calibration_window_end_ms"]
            calibration_window_start_ms = d["calibration_window_start_ms"]
            change_reason = d["change_reason"]
            published_at_ms = d["published_at_ms"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if city_reference_c.__class__ is not float and city_reference_c.__class__ is not int:
            if city_reference_c is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if config_version.__class__ is not str:
            if config_version is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if effective_at_ms.__class__ is not int:
            if effective_at_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if stations.__class__ is list:
            for _item in stations:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif stations is None:
            stations = []
        else:
            return cls._read_tolerant(src_dict)
        if calibration_window_end_ms.__class__ is not int:
            if calibration_window_end_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if calibration_window_start_ms.__class__ is not int:
            if calibration_window_start_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if change_reason.__class__ is not str:
            if change_reason is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if published_at_ms.__class__ is not int:
            if published_at_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        weather_index_calibration = cls.__new__(cls)
        weather_index_calibration.city_reference_c = city_reference_c
        weather_index_calibration.config_version = config_version
        weather_index_calibration.effective_at_ms = effective_at_ms
        weather_index_calibration._raw_stations = stations
        weather_index_calibration.calibration_window_end_ms = calibration_window_end_ms
        weather_index_calibration.calibration_window_start_ms = calibration_window_start_ms
        weather_index_calibration.change_reason = change_reason
        weather_index_calibration.published_at_ms = published_at_ms
        weather_index_calibration.additional_properties = (
            {} if len(d) == 8 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        weather_index_calibration._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return weather_index_calibration

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
        city_reference_c = _pop("city_reference_c", MISSING)
        if city_reference_c.__class__ is not float and city_reference_c.__class__ is not int:
            city_reference_c = unread(city_reference_c, "city_reference_c", d, _marks)
        config_version = _pop("config_version", MISSING)
        if config_version.__class__ is not str:
            config_version = unread(config_version, "config_version", d, _marks)
        effective_at_ms = _pop("effective_at_ms", MISSING)
        if effective_at_ms.__class__ is not int:
            effective_at_ms = unread(effective_at_ms, "effective_at_ms", d, _marks)
        stations = _pop("stations", MISSING)
        if stations.__class__ is list:
            _read: list[Any] = []
            for _item in stations:
                if _item.__class__ is dict:
                    _read.append(WeatherIndexCalibrationStation.from_dict(_item))
                else:
                    d["stations"] = stations
            stations = _read
        elif stations is None:
            stations = []
        else:
            stations = unread(stations, "stations", d, _marks)
        calibration_window_end_ms = _pop("calibration_window_end_ms", MISSING)
        if calibration_window_end_ms.__class__ is not int:
            calibration_window_end_ms = unread(
                calibration_window_end_ms, "calibration_window_end_ms", d, _marks
            )
        calibration_window_start_ms = _pop("calibration_window_start_ms", MISSING)
        if calibration_window_start_ms.__class__ is not int:
            calibration_window_start_ms = unread(
                calibration_window_start_ms, "calibration_window_start_ms", d, _marks
            )
        change_reason = _pop("change_reason", MISSING)
        if change_reason.__class__ is not str:
            change_reason = unread(change_reason, "change_reason", d, _marks)
        published_at_ms = _pop("published_at_ms", MISSING)
        if published_at_ms.__class__ is not int:
            published_at_ms = unread(published_at_ms, "published_at_ms", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        weather_index_calibration = cls.__new__(cls)
        weather_index_calibration.city_reference_c = city_reference_c
        weather_index_calibration.config_version = config_version
        weather_index_calibration.effective_at_ms = effective_at_ms
        weather_index_calibration.stations = stations
        weather_index_calibration.calibration_window_end_ms = calibration_window_end_ms
        weather_index_calibration.calibration_window_start_ms = calibration_window_start_ms
        weather_index_calibration.change_reason = change_reason
        weather_index_calibration.published_at_ms = published_at_ms
        weather_index_calibration.additional_properties = d
        weather_index_calibration._nulls = _marks
        return weather_index_calibration

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
from ..models.weather_index_calibration_station import WeatherIndexCalibrationStation  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    WeatherIndexCalibration,
    times={},
    models={},
    lists={
        "stations": WeatherIndexCalibrationStation.from_dict,
    },
)
