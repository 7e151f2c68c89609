from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.create_order_v2_request_time_in_force import (
    CreateOrderV2RequestTimeInForce,
)
from ..models.self_trade_prevention_type import (
    SelfTradePreventionType,
)
from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="CreateOrderV2Request")


@_attrs_define
class CreateOrderV2Request:
    """The `CreateOrderV2Request` object of a request body.

    Attributes:
        count (str | None)
        price (str | None)
        self_trade_prevention_type (SelfTradePreventionType | None)
        side (BookSide | None)
        ticker (str | None)
        time_in_force (CreateOrderV2RequestTimeInForce | None)
        cancel_order_on_pause (bool | None | Unset)
        client_order_id (str | None | Unset)
        exchange_index (int | None | Unset)
        expiration_time (int | None | Unset)
        order_group_id (str | None | Unset)
        post_only (bool | None | Unset)
        reduce_only (bool | None | Unset)
        subaccount (int | None | Unset)
    """

    count: str | None
    price: str | None
    self_trade_prevention_type: SelfTradePreventionType | None
    side: BookSide | None
    ticker: str | None
    time_in_force: CreateOrderV2RequestTimeInForce | None
    cancel_order_on_pause: bool | Unset | None = UNSET
    client_order_id: str | Unset | None = UNSET
    exchange_index: int | Unset | None = UNSET
    expiration_time: int | Unset | None = UNSET
    order_group_id: str | Unset | None = UNSET
    post_only: bool | Unset | None = UNSET
    reduce_only: bool | Unset | None = UNSET
    subaccount: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.count is None:
            if "count" not in self._absent:
                field_dict["count"] = None
        elif not isinstance(self.count, Unset):
            field_dict["count"] = self.count
        if self.price is None:
            if "price" not in self._absent:
                field_dict["price"] = None
        elif not isinstance(self.price, Unset):
            field_dict["price"] = self.price
        if self.self_trade_prevention_type is None:
            if "self_trade_prevention_type" not in self._absent:
                field_dict["self_trade_prevention_type"] = None
        elif not isinstance(self.self_trade_prevention_type, Unset):
            field_dict["self_trade_prevention_type"] = self.self_trade_prevention_type
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
        if self.time_in_force is None:
            if "time_in_force" not in self._absent:
                field_dict["time_in_force"] = None
        elif not isinstance(self.time_in_force, Unset):
            field_dict["time_in_force"] = self.time_in_force
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
        if self.exchange_index is None:
            if "exchange_index" not in self._absent:
                field_dict["exchange_index"] = None
        elif not isinstance(self.exchange_index, Unset):
            field_dict["exchange_index"] = self.exchange_index
        if self.expiration_time is None:
            if "expiration_time" not in self._absent:
                field_dict["expiration_time"] = None
        elif not isinstance(self.expiration_time, Unset):
            field_dict["expiration_time"] = self.expiration_time
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
        if self.subaccount is None:
            if "subaccount" not in self._absent:
                field_dict["subaccount"] = None
        elif not isinstance(self.subaccount, Unset):
            field_dict["subaccount"] = self.subaccount
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
        count = _pop("count", MISSING)
        if count.__class__ is not str:
            count = unread_request(count, "count", d, _marks)
        price = _pop("price", MISSING)
        if price.__class__ is not str:
            price = unread_request(price, "price", d, _marks)
        self_trade_prevention_type = _pop("self_trade_prevention_type", MISSING)
        if self_trade_prevention_type.__class__ is not str:
            self_trade_prevention_type = unread_request(
                self_trade_prevention_type, "self_trade_prevention_type", d, _marks
            )
        side = _pop("side", MISSING)
        if side.__class__ is not str:
            side = unread_request(side, "side", d, _marks)
        ticker = _pop("ticker", MISSING)
        if ticker.__class__ is not str:
            ticker = unread_request(ticker, "ticker", d, _marks)
        time_in_force = _pop("time_in_force", MISSING)
        if time_in_force.__class__ is not str:
            time_in_force = unread_request(time_in_force, "time_in_force", d, _marks)
        cancel_order_on_pause = _pop("cancel_order_on_pause", MISSING)
        if cancel_order_on_pause.__class__ is not bool:
            cancel_order_on_pause = unread_request(
                cancel_order_on_pause, "cancel_order_on_pause", d, _marks
            )
        client_order_id = _pop("client_order_id", MISSING)
        if client_order_id.__class__ is not str:
            client_order_id = unread_request(client_order_id, "client_order_id", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread_request(exchange_index, "exchange_index", d, _marks)
        expiration_time = _pop("expiration_time", MISSING)
        if expiration_time.__class__ is not int:
            expiration_time = unread_request(expiration_time, "expiration_time", d, _marks)
        order_group_id = _pop("order_group_id", MISSING)
        if order_group_id.__class__ is not str:
            order_group_id = unread_request(order_group_id, "order_group_id", d, _marks)
        post_only = _pop("post_only", MISSING)
        if post_only.__class__ is not bool:
            post_only = unread_request(post_only, "post_only", d, _marks)
        reduce_only = _pop("reduce_only", MISSING)
        if reduce_only.__class__ is not bool:
            reduce_only = unread_request(reduce_only, "reduce_only", d, _marks)
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread_request(subaccount, "subaccount", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        create_order_v2_request = cls.__new__(cls)
        create_order_v2_request.count = count
        create_order_v2_request.price = price
        create_order_v2_request.self_trade_prevention_type = self_trade_prevention_type
        create_order_v2_request.side = side
        create_order_v2_request.ticker = ticker
        create_order_v2_request.time_in_force = time_in_force
        create_order_v2_request.cancel_order_on_pause = cancel_order_on_pause
        create_order_v2_request.client_order_id = client_order_id
        create_order_v2_request.exchange_index = exchange_index
        create_order_v2_request.expiration_time = expiration_time
        create_order_v2_request.order_group_id = order_group_id
        create_order_v2_request.post_only = post_only
        create_order_v2_request.reduce_only = reduce_only
        create_order_v2_request.subaccount = subaccount
        create_order_v2_request.additional_properties = d
        create_order_v2_request._absent = _marks
        return create_order_v2_request

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
