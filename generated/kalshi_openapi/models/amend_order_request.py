from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amend_order_request_action import (
    AmendOrderRequestAction,
    check_amend_order_request_action,
)
from ..models.amend_order_request_side import AmendOrderRequestSide, check_amend_order_request_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendOrderRequest")


@_attrs_define
class AmendOrderRequest:
    """
    Attributes:
        action (AmendOrderRequestAction):
        side (AmendOrderRequestSide):
        ticker (str):
        client_order_id (str | Unset):
        count (int | Unset):
        count_fp (str | Unset):
        exchange_index (int | Unset):  Default: 0.
        no_price (int | Unset):
        no_price_dollars (str | Unset):
        subaccount (int | Unset):  Default: 0.
        updated_client_order_id (str | Unset):
        yes_price (int | Unset):
        yes_price_dollars (str | Unset):
    """

    action: AmendOrderRequestAction
    side: AmendOrderRequestSide
    ticker: str
    client_order_id: str | Unset = UNSET
    count: int | Unset = UNSET
    count_fp: str | Unset = UNSET
    exchange_index: int | Unset = 0
    no_price: int | Unset = UNSET
    no_price_dollars: str | Unset = UNSET
    subaccount: int | Unset = 0
    updated_client_order_id: str | Unset = UNSET
    yes_price: int | Unset = UNSET
    yes_price_dollars: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        side: str = self.side

        ticker = self.ticker

        client_order_id = self.client_order_id

        count = self.count

        count_fp = self.count_fp

        exchange_index = self.exchange_index

        no_price = self.no_price

        no_price_dollars = self.no_price_dollars

        subaccount = self.subaccount

        updated_client_order_id = self.updated_client_order_id

        yes_price = self.yes_price

        yes_price_dollars = self.yes_price_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "side": side,
                "ticker": ticker,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if count is not UNSET:
            field_dict["count"] = count
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_amend_order_request_action(d.pop("action"))

        side = check_amend_order_request_side(d.pop("side"))

        ticker = d.pop("ticker")

        client_order_id = d.pop("client_order_id", UNSET)

        count = d.pop("count", UNSET)

        count_fp = d.pop("count_fp", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        no_price = d.pop("no_price", UNSET)

        no_price_dollars = d.pop("no_price_dollars", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        updated_client_order_id = d.pop("updated_client_order_id", UNSET)

        yes_price = d.pop("yes_price", UNSET)

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)

        amend_order_request = cls(
            action=action,
            side=side,
            ticker=ticker,
            client_order_id=client_order_id,
            count=count,
            count_fp=count_fp,
            exchange_index=exchange_index,
            no_price=no_price,
            no_price_dollars=no_price_dollars,
            subaccount=subaccount,
            updated_client_order_id=updated_client_order_id,
            yes_price=yes_price,
            yes_price_dollars=yes_price_dollars,
        )

        amend_order_request.additional_properties = d
        return amend_order_request

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
