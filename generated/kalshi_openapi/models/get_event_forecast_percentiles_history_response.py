from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="GetEventForecastPercentilesHistoryResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = ("forecast_history",)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class GetEventForecastPercentilesHistoryResponse:
    """The `GetEventForecastPercentilesHistoryResponse` object.

    Attributes:
        forecast_history (list[ForecastPercentilesPoint] | None)
    """

    forecast_history: list[ForecastPercentilesPoint] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.forecast_history is not None:
            field_dict["forecast_history"] = [_v0.to_dict() for _v0 in self.forecast_history]
        elif "forecast_history" in self._nulls:
            field_dict["forecast_history"] = None
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
            forecast_history = d["forecast_history"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if forecast_history.__class__ is list:
            for _item in forecast_history:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif forecast_history is None:
            forecast_history = []
        else:
            return cls._read_tolerant(src_dict)
        get_event_forecast_percentiles_history_response = cls.__new__(cls)
        get_event_forecast_percentiles_history_response._raw_forecast_history = forecast_history
        get_event_forecast_percentiles_history_response.additional_properties = (
            {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        get_event_forecast_percentiles_history_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return get_event_forecast_percentiles_history_response

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
        forecast_history = _pop("forecast_history", MISSING)
        if forecast_history.__class__ is list:
            _read: list[Any] = []
            for _item in forecast_history:
                if _item.__class__ is dict:
                    _read.append(ForecastPercentilesPoint.from_dict(_item))
                else:
                    d["forecast_history"] = forecast_history
            forecast_history = _read
        elif forecast_history is None:
            forecast_history = []
        else:
            forecast_history = unread(forecast_history, "forecast_history", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        get_event_forecast_percentiles_history_response = cls.__new__(cls)
        get_event_forecast_percentiles_history_response.forecast_history = forecast_history
        get_event_forecast_percentiles_history_response.additional_properties = d
        get_event_forecast_percentiles_history_response._nulls = _marks
        return get_event_forecast_percentiles_history_response

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
from ..models.forecast_percentiles_point import ForecastPercentilesPoint  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    GetEventForecastPercentilesHistoryResponse,
    times={},
    models={},
    lists={
        "forecast_history": ForecastPercentilesPoint.from_dict,
    },
)
