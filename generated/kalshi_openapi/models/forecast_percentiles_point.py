from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="ForecastPercentilesPoint")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "end_period_ts",
    "event_ticker",
    "percentile_points",
    "period_interval",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class ForecastPercentilesPoint:
    """The `ForecastPercentilesPoint` object.

    Attributes:
        end_period_ts (int | None)
        event_ticker (str | None)
        percentile_points (list[PercentilePoint] | None)
        period_interval (int | None)
    """

    end_period_ts: int | None = None
    event_ticker: str | None = None
    percentile_points: list[PercentilePoint] | None = None
    period_interval: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.end_period_ts is not None:
            field_dict["end_period_ts"] = self.end_period_ts
        elif "end_period_ts" in self._nulls:
            field_dict["end_period_ts"] = None
        if self.event_ticker is not None:
            field_dict["event_ticker"] = self.event_ticker
        elif "event_ticker" in self._nulls:
            field_dict["event_ticker"] = None
        if self.percentile_points is not None:
            field_dict["percentile_points"] = [_v0.to_dict() for _v0 in self.percentile_points]
        elif "percentile_points" in self._nulls:
            field_dict["percentile_points"] = None
        if self.period_interval is not None:
            field_dict["period_interval"] = self.period_interval
        elif "period_interval" in self._nulls:
            field_dict["period_interval"] = None
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
            end_period_ts = d["end_period_ts"]
            event_ticker = d["event_ticker"]
            percentile_points = d["percentile_points"]
            period_interval = d["period_interval"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if end_period_ts.__class__ is not int:
            if end_period_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if event_ticker.__class__ is not str:
            if event_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if percentile_points.__class__ is list:
            for _item in percentile_points:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif percentile_points is None:
            percentile_points = []
        else:
            return cls._read_tolerant(src_dict)
        if period_interval.__class__ is not int:
            if period_interval is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        forecast_percentiles_point = cls.__new__(cls)
        forecast_percentiles_point.end_period_ts = end_period_ts
        forecast_percentiles_point.event_ticker = event_ticker
        forecast_percentiles_point._raw_percentile_points = percentile_points
        forecast_percentiles_point.period_interval = period_interval
        forecast_percentiles_point.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        forecast_percentiles_point._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return forecast_percentiles_point

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
        end_period_ts = _pop("end_period_ts", MISSING)
        if end_period_ts.__class__ is not int:
            end_period_ts = unread(end_period_ts, "end_period_ts", d, _marks)
        event_ticker = _pop("event_ticker", MISSING)
        if event_ticker.__class__ is not str:
            event_ticker = unread(event_ticker, "event_ticker", d, _marks)
        percentile_points = _pop("percentile_points", MISSING)
        if percentile_points.__class__ is list:
            _read: list[Any] = []
            for _item in percentile_points:
                if _item.__class__ is dict:
                    _read.append(PercentilePoint.from_dict(_item))
                else:
                    d["percentile_points"] = percentile_points
            percentile_points = _read
        elif percentile_points is None:
            percentile_points = []
        else:
            percentile_points = unread(percentile_points, "percentile_points", d, _marks)
        period_interval = _pop("period_interval", MISSING)
        if period_interval.__class__ is not int:
            period_interval = unread(period_interval, "period_interval", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        forecast_percentiles_point = cls.__new__(cls)
        forecast_percentiles_point.end_period_ts = end_period_ts
        forecast_percentiles_point.event_ticker = event_ticker
        forecast_percentiles_point.percentile_points = percentile_points
        forecast_percentiles_point.period_interval = period_interval
        forecast_percentiles_point.additional_properties = d
        forecast_percentiles_point._nulls = _marks
        return forecast_percentiles_point

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
from ..models.percentile_point import PercentilePoint  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    ForecastPercentilesPoint,
    times={},
    models={},
    lists={
        "percentile_points": PercentilePoint.from_dict,
    },
)
