from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.propose_block_trade_request_maker_side import (
    ProposeBlockTradeRequestMakerSide,
)
from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="ProposeBlockTradeRequest")


@_attrs_define
class ProposeBlockTradeRequest:
    """The `ProposeBlockTradeRequest` object of a request body.

    Attributes:
        buyer_user_id (str | None)
        centicount (int | None)
        expiration_ts (datetime.datetime | None)
        maker_side (ProposeBlockTradeRequestMakerSide | None)
        market_ticker (str | None)
        price_centi_cents (int | None)
        seller_user_id (str | None)
        buyer_subaccount (int | None | Unset)
        buyer_subtrader_id (str | None | Unset)
        seller_subaccount (int | None | Unset)
        seller_subtrader_id (str | None | Unset)
    """

    buyer_user_id: str | None
    centicount: int | None
    expiration_ts: datetime.datetime | None
    maker_side: ProposeBlockTradeRequestMakerSide | None
    market_ticker: str | None
    price_centi_cents: int | None
    seller_user_id: str | None
    buyer_subaccount: int | Unset | None = UNSET
    buyer_subtrader_id: str | Unset | None = UNSET
    seller_subaccount: int | Unset | None = UNSET
    seller_subtrader_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.buyer_user_id is None:
            if "buyer_user_id" not in self._absent:
                field_dict["buyer_user_id"] = None
        elif not isinstance(self.buyer_user_id, Unset):
            field_dict["buyer_user_id"] = self.buyer_user_id
        if self.centicount is None:
            if "centicount" not in self._absent:
                field_dict["centicount"] = None
        elif not isinstance(self.centicount, Unset):
            field_dict["centicount"] = self.centicount
        if self.expiration_ts is None:
            if "expiration_ts" not in self._absent:
                field_dict["expiration_ts"] = None
        elif not isinstance(self.expiration_ts, Unset):
            field_dict["expiration_ts"] = self.expiration_ts.isoformat()
        if self.maker_side is None:
            if "maker_side" not in self._absent:
                field_dict["maker_side"] = None
        elif not isinstance(self.maker_side, Unset):
            field_dict["maker_side"] = self.maker_side
        if self.market_ticker is None:
            if "market_ticker" not in self._absent:
                field_dict["market_ticker"] = None
        elif not isinstance(self.market_ticker, Unset):
            field_dict["market_ticker"] = self.market_ticker
        if self.price_centi_cents is None:
            if "price_centi_cents" not in self._absent:
                field_dict["price_centi_cents"] = None
        elif not isinstance(self.price_centi_cents, Unset):
            field_dict["price_centi_cents"] = self.price_centi_cents
        if self.seller_user_id is None:
            if "seller_user_id" not in self._absent:
                field_dict["seller_user_id"] = None
        elif not isinstance(self.seller_user_id, Unset):
            field_dict["seller_user_id"] = self.seller_user_id
        if self.buyer_subaccount is None:
            if "buyer_subaccount" not in self._absent:
                field_dict["buyer_subaccount"] = None
        elif not isinstance(self.buyer_subaccount, Unset):
            field_dict["buyer_subaccount"] = self.buyer_subaccount
        if self.buyer_subtrader_id is None:
            if "buyer_subtrader_id" not in self._absent:
                field_dict["buyer_subtrader_id"] = None
        elif not isinstance(self.buyer_subtrader_id, Unset):
            field_dict["buyer_subtrader_id"] = self.buyer_subtrader_id
        if self.seller_subaccount is None:
            if "seller_subaccount" not in self._absent:
                field_dict["seller_subaccount"] = None
        elif not isinstance(self.seller_subaccount, Unset):
            field_dict["seller_subaccount"] = self.seller_subaccount
        if self.seller_subtrader_id is None:
            if "seller_subtrader_id" not in self._absent:
                field_dict["seller_subtrader_id"] = None
        elif not isinstance(self.seller_subtrader_id, Unset):
            field_dict["seller_subtrader_id"] = self.seller_subtrader_id
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
        buyer_user_id = _pop("buyer_user_id", MISSING)
        if buyer_user_id.__class__ is not str:
            buyer_user_id = unread_request(buyer_user_id, "buyer_user_id", d, _marks)
        centicount = _pop("centicount", MISSING)
        if centicount.__class__ is not int:
            centicount = unread_request(centicount, "centicount", d, _marks)
        expiration_ts = _pop("expiration_ts", MISSING)
        if expiration_ts.__class__ is str:
            try:
                expiration_ts = datetime.datetime.fromisoformat(expiration_ts)
            except ValueError:
                expiration_ts = unread_request(expiration_ts, "expiration_ts", d, _marks)
        else:
            expiration_ts = unread_request(expiration_ts, "expiration_ts", d, _marks)
        maker_side = _pop("maker_side", MISSING)
        if maker_side.__class__ is not str:
            maker_side = unread_request(maker_side, "maker_side", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread_request(market_ticker, "market_ticker", d, _marks)
        price_centi_cents = _pop("price_centi_cents", MISSING)
        if price_centi_cents.__class__ is not int:
            price_centi_cents = unread_request(price_centi_cents, "price_centi_cents", d, _marks)
        seller_user_id = _pop("seller_user_id", MISSING)
        if seller_user_id.__class__ is not str:
            seller_user_id = unread_request(seller_user_id, "seller_user_id", d, _marks)
        buyer_subaccount = _pop("buyer_subaccount", MISSING)
        if buyer_subaccount.__class__ is not int:
            buyer_subaccount = unread_request(buyer_subaccount, "buyer_subaccount", d, _marks)
        buyer_subtrader_id = _pop("buyer_subtrader_id", MISSING)
        if buyer_subtrader_id.__class__ is not str:
            buyer_subtrader_id = unread_request(buyer_subtrader_id, "buyer_subtrader_id", d, _marks)
        seller_subaccount = _pop("seller_subaccount", MISSING)
        if seller_subaccount.__class__ is not int:
            seller_subaccount = unread_request(seller_subaccount, "seller_subaccount", d, _marks)
        seller_subtrader_id = _pop("seller_subtrader_id", MISSING)
        if seller_subtrader_id.__class__ is not str:
            seller_subtrader_id = unread_request(
                seller_subtrader_id, "seller_subtrader_id", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        propose_block_trade_request = cls.__new__(cls)
        propose_block_trade_request.buyer_user_id = buyer_user_id
        propose_block_trade_request.centicount = centicount
        propose_block_trade_request.expiration_ts = expiration_ts
        propose_block_trade_request.maker_side = maker_side
        propose_block_trade_request.market_ticker = market_ticker
        propose_block_trade_request.price_centi_cents = price_centi_cents
        propose_block_trade_request.seller_user_id = seller_user_id
        propose_block_trade_request.buyer_subaccount = buyer_subaccount
        propose_block_trade_request.buyer_subtrader_id = buyer_subtrader_id
        propose_block_trade_request.seller_subaccount = seller_subaccount
        propose_block_trade_request.seller_subtrader_id = seller_subtrader_id
        propose_block_trade_request.additional_properties = d
        propose_block_trade_request._absent = _marks
        return propose_block_trade_request

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
