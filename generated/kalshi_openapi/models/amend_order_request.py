from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amend_order_request_action import (
    AmendOrderRequestAction,
)
from ..models.amend_order_request_side import AmendOrderRequestSide
from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="AmendOrderRequest")


@_attrs_define
class AmendOrderRequest:
    """The `AmendOrderRequest` object of a request body.

    Attributes:
        action (AmendOrderRequestAction | None)
        side (AmendOrderRequestSide | None)
        ticker (str | None)
        client_order_id (str | None | Unset)
        count (int | None | Unset)
        count_fp (str | None | Unset)
        exchange_index (int | None | Unset)
        no_price (int | None | Unset)
        no_price_dollars (str | None | Unset)
        subaccount (int | None | Unset)
        updated_client_order_id (str | None | Unset)
        yes_price (int | None | Unset)
        yes_price_dollars (str | None | Unset)
    """

    action: AmendOrderRequestAction | None
    side: AmendOrderRequestSide | None
    ticker: str | None
    client_order_id: str | Unset | None = UNSET
    count: int | Unset | None = UNSET
    count_fp: str | Unset | None = UNSET
    exchange_index: int | Unset | None = 0
    no_price: int | Unset | None = UNSET
    no_price_dollars: str | Unset | None = UNSET
    subaccount: int | Unset | None = 0
    updated_client_order_id: str | Unset | None = UNSET
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
        if self.subaccount is None:
            if "subaccount" not in self._absent:
                field_dict["subaccount"] = None
        elif not isinstance(self.subaccount, Unset):
            field_dict["subaccount"] = self.subaccount
        if self.updated_client_order_id is None:
            if "updated_client_order_id" not in self._absent:
                field_dict["updated_client_order_id"] = None
        elif not isinstance(self.updated_client_order_id, Unset):
            field_dict["updated_client_order_id"] = self.updated_client_order_id
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
        no_price = _pop("no_price", MISSING)
        if no_price.__class__ is not int:
            no_price = unread_request(no_price, "no_price", d, _marks)
        no_price_dollars = _pop("no_price_dollars", MISSING)
        if no_price_dollars.__class__ is not str:
            no_price_dollars = unread_request(no_price_dollars, "no_price_dollars", d, _marks)
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread_request(subaccount, "subaccount", d, _marks)
        updated_client_order_id = _pop("updated_client_order_id", MISSING)
        if updated_client_order_id.__class__ is not str:
            updated_client_order_id = unread_request(
                updated_client_order_id, "updated_client_order_id", d, _marks
            )
        yes_price = _pop("yes_price", MISSING)
        if yes_price.__class__ is not int:
            yes_price = unread_request(yes_price, "yes_price", d, _marks)
        yes_price_dollars = _pop("yes_price_dollars", MISSING)
        if yes_price_dollars.__class__ is not str:
            yes_price_dollars = unread_request(yes_price_dollars, "yes_price_dollars", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        amend_order_request = cls.__new__(cls)
        amend_order_request.action = action
        amend_order_request.side = side
        amend_order_request.ticker = ticker
        amend_order_request.client_order_id = client_order_id
        amend_order_request.count = count
        amend_order_request.count_fp = count_fp
        amend_order_request.exchange_index = exchange_index
        amend_order_request.no_price = no_price
        amend_order_request.no_price_dollars = no_price_dollars
        amend_order_request.subaccount = subaccount
        amend_order_request.updated_client_order_id = updated_client_order_id
        amend_order_request.yes_price = yes_price
        amend_order_request.yes_price_dollars = yes_price_dollars
        amend_order_request.additional_properties = d
        amend_order_request._absent = _marks
        return amend_order_request

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
