from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_subaccount_position_transfer_request_side import (
    ApplySubaccountPositionTransferRequestSide,
)
from ..types import MISSING, Unset, unread_request

T = TypeVar("T", bound="ApplySubaccountPositionTransferRequest")


@_attrs_define
class ApplySubaccountPositionTransferRequest:
    """The `ApplySubaccountPositionTransferRequest` object of a request body.

    Attributes:
        client_transfer_id (UUID | None)
        count (int | None)
        from_subaccount (int | None)
        market_ticker (str | None)
        price (str | None)
        side (ApplySubaccountPositionTransferRequestSide | None)
        to_subaccount (int | None)
    """

    client_transfer_id: UUID | None
    count: int | None
    from_subaccount: int | None
    market_ticker: str | None
    price: str | None
    side: ApplySubaccountPositionTransferRequestSide | None
    to_subaccount: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.client_transfer_id is None:
            if "client_transfer_id" not in self._absent:
                field_dict["client_transfer_id"] = None
        elif not isinstance(self.client_transfer_id, Unset):
            field_dict["client_transfer_id"] = str(self.client_transfer_id)
        if self.count is None:
            if "count" not in self._absent:
                field_dict["count"] = None
        elif not isinstance(self.count, Unset):
            field_dict["count"] = self.count
        if self.from_subaccount is None:
            if "from_subaccount" not in self._absent:
                field_dict["from_subaccount"] = None
        elif not isinstance(self.from_subaccount, Unset):
            field_dict["from_subaccount"] = self.from_subaccount
        if self.market_ticker is None:
            if "market_ticker" not in self._absent:
                field_dict["market_ticker"] = None
        elif not isinstance(self.market_ticker, Unset):
            field_dict["market_ticker"] = self.market_ticker
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
        if self.to_subaccount is None:
            if "to_subaccount" not in self._absent:
                field_dict["to_subaccount"] = None
        elif not isinstance(self.to_subaccount, Unset):
            field_dict["to_subaccount"] = self.to_subaccount
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
        client_transfer_id = _pop("client_transfer_id", MISSING)
        if client_transfer_id.__class__ is str:
            try:
                client_transfer_id = UUID(client_transfer_id)
            except ValueError:
                client_transfer_id = unread_request(
                    client_transfer_id, "client_transfer_id", d, _marks
                )
        else:
            client_transfer_id = unread_request(client_transfer_id, "client_transfer_id", d, _marks)
        count = _pop("count", MISSING)
        if count.__class__ is not int:
            count = unread_request(count, "count", d, _marks)
        from_subaccount = _pop("from_subaccount", MISSING)
        if from_subaccount.__class__ is not int:
            from_subaccount = unread_request(from_subaccount, "from_subaccount", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread_request(market_ticker, "market_ticker", d, _marks)
        price = _pop("price", MISSING)
        if price.__class__ is not str:
            price = unread_request(price, "price", d, _marks)
        side = _pop("side", MISSING)
        if side.__class__ is not str:
            side = unread_request(side, "side", d, _marks)
        to_subaccount = _pop("to_subaccount", MISSING)
        if to_subaccount.__class__ is not int:
            to_subaccount = unread_request(to_subaccount, "to_subaccount", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        apply_subaccount_position_transfer_request = cls.__new__(cls)
        apply_subaccount_position_transfer_request.client_transfer_id = client_transfer_id
        apply_subaccount_position_transfer_request.count = count
        apply_subaccount_position_transfer_request.from_subaccount = from_subaccount
        apply_subaccount_position_transfer_request.market_ticker = market_ticker
        apply_subaccount_position_transfer_request.price = price
        apply_subaccount_position_transfer_request.side = side
        apply_subaccount_position_transfer_request.to_subaccount = to_subaccount
        apply_subaccount_position_transfer_request.additional_properties = d
        apply_subaccount_position_transfer_request._absent = _marks
        return apply_subaccount_position_transfer_request

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
