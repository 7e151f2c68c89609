from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="CfbenchmarksAvgData")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "value",
    "window_end_ts_exclusive",
    "window_size",
    "window_start_ts_ms",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class CfbenchmarksAvgData:
    """The `CfbenchmarksAvgData` object.

    Attributes:
        value (str | None)
        window_end_ts_exclusive (int | None)
        window_size (int | None)
        window_start_ts_ms (int | None)
    """

    value: str | None = None
    window_end_ts_exclusive: int | None = None
    window_size: int | None = None
    window_start_ts_ms: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.value is not None:
            field_dict["value"] = self.value
        elif "value" in self._nulls:
            field_dict["value"] = None
        if self.window_end_ts_exclusive is not None:
            field_dict["window_end_ts_exclusive"] = self.window_end_ts_exclusive
        elif "window_end_ts_exclusive" in self._nulls:
            field_dict["window_end_ts_exclusive"] = None
        if self.window_size is not None:
            field_dict["window_size"] = self.window_size
        elif "window_size" in self._nulls:
            field_dict["window_size"] = None
        if self.window_start_ts_ms is not None:
            field_dict["window_start_ts_ms"] = self.window_start_ts_ms
        elif "window_start_ts_ms" in self._nulls:
            field_dict["window_start_ts_ms"] = None
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
            value = d["value"]
            window_end_ts_exclusive = d["window_end_ts_exclusive"]
            window_size = d["window_size"]
            window_start_ts_ms = d["window_start_ts_ms"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if value.__class__ is not str:
            if value is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if window_end_ts_exclusive.__class__ is not int:
            if window_end_ts_exclusive is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if window_size.__class__ is not int:
            if window_size is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if window_start_ts_ms.__class__ is not int:
            if window_start_ts_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        cfbenchmarks_avg_data = cls.__new__(cls)
        cfbenchmarks_avg_data.value = value
        cfbenchmarks_avg_data.window_end_ts_exclusive = window_end_ts_exclusive
        cfbenchmarks_avg_data.window_size = window_size
        cfbenchmarks_avg_data.window_start_ts_ms = window_start_ts_ms
        cfbenchmarks_avg_data.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        cfbenchmarks_avg_data._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return cfbenchmarks_avg_data

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
        value = _pop("value", MISSING)
        if value.__class__ is not str:
            value = unread(value, "value", d, _marks)
        window_end_ts_exclusive = _pop("window_end_ts_exclusive", MISSING)
        if window_end_ts_exclusive.__class__ is not int:
            window_end_ts_exclusive = unread(
                window_end_ts_exclusive, "window_end_ts_exclusive", d, _marks
            )
        window_size = _pop("window_size", MISSING)
        if window_size.__class__ is not int:
            window_size = unread(window_size, "window_size", d, _marks)
        window_start_ts_ms = _pop("window_start_ts_ms", MISSING)
        if window_start_ts_ms.__class__ is not int:
            window_start_ts_ms = unread(window_start_ts_ms, "window_start_ts_ms", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        cfbenchmarks_avg_data = cls.__new__(cls)
        cfbenchmarks_avg_data.value = value
        cfbenchmarks_avg_data.window_end_ts_exclusive = window_end_ts_exclusive
        cfbenchmarks_avg_data.window_size = window_size
        cfbenchmarks_avg_data.window_start_ts_ms = window_start_ts_ms
        cfbenchmarks_avg_data.additional_properties = d
        cfbenchmarks_avg_data._nulls = _marks
        return cfbenchmarks_avg_data

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
