from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_order_request_action import (
    CreateOrderRequestAction,
    check_create_order_request_action,
)
from ..models.create_order_request_side import (
    CreateOrderRequestSide,
    check_create_order_request_side,
)
from ..models.create_order_request_time_in_force import (
    CreateOrderRequestTimeInForce,
    check_create_order_request_time_in_force,
)
from ..models.self_trade_prevention_type import (
    SelfTradePreventionType,
    check_self_trade_prevention_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """
    Attributes:
        action (CreateOrderRequestAction):
        side (CreateOrderRequestSide):
        ticker (str):
        buy_max_cost (int | Unset):
        cancel_order_on_pause (bool | Unset):
        client_order_id (str | Unset):
        count (int | Unset):
        count_fp (str | Unset):
        exchange_index (int | Unset):  Default: 0.
        expiration_ts (int | Unset):
        no_price (int | Unset):
        no_price_dollars (str | Unset):
        order_group_id (str | Unset):
        post_only (bool | Unset):
        reduce_only (bool | Unset):
        self_trade_prevention_type (SelfTradePreventionType | Unset):
        sell_position_floor (int | Unset):
        subaccount (int | Unset):  Default: 0.
        time_in_force (CreateOrderRequestTimeInForce | Unset):
        yes_price (int | Unset):
        yes_price_dollars (str | Unset):
    """

    action: CreateOrderRequestAction
    side: CreateOrderRequestSide
    ticker: str
    buy_max_cost: int | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    client_order_id: str | Unset = UNSET
    count: int | Unset = UNSET
    count_fp: str | Unset = UNSET
    exchange_index: int | Unset = 0
    expiration_ts: int | Unset = UNSET
    no_price: int | Unset = UNSET
    no_price_dollars: str | Unset = UNSET
    order_group_id: str | Unset = UNSET
    post_only: bool | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    self_trade_prevention_type: SelfTradePreventionType | Unset = UNSET
    sell_position_floor: int | Unset = UNSET
    subaccount: int | Unset = 0
    time_in_force: CreateOrderRequestTimeInForce | Unset = UNSET
    yes_price: int | Unset = UNSET
    yes_price_dollars: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        side: str = self.side

        ticker = self.ticker

        buy_max_cost = self.buy_max_cost

        cancel_order_on_pause = self.cancel_order_on_pause

        client_order_id = self.client_order_id

        count = self.count

        count_fp = self.count_fp

        exchange_index = self.exchange_index

        expiration_ts = self.expiration_ts

        no_price = self.no_price

        no_price_dollars = self.no_price_dollars

        order_group_id = self.order_group_id

        post_only = self.post_only

        reduce_only = self.reduce_only

        self_trade_prevention_type: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = self.self_trade_prevention_type

        sell_position_floor = self.sell_position_floor

        subaccount = self.subaccount

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force

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
        if buy_max_cost is not UNSET:
            field_dict["buy_max_cost"] = buy_max_cost
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if count is not UNSET:
            field_dict["count"] = count
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if expiration_ts is not UNSET:
            field_dict["expiration_ts"] = expiration_ts
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if sell_position_floor is not UNSET:
            field_dict["sell_position_floor"] = sell_position_floor
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if time_in_force is not UNSET:
            field_dict["time_in_force"] = time_in_force
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_create_order_request_action(d.pop("action"))

        side = check_create_order_request_side(d.pop("side"))

        ticker = d.pop("ticker")

        buy_max_cost = d.pop("buy_max_cost", UNSET)

        cancel_order_on_pause = d.pop("cancel_order_on_pause", UNSET)

        client_order_id = d.pop("client_order_id", UNSET)

        count = d.pop("count", UNSET)

        count_fp = d.pop("count_fp", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        expiration_ts = d.pop("expiration_ts", UNSET)

        no_price = d.pop("no_price", UNSET)

        no_price_dollars = d.pop("no_price_dollars", UNSET)

        order_group_id = d.pop("order_group_id", UNSET)

        post_only = d.pop("post_only", UNSET)

        reduce_only = d.pop("reduce_only", UNSET)

        _self_trade_prevention_type = d.pop("self_trade_prevention_type", UNSET)
        self_trade_prevention_type: SelfTradePreventionType | Unset
        if isinstance(_self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        else:
            self_trade_prevention_type = check_self_trade_prevention_type(
                _self_trade_prevention_type
            )

        sell_position_floor = d.pop("sell_position_floor", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        _time_in_force = d.pop("time_in_force", UNSET)
        time_in_force: CreateOrderRequestTimeInForce | Unset
        if isinstance(_time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = check_create_order_request_time_in_force(_time_in_force)

        yes_price = d.pop("yes_price", UNSET)

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)

        create_order_request = cls(
            action=action,
            side=side,
            ticker=ticker,
            buy_max_cost=buy_max_cost,
            cancel_order_on_pause=cancel_order_on_pause,
            client_order_id=client_order_id,
            count=count,
            count_fp=count_fp,
            exchange_index=exchange_index,
            expiration_ts=expiration_ts,
            no_price=no_price,
            no_price_dollars=no_price_dollars,
            order_group_id=order_group_id,
            post_only=post_only,
            reduce_only=reduce_only,
            self_trade_prevention_type=self_trade_prevention_type,
            sell_position_floor=sell_position_floor,
            subaccount=subaccount,
            time_in_force=time_in_force,
            yes_price=yes_price,
            yes_price_dollars=yes_price_dollars,
        )

        create_order_request.additional_properties = d
        return create_order_request

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
