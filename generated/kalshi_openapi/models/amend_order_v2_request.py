from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="AmendOrderV2Request")


@_attrs_define
class AmendOrderV2Request:
    """The `AmendOrderV2Request` object of a request body.

    Attributes:
        count (str | None)
        price (str | None)
        side (BookSide | None)
        ticker (str | None)
        client_order_id (str | None | Unset)
        exchange_index (int | None | Unset)
        expiration_time (int | None | Unset)
        updated_client_order_id (str | None | Unset)
    """

    count: str | None
    price: str | None
    side: BookSide | None
    ticker: str | None
    client_order_id: str | Unset | None = UNSET
    exchange_index: int | Unset | None = UNSET
    expiration_time: int | Unset | None = UNSET
    updated_client_order_id: str | Unset | None = UNSET
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
        if self.updated_client_order_id is None:
            if "updated_client_order_id" not in self._absent:
                field_dict["updated_client_order_id"] = None
        elif not isinstance(self.updated_client_order_id, Unset):
            field_dict["updated_client_order_id"] = self.updated_client_order_id
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
        side = _pop("side", MISSING)
        if side.__class__ is not str:
            side = unread_request(side, "side", d, _marks)
        ticker = _pop("ticker", MISSING)
        if ticker.__class__ is not str:
            ticker = unread_request(ticker, "ticker", d, _marks)
        client_order_id = _pop("client_order_id", MISSING)
        if client_order_id.__class__ is not str:
            client_order_id = unread_request(client_order_id, "client_order_id", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread_request(exchange_index, "exchange_index", d, _marks)
        expiration_time = _pop("expiration_time", MISSING)
        if expiration_time.__class__ is not int:
            expiration_time = unread_request(expiration_time, "expiration_time", d, _marks)
        updated_client_order_id = _pop("updated_client_order_id", MISSING)
        if updated_client_order_id.__class__ is not str:
            updated_client_order_id = unread_request(
                updated_client_order_id, "updated_client_order_id", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        amend_order_v2_request = cls.__new__(cls)
        amend_order_v2_request.count = count
        amend_order_v2_request.price = price
        amend_order_v2_request.side = side
        amend_order_v2_request.ticker = ticker
        amend_order_v2_request.client_order_id = client_order_id
        amend_order_v2_request.exchange_index = exchange_index
        amend_order_v2_request.expiration_time = expiration_time
        amend_order_v2_request.updated_client_order_id = updated_client_order_id
        amend_order_v2_request.additional_properties = d
        amend_order_v2_request._absent = _marks
        return amend_order_v2_request

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
