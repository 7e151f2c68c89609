from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="QuoteExecutedPayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "client_order_id",
    "executed_ts",
    "market_ticker",
    "order_id",
    "quote_creator_id",
    "quote_id",
    "rfq_creator_id",
    "rfq_id",
    "subaccount",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class QuoteExecutedPayloadMsg:
    """The `QuoteExecutedPayloadMsg` object.

    Attributes:
        client_order_id (str | None)
        executed_ts (datetime.datetime | None)
        market_ticker (str | None)
        order_id (str | None)
        quote_creator_id (str | None)
        quote_id (str | None)
        rfq_creator_id (str | None)
        rfq_id (str | None)
        subaccount (int | None)
    """

    client_order_id: str | None = None
    executed_ts: datetime.datetime | None = None
    market_ticker: str | None = None
    order_id: str | None = None
    quote_creator_id: str | None = None
    quote_id: str | None = None
    rfq_creator_id: str | None = None
    rfq_id: str | None = None
    subaccount: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.client_order_id is not None:
            field_dict["client_order_id"] = self.client_order_id
        elif "client_order_id" in self._nulls:
            field_dict["client_order_id"] = None
        if self.executed_ts is not None:
            field_dict["executed_ts"] = self.executed_ts.isoformat()
        elif "executed_ts" in self._nulls:
            field_dict["executed_ts"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.order_id is not None:
            field_dict["order_id"] = self.order_id
        elif "order_id" in self._nulls:
            field_dict["order_id"] = None
        if self.quote_creator_id is not None:
            field_dict["quote_creator_id"] = self.quote_creator_id
        elif "quote_creator_id" in self._nulls:
            field_dict["quote_creator_id"] = None
        if self.quote_id is not None:
            field_dict["quote_id"] = self.quote_id
        elif "quote_id" in self._nulls:
            field_dict["quote_id"] = None
        if self.rfq_creator_id is not None:
            field_dict["rfq_creator_id"] = self.rfq_creator_id
        elif "rfq_creator_id" in self._nulls:
            field_dict["rfq_creator_id"] = None
        if self.rfq_id is not None:
            field_dict["rfq_id"] = self.rfq_id
        elif "rfq_id" in self._nulls:
            field_dict["rfq_id"] = None
        if self.subaccount is not None:
            field_dict["subaccount"] = self.subaccount
        elif "subaccount" in self._nulls:
            field_dict["subaccount"] = None
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
            client_order_id = d["client_order_id"]
            executed_ts = d["executed_ts"]
            market_ticker = d["market_ticker"]
            order_id = d["order_id"]
            quote_creator_id = d["quote_creator_id"]
            quote_id = d["quote_id"]
            rfq_creator_id = d["rfq_creator_id"]
            rfq_id = d["rfq_id"]
            subaccount = d["subaccount"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if client_order_id.__class__ is not str:
            if client_order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if executed_ts.__class__ is not str:
            if executed_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if order_id.__class__ is not str:
            if order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if quote_creator_id.__class__ is not str:
            if quote_creator_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if quote_id.__class__ is not str:
            if quote_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if rfq_creator_id.__class__ is not str:
            if rfq_creator_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if rfq_id.__class__ is not str:
            if rfq_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if subaccount.__class__ is not int:
            if subaccount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        quote_executed_payload_msg = cls.__new__(cls)
        quote_executed_payload_msg.client_order_id = client_order_id
        quote_executed_payload_msg._raw_executed_ts = executed_ts
        quote_executed_payload_msg.market_ticker = market_ticker
        quote_executed_payload_msg.order_id = order_id
        quote_executed_payload_msg.quote_creator_id = quote_creator_id
        quote_executed_payload_msg.quote_id = quote_id
        quote_executed_payload_msg.rfq_creator_id = rfq_creator_id
        quote_executed_payload_msg.rfq_id = rfq_id
        quote_executed_payload_msg.subaccount = subaccount
        quote_executed_payload_msg._times_kept = True
        quote_executed_payload_msg._raw_additional_properties = (
            {} if len(d) == 9 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        quote_executed_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return quote_executed_payload_msg

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
        client_order_id = _pop("client_order_id", MISSING)
        if client_order_id.__class__ is not str:
            client_order_id = unread(client_order_id, "client_order_id", d, _marks)
        executed_ts = _pop("executed_ts", MISSING)
        if executed_ts.__class__ is str:
            try:
                executed_ts = datetime.datetime.fromisoformat(executed_ts)
            except ValueError:
                executed_ts = unread(executed_ts, "executed_ts", d, _marks)
        else:
            executed_ts = unread(executed_ts, "executed_ts", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        order_id = _pop("order_id", MISSING)
        if order_id.__class__ is not str:
            order_id = unread(order_id, "order_id", d, _marks)
        quote_creator_id = _pop("quote_creator_id", MISSING)
        if quote_creator_id.__class__ is not str:
            quote_creator_id = unread(quote_creator_id, "quote_creator_id", d, _marks)
        quote_id = _pop("quote_id", MISSING)
        if quote_id.__class__ is not str:
            quote_id = unread(quote_id, "quote_id", d, _marks)
        rfq_creator_id = _pop("rfq_creator_id", MISSING)
        if rfq_creator_id.__class__ is not str:
            rfq_creator_id = unread(rfq_creator_id, "rfq_creator_id", d, _marks)
        rfq_id = _pop("rfq_id", MISSING)
        if rfq_id.__class__ is not str:
            rfq_id = unread(rfq_id, "rfq_id", d, _marks)
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread(subaccount, "subaccount", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        quote_executed_payload_msg = cls.__new__(cls)
        quote_executed_payload_msg.client_order_id = client_order_id
        quote_executed_payload_msg.executed_ts = executed_ts
        quote_executed_payload_msg.market_ticker = market_ticker
        quote_executed_payload_msg.order_id = order_id
        quote_executed_payload_msg.quote_creator_id = quote_creator_id
        quote_executed_payload_msg.quote_id = quote_id
        quote_executed_payload_msg.rfq_creator_id = rfq_creator_id
        quote_executed_payload_msg.rfq_id = rfq_id
        quote_executed_payload_msg.subaccount = subaccount
        quote_executed_payload_msg.additional_properties = d
        quote_executed_payload_msg._nulls = _marks
        quote_executed_payload_msg._times_kept = False
        return quote_executed_payload_msg

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
    QuoteExecutedPayloadMsg,
    times={
        "executed_ts": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
