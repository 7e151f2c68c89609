from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="BidAskDistributionHistorical")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "close",
    "high",
    "low",
    "open",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class BidAskDistributionHistorical:
    """The `BidAskDistributionHistorical` object.

    Attributes:
        close (str | None)
        high (str | None)
        low (str | None)
        open_ (str | None)
    """

    close: str | None = None
    high: str | None = None
    low: str | None = None
    open_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.close is not None:
            field_dict["close"] = self.close
        elif "close" in self._nulls:
            field_dict["close"] = None
        if self.high is not None:
            field_dict["high"] = self.high
        elif "high" in self._nulls:
            field_dict["high"] = None
        if self.low is not None:
            field_dict["low"] = self.low
        elif "low" in self._nulls:
            field_dict["low"] = None
        if self.open_ is not None:
            field_dict["open"] = self.open_
        elif "open" in self._nulls:
            field_dict["open"] = None
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
            close = d["close"]
            high = d["high"]
            low = d["low"]
            open_ = d["open"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if close.__class__ is not str:
            if close is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if high.__class__ is not str:
            if high is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if low.__class__ is not str:
            if low is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if open_.__class__ is not str:
            if open_ is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        bid_ask_distribution_historical = cls.__new__(cls)
        bid_ask_distribution_historical.close = close
        bid_ask_distribution_historical.high = high
        bid_ask_distribution_historical.low = low
        bid_ask_distribution_historical.open_ = open_
        bid_ask_distribution_historical.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        bid_ask_distribution_historical._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return bid_ask_distribution_historical

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
        close = _pop("close", MISSING)
        if close.__class__ is not str:
            close = unread(close, "close", d, _marks)
        high = _pop("high", MISSING)
        if high.__class__ is not str:
            high = unread(high, "high", d, _marks)
        low = _pop("low", MISSING)
        if low.__class__ is not str:
            low = unread(low, "low", d, _marks)
        open_ = _pop("open", MISSING)
        if open_.__class__ is not str:
            open_ = unread(open_, "open", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        bid_ask_distribution_historical = cls.__new__(cls)
        bid_ask_distribution_historical.close = close
        bid_ask_distribution_historical.high = high
        bid_ask_distribution_historical.low = low
        bid_ask_distribution_historical.open_ = open_
        bid_ask_distribution_historical.additional_properties = d
        bid_ask_distribution_historical._nulls = _marks
        return bid_ask_distribution_historical

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
