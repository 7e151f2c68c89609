from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.orderbook_count_fp import OrderbookCountFp


T = TypeVar("T", bound="MarketOrderbookFp")


@_attrs_define
class MarketOrderbookFp:
    """
    Attributes:
        orderbook_fp (OrderbookCountFp):
        ticker (str):
    """

    orderbook_fp: OrderbookCountFp
    ticker: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orderbook_fp = self.orderbook_fp.to_dict()

        ticker = self.ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderbook_fp": orderbook_fp,
                "ticker": ticker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.orderbook_count_fp import OrderbookCountFp

        d = dict(src_dict)
        orderbook_fp = OrderbookCountFp.from_dict(d.pop("orderbook_fp"))

        ticker = d.pop("ticker")

        market_orderbook_fp = cls(
            orderbook_fp=orderbook_fp,
            ticker=ticker,
        )

        market_orderbook_fp.additional_properties = d
        return market_orderbook_fp

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
