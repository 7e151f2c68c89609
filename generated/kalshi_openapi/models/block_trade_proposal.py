from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.block_trade_proposal_maker_side import (
    BlockTradeProposalMakerSide,
    check_block_trade_proposal_maker_side,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockTradeProposal")


@_attrs_define
class BlockTradeProposal:
    """
    Attributes:
        buyer_accepted (bool):
        buyer_user_id (str):
        centicount (int):
        created_ts (datetime.datetime):
        expiration_ts (datetime.datetime):
        id (str):
        maker_side (BlockTradeProposalMakerSide):
        market_ticker (str):
        price_centi_cents (int):
        proposer_user_id (str):
        seller_accepted (bool):
        seller_user_id (str):
        status (str):
        updated_ts (datetime.datetime):
        buyer_accepted_ts (datetime.datetime | Unset):
        buyer_order_id (str | Unset):
        buyer_subtrader_id (str | Unset):
        executed_ts (datetime.datetime | Unset):
        seller_accepted_ts (datetime.datetime | Unset):
        seller_order_id (str | Unset):
        seller_subtrader_id (str | Unset):
    """

    buyer_accepted: bool
    buyer_user_id: str
    centicount: int
    created_ts: datetime.datetime
    expiration_ts: datetime.datetime
    id: str
    maker_side: BlockTradeProposalMakerSide
    market_ticker: str
    price_centi_cents: int
    proposer_user_id: str
    seller_accepted: bool
    seller_user_id: str
    status: str
    updated_ts: datetime.datetime
    buyer_accepted_ts: datetime.datetime | Unset = UNSET
    buyer_order_id: str | Unset = UNSET
    buyer_subtrader_id: str | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    seller_accepted_ts: datetime.datetime | Unset = UNSET
    seller_order_id: str | Unset = UNSET
    seller_subtrader_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer_accepted = self.buyer_accepted

        buyer_user_id = self.buyer_user_id

        centicount = self.centicount

        created_ts = self.created_ts.isoformat()

        expiration_ts = self.expiration_ts.isoformat()

        id = self.id

        maker_side: str = self.maker_side

        market_ticker = self.market_ticker

        price_centi_cents = self.price_centi_cents

        proposer_user_id = self.proposer_user_id

        seller_accepted = self.seller_accepted

        seller_user_id = self.seller_user_id

        status = self.status

        updated_ts = self.updated_ts.isoformat()

        buyer_accepted_ts: str | Unset = UNSET
        if not isinstance(self.buyer_accepted_ts, Unset):
            buyer_accepted_ts = self.buyer_accepted_ts.isoformat()

        buyer_order_id = self.buyer_order_id

        buyer_subtrader_id = self.buyer_subtrader_id

        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()

        seller_accepted_ts: str | Unset = UNSET
        if not isinstance(self.seller_accepted_ts, Unset):
            seller_accepted_ts = self.seller_accepted_ts.isoformat()

        seller_order_id = self.seller_order_id

        seller_subtrader_id = self.seller_subtrader_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buyer_accepted": buyer_accepted,
                "buyer_user_id": buyer_user_id,
                "centicount": centicount,
                "created_ts": created_ts,
                "expiration_ts": expiration_ts,
                "id": id,
                "maker_side": maker_side,
                "market_ticker": market_ticker,
                "price_centi_cents": price_centi_cents,
                "proposer_user_id": proposer_user_id,
                "seller_accepted": seller_accepted,
                "seller_user_id": seller_user_id,
                "status": status,
                "updated_ts": updated_ts,
            }
        )
        if buyer_accepted_ts is not UNSET:
            field_dict["buyer_accepted_ts"] = buyer_accepted_ts
        if buyer_order_id is not UNSET:
            field_dict["buyer_order_id"] = buyer_order_id
        if buyer_subtrader_id is not UNSET:
            field_dict["buyer_subtrader_id"] = buyer_subtrader_id
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
        if seller_accepted_ts is not UNSET:
            field_dict["seller_accepted_ts"] = seller_accepted_ts
        if seller_order_id is not UNSET:
            field_dict["seller_order_id"] = seller_order_id
        if seller_subtrader_id is not UNSET:
            field_dict["seller_subtrader_id"] = seller_subtrader_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buyer_accepted = d.pop("buyer_accepted")

        buyer_user_id = d.pop("buyer_user_id")

        centicount = d.pop("centicount")

        created_ts = datetime.datetime.fromisoformat(d.pop("created_ts"))

        expiration_ts = datetime.datetime.fromisoformat(d.pop("expiration_ts"))

        id = d.pop("id")

        maker_side = check_block_trade_proposal_maker_side(d.pop("maker_side"))

        market_ticker = d.pop("market_ticker")

        price_centi_cents = d.pop("price_centi_cents")

        proposer_user_id = d.pop("proposer_user_id")

        seller_accepted = d.pop("seller_accepted")

        seller_user_id = d.pop("seller_user_id")

        status = d.pop("status")

        updated_ts = datetime.datetime.fromisoformat(d.pop("updated_ts"))

        _buyer_accepted_ts = d.pop("buyer_accepted_ts", UNSET)
        buyer_accepted_ts: datetime.datetime | Unset
        if isinstance(_buyer_accepted_ts, Unset):
            buyer_accepted_ts = UNSET
        else:
            buyer_accepted_ts = datetime.datetime.fromisoformat(_buyer_accepted_ts)

        buyer_order_id = d.pop("buyer_order_id", UNSET)

        buyer_subtrader_id = d.pop("buyer_subtrader_id", UNSET)

        _executed_ts = d.pop("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = datetime.datetime.fromisoformat(_executed_ts)

        _seller_accepted_ts = d.pop("seller_accepted_ts", UNSET)
        seller_accepted_ts: datetime.datetime | Unset
        if isinstance(_seller_accepted_ts, Unset):
            seller_accepted_ts = UNSET
        else:
            seller_accepted_ts = datetime.datetime.fromisoformat(_seller_accepted_ts)

        seller_order_id = d.pop("seller_order_id", UNSET)

        seller_subtrader_id = d.pop("seller_subtrader_id", UNSET)

        block_trade_proposal = cls(
            buyer_accepted=buyer_accepted,
            buyer_user_id=buyer_user_id,
            centicount=centicount,
            created_ts=created_ts,
            expiration_ts=expiration_ts,
            id=id,
            maker_side=maker_side,
            market_ticker=market_ticker,
            price_centi_cents=price_centi_cents,
            proposer_user_id=proposer_user_id,
            seller_accepted=seller_accepted,
            seller_user_id=seller_user_id,
            status=status,
            updated_ts=updated_ts,
            buyer_accepted_ts=buyer_accepted_ts,
            buyer_order_id=buyer_order_id,
            buyer_subtrader_id=buyer_subtrader_id,
            executed_ts=executed_ts,
            seller_accepted_ts=seller_accepted_ts,
            seller_order_id=seller_order_id,
            seller_subtrader_id=seller_subtrader_id,
        )

        block_trade_proposal.additional_properties = d
        return block_trade_proposal

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
