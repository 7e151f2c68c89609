from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, unread

T = TypeVar("T", bound="MarketOrderbookFp")


@_attrs_define
class MarketOrderbookFp:
    """The `MarketOrderbookFp` object.

    Attributes:
        orderbook_fp (OrderbookCountFp | None)
        ticker (str | None)
    """

    orderbook_fp: OrderbookCountFp | None = None
    ticker: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.orderbook_fp is not None:
            field_dict["orderbook_fp"] = self.orderbook_fp.to_dict()
        elif "orderbook_fp" in self._nulls:
            field_dict["orderbook_fp"] = None
        if self.ticker is not None:
            field_dict["ticker"] = self.ticker
        elif "ticker" in self._nulls:
            field_dict["ticker"] = None
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
        orderbook_fp = _pop("orderbook_fp", MISSING)
        if orderbook_fp.__class__ is dict:
            orderbook_fp = OrderbookCountFp.from_dict(orderbook_fp)
        else:
            orderbook_fp = unread(orderbook_fp, "orderbook_fp", d, _marks)
        ticker = _pop("ticker", MISSING)
        if ticker.__class__ is not str:
            ticker = unread(ticker, "ticker", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        market_orderbook_fp = cls.__new__(cls)
        market_orderbook_fp.orderbook_fp = orderbook_fp
        market_orderbook_fp.ticker = ticker
        market_orderbook_fp.additional_properties = d
        market_orderbook_fp._nulls = _marks
        return market_orderbook_fp

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
from ..models.orderbook_count_fp import OrderbookCountFp  # noqa: E402
