from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="PriceDistribution")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "close_dollars",
    "high_dollars",
    "low_dollars",
    "max_dollars",
    "mean_dollars",
    "min_dollars",
    "open_dollars",
    "previous_dollars",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class PriceDistribution:
    """The `PriceDistribution` object.

    Attributes:
        close_dollars (str | None)
        high_dollars (str | None)
        low_dollars (str | None)
        max_dollars (str | None)
        mean_dollars (str | None)
        min_dollars (str | None)
        open_dollars (str | None)
        previous_dollars (str | None)
    """

    close_dollars: str | None = None
    high_dollars: str | None = None
    low_dollars: str | None = None
    max_dollars: str | None = None
    mean_dollars: str | None = None
    min_dollars: str | None = None
    open_dollars: str | None = None
    previous_dollars: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.close_dollars is not None:
            field_dict["close_dollars"] = self.close_dollars
        elif "close_dollars" in self._nulls:
            field_dict["close_dollars"] = None
        if self.high_dollars is not None:
            field_dict["high_dollars"] = self.high_dollars
        elif "high_dollars" in self._nulls:
            field_dict["high_dollars"] = None
        if self.low_dollars is not None:
            field_dict["low_dollars"] = self.low_dollars
        elif "low_dollars" in self._nulls:
            field_dict["low_dollars"] = None
        if self.max_dollars is not None:
            field_dict["max_dollars"] = self.max_dollars
        elif "max_dollars" in self._nulls:
            field_dict["max_dollars"] = None
        if self.mean_dollars is not None:
            field_dict["mean_dollars"] = self.mean_dollars
        elif "mean_dollars" in self._nulls:
            field_dict["mean_dollars"] = None
        if self.min_dollars is not None:
            field_dict["min_dollars"] = self.min_dollars
        elif "min_dollars" in self._nulls:
            field_dict["min_dollars"] = None
        if self.open_dollars is not None:
            field_dict["open_dollars"] = self.open_dollars
        elif "open_dollars" in self._nulls:
            field_dict["open_dollars"] = None
        if self.previous_dollars is not None:
            field_dict["previous_dollars"] = self.previous_dollars
        elif "previous_dollars" in self._nulls:
            field_dict["previous_dollars"] = None
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
            close_dollars = d["close_dollars"]
            high_dollars = d["high_dollars"]
            low_dollars = d["low_dollars"]
            max_dollars = d["max_dollars"]
            mean_dollars = d["mean_dollars"]
            min_dollars = d["min_dollars"]
            open_dollars = d["open_dollars"]
            previous_dollars = d["previous_dollars"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if close_dollars.__class__ is not str:
            if close_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if high_dollars.__class__ is not str:
            if high_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if low_dollars.__class__ is not str:
            if low_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if max_dollars.__class__ is not str:
            if max_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if mean_dollars.__class__ is not str:
            if mean_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if min_dollars.__class__ is not str:
            if min_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if open_dollars.__class__ is not str:
            if open_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if previous_dollars.__class__ is not str:
            if previous_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        price_distribution = cls.__new__(cls)
        price_distribution.close_dollars = close_dollars
        price_distribution.high_dollars = high_dollars
        price_distribution.low_dollars = low_dollars
        price_distribution.max_dollars = max_dollars
        price_distribution.mean_dollars = mean_dollars
        price_distribution.min_dollars = min_dollars
        price_distribution.open_dollars = open_dollars
        price_distribution.previous_dollars = previous_dollars
        price_distribution.additional_properties = (
            {} if len(d) == 8 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        price_distribution._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return price_distribution

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
        close_dollars = _pop("close_dollars", MISSING)
        if close_dollars.__class__ is not str:
            close_dollars = unread(close_dollars, "close_dollars", d, _marks)
        high_dollars = _pop("high_dollars", MISSING)
        if high_dollars.__class__ is not str:
            high_dollars = unread(high_dollars, "high_dollars", d, _marks)
        low_dollars = _pop("low_dollars", MISSING)
        if low_dollars.__class__ is not str:
            low_dollars = unread(low_dollars, "low_dollars", d, _marks)
        max_dollars = _pop("max_dollars", MISSING)
        if max_dollars.__class__ is not str:
            max_dollars = unread(max_dollars, "max_dollars", d, _marks)
        mean_dollars = _pop("mean_dollars", MISSING)
        if mean_dollars.__class__ is not str:
            mean_dollars = unread(mean_dollars, "mean_dollars", d, _marks)
        min_dollars = _pop("min_dollars", MISSING)
        if min_dollars.__class__ is not str:
            min_dollars = unread(min_dollars, "min_dollars", d, _marks)
        open_dollars = _pop("open_dollars", MISSING)
        if open_dollars.__class__ is not str:
            open_dollars = unread(open_dollars, "open_dollars", d, _marks)
        previous_dollars = _pop("previous_dollars", MISSING)
        if previous_dollars.__class__ is not str:
            previous_dollars = unread(previous_dollars, "previous_dollars", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        price_distribution = cls.__new__(cls)
        price_distribution.close_dollars = close_dollars
        price_distribution.high_dollars = high_dollars
        price_distribution.low_dollars = low_dollars
        price_distribution.max_dollars = max_dollars
        price_distribution.mean_dollars = mean_dollars
        price_distribution.min_dollars = min_dollars
        price_distribution.open_dollars = open_dollars
        price_distribution.previous_dollars = previous_dollars
        price_distribution.additional_properties = d
        price_distribution._nulls = _marks
        return price_distribution

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
