from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticker_pair_side import TickerPairSide
from ..types import MISSING, Unset, unread_request

T = TypeVar("T", bound="TickerPair")


@_attrs_define
class TickerPair:
    """The `TickerPair` object of a request body.

    Attributes:
        event_ticker (str | None)
        market_ticker (str | None)
        side (TickerPairSide | None)
    """

    event_ticker: str | None
    market_ticker: str | None
    side: TickerPairSide | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.event_ticker is None:
            if "event_ticker" not in self._absent:
                field_dict["event_ticker"] = None
        elif not isinstance(self.event_ticker, Unset):
            field_dict["event_ticker"] = self.event_ticker
        if self.market_ticker is None:
            if "market_ticker" not in self._absent:
                field_dict["market_ticker"] = None
        elif not isinstance(self.market_ticker, Unset):
            field_dict["market_ticker"] = self.market_ticker
        if self.side is None:
            if "side" not in self._absent:
                field_dict["side"] = None
        elif not isinstance(self.side, Unset):
            field_dict["side"] = self.side
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
        event_ticker = _pop("event_ticker", MISSING)
        if event_ticker.__class__ is not str:
            event_ticker = unread_request(event_ticker, "event_ticker", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread_request(market_ticker, "market_ticker", d, _marks)
        side = _pop("side", MISSING)
        if side.__class__ is not str:
            side = unread_request(side, "side", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        ticker_pair = cls.__new__(cls)
        ticker_pair.event_ticker = event_ticker
        ticker_pair.market_ticker = market_ticker
        ticker_pair.side = side
        ticker_pair.additional_properties = d
        ticker_pair._absent = _marks
        return ticker_pair

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
