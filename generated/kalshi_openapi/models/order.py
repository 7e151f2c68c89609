from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide, check_book_side
from ..models.order_action import OrderAction, check_order_action
from ..models.order_outcome_side import OrderOutcomeSide, check_order_outcome_side
from ..models.order_side import OrderSide, check_order_side
from ..models.order_status import OrderStatus, check_order_status
from ..models.order_type import OrderType, check_order_type
from ..models.self_trade_prevention_type import (
    SelfTradePreventionType,
    check_self_trade_prevention_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """
    Attributes:
        book_side (BookSide):
        client_order_id (str):
        fill_count_fp (str):
        initial_count_fp (str):
        maker_fees_dollars (str):
        maker_fill_cost_dollars (str):
        no_price_dollars (str):
        order_id (str):
        outcome_side (OrderOutcomeSide):
        remaining_count_fp (str):
        status (OrderStatus):
        taker_fees_dollars (str):
        taker_fill_cost_dollars (str):
        ticker (str):
        type_ (OrderType):
        user_id (str):
        yes_price_dollars (str):
        action (OrderAction | Unset):
        cancel_order_on_pause (bool | Unset):
        created_time (datetime.datetime | None | Unset):
        exchange_index (int | Unset):
        expiration_time (datetime.datetime | None | Unset):
        last_update_time (datetime.datetime | None | Unset):
        order_group_id (None | str | Unset):
        self_trade_prevention_type (SelfTradePreventionType | Unset):
        side (OrderSide | Unset):
        subaccount_number (int | None | Unset):
    """

    book_side: BookSide
    client_order_id: str
    fill_count_fp: str
    initial_count_fp: str
    maker_fees_dollars: str
    maker_fill_cost_dollars: str
    no_price_dollars: str
    order_id: str
    outcome_side: OrderOutcomeSide
    remaining_count_fp: str
    status: OrderStatus
    taker_fees_dollars: str
    taker_fill_cost_dollars: str
    ticker: str
    type_: OrderType
    user_id: str
    yes_price_dollars: str
    action: OrderAction | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    created_time: datetime.datetime | Unset | None = UNSET
    exchange_index: int | Unset = UNSET
    expiration_time: datetime.datetime | Unset | None = UNSET
    last_update_time: datetime.datetime | Unset | None = UNSET
    order_group_id: str | Unset | None = UNSET
    self_trade_prevention_type: SelfTradePreventionType | Unset = UNSET
    side: OrderSide | Unset = UNSET
    subaccount_number: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        book_side: str = self.book_side

        client_order_id = self.client_order_id

        fill_count_fp = self.fill_count_fp

        initial_count_fp = self.initial_count_fp

        maker_fees_dollars = self.maker_fees_dollars

        maker_fill_cost_dollars = self.maker_fill_cost_dollars

        no_price_dollars = self.no_price_dollars

        order_id = self.order_id

        outcome_side: str = self.outcome_side

        remaining_count_fp = self.remaining_count_fp

        status: str = self.status

        taker_fees_dollars = self.taker_fees_dollars

        taker_fill_cost_dollars = self.taker_fill_cost_dollars

        ticker = self.ticker

        type_: str = self.type_

        user_id = self.user_id

        yes_price_dollars = self.yes_price_dollars

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        cancel_order_on_pause = self.cancel_order_on_pause

        created_time: str | Unset | None
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        elif isinstance(self.created_time, datetime.datetime):
            created_time = self.created_time.isoformat()
        else:
            created_time = self.created_time

        exchange_index = self.exchange_index

        expiration_time: str | Unset | None
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        elif isinstance(self.expiration_time, datetime.datetime):
            expiration_time = self.expiration_time.isoformat()
        else:
            expiration_time = self.expiration_time

        last_update_time: str | Unset | None
        if isinstance(self.last_update_time, Unset):
            last_update_time = UNSET
        elif isinstance(self.last_update_time, datetime.datetime):
            last_update_time = self.last_update_time.isoformat()
        else:
            last_update_time = self.last_update_time

        order_group_id: str | Unset | None
        if isinstance(self.order_group_id, Unset):
            order_group_id = UNSET
        else:
            order_group_id = self.order_group_id

        self_trade_prevention_type: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = self.self_trade_prevention_type

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side

        subaccount_number: int | Unset | None
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "book_side": book_side,
                "client_order_id": client_order_id,
                "fill_count_fp": fill_count_fp,
                "initial_count_fp": initial_count_fp,
                "maker_fees_dollars": maker_fees_dollars,
                "maker_fill_cost_dollars": maker_fill_cost_dollars,
                "no_price_dollars": no_price_dollars,
                "order_id": order_id,
                "outcome_side": outcome_side,
                "remaining_count_fp": remaining_count_fp,
                "status": status,
                "taker_fees_dollars": taker_fees_dollars,
                "taker_fill_cost_dollars": taker_fill_cost_dollars,
                "ticker": ticker,
                "type": type_,
                "user_id": user_id,
                "yes_price_dollars": yes_price_dollars,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if side is not UNSET:
            field_dict["side"] = side
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        book_side = check_book_side(d.pop("book_side"))

        client_order_id = d.pop("client_order_id")

        fill_count_fp = d.pop("fill_count_fp")

        initial_count_fp = d.pop("initial_count_fp")

        maker_fees_dollars = d.pop("maker_fees_dollars")

        maker_fill_cost_dollars = d.pop("maker_fill_cost_dollars")

        no_price_dollars = d.pop("no_price_dollars")

        order_id = d.pop("order_id")

        outcome_side = check_order_outcome_side(d.pop("outcome_side"))

        remaining_count_fp = d.pop("remaining_count_fp")

        status = check_order_status(d.pop("status"))

        taker_fees_dollars = d.pop("taker_fees_dollars")

        taker_fill_cost_dollars = d.pop("taker_fill_cost_dollars")

        ticker = d.pop("ticker")

        type_ = check_order_type(d.pop("type"))

        user_id = d.pop("user_id")

        yes_price_dollars = d.pop("yes_price_dollars")

        _action = d.pop("action", UNSET)
        action: OrderAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_order_action(_action)

        cancel_order_on_pause = d.pop("cancel_order_on_pause", UNSET)

        def _parse_created_time(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_time_type_0 = datetime.datetime.fromisoformat(data)

                return created_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

        exchange_index = d.pop("exchange_index", UNSET)

        def _parse_expiration_time(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_time_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration_time = _parse_expiration_time(d.pop("expiration_time", UNSET))

        def _parse_last_update_time(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_update_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_update_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_update_time = _parse_last_update_time(d.pop("last_update_time", UNSET))

        def _parse_order_group_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_group_id = _parse_order_group_id(d.pop("order_group_id", UNSET))

        _self_trade_prevention_type = d.pop("self_trade_prevention_type", UNSET)
        self_trade_prevention_type: SelfTradePreventionType | Unset
        if isinstance(_self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        else:
            self_trade_prevention_type = check_self_trade_prevention_type(
                _self_trade_prevention_type
            )

        _side = d.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = check_order_side(_side)

        def _parse_subaccount_number(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subaccount_number = _parse_subaccount_number(d.pop("subaccount_number", UNSET))

        order = cls(
            book_side=book_side,
            client_order_id=client_order_id,
            fill_count_fp=fill_count_fp,
            initial_count_fp=initial_count_fp,
            maker_fees_dollars=maker_fees_dollars,
            maker_fill_cost_dollars=maker_fill_cost_dollars,
            no_price_dollars=no_price_dollars,
            order_id=order_id,
            outcome_side=outcome_side,
            remaining_count_fp=remaining_count_fp,
            status=status,
            taker_fees_dollars=taker_fees_dollars,
            taker_fill_cost_dollars=taker_fill_cost_dollars,
            ticker=ticker,
            type_=type_,
            user_id=user_id,
            yes_price_dollars=yes_price_dollars,
            action=action,
            cancel_order_on_pause=cancel_order_on_pause,
            created_time=created_time,
            exchange_index=exchange_index,
            expiration_time=expiration_time,
            last_update_time=last_update_time,
            order_group_id=order_group_id,
            self_trade_prevention_type=self_trade_prevention_type,
            side=side,
            subaccount_number=subaccount_number,
        )

        order.additional_properties = d
        return order

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
