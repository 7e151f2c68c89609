from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="BatchCancelOrdersRequestOrder")


@_attrs_define
class BatchCancelOrdersRequestOrder:
    """The `BatchCancelOrdersRequestOrder` object of a request body.

    Attributes:
        order_id (str | None)
        exchange_index (int | None | Unset)
        market_ticker (str | None | Unset)
        subaccount (int | None | Unset)
    """

    order_id: str | None
    exchange_index: int | Unset | None = 0
    market_ticker: str | Unset | None = UNSET
    subaccount: int | Unset | None = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.order_id is None:
            if "order_id" not in self._absent:
                field_dict["order_id"] = None
        elif not isinstance(self.order_id, Unset):
            field_dict["order_id"] = self.order_id
        if self.exchange_index is None:
            if "exchange_index" not in self._absent:
                field_dict["exchange_index"] = None
        elif not isinstance(self.exchange_index, Unset):
            field_dict["exchange_index"] = self.exchange_index
        if self.market_ticker is None:
            if "market_ticker" not in self._absent:
                field_dict["market_ticker"] = None
        elif not isinstance(self.market_ticker, Unset):
            field_dict["market_ticker"] = self.market_ticker
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
        order_id = _pop("order_id", MISSING)
        if order_id.__class__ is not str:
            order_id = unread_request(order_id, "order_id", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread_request(exchange_index, "exchange_index", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread_request(market_ticker, "market_ticker", d, _marks)
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread_request(subaccount, "subaccount", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        batch_cancel_orders_request_order = cls.__new__(cls)
        batch_cancel_orders_request_order.order_id = order_id
        batch_cancel_orders_request_order.exchange_index = exchange_index
        batch_cancel_orders_request_order.market_ticker = market_ticker
        batch_cancel_orders_request_order.subaccount = subaccount
        batch_cancel_orders_request_order.additional_properties = d
        batch_cancel_orders_request_order._absent = _marks
        return batch_cancel_orders_request_order

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
