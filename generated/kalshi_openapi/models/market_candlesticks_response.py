from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.market_candlestick import MarketCandlestick


T = TypeVar("T", bound="MarketCandlesticksResponse")


@_attrs_define
class MarketCandlesticksResponse:
    """
    Attributes:
        candlesticks (list[MarketCandlestick]):
        market_ticker (str):
    """

    candlesticks: list[MarketCandlestick]
    market_ticker: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candlesticks = []
        for candlesticks_item_data in self.candlesticks:
            candlesticks_item = candlesticks_item_data.to_dict()
            candlesticks.append(candlesticks_item)

        market_ticker = self.market_ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candlesticks": candlesticks,
                "market_ticker": market_ticker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_candlestick import MarketCandlestick

        d = dict(src_dict)
        candlesticks = []
        _candlesticks = d.pop("candlesticks")
        for candlesticks_item_data in _candlesticks:
            candlesticks_item = MarketCandlestick.from_dict(candlesticks_item_data)

            candlesticks.append(candlesticks_item)

        market_ticker = d.pop("market_ticker")

        market_candlesticks_response = cls(
            candlesticks=candlesticks,
            market_ticker=market_ticker,
        )

        market_candlesticks_response.additional_properties = d
        return market_candlesticks_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
