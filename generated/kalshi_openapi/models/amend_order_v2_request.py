from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide, check_book_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendOrderV2Request")


@_attrs_define
class AmendOrderV2Request:
    """
    Attributes:
        count (str):
        price (str):
        side (BookSide):
        ticker (str):
        client_order_id (str | Unset):
        exchange_index (int | Unset):
        expiration_time (int | Unset):
        updated_client_order_id (str | Unset):
    """

    count: str
    price: str
    side: BookSide
    ticker: str
    client_order_id: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    expiration_time: int | Unset = UNSET
    updated_client_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        price = self.price

        side: str = self.side

        ticker = self.ticker

        client_order_id = self.client_order_id

        exchange_index = self.exchange_index

        expiration_time = self.expiration_time

        updated_client_order_id = self.updated_client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "price": price,
                "side": side,
                "ticker": ticker,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        price = d.pop("price")

        side = check_book_side(d.pop("side"))

        ticker = d.pop("ticker")

        client_order_id = d.pop("client_order_id", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        expiration_time = d.pop("expiration_time", UNSET)

        updated_client_order_id = d.pop("updated_client_order_id", UNSET)

        amend_order_v2_request = cls(
            count=count,
            price=price,
            side=side,
            ticker=ticker,
            client_order_id=client_order_id,
            exchange_index=exchange_index,
            expiration_time=expiration_time,
            updated_client_order_id=updated_client_order_id,
        )

        amend_order_v2_request.additional_properties = d
        return amend_order_v2_request

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
