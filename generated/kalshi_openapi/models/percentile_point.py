from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="PercentilePoint")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "formatted_forecast",
    "numerical_forecast",
    "percentile",
    "raw_numerical_forecast",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class PercentilePoint:
    """The `PercentilePoint` object.

    Attributes:
        formatted_forecast (str | None)
        numerical_forecast (float | None)
        percentile (int | None)
        raw_numerical_forecast (float | None)
    """

    formatted_forecast: str | None = None
    numerical_forecast: float | None = None
    percentile: int | None = None
    raw_numerical_forecast: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.formatted_forecast is not None:
            field_dict["formatted_forecast"] = self.formatted_forecast
        elif "formatted_forecast" in self._nulls:
            field_dict["formatted_forecast"] = None
        if self.numerical_forecast is not None:
            field_dict["numerical_forecast"] = self.numerical_forecast
        elif "numerical_forecast" in self._nulls:
            field_dict["numerical_forecast"] = None
        if self.percentile is not None:
            field_dict["percentile"] = self.percentile
        elif "percentile" in self._nulls:
            field_dict["percentile"] = None
        if self.raw_numerical_forecast is not None:
            field_dict["raw_numerical_forecast"] = self.raw_numerical_forecast
        elif "raw_numerical_forecast" in self._nulls:
            field_dict["raw_numerical_forecast"] = None
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
            formatted_forecast = d["formatted_forecast"]
            numerical_forecast = d["numerical_forecast"]
            percentile = d["percentile"]
            raw_numerical_forecast = d["raw_numerical_forecast"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if formatted_forecast.__class__ is not str:
            if formatted_forecast is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if numerical_forecast.__class__ is not float and numerical_forecast.__class__ is not int:
            if numerical_forecast is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if percentile.__class__ is not int:
            if percentile is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if (
            raw_numerical_forecast.__class__ is not float
            and raw_numerical_forecast.__class__ is not int
        ):
            if raw_numerical_forecast is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        percentile_point = cls.__new__(cls)
        percentile_point.formatted_forecast = formatted_forecast
        percentile_point.numerical_forecast = numerical_forecast
        percentile_point.percentile = percentile
        percentile_point.raw_numerical_forecast = raw_numerical_forecast
        percentile_point.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        percentile_point._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return percentile_point

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
        formatted_forecast = _pop("formatted_forecast", MISSING)
        if formatted_forecast.__class__ is not str:
            formatted_forecast = unread(formatted_forecast, "formatted_forecast", d, _marks)
        numerical_forecast = _pop("numerical_forecast", MISSING)
        if numerical_forecast.__class__ is not float and numerical_forecast.__class__ is not int:
            numerical_forecast = unread(numerical_forecast, "numerical_forecast", d, _marks)
        percentile = _pop("percentile", MISSING)
        if percentile.__class__ is not int:
            percentile = unread(percentile, "percentile", d, _marks)
        raw_numerical_forecast = _pop("raw_numerical_forecast", MISSING)
        if (
            raw_numerical_forecast.__class__ is not float
            and raw_numerical_forecast.__class__ is not int
        ):
            raw_numerical_forecast = unread(
                raw_numerical_forecast, "raw_numerical_forecast", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        percentile_point = cls.__new__(cls)
        percentile_point.formatted_forecast = formatted_forecast
        percentile_point.numerical_forecast = numerical_forecast
        percentile_point.percentile = percentile
        percentile_point.raw_numerical_forecast = raw_numerical_forecast
        percentile_point.additional_properties = d
        percentile_point._nulls = _marks
        return percentile_point

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
