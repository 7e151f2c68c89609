from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="RfqDeletedPayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "creator_id",
    "deleted_ts",
    "id",
    "market_ticker",
    "contracts_fp",
    "event_ticker",
    "target_cost_dollars",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class RfqDeletedPayloadMsg:
    """The `RfqDeletedPayloadMsg` object.

    Attributes:
        creator_id (str | None)
        deleted_ts (datetime.datetime | None)
        id (str | None)
        market_ticker (str | None)
        contracts_fp (str | None)
        event_ticker (str | None)
        target_cost_dollars (str | None)
    """

    creator_id: str | None = None
    deleted_ts: datetime.datetime | None = None
    id: str | None = None
    market_ticker: str | None = None
    contracts_fp: str | None = None
    event_ticker: str | None = None
    target_cost_dollars: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.creator_id is not None:
            field_dict["creator_id"] = self.creator_id
        elif "creator_id" in self._nulls:
            field_dict["creator_id"] = None
        if self.deleted_ts is not None:
            field_dict["deleted_ts"] = self.deleted_ts.isoformat()
        elif "deleted_ts" in self._nulls:
            field_dict["deleted_ts"] = None
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
            creator_id = d["creator_id"]
            deleted_ts = d["deleted_ts"]
            id = d["id"]
            market_ticker = d["market_ticker"]
            contracts_fp = d["contracts_fp"]
            event_ticker = d["event_ticker"]
            target_cost_dollars = d["target_cost_dollars"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if creator_id.__class__ is not str:
            if creator_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if deleted_ts.__class__ is not str:
            if deleted_ts is not None:
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
        if target_cost_dollars.__class__ is not str:
            if target_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        rfq_deleted_payload_msg = cls.__new__(cls)
        rfq_deleted_payload_msg.creator_id = creator_id
        rfq_deleted_payload_msg._raw_deleted_ts = deleted_ts
        rfq_deleted_payload_msg.id = id
        rfq_deleted_payload_msg.market_ticker = market_ticker
        rfq_deleted_payload_msg.contracts_fp = contracts_fp
        rfq_deleted_payload_msg.event_ticker = event_ticker
        rfq_deleted_payload_msg.target_cost_dollars = target_cost_dollars
        rfq_deleted_payload_msg._times_kept = True
        rfq_deleted_payload_msg._raw_additional_properties = (
            {} if len(d) == 7 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        rfq_deleted_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return rfq_deleted_payload_msg

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
        creator_id = _pop("creator_id", MISSING)
        if creator_id.__class__ is not str:
            creator_id = unread(creator_id, "creator_id", d, _marks)
        deleted_ts = _pop("deleted_ts", MISSING)
        if deleted_ts.__class__ is str:
            try:
                deleted_ts = datetime.datetime.fromisoformat(deleted_ts)
            except ValueError:
                deleted_ts = unread(deleted_ts, "deleted_ts", d, _marks)
        else:
            deleted_ts = unread(deleted_ts, "deleted_ts", d, _marks)
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
        target_cost_dollars = _pop("target_cost_dollars", MISSING)
        if target_cost_dollars.__class__ is not str:
            target_cost_dollars = unread(target_cost_dollars, "target_cost_dollars", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        rfq_deleted_payload_msg = cls.__new__(cls)
        rfq_deleted_payload_msg.creator_id = creator_id
        rfq_deleted_payload_msg.deleted_ts = deleted_ts
        rfq_deleted_payload_msg.id = id
        rfq_deleted_payload_msg.market_ticker = market_ticker
        rfq_deleted_payload_msg.contracts_fp = contracts_fp
        rfq_deleted_payload_msg.event_ticker = event_ticker
        rfq_deleted_payload_msg.target_cost_dollars = target_cost_dollars
        rfq_deleted_payload_msg.additional_properties = d
        rfq_deleted_payload_msg._nulls = _marks
        rfq_deleted_payload_msg._times_kept = False
        return rfq_deleted_payload_msg

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
    RfqDeletedPayloadMsg,
    times={
        "deleted_ts": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
