from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_order_request_action import (
    CreateOrderRequestAction,
)
from ..models.create_order_request_side import (
    CreateOrderRequestSide,
)
from ..models.create_order_request_time_in_force import (
    CreateOrderRequestTimeInForce,
)
from ..models.self_trade_prevention_type import (
    SelfTradePreventionType,
)
from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """The `CreateOrderRequest` object of a request body.

    Attributes:
        action (CreateOrderRequestAction | None)
        side (CreateOrderRequestSide | None)
        ticker (str | None)
        buy_max_cost (int | None | Unset)
        cancel_order_on_pause (bool | None | Unset)
        client_order_id (str | None | Unset)
        count (int | None | Unset)
        count_fp (str | None | Unset)
        exchange_index (int | None | Unset)
        expiration_ts (int | None | Unset)
        no_price (int | None | Unset)
        no_price_dollars (str | None | Unset)
        order_group_id (str | None | Unset)
        post_only (bool | None | Unset)
        reduce_only (bool | None | Unset)
        self_trade_prevention_type (SelfTradePreventionType | None | Unset)
        sell_position_floor (int | None | Unset)
        subaccount (int | None | Unset)
        time_in_force (CreateOrderRequestTimeInForce | None | Unset)
        yes_price (int | None | Unset)
        yes_price_dollars (str | None | Unset)
    """

    action: CreateOrderRequestAction | None
    side: CreateOrderRequestSide | None
    ticker: str | None
    buy_max_cost: int | Unset | None = UNSET
    cancel_order_on_pause: bool | Unset | None = UNSET
    client_order_id: str | Unset | None = UNSET
    count: int | Unset | None = UNSET
    count_fp: str | Unset | None = UNSET
    exchange_index: int | Unset | None = 0
    expiration_ts: int | Unset | None = UNSET
    no_price: int | Unset | None = UNSET
    no_price_dollars: str | Unset | None = UNSET
    order_group_id: str | Unset | None = UNSET
    post_only: bool | Unset | None = UNSET
    reduce_only: bool | Unset | None = UNSET
    self_trade_prevention_type: SelfTradePreventionType | Unset | None = UNSET
    sell_position_floor: int | Unset | None = UNSET
    subaccount: int | Unset | None = 0
    time_in_force: CreateOrderRequestTimeInForce | Unset | None = UNSET
    yes_price: int | Unset | None = UNSET
    yes_price_dollars: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.action is None:
            if "action" not in self._absent:
                field_dict["action"] = None
        elif not isinstance(self.action, Unset):
            field_dict["action"] = self.action
        if self.side is None:
            if "side" not in self._absent:
                field_dict["side"] = None
        elif not isinstance(self.side, Unset):
            field_dict["side"] = self.side
        if self.ticker is None:
            if "ticker" not in self._absent:
                field_dict["ticker"] = None
        elif not isinstance(self.ticker, Unset):
            field_dict["ticker"] = self.ticker
        if self.buy_max_cost is None:
            if "buy_max_cost" not in self._absent:
                field_dict["buy_max_cost"] = None
        elif not isinstance(self.buy_max_cost, Unset):
            field_dict["buy_max_cost"] = self.buy_max_cost
        if self.cancel_order_on_pause is None:
            if "cancel_order_on_pause" not in self._absent:
                field_dict["cancel_order_on_pause"] = None
        elif not isinstance(self.cancel_order_on_pause, Unset):
            field_dict["cancel_order_on_pause"] = self.cancel_order_on_pause
        if self.client_order_id is None:
            if "client_order_id" not in self._absent:
                field_dict["client_order_id"] = None
        elif not isinstance(self.client_order_id, Unset):
            field_dict["client_order_id"] = self.client_order_id
        if self.count is None:
            if "count" not in self._absent:
                field_dict["count"] = None
        elif not isinstance(self.count, Unset):
            field_dict["count"] = self.count
        if self.count_fp is None:
            if "count_fp" not in self._absent:
                field_dict["count_fp"] = None
        elif not isinstance(self.count_fp, Unset):
            field_dict["count_fp"] = self.count_fp
        if self.exchange_index is None:
            if "exchange_index" not in self._absent:
                field_dict["exchange_index"] = None
        elif not isinstance(self.exchange_index, Unset):
            field_dict["exchange_index"] = self.exchange_index
        if self.expiration_ts is None:
            if "expiration_ts" not in self._absent:
                field_dict["expiration_ts"] = None
        elif not isinstance(self.expiration_ts, Unset):
            field_dict["expiration_ts"] = self.expiration_ts
        if self.no_price is None:
            if "no_price" not in self._absent:
                field_dict["no_price"] = None
        elif not isinstance(self.no_price, Unset):
            field_dict["no_price"] = self.no_price
        if self.no_price_dollars is None:
            if "no_price_dollars" not in self._absent:
                field_dict["no_price_dollars"] = None
        elif not isinstance(self.no_price_dollars, Unset):
            field_dict["no_price_dollars"] = self.no_price_dollars
        if self.order_group_id is None:
            if "order_group_id" not in self._absent:
                field_dict["order_group_id"] = None
        elif not isinstance(self.order_group_id, Unset):
            field_dict["order_group_id"] = self.order_group_id
        if self.post_only is None:
            if "post_only" not in self._absent:
                field_dict["post_only"] = None
        elif not isinstance(self.post_only, Unset):
            field_dict["post_only"] = self.post_only
        if self.reduce_only is None:
            if "reduce_only" not in self._absent:
                field_dict["reduce_only"] = None
        elif not isinstance(self.reduce_only, Unset):
            field_dict["reduce_only"] = self.reduce_only
        if self.self_trade_prevention_type is None:
            if "self_trade_prevention_type" not in self._absent:
                field_dict["self_trade_prevention_type"] = None
        elif not isinstance(self.self_trade_prevention_type, Unset):
            field_dict["self_trade_prevention_type"] = self.self_trade_prevention_type
        if self.sell_position_floor is None:
            if "sell_position_floor" not in self._absent:
                field_dict["sell_position_floor"] = None
        elif not isinstance(self.sell_position_floor, Unset):
            field_dict["sell_position_floor"] = self.sell_position_floor
        if self.subaccount is None:
            if "subaccount" not in self._absent:
                field_dict["subaccount"] = None
        elif not isinstance(self.subaccount, Unset):
            field_dict["subaccount"] = self.subaccount
        if self.time_in_force is None:
            if "time_in_force" not in self._absent:
                field_dict["time_in_force"] = None
        elif not isinstance(self.time_in_force, Unset):
            field_dict["time_in_force"] = self.time_in_force
        if self.yes_price is None:
            if "yes_price" not in self._absent:
                field_dict["yes_price"] = None
        elif not isinstance(self.yes_price, Unset):
            field_dict["yes_price"] = self.yes_price
        if self.yes_price_dollars is None:
            if "yes_price_dollars" not in self._absent:
                field_dict["yes_price_dollars"] = None
        elif not isinstance(self.yes_price_dollars, Unset):
            field_dict["yes_price_dollars"] = self.yes_price_dollars
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Any) -> T:
        """Read the model from a decoded JSON object; never raises (rules: openapi/README.md of kalshi-trade)."""
        d: dict[str, Any]
        if src_dict.__class__ is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            d = {}
        _marks: list[str] = []
        _pop = d.pop
        action = _pop("action", MISSING)
        if action.__class__ is not str:
            action = unread_request(action, "action", d, _marks)
        side = _pop("side", MISSING)
        if side.__class__ is not str:
            side = unread_request(side, "side", d, _marks)
        ticker = _pop("ticker", MISSING)
        if ticker.__class__ is not str:
            ticker = unread_request(ticker, "ticker", d, _marks)
        buy_max_cost = _pop("buy_max_cost", MISSING)
        if buy_max_cost.__class__ is not int:
            buy_max_cost = unread_request(buy_max_cost, "buy_max_cost", d, _marks)
        cancel_order_on_pause = _pop("cancel_order_on_pause", MISSING)
        if cancel_order_on_pause.__class__ is not bool:
            cancel_order_on_pause = unread_request(
                cancel_order_on_pause, "cancel_order_on_pause", d, _marks
            )
        client_order_id = _pop("client_order_id", MISSING)
        if client_order_id.__class__ is not str:
            client_order_id = unread_request(client_order_id, "client_order_id", d, _marks)
        count = _pop("count", MISSING)
        if count.__class__ is not int:
            count = unread_request(count, "count", d, _marks)
        count_fp = _pop("count_fp", MISSING)
        if count_fp.__class__ is not str:
            count_fp = unread_request(count_fp, "count_fp", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread_request(exchange_index, "exchange_index", d, _marks)
        expiration_ts = _pop("expiration_ts", MISSING)
        if expiration_ts.__class__ is not int:
            expiration_ts = unread_request(expiration_ts, "expiration_ts", d, _marks)
        no_price = _pop("no_price", MISSING)
        if no_price.__class__ is not int:
            no_price = unread_request(no_price, "no_price", d, _marks)
        no_price_dollars = _pop("no_price_dollars", MISSING)
        if no_price_dollars.__class__ is not str:
            no_price_dollars = unread_request(no_price_dollars, "no_price_dollars", d, _marks)
        order_group_id = _pop("order_group_id", MISSING)
        if order_group_id.__class__ is not str:
            order_group_id = unread_request(order_group_id, "order_group_id", d, _marks)
        post_only = _pop("post_only", MISSING)
        if post_only.__class__ is not bool:
            post_only = unread_request(post_only, "post_only", d, _marks)
        reduce_only = _pop("reduce_only", MISSING)
        if reduce_only.__class__ is not bool:
            reduce_only = unread_request(reduce_only, "reduce_only", d, _marks)
        self_trade_prevention_type = _pop("self_trade_prevention_type", MISSING)
        if self_trade_prevention_type.__class__ is not str:
            self_trade_prevention_type = unread_request(
                self_trade_prevention_type, "self_trade_prevention_type", d, _marks
            )
        sell_position_floor = _pop("sell_position_floor", MISSING)
        if sell_position_floor.__class__ is not int:
            sell_position_floor = unread_request(
                sell_position_floor, "sell_position_floor", d, _marks
            )
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread_request(subaccount, "subaccount", d, _marks)
        time_in_force = _pop("time_in_force", MISSING)
        if time_in_force.__class__ is not str:
            time_in_force = unread_request(time_in_force, "time_in_force", d, _marks)
        yes_price = _pop("yes_price", MISSING)
        if yes_price.__class__ is not int:
            yes_price = unread_request(yes_price, "yes_price", d, _marks)
        yes_price_dollars = _pop("yes_price_dollars", MISSING)
        if yes_price_dollars.__class__ is not str:
            yes_price_dollars = unread_request(yes_price_dollars, "yes_price_dollars", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        create_order_request = cls.__new__(cls)
        create_order_request.action = action
        create_order_request.side = side
        create_order_request.ticker = ticker
        create_order_request.buy_max_cost = buy_max_cost
        create_order_request.cancel_order_on_pause = cancel_order_on_pause
        create_order_request.client_order_id = client_order_id
        create_order_request.count = count
        create_order_request.count_fp = count_fp
        create_order_request.exchange_index = exchange_index
        create_order_request.expiration_ts = expiration_ts
        create_order_request.no_price = no_price
        create_order_request.no_price_dollars = no_price_dollars
        create_order_request.order_group_id = order_group_id
        create_order_request.post_only = post_only
        create_order_request.reduce_only = reduce_only
        create_order_request.self_trade_prevention_type = self_trade_prevention_type
        create_order_request.sell_position_floor = sell_position_floor
        create_order_request.subaccount = subaccount
        create_order_request.time_in_force = time_in_force
        create_order_request.yes_price = yes_price
        create_order_request.yes_price_dollars = yes_price_dollars
        create_order_request.additional_properties = d
        create_order_request._absent = _marks
        return create_order_request

    @property
    def additional_keys(self) -> list[str]:
        """The keys of the body this model has no attribute for (and of fields it could not read)."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
