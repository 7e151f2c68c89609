from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCancelOrdersV2RequestOrdersItem")


@_attrs_define
class BatchCancelOrdersV2RequestOrdersItem:
    """
    Attributes:
        order_id (str):
        exchange_index (int | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
    """

    order_id: str
    exchange_index: int | Unset = UNSET
    market_ticker: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        exchange_index = self.exchange_index

        market_ticker = self.market_ticker

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
            }
        )
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        exchange_index = d.pop("exchange_index", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        batch_cancel_orders_v2_request_orders_item = cls(
            order_id=order_id,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
            subaccount=subaccount,
        )

        batch_cancel_orders_v2_request_orders_item.additional_properties = d
        return batch_cancel_orders_v2_request_orders_item

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
