from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="EventLiveData")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "details",
    "type",
    "default_range",
    "is_historical",
    "range_options",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class EventLiveData:
    """The `EventLiveData` object.

    Attributes:
        details (EventLiveDataDetails | None)
        type_ (str | None)
        default_range (str | None)
        is_historical (bool | None)
        range_options (list[str] | None)
    """

    details: EventLiveDataDetails | None = None
    type_: str | None = None
    default_range: str | None = None
    is_historical: bool | None = None
    range_options: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.details is not None:
            field_dict["details"] = self.details.to_dict()
        elif "details" in self._nulls:
            field_dict["details"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type" in self._nulls:
            field_dict["type"] = None
        if self.default_range is not None:
            field_dict["default_range"] = self.default_range
        elif "default_range" in self._nulls:
            field_dict["default_range"] = None
        if self.is_historical is not None:
            field_dict["is_historical"] = self.is_historical
        elif "is_historical" in self._nulls:
            field_dict["is_historical"] = None
        if self.range_options is not None:
            field_dict["range_options"] = [_v0 for _v0 in self.range_options]
        elif "range_options" in self._nulls:
            field_dict["range_options"] = None
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
            details = d["details"]
            type_ = d["type"]
            default_range = d["default_range"]
            is_historical = d["is_historical"]
            range_options = d["range_options"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if details.__class__ is not dict:
            if details is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if type_.__class__ is not str:
            if type_ is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if default_range.__class__ is not str:
            if default_range is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if is_historical.__class__ is not bool:
            if is_historical is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if range_options.__class__ is list:
            for _item in range_options:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif range_options is None:
            range_options = []
        else:
            return cls._read_tolerant(src_dict)
        event_live_data = cls.__new__(cls)
        event_live_data._raw_details = details
        event_live_data.type_ = type_
        event_live_data.default_range = default_range
        event_live_data.is_historical = is_historical
        event_live_data.range_options = range_options
        event_live_data.additional_properties = (
            {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        event_live_data._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return event_live_data

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
        details = _pop("details", MISSING)
        if details.__class__ is dict:
            details = EventLiveDataDetails.from_dict(details)
        else:
            details = unread(details, "details", d, _marks)
        type_ = _pop("type", MISSING)
        if type_.__class__ is not str:
            type_ = unread(type_, "type", d, _marks)
        default_range = _pop("default_range", MISSING)
        if default_range.__class__ is not str:
            default_range = unread(default_range, "default_range", d, _marks)
        is_historical = _pop("is_historical", MISSING)
        if is_historical.__class__ is not bool:
            is_historical = unread(is_historical, "is_historical", d, _marks)
        range_options = _pop("range_options", MISSING)
        if range_options.__class__ is list:
            for _item in range_options:
                if _item.__class__ is not str:
                    d["range_options"] = range_options
                    range_options = [
                        _item for _item in range_options if not (_item.__class__ is not str)
                    ]
                    break
        elif range_options is None:
            range_options = []
        else:
            range_options = unread(range_options, "range_options", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        event_live_data = cls.__new__(cls)
        event_live_data.details = details
        event_live_data.type_ = type_
        event_live_data.default_range = default_range
        event_live_data.is_historical = is_historical
        event_live_data.range_options = range_options
        event_live_data.additional_properties = d
        event_live_data._nulls = _marks
        return event_live_data

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
from ..models.event_live_data_details import EventLiveDataDetails  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    EventLiveData,
    times={},
    models={
        "details": EventLiveDataDetails.from_dict,
    },
    lists={},
)
