from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_accepted_payload_msg_accepted_side import (
    QuoteAcceptedPayloadMsgAcceptedSide,
)
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="QuoteAcceptedPayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "market_ticker",
    "no_bid_dollars",
    "quote_creator_id",
    "quote_id",
    "rfq_id",
    "yes_bid_dollars",
    "accepted_side",
    "contracts_accepted_fp",
    "event_ticker",
    "no_contracts_offered_fp",
    "rfq_creator_id",
    "rfq_target_cost_dollars",
    "subaccount",
    "yes_contracts_offered_fp",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class QuoteAcceptedPayloadMsg:
    """The `QuoteAcceptedPayloadMsg` object.

    Attributes:
        market_ticker (str | None)
        no_bid_dollars (str | None)
        quote_creator_id (str | None)
        quote_id (str | None)
        rfq_id (str | None)
        yes_bid_dollars (str | None)
        accepted_side (QuoteAcceptedPayloadMsgAcceptedSide | None)
        contracts_accepted_fp (str | None)
        event_ticker (str | None)
        no_contracts_offered_fp (str | None)
        rfq_creator_id (str | None)
        rfq_target_cost_dollars (str | None)
        subaccount (int | None)
        yes_contracts_offered_fp (str | None)
    """

    market_ticker: str | None = None
    no_bid_dollars: str | None = None
    quote_creator_id: str | None = None
    quote_id: str | None = None
    rfq_id: str | None = None
    yes_bid_dollars: str | None = None
    accepted_side: QuoteAcceptedPayloadMsgAcceptedSide | None = None
    contracts_accepted_fp: str | None = None
    event_ticker: str | None = None
    no_contracts_offered_fp: str | None = None
    rfq_creator_id: str | None = None
    rfq_target_cost_dollars: str | None = None
    subaccount: int | None = None
    yes_contracts_offered_fp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.no_bid_dollars is not None:
            field_dict["no_bid_dollars"] = self.no_bid_dollars
        elif "no_bid_dollars" in self._nulls:
            field_dict["no_bid_dollars"] = None
        if self.quote_creator_id is not None:
            field_dict["quote_creator_id"] = self.quote_creator_id
        elif "quote_creator_id" in self._nulls:
            field_dict["quote_creator_id"] = None
        if self.quote_id is not None:
            field_dict["quote_id"] = self.quote_id
        elif "quote_id" in self._nulls:
            field_dict["quote_id"] = None
        if self.rfq_id is not None:
            field_dict["rfq_id"] = self.rfq_id
        elif "rfq_id" in self._nulls:
            field_dict["rfq_id"] = None
        if self.yes_bid_dollars is not None:
            field_dict["yes_bid_dollars"] = self.yes_bid_dollars
        elif "yes_bid_dollars" in self._nulls:
            field_dict["yes_bid_dollars"] = None
        if self.accepted_side is not None:
            field_dict["accepted_side"] = self.accepted_side
        elif "accepted_side" in self._nulls:
            field_dict["accepted_side"] = None
        if self.contracts_accepted_fp is not None:
            field_dict["contracts_accepted_fp"] = self.contracts_accepted_fp
        elif "contracts_accepted_fp" in self._nulls:
            field_dict["contracts_accepted_fp"] = None
        if self.event_ticker is not None:
            field_dict["event_ticker"] = self.event_ticker
        elif "event_ticker" in self._nulls:
            field_dict["event_ticker"] = None
        if self.no_contracts_offered_fp is not None:
            field_dict["no_contracts_offered_fp"] = self.no_contracts_offered_fp
        elif "no_contracts_offered_fp" in self._nulls:
            field_dict["no_contracts_offered_fp"] = None
        if self.rfq_creator_id is not None:
            field_dict["rfq_creator_id"] = self.rfq_creator_id
        elif "rfq_creator_id" in self._nulls:
            field_dict["rfq_creator_id"] = None
        if self.rfq_target_cost_dollars is not None:
            field_dict["rfq_target_cost_dollars"] = self.rfq_target_cost_dollars
        elif "rfq_target_cost_dollars" in self._nulls:
            field_dict["rfq_target_cost_dollars"] = None
        if self.subaccount is not None:
            field_dict["subaccount"] = self.subaccount
        elif "subaccount" in self._nulls:
            field_dict["subaccount"] = None
        if self.yes_contracts_offered_fp is not None:
            field_dict["yes_contracts_offered_fp"] = self.yes_contracts_offered_fp
        elif "yes_contracts_offered_fp" in self._nulls:
            field_dict["yes_contracts_offered_fp"] = None
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
            market_ticker = d["market_ticker"]
            no_bid_dollars = d["no_bid_dollars"]
            quote_creator_id = d["quote_creator_id"]
            quote_id = d["quote_id"]
            rfq_id = d["rfq_id"]
            yes_bid_dollars = d["yes_bid_dollars"]
            accepted_side = d["accepted_side"]
            contracts_accepted_fp = d["contracts_accepted_fp"]
            event_ticker = d["event_ticker"]
            no_contracts_offered_fp = d["no_contracts_offered_fp"]
            rfq_creator_id = d["rfq_creator_id"]
            rfq_target_cost_dollars = d["rfq_target_cost_dollars"]
            subaccount = d["subaccount"]
            yes_contracts_offered_fp = d["yes_contracts_offered_fp"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if no_bid_dollars.__class__ is not str:
            if no_bid_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if quote_creator_id.__class__ is not str:
            if quote_creator_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if quote_id.__class__ is not str:
            if quote_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if rfq_id.__class__ is not str:
            if rfq_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if yes_bid_dollars.__class__ is not str:
            if yes_bid_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if accepted_side.__class__ is not str:
            if accepted_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if contracts_accepted_fp.__class__ is not str:
            if contracts_accepted_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if event_ticker.__class__ is not str:
            if event_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if no_contracts_offered_fp.__class__ is not str:
            if no_contracts_offered_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if rfq_creator_id.__class__ is not str:
            if rfq_creator_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if rfq_target_cost_dollars.__class__ is not str:
            if rfq_target_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if subaccount.__class__ is not int:
            if subaccount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        if yes_contracts_offered_fp.__class__ is not str:
            if yes_contracts_offered_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        quote_accepted_payload_msg = cls.__new__(cls)
        quote_accepted_payload_msg.market_ticker = market_ticker
        quote_accepted_payload_msg.no_bid_dollars = no_bid_dollars
        quote_accepted_payload_msg.quote_creator_id = quote_creator_id
        quote_accepted_payload_msg.quote_id = quote_id
        quote_accepted_payload_msg.rfq_id = rfq_id
        quote_accepted_payload_msg.yes_bid_dollars = yes_bid_dollars
        quote_accepted_payload_msg.accepted_side = accepted_side
        quote_accepted_payload_msg.contracts_accepted_fp = contracts_accepted_fp
        quote_accepted_payload_msg.event_ticker = event_ticker
        quote_accepted_payload_msg.no_contracts_offered_fp = no_contracts_offered_fp
        quote_accepted_payload_msg.rfq_creator_id = rfq_creator_id
        quote_accepted_payload_msg.rfq_target_cost_dollars = rfq_target_cost_dollars
        quote_accepted_payload_msg.subaccount = subaccount
        quote_accepted_payload_msg.yes_contracts_offered_fp = yes_contracts_offered_fp
        quote_accepted_payload_msg.additional_properties = (
            {} if len(d) == 14 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        quote_accepted_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return quote_accepted_payload_msg

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
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        no_bid_dollars = _pop("no_bid_dollars", MISSING)
        if no_bid_dollars.__class__ is not str:
            no_bid_dollars = unread(no_bid_dollars, "no_bid_dollars", d, _marks)
        quote_creator_id = _pop("quote_creator_id", MISSING)
        if quote_creator_id.__class__ is not str:
            quote_creator_id = unread(quote_creator_id, "quote_creator_id", d, _marks)
        quote_id = _pop("quote_id", MISSING)
        if quote_id.__class__ is not str:
            quote_id = unread(quote_id, "quote_id", d, _marks)
        rfq_id = _pop("rfq_id", MISSING)
        if rfq_id.__class__ is not str:
            rfq_id = unread(rfq_id, "rfq_id", d, _marks)
        yes_bid_dollars = _pop("yes_bid_dollars", MISSING)
        if yes_bid_dollars.__class__ is not str:
            yes_bid_dollars = unread(yes_bid_dollars, "yes_bid_dollars", d, _marks)
        accepted_side = _pop("accepted_side", MISSING)
        if accepted_side.__class__ is not str:
            accepted_side = unread(accepted_side, "accepted_side", d, _marks)
        contracts_accepted_fp = _pop("contracts_accepted_fp", MISSING)
        if contracts_accepted_fp.__class__ is not str:
            contracts_accepted_fp = unread(
                contracts_accepted_fp, "contracts_accepted_fp", d, _marks
            )
        event_ticker = _pop("event_ticker", MISSING)
        if event_ticker.__class__ is not str:
            event_ticker = unread(event_ticker, "event_ticker", d, _marks)
        no_contracts_offered_fp = _pop("no_contracts_offered_fp", MISSING)
        if no_contracts_offered_fp.__class__ is not str:
            no_contracts_offered_fp = unread(
                no_contracts_offered_fp, "no_contracts_offered_fp", d, _marks
            )
        rfq_creator_id = _pop("rfq_creator_id", MISSING)
        if rfq_creator_id.__class__ is not str:
            rfq_creator_id = unread(rfq_creator_id, "rfq_creator_id", d, _marks)
        rfq_target_cost_dollars = _pop("rfq_target_cost_dollars", MISSING)
        if rfq_target_cost_dollars.__class__ is not str:
            rfq_target_cost_dollars = unread(
                rfq_target_cost_dollars, "rfq_target_cost_dollars", d, _marks
            )
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread(subaccount, "subaccount", d, _marks)
        yes_contracts_offered_fp = _pop("yes_contracts_offered_fp", MISSING)
        if yes_contracts_offered_fp.__class__ is not str:
            yes_contracts_offered_fp = unread(
                yes_contracts_offered_fp, "yes_contracts_offered_fp", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        quote_accepted_payload_msg = cls.__new__(cls)
        quote_accepted_payload_msg.market_ticker = market_ticker
        quote_accepted_payload_msg.no_bid_dollars = no_bid_dollars
        quote_accepted_payload_msg.quote_creator_id = quote_creator_id
        quote_accepted_payload_msg.quote_id = quote_id
        quote_accepted_payload_msg.rfq_id = rfq_id
        quote_accepted_payload_msg.yes_bid_dollars = yes_bid_dollars
        quote_accepted_payload_msg.accepted_side = accepted_side
        quote_accepted_payload_msg.contracts_accepted_fp = contracts_accepted_fp
        quote_accepted_payload_msg.event_ticker = event_ticker
        quote_accepted_payload_msg.no_contracts_offered_fp = no_contracts_offered_fp
        quote_accepted_payload_msg.rfq_creator_id = rfq_creator_id
        quote_accepted_payload_msg.rfq_target_cost_dollars = rfq_target_cost_dollars
        quote_accepted_payload_msg.subaccount = subaccount
        quote_accepted_payload_msg.yes_contracts_offered_fp = yes_contracts_offered_fp
        quote_accepted_payload_msg.additional_properties = d
        quote_accepted_payload_msg._nulls = _marks
        return quote_accepted_payload_msg

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
