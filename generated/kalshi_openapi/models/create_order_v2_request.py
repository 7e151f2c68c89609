from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide, check_book_side
from ..models.create_order_v2_request_time_in_force import (
    CreateOrderV2RequestTimeInForce,
    check_create_order_v2_request_time_in_force,
)
from ..models.self_trade_prevention_type import (
    SelfTradePreventionType,
    check_self_trade_prevention_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderV2Request")


@_attrs_define
class CreateOrderV2Request:
    """
    Attributes:
        count (str):
        price (str):
        self_trade_prevention_type (SelfTradePreventionType):
        side (BookSide):
        ticker (str):
        time_in_force (CreateOrderV2RequestTimeInForce):
        cancel_order_on_pause (bool | Unset):
        client_order_id (str | Unset):
        exchange_index (int | Unset):
        expiration_time (int | Unset):
        order_group_id (str | Unset):
        post_only (bool | Unset):
        reduce_only (bool | Unset):
        subaccount (int | Unset):
    """

    count: str
    price: str
    self_trade_prevention_type: SelfTradePreventionType
    side: BookSide
    ticker: str
    time_in_force: CreateOrderV2RequestTimeInForce
    cancel_order_on_pause: bool | Unset = UNSET
    client_order_id: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    expiration_time: int | Unset = UNSET
    order_group_id: str | Unset = UNSET
    post_only: bool | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        price = self.price

        self_trade_prevention_type: str = self.self_trade_prevention_type

        side: str = self.side

        ticker = self.ticker

        time_in_force: str = self.time_in_force

        cancel_order_on_pause = self.cancel_order_on_pause

        client_order_id = self.client_order_id

        exchange_index = self.exchange_index

        expiration_time = self.expiration_time

        order_group_id = self.order_group_id

        post_only = self.post_only

        reduce_only = self.reduce_only

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "price": price,
                "self_trade_prevention_type": self_trade_prevention_type,
                "side": side,
                "ticker": ticker,
                "time_in_force": time_in_force,
            }
        )
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        price = d.pop("price")

        self_trade_prevention_type = check_self_trade_prevention_type(
            d.pop("self_trade_prevention_type")
        )

        side = check_book_side(d.pop("side"))

        ticker = d.pop("ticker")

        time_in_force = check_create_order_v2_request_time_in_force(d.pop("time_in_force"))

        cancel_order_on_pause = d.pop("cancel_order_on_pause", UNSET)

        client_order_id = d.pop("client_order_id", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        expiration_time = d.pop("expiration_time", UNSET)

        order_group_id = d.pop("order_group_id", UNSET)

        post_only = d.pop("post_only", UNSET)

        reduce_only = d.pop("reduce_only", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        create_order_v2_request = cls(
            count=count,
            price=price,
            self_trade_prevention_type=self_trade_prevention_type,
            side=side,
            ticker=ticker,
            time_in_force=time_in_force,
            cancel_order_on_pause=cancel_order_on_pause,
            client_order_id=client_order_id,
            exchange_index=exchange_index,
            expiration_time=expiration_time,
            order_group_id=order_group_id,
            post_only=post_only,
            reduce_only=reduce_only,
            subaccount=subaccount,
        )

        create_order_v2_request.additional_properties = d
        return create_order_v2_request

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
