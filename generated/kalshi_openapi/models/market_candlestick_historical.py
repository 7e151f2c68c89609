from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical
    from ..models.price_distribution_historical import PriceDistributionHistorical


T = TypeVar("T", bound="MarketCandlestickHistorical")


@_attrs_define
class MarketCandlestickHistorical:
    """
    Attributes:
        end_period_ts (int):
        open_interest (str):
        price (PriceDistributionHistorical):
        volume (str):
        yes_ask (BidAskDistributionHistorical):
        yes_bid (BidAskDistributionHistorical):
    """

    end_period_ts: int
    open_interest: str
    price: PriceDistributionHistorical
    volume: str
    yes_ask: BidAskDistributionHistorical
    yes_bid: BidAskDistributionHistorical
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_period_ts = self.end_period_ts

        open_interest = self.open_interest

        price = self.price.to_dict()

        volume = self.volume

        yes_ask = self.yes_ask.to_dict()

        yes_bid = self.yes_bid.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_period_ts": end_period_ts,
                "open_interest": open_interest,
                "price": price,
                "volume": volume,
                "yes_ask": yes_ask,
                "yes_bid": yes_bid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical
        from ..models.price_distribution_historical import PriceDistributionHistorical

        d = dict(src_dict)
        end_period_ts = d.pop("end_period_ts")

        open_interest = d.pop("open_interest")

        price = PriceDistributionHistorical.from_dict(d.pop("price"))

        volume = d.pop("volume")

        yes_ask = BidAskDistributionHistorical.from_dict(d.pop("yes_ask"))

        yes_bid = BidAskDistributionHistorical.from_dict(d.pop("yes_bid"))

        market_candlestick_historical = cls(
            end_period_ts=end_period_ts,
            open_interest=open_interest,
            price=price,
            volume=volume,
            yes_ask=yes_ask,
            yes_bid=yes_bid,
        )

        market_candlestick_historical.additional_properties = d
        return market_candlestick_historical

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
