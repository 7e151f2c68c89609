from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, unread

T = TypeVar("T", bound="BidAskDistributionHistorical")


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
