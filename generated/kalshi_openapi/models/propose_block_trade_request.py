from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.propose_block_trade_request_maker_side import (
    ProposeBlockTradeRequestMakerSide,
    check_propose_block_trade_request_maker_side,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProposeBlockTradeRequest")


@_attrs_define
class ProposeBlockTradeRequest:
    """
    Attributes:
        buyer_user_id (str):
        centicount (int):
        expiration_ts (datetime.datetime):
        maker_side (ProposeBlockTradeRequestMakerSide):
        market_ticker (str):
        price_centi_cents (int):
        seller_user_id (str):
        buyer_subaccount (int | Unset):
        buyer_subtrader_id (str | Unset):
        seller_subaccount (int | Unset):
        seller_subtrader_id (str | Unset):
    """

    buyer_user_id: str
    centicount: int
    expiration_ts: datetime.datetime
    maker_side: ProposeBlockTradeRequestMakerSide
    market_ticker: str
    price_centi_cents: int
    seller_user_id: str
    buyer_subaccount: int | Unset = UNSET
    buyer_subtrader_id: str | Unset = UNSET
    seller_subaccount: int | Unset = UNSET
    seller_subtrader_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer_user_id = self.buyer_user_id

        centicount = self.centicount

        expiration_ts = self.expiration_ts.isoformat()

        maker_side: str = self.maker_side

        market_ticker = self.market_ticker

        price_centi_cents = self.price_centi_cents

        seller_user_id = self.seller_user_id

        buyer_subaccount = self.buyer_subaccount

        buyer_subtrader_id = self.buyer_subtrader_id

        seller_subaccount = self.seller_subaccount

        seller_subtrader_id = self.seller_subtrader_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buyer_user_id": buyer_user_id,
                "centicount": centicount,
                "expiration_ts": expiration_ts,
                "maker_side": maker_side,
                "market_ticker": market_ticker,
                "price_centi_cents": price_centi_cents,
                "seller_user_id": seller_user_id,
            }
        )
        if buyer_subaccount is not UNSET:
            field_dict["buyer_subaccount"] = buyer_subaccount
        if buyer_subtrader_id is not UNSET:
            field_dict["buyer_subtrader_id"] = buyer_subtrader_id
        if seller_subaccount is not UNSET:
            field_dict["seller_subaccount"] = seller_subaccount
        if seller_subtrader_id is not UNSET:
            field_dict["seller_subtrader_id"] = seller_subtrader_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buyer_user_id = d.pop("buyer_user_id")

        centicount = d.pop("centicount")

        expiration_ts = datetime.datetime.fromisoformat(d.pop("expiration_ts"))

        maker_side = check_propose_block_trade_request_maker_side(d.pop("maker_side"))

        market_ticker = d.pop("market_ticker")

        price_centi_cents = d.pop("price_centi_cents")

        seller_user_id = d.pop("seller_user_id")

        buyer_subaccount = d.pop("buyer_subaccount", UNSET)

        buyer_subtrader_id = d.pop("buyer_subtrader_id", UNSET)

        seller_subaccount = d.pop("seller_subaccount", UNSET)

        seller_subtrader_id = d.pop("seller_subtrader_id", UNSET)

        propose_block_trade_request = cls(
            buyer_user_id=buyer_user_id,
            centicount=centicount,
            expiration_ts=expiration_ts,
            maker_side=maker_side,
            market_ticker=market_ticker,
            price_centi_cents=price_centi_cents,
            seller_user_id=seller_user_id,
            buyer_subaccount=buyer_subaccount,
            buyer_subtrader_id=buyer_subtrader_id,
            seller_subaccount=seller_subaccount,
            seller_subtrader_id=seller_subtrader_id,
        )

        propose_block_trade_request.additional_properties = d
        return propose_block_trade_request

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
