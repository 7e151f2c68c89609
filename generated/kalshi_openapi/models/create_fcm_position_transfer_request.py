from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, Unset, unread_request

T = TypeVar("T", bound="CreateFCMPositionTransferRequest")


@_attrs_define
class CreateFCMPositionTransferRequest:
    """The `CreateFCMPositionTransferRequest` object of a request body.

    Attributes:
        market_ticker (str | None)
        position_centicount (int | None)
        price_centicents (int | None)
        source_subtrader_id (str | None)
        target_subtrader_id (str | None)
    """

    market_ticker: str | None
    position_centicount: int | None
    price_centicents: int | None
    source_subtrader_id: str | None
    target_subtrader_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.market_ticker is None:
            if "market_ticker" not in self._absent:
                field_dict["market_ticker"] = None
        elif not isinstance(self.market_ticker, Unset):
            field_dict["market_ticker"] = self.market_ticker
        if self.position_centicount is None:
            if "position_centicount" not in self._absent:
                field_dict["position_centicount"] = None
        elif not isinstance(self.position_centicount, Unset):
            field_dict["position_centicount"] = self.position_centicount
        if self.price_centicents is None:
            if "price_centicents" not in self._absent:
                field_dict["price_centicents"] = None
        elif not isinstance(self.price_centicents, Unset):
            field_dict["price_centicents"] = self.price_centicents
        if self.source_subtrader_id is None:
            if "source_subtrader_id" not in self._absent:
                field_dict["source_subtrader_id"] = None
        elif not isinstance(self.source_subtrader_id, Unset):
            field_dict["source_subtrader_id"] = self.source_subtrader_id
        if self.target_subtrader_id is None:
            if "target_subtrader_id" not in self._absent:
                field_dict["target_subtrader_id"] = None
        elif not isinstance(self.target_subtrader_id, Unset):
            field_dict["target_subtrader_id"] = self.target_subtrader_id
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
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread_request(market_ticker, "market_ticker", d, _marks)
        position_centicount = _pop("position_centicount", MISSING)
        if position_centicount.__class__ is not int:
            position_centicount = unread_request(
                position_centicount, "position_centicount", d, _marks
            )
        price_centicents = _pop("price_centicents", MISSING)
        if price_centicents.__class__ is not int:
            price_centicents = unread_request(price_centicents, "price_centicents", d, _marks)
        source_subtrader_id = _pop("source_subtrader_id", MISSING)
        if source_subtrader_id.__class__ is not str:
            source_subtrader_id = unread_request(
                source_subtrader_id, "source_subtrader_id", d, _marks
            )
        target_subtrader_id = _pop("target_subtrader_id", MISSING)
        if target_subtrader_id.__class__ is not str:
            target_subtrader_id = unread_request(
                target_subtrader_id, "target_subtrader_id", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        create_fcm_position_transfer_request = cls.__new__(cls)
        create_fcm_position_transfer_request.market_ticker = market_ticker
        create_fcm_position_transfer_request.position_centicount = position_centicount
        create_fcm_position_transfer_request.price_centicents = price_centicents
        create_fcm_position_transfer_request.source_subtrader_id = source_subtrader_id
        create_fcm_position_transfer_request.target_subtrader_id = target_subtrader_id
        create_fcm_position_transfer_request.additional_properties = d
        create_fcm_position_transfer_request._absent = _marks
        return create_fcm_position_transfer_request

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
