from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="RfqCreatedPayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "created_ts",
    "creator_id",
    "id",
    "market_ticker",
    "contracts_fp",
    "event_ticker",
    "mve_collection_ticker",
    "mve_selected_legs",
    "target_cost_dollars",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class RfqCreatedPayloadMsg:
    """The `RfqCreatedPayloadMsg` object.

    Attributes:
        created_ts (datetime.datetime | None)
        creator_id (str | None)
        id (str | None)
        market_ticker (str | None)
        contracts_fp (str | None)
        event_ticker (str | None)
        mve_collection_ticker (str | None)
        mve_selected_legs (list[RfqCreatedPayloadMsgMveSelectedLegsItem] | None)
        target_cost_dollars (str | None)
    """

    created_ts: datetime.datetime | None = None
    creator_id: str | None = None
    id: str | None = None
    market_ticker: str | None = None
    contracts_fp: str | None = None
    event_ticker: str | None = None
    mve_collection_ticker: str | None = None
    mve_selected_legs: list[RfqCreatedPayloadMsgMveSelectedLegsItem] | None = None
    target_cost_dollars: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.created_ts is not None:
            field_dict["created_ts"] = self.created_ts.isoformat()
        elif "created_ts" in self._nulls:
            field_dict["created_ts"] = None
        if self.creator_id is not None:
            field_dict["creator_id"] = self.creator_id
        elif "creator_id" in self._nulls:
            field_dict["creator_id"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.contracts_fp is not None:
            field_dict["contracts_fp"] = self.contracts_fp
        elif "contracts_fp" in self._nulls:
            field_dict["contracts_fp"] = None
        if self.event_ticker is not None:
            field_dict["event_ticker"] = self.event_ticker
        elif "event_ticker" in self._nulls:
            field_dict["event_ticker"] = None
        if self.mve_collection_ticker is not None:
            field_dict["mve_collection_ticker"] = self.mve_collection_ticker
        elif "mve_collection_ticker" in self._nulls:
            field_dict["mve_collection_ticker"] = None
        if self.mve_selected_legs is not None:
            field_dict["mve_selected_legs"] = [_v0.to_dict() for _v0 in self.mve_selected_legs]
        elif "mve_selected_legs" in self._nulls:
            field_dict["mve_selected_legs"] = None
        if self.target_cost_dollars is not None:
            field_dict["target_cost_dollars"] = self.target_cost_dollars
        elif "target_cost_dollars" in self._nulls:
            field_dict["target_cost_dollars"] = None
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
            created_ts = d["created_ts"]
            creator_id = d["creator_id"]
            id = d["id"]
            market_ticker = d["market_ticker"]
            contracts_fp = d["contracts_fp"]
            event_ticker = d["event_ticker"]
            mve_collection_ticker = d["mve_collection_ticker"]
            mve_selected_legs = d["mve_selected_legs"]
            target_cost_dollars = d["target_cost_dollars"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if created_ts.__class__ is not str:
            if created_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if creator_id.__class__ is not str:
            if creator_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if id.__class__ is not str:
            if id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if contracts_fp.__class__ is not str:
            if contracts_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if event_ticker.__class__ is not str:
            if event_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if mve_collection_ticker.__class__ is not str:
            if mve_collection_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if mve_selected_legs.__class__ is list:
            for _item in mve_selected_legs:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif mve_selected_legs is None:
            mve_selected_legs = []
        else:
            return cls._read_tolerant(src_dict)
        if target_cost_dollars.__class__ is not str:
            if target_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        rfq_created_payload_msg = cls.__new__(cls)
        rfq_created_payload_msg._raw_created_ts = created_ts
        rfq_created_payload_msg.creator_id = creator_id
        rfq_created_payload_msg.id = id
        rfq_created_payload_msg.market_ticker = market_ticker
        rfq_created_payload_msg.contracts_fp = contracts_fp
        rfq_created_payload_msg.event_ticker = event_ticker
        rfq_created_payload_msg.mve_collection_ticker = mve_collection_ticker
        rfq_created_payload_msg._raw_mve_selected_legs = mve_selected_legs
        rfq_created_payload_msg.target_cost_dollars = target_cost_dollars
        rfq_created_payload_msg._times_kept = True
        rfq_created_payload_msg._raw_additional_properties = (
            {} if len(d) == 9 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        rfq_created_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return rfq_created_payload_msg

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
        created_ts = _pop("created_ts", MISSING)
        if created_ts.__class__ is str:
            try:
                created_ts = datetime.datetime.fromisoformat(created_ts)
            except ValueError:
                created_ts = unread(created_ts, "created_ts", d, _marks)
        else:
            created_ts = unread(created_ts, "created_ts", d, _marks)
        creator_id = _pop("creator_id", MISSING)
        if creator_id.__class__ is not str:
            creator_id = unread(creator_id, "creator_id", d, _marks)
        id = _pop("id", MISSING)
        if id.__class__ is not str:
            id = unread(id, "id", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        contracts_fp = _pop("contracts_fp", MISSING)
        if contracts_fp.__class__ is not str:
            contracts_fp = unread(contracts_fp, "contracts_fp", d, _marks)
        event_ticker = _pop("event_ticker", MISSING)
        if event_ticker.__class__ is not str:
            event_ticker = unread(event_ticker, "event_ticker", d, _marks)
        mve_collection_ticker = _pop("mve_collection_ticker", MISSING)
        if mve_collection_ticker.__class__ is not str:
            mve_collection_ticker = unread(
                mve_collection_ticker, "mve_collection_ticker", d, _marks
            )
        mve_selected_legs = _pop("mve_selected_legs", MISSING)
        if mve_selected_legs.__class__ is list:
            _read: list[Any] = []
            for _item in mve_selected_legs:
                if _item.__class__ is dict:
                    _read.append(RfqCreatedPayloadMsgMveSelectedLegsItem.from_dict(_item))
                else:
                    d["mve_selected_legs"] = mve_selected_legs
            mve_selected_legs = _read
        elif mve_selected_legs is None:
            mve_selected_legs = []
        else:
            mve_selected_legs = unread(mve_selected_legs, "mve_selected_legs", d, _marks)
        target_cost_dollars = _pop("target_cost_dollars", MISSING)
        if target_cost_dollars.__class__ is not str:
            target_cost_dollars = unread(target_cost_dollars, "target_cost_dollars", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        rfq_created_payload_msg = cls.__new__(cls)
        rfq_created_payload_msg.created_ts = created_ts
        rfq_created_payload_msg.creator_id = creator_id
        rfq_created_payload_msg.id = id
        rfq_created_payload_msg.market_ticker = market_ticker
        rfq_created_payload_msg.contracts_fp = contracts_fp
        rfq_created_payload_msg.event_ticker = event_ticker
        rfq_created_payload_msg.mve_collection_ticker = mve_collection_ticker
        rfq_created_payload_msg.mve_selected_legs = mve_selected_legs
        rfq_created_payload_msg.target_cost_dollars = target_cost_dollars
        rfq_created_payload_msg.additional_properties = d
        rfq_created_payload_msg._nulls = _marks
        rfq_created_payload_msg._times_kept = False
        return rfq_created_payload_msg

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


# The models held by this one (imported last: see openapi/README.md, "Lean parsing").
from ..models.rfq_created_payload_msg_mve_selected_legs_item import (
    RfqCreatedPayloadMsgMveSelectedLegsItem,
)

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    RfqCreatedPayloadMsg,
    times={
        "created_ts": datetime.datetime.fromisoformat,
    },
    models={},
    lists={
        "mve_selected_legs": RfqCreatedPayloadMsgMveSelectedLegsItem.from_dict,
    },
)
