from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_side import MarketSide
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="OrderbookDeltaPayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "delta_fp",
    "market_id",
    "market_ticker",
    "price_dollars",
    "side",
    "client_order_id",
    "subaccount",
    "ts",
    "ts_ms",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class OrderbookDeltaPayloadMsg:
    """The `OrderbookDeltaPayloadMsg` object.

    Attributes:
        delta_fp (str | None)
        market_id (UUID | None)
        market_ticker (str | None)
        price_dollars (str | None)
        side (MarketSide | None)
        client_order_id (str | None)
        subaccount (int | None)
        ts (datetime.datetime | None)
        ts_ms (int | None)
    """

    delta_fp: str | None = None
    market_id: UUID | None = None
    market_ticker: str | None = None
    price_dollars: str | None = None
    side: MarketSide | None = None
    client_order_id: str | None = None
    subaccount: int | None = None
    ts: datetime.datetime | None = None
    ts_ms: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.delta_fp is not None:
            field_dict["delta_fp"] = self.delta_fp
        elif "delta_fp" in self._nulls:
            field_dict["delta_fp"] = None
        if self.market_id is not None:
            field_dict["market_id"] = str(self.market_id)
        elif "market_id" in self._nulls:
            field_dict["market_id"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.price_dollars is not None:
            field_dict["price_dollars"] = self.price_dollars
        elif "price_dollars" in self._nulls:
            field_dict["price_dollars"] = None
        if self.side is not None:
            field_dict["side"] = self.side
        elif "side" in self._nulls:
            field_dict["side"] = None
        if self.client_order_id is not None:
            field_dict["client_order_id"] = self.client_order_id
        elif "client_order_id" in self._nulls:
            field_dict["client_order_id"] = None
        if self.subaccount is not None:
            field_dict["subaccount"] = self.subaccount
        elif "subaccount" in self._nulls:
            field_dict["subaccount"] = None
        if self.ts is not None:
            field_dict["ts"] = self.ts.isoformat()
        elif "ts" in self._nulls:
            field_dict["ts"] = None
        if self.ts_ms is not None:
            field_dict["ts_ms"] = self.ts_ms
        elif "ts_ms" in self._nulls:
            field_dict["ts_ms"] = None
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
            delta_fp = d["delta_fp"]
            market_id = d["market_id"]
            market_ticker = d["market_ticker"]
            price_dollars = d["price_dollars"]
            side = d["side"]
            client_order_id = d["client_order_id"]
            subaccount = d["subaccount"]
            ts = d["ts"]
            ts_ms = d["ts_ms"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if delta_fp.__class__ is not str:
            if delta_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if market_id.__class__ is str:
            try:
                market_id = UUID(market_id)
            except ValueError:
                return cls._read_tolerant(src_dict)
        elif market_id is None:
            _null |= 2
        else:
            return cls._read_tolerant(src_dict)
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if price_dollars.__class__ is not str:
            if price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if side.__class__ is not str:
            if side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if client_order_id.__class__ is not str:
            if client_order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if subaccount.__class__ is not int:
            if subaccount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if ts.__class__ is not str:
            if ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if ts_ms.__class__ is not int:
            if ts_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        orderbook_delta_payload_msg = cls.__new__(cls)
        orderbook_delta_payload_msg.delta_fp = delta_fp
        orderbook_delta_payload_msg.market_id = market_id
        orderbook_delta_payload_msg.market_ticker = market_ticker
        orderbook_delta_payload_msg.price_dollars = price_dollars
        orderbook_delta_payload_msg.side = side
        orderbook_delta_payload_msg.client_order_id = client_order_id
        orderbook_delta_payload_msg.subaccount = subaccount
        orderbook_delta_payload_msg._raw_ts = ts
        orderbook_delta_payload_msg.ts_ms = ts_ms
        orderbook_delta_payload_msg._times_kept = True
        orderbook_delta_payload_msg._raw_additional_properties = (
            {} if len(d) == 9 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        orderbook_delta_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return orderbook_delta_payload_msg

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
        delta_fp = _pop("delta_fp", MISSING)
        if delta_fp.__class__ is not str:
            delta_fp = unread(delta_fp, "delta_fp", d, _marks)
        market_id = _pop("market_id", MISSING)
        if market_id.__class__ is str:
            try:
                market_id = UUID(market_id)
            except ValueError:
                market_id = unread(market_id, "market_id", d, _marks)
        else:
            market_id = unread(market_id, "market_id", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        price_dollars = _pop("price_dollars", MISSING)
        if price_dollars.__class__ is not str:
            price_dollars = unread(price_dollars, "price_dollars", d, _marks)
        side = _pop("side", MISSING)
        if side.__class__ is not str:
            side = unread(side, "side", d, _marks)
        client_order_id = _pop("client_order_id", MISSING)
        if client_order_id.__class__ is not str:
            client_order_id = unread(client_order_id, "client_order_id", d, _marks)
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread(subaccount, "subaccount", d, _marks)
        ts = _pop("ts", MISSING)
        if ts.__class__ is str:
            try:
                ts = datetime.datetime.fromisoformat(ts)
            except ValueError:
                ts = unread(ts, "ts", d, _marks)
        else:
            ts = unread(ts, "ts", d, _marks)
        ts_ms = _pop("ts_ms", MISSING)
        if ts_ms.__class__ is not int:
            ts_ms = unread(ts_ms, "ts_ms", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        orderbook_delta_payload_msg = cls.__new__(cls)
        orderbook_delta_payload_msg.delta_fp = delta_fp
        orderbook_delta_payload_msg.market_id = market_id
        orderbook_delta_payload_msg.market_ticker = market_ticker
        orderbook_delta_payload_msg.price_dollars = price_dollars
        orderbook_delta_payload_msg.side = side
        orderbook_delta_payload_msg.client_order_id = client_order_id
        orderbook_delta_payload_msg.subaccount = subaccount
        orderbook_delta_payload_msg.ts = ts
        orderbook_delta_payload_msg.ts_ms = ts_ms
        orderbook_delta_payload_msg.additional_properties = d
        orderbook_delta_payload_msg._nulls = _marks
        orderbook_delta_payload_msg._times_kept = False
        return orderbook_delta_payload_msg

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
    OrderbookDeltaPayloadMsg,
    times={
        "ts": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
