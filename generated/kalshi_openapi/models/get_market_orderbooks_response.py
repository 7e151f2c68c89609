from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.market_orderbook_fp import MarketOrderbookFp


T = TypeVar("T", bound="GetMarketOrderbooksResponse")


@_attrs_define
class GetMarketOrderbooksResponse:
    """
    Attributes:
        orderbooks (list[MarketOrderbookFp]):
    """

    orderbooks: list[MarketOrderbookFp]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orderbooks = []
        for orderbooks_item_data in self.orderbooks:
            orderbooks_item = orderbooks_item_data.to_dict()
            orderbooks.append(orderbooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderbooks": orderbooks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_orderbook_fp import MarketOrderbookFp

        d = dict(src_dict)
        orderbooks = []
        _orderbooks = d.pop("orderbooks")
        for orderbooks_item_data in _orderbooks:
            orderbooks_item = MarketOrderbookFp.from_dict(orderbooks_item_data)

            orderbooks.append(orderbooks_item)

        get_market_orderbooks_response = cls(
            orderbooks=orderbooks,
        )

        get_market_orderbooks_response.additional_properties = d
        return get_market_orderbooks_response

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
