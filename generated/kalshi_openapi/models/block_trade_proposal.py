from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.block_trade_proposal_maker_side import (
    BlockTradeProposalMakerSide,
)
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="BlockTradeProposal")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "buyer_accepted",
    "buyer_user_id",
    "centicount",
    "created_ts",
    "expiration_ts",
    "id",
    "maker_side",
    "market_ticker",
    "price_centi_cents",
    "proposer_user_id",
    "seller_accepted",
    "seller_user_id",
    "status",
    "updated_ts",
    "buyer_accepted_ts",
    "buyer_order_id",
    "buyer_subtrader_id",
    "executed_ts",
    "seller_accepted_ts",
    "seller_order_id",
    "seller_subtrader_id",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class BlockTradeProposal:
    """The `BlockTradeProposal` object.

    Attributes:
        buyer_accepted (bool | None)
        buyer_user_id (str | None)
        centicount (int | None)
        created_ts (datetime.datetime | None)
        expiration_ts (datetime.datetime | None)
        id (str | None)
        maker_side (BlockTradeProposalMakerSide | None)
        market_ticker (str | None)
        price_centi_cents (int | None)
        proposer_user_id (str | None)
        seller_accepted (bool | None)
        seller_user_id (str | None)
        status (str | None)
        updated_ts (datetime.datetime | None)
        buyer_accepted_ts (datetime.datetime | None)
        buyer_order_id (str | None)
        buyer_subtrader_id (str | None)
        executed_ts (datetime.datetime | None)
        seller_accepted_ts (datetime.datetime | None)
        seller_order_id (str | None)
        seller_subtrader_id (str | None)
    """

    buyer_accepted: bool | None = None
    buyer_user_id: str | None = None
    centicount: int | None = None
    created_ts: datetime.datetime | None = None
    expiration_ts: datetime.datetime | None = None
    id: str | None = None
    maker_side: BlockTradeProposalMakerSide | None = None
    market_ticker: str | None = None
    price_centi_cents: int | None = None
    proposer_user_id: str | None = None
    seller_accepted: bool | None = None
    seller_user_id: str | None = None
    status: str | None = None
    updated_ts: datetime.datetime | None = None
    buyer_accepted_ts: datetime.datetime | None = None
    buyer_order_id: str | None = None
    buyer_subtrader_id: str | None = None
    executed_ts: datetime.datetime | None = None
    seller_accepted_ts: datetime.datetime | None = None
    seller_order_id: str | None = None
    seller_subtrader_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.buyer_accepted is not None:
            field_dict["buyer_accepted"] = self.buyer_accepted
        elif "buyer_accepted" in self._nulls:
            field_dict["buyer_accepted"] = None
        if self.buyer_user_id is not None:
            field_dict["buyer_user_id"] = self.buyer_user_id
        elif "buyer_user_id" in self._nulls:
            field_dict["buyer_user_id"] = None
        if self.centicount is not None:
            field_dict["centicount"] = self.centicount
        elif "centicount" in self._nulls:
            field_dict["centicount"] = None
        if self.created_ts is not None:
            field_dict["created_ts"] = self.created_ts.isoformat()
        elif "created_ts" in self._nulls:
            field_dict["created_ts"] = None
        if self.expiration_ts is not None:
            field_dict["expiration_ts"] = self.expiration_ts.isoformat()
        elif "expiration_ts" in self._nulls:
            field_dict["expiration_ts"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.maker_side is not None:
            field_dict["maker_side"] = self.maker_side
        elif "maker_side" in self._nulls:
            field_dict["maker_side"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.price_centi_cents is not None:
            field_dict["price_centi_cents"] = self.price_centi_cents
        elif "price_centi_cents" in self._nulls:
            field_dict["price_centi_cents"] = None
        if self.proposer_user_id is not None:
            field_dict["proposer_user_id"] = self.proposer_user_id
        elif "proposer_user_id" in self._nulls:
            field_dict["proposer_user_id"] = None
        if self.seller_accepted is not None:
            field_dict["seller_accepted"] = self.seller_accepted
        elif "seller_accepted" in self._nulls:
            field_dict["seller_accepted"] = None
        if self.seller_user_id is not None:
            field_dict["seller_user_id"] = self.seller_user_id
        elif "seller_user_id" in self._nulls:
            field_dict["seller_user_id"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.updated_ts is not None:
            field_dict["updated_ts"] = self.updated_ts.isoformat()
        elif "updated_ts" in self._nulls:
            field_dict["updated_ts"] = None
        if self.buyer_accepted_ts is not None:
            field_dict["buyer_accepted_ts"] = self.buyer_accepted_ts.isoformat()
        elif "buyer_accepted_ts" in self._nulls:
            field_dict["buyer_accepted_ts"] = None
        if self.buyer_order_id is not None:
            field_dict["buyer_order_id"] = self.buyer_order_id
        elif "buyer_order_id" in self._nulls:
            field_dict["buyer_order_id"] = None
        if self.buyer_subtrader_id is not None:
            field_dict["buyer_subtrader_id"] = self.buyer_subtrader_id
        elif "buyer_subtrader_id" in self._nulls:
            field_dict["buyer_subtrader_id"] = None
        if self.executed_ts is not None:
            field_dict["executed_ts"] = self.executed_ts.isoformat()
        elif "executed_ts" in self._nulls:
            field_dict["executed_ts"] = None
        if self.seller_accepted_ts is not None:
            field_dict["seller_accepted_ts"] = self.seller_accepted_ts.isoformat()
        elif "seller_accepted_ts" in self._nulls:
            field_dict["seller_accepted_ts"] = None
        if self.seller_order_id is not None:
            field_dict["seller_order_id"] = self.seller_order_id
        elif "seller_order_id" in self._nulls:
            field_dict["seller_order_id"] = None
        if self.seller_subtrader_id is not None:
            field_dict["seller_subtrader_id"] = self.seller_subtrader_id
        elif "seller_subtrader_id" in self._nulls:
            field_dict["seller_subtrader_id"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Any) -> T:
        """Read the model from a decoded JSON object; never raises (rules: openapi/README.md of kalshi-trade)."""
        # The common case: an object with every key, each value of its type or null. Anything
        # else (a key missing, a value of another type) is read by the tolerant path.
        if src_dict.__class__ is not dict:
            return cls._read_tolerant(src_dict)
        d: dict[str, Any] = src_dict
        try:
            buyer_accepted = d["buyer_accepted"]
            buyer_user_id = d["buyer_user_id"]
            centicount = d["centicount"]
            created_ts = d["created_ts"]
            expiration_ts = d["expiration_ts"]
            id = d["id"]
            maker_side = d["maker_side"]
            market_ticker = d["market_ticker"]
            price_centi_cents = d["price_centi_cents"]
            proposer_user_id = d["proposer_user_id"]
            seller_accepted = d["seller_accepted"]
            seller_user_id = d["seller_user_id"]
            status = d["status"]
            updated_ts = d["updated_ts"]
            buyer_accepted_ts = d["buyer_accepted_ts"]
            buyer_order_id = d["buyer_order_id"]
            buyer_subtrader_id = d["buyer_subtrader_id"]
            executed_ts = d["executed_ts"]
            seller_accepted_ts = d["seller_accepted_ts"]
            seller_order_id = d["seller_order_id"]
            seller_subtrader_id = d["seller_subtrader_id"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if buyer_accepted.__class__ is not bool:
            if buyer_accepted is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if buyer_user_id.__class__ is not str:
            if buyer_user_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if centicount.__class__ is not int:
            if centicount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if created_ts.__class__ is not str:
            if created_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if expiration_ts.__class__ is not str:
            if expiration_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if id.__class__ is not str:
            if id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if maker_side.__class__ is not str:
            if maker_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if price_centi_cents.__class__ is not int:
            if price_centi_cents is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if proposer_user_id.__class__ is not str:
            if proposer_user_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if seller_accepted.__class__ is not bool:
            if seller_accepted is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if seller_user_id.__class__ is not str:
            if seller_user_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if status.__class__ is not str:
            if status is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        if updated_ts.__class__ is not str:
            if updated_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        if buyer_accepted_ts.__class__ is not str:
            if buyer_accepted_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        if buyer_order_id.__class__ is not str:
            if buyer_order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32768
        if buyer_subtrader_id.__class__ is not str:
            if buyer_subtrader_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 65536
        if executed_ts.__class__ is not str:
            if executed_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 131072
        if seller_accepted_ts.__class__ is not str:
            if seller_accepted_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 262144
        if seller_order_id.__class__ is not str:
            if seller_order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 524288
        if seller_subtrader_id.__class__ is not str:
            if seller_subtrader_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1048576
        block_trade_proposal = cls.__new__(cls)
        block_trade_proposal.buyer_accepted = buyer_accepted
        block_trade_proposal.buyer_user_id = buyer_user_id
        block_trade_proposal.centicount = centicount
        block_trade_proposal._raw_created_ts = created_ts
        block_trade_proposal._raw_expiration_ts = expiration_ts
        block_trade_proposal.id = id
        block_trade_proposal.maker_side = maker_side
        block_trade_proposal.market_ticker = market_ticker
        block_trade_proposal.price_centi_cents = price_centi_cents
        block_trade_proposal.proposer_user_id = proposer_user_id
        block_trade_proposal.seller_accepted = seller_accepted
        block_trade_proposal.seller_user_id = seller_user_id
        block_trade_proposal.status = status
        block_trade_proposal._raw_updated_ts = updated_ts
        block_trade_proposal._raw_buyer_accepted_ts = buyer_accepted_ts
        block_trade_proposal.buyer_order_id = buyer_order_id
        block_trade_proposal.buyer_subtrader_id = buyer_subtrader_id
        block_trade_proposal._raw_executed_ts = executed_ts
        block_trade_proposal._raw_seller_accepted_ts = seller_accepted_ts
        block_trade_proposal.seller_order_id = seller_order_id
        block_trade_proposal.seller_subtrader_id = seller_subtrader_id
        block_trade_proposal._times_kept = True
        block_trade_proposal._raw_additional_properties = (
            {} if len(d) == 21 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        block_trade_proposal._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return block_trade_proposal

    @classmethod
    def _read_tolerant(cls: type[T], src_dict: Any) -> T:
        """Read any body, whatever it holds: the path from_dict takes for all but the common case."""
        d: dict[str, Any]
        if src_dict.__class__ is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            d = {}
        _marks: list[str] = []
        _pop = d.pop
        buyer_accepted = _pop("buyer_accepted", MISSING)
        if buyer_accepted.__class__ is not bool:
            buyer_accepted = unread(buyer_accepted, "buyer_accepted", d, _marks)
        buyer_user_id = _pop("buyer_user_id", MISSING)
        if buyer_user_id.__class__ is not str:
            buyer_user_id = unread(buyer_user_id, "buyer_user_id", d, _marks)
        centicount = _pop("centicount", MISSING)
        if centicount.__class__ is not int:
            centicount = unread(centicount, "centicount", d, _marks)
        created_ts = _pop("created_ts", MISSING)
        if created_ts.__class__ is str:
            try:
                created_ts = datetime.datetime.fromisoformat(created_ts)
            except ValueError:
                created_ts = unread(created_ts, "created_ts", d, _marks)
        else:
            created_ts = unread(created_ts, "created_ts", d, _marks)
        expiration_ts = _pop("expiration_ts", MISSING)
        if expiration_ts.__class__ is str:
            try:
                expiration_ts = datetime.datetime.fromisoformat(expiration_ts)
            except ValueError:
                expiration_ts = unread(expiration_ts, "expiration_ts", d, _marks)
        else:
            expiration_ts = unread(expiration_ts, "expiration_ts", d, _marks)
        id = _pop("id", MISSING)
        if id.__class__ is not str:
            id = unread(id, "id", d, _marks)
        maker_side = _pop("maker_side", MISSING)
        if maker_side.__class__ is not str:
            maker_side = unread(maker_side, "maker_side", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        price_centi_cents = _pop("price_centi_cents", MISSING)
        if price_centi_cents.__class__ is not int:
            price_centi_cents = unread(price_centi_cents, "price_centi_cents", d, _marks)
        proposer_user_id = _pop("proposer_user_id", MISSING)
        if proposer_user_id.__class__ is not str:
            proposer_user_id = unread(proposer_user_id, "proposer_user_id", d, _marks)
        seller_accepted = _pop("seller_accepted", MISSING)
        if seller_accepted.__class__ is not bool:
            seller_accepted = unread(seller_accepted, "seller_accepted", d, _marks)
        seller_user_id = _pop("seller_user_id", MISSING)
        if seller_user_id.__class__ is not str:
            seller_user_id = unread(seller_user_id, "seller_user_id", d, _marks)
        status = _pop("status", MISSING)
        if status.__class__ is not str:
            status = unread(status, "status", d, _marks)
        updated_ts = _pop("updated_ts", MISSING)
        if updated_ts.__class__ is str:
            try:
                updated_ts = datetime.datetime.fromisoformat(updated_ts)
            except ValueError:
                updated_ts = unread(updated_ts, "updated_ts", d, _marks)
        else:
            updated_ts = unread(updated_ts, "updated_ts", d, _marks)
        buyer_accepted_ts = _pop("buyer_accepted_ts", MISSING)
        if buyer_accepted_ts.__class__ is str:
            try:
                buyer_accepted_ts = datetime.datetime.fromisoformat(buyer_accepted_ts)
            except ValueError:
                buyer_accepted_ts = unread(buyer_accepted_ts, "buyer_accepted_ts", d, _marks)
        else:
            buyer_accepted_ts = unread(buyer_accepted_ts, "buyer_accepted_ts", d, _marks)
        buyer_order_id = _pop("buyer_order_id", MISSING)
        if buyer_order_id.__class__ is not str:
            buyer_order_id = unread(buyer_order_id, "buyer_order_id", d, _marks)
        buyer_subtrader_id = _pop("buyer_subtrader_id", MISSING)
        if buyer_subtrader_id.__class__ is not str:
            buyer_subtrader_id = unread(buyer_subtrader_id, "buyer_subtrader_id", d, _marks)
        executed_ts = _pop("executed_ts", MISSING)
        if executed_ts.__class__ is str:
            try:
                executed_ts = datetime.datetime.fromisoformat(executed_ts)
            except ValueError:
                executed_ts = unread(executed_ts, "executed_ts", d, _marks)
        else:
            executed_ts = unread(executed_ts, "executed_ts", d, _marks)
        seller_accepted_ts = _pop("seller_accepted_ts", MISSING)
        if seller_accepted_ts.__class__ is str:
            try:
                seller_accepted_ts = datetime.datetime.fromisoformat(seller_accepted_ts)
            except ValueError:
                seller_accepted_ts = unread(seller_accepted_ts, "seller_accepted_ts", d, _marks)
        else:
            seller_accepted_ts = unread(seller_accepted_ts, "seller_accepted_ts", d, _marks)
        seller_order_id = _pop("seller_order_id", MISSING)
        if seller_order_id.__class__ is not str:
            seller_order_id = unread(seller_order_id, "seller_order_id", d, _marks)
        seller_subtrader_id = _pop("seller_subtrader_id", MISSING)
        if seller_subtrader_id.__class__ is not str:
            seller_subtrader_id = unread(seller_subtrader_id, "seller_subtrader_id", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        block_trade_proposal = cls.__new__(cls)
        block_trade_proposal.buyer_accepted = buyer_accepted
        block_trade_proposal.buyer_user_id = buyer_user_id
        block_trade_proposal.centicount = centicount
        block_trade_proposal.created_ts = created_ts
        block_trade_proposal.expiration_ts = expiration_ts
        block_trade_proposal.id = id
        block_trade_proposal.maker_side = maker_side
        block_trade_proposal.market_ticker = market_ticker
        block_trade_proposal.price_centi_cents = price_centi_cents
        block_trade_proposal.proposer_user_id = proposer_user_id
        block_trade_proposal.seller_accepted = seller_accepted
        block_trade_proposal.seller_user_id = seller_user_id
        block_trade_proposal.status = status
        block_trade_proposal.updated_ts = updated_ts
        block_trade_proposal.buyer_accepted_ts = buyer_accepted_ts
        block_trade_proposal.buyer_order_id = buyer_order_id
        block_trade_proposal.buyer_subtrader_id = buyer_subtrader_id
        block_trade_proposal.executed_ts = executed_ts
        block_trade_proposal.seller_accepted_ts = seller_accepted_ts
        block_trade_proposal.seller_order_id = seller_order_id
        block_trade_proposal.seller_subtrader_id = seller_subtrader_id
        block_trade_proposal.additional_properties = d
        block_trade_proposal._nulls = _marks
        block_trade_proposal._times_kept = False
        return block_trade_proposal

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


# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    BlockTradeProposal,
    times={
        "created_ts": datetime.datetime.fromisoformat,
        "expiration_ts": datetime.datetime.fromisoformat,
        "updated_ts": datetime.datetime.fromisoformat,
        "buyer_accepted_ts": datetime.datetime.fromisoformat,
        "executed_ts": datetime.datetime.fromisoformat,
        "seller_accepted_ts": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
