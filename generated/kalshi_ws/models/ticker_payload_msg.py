from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="TickerPayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "dollar_open_interest",
    "dollar_volume",
    "last_trade_size_fp",
    "market_id",
    "market_ticker",
    "open_interest_fp",
    "price_dollars",
    "time",
    "ts",
    "ts_ms",
    "volume_fp",
    "yes_ask_dollars",
    "yes_ask_size_fp",
    "yes_bid_dollars",
    "yes_bid_size_fp",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class TickerPayloadMsg:
    """The `TickerPayloadMsg` object.

    Attributes:
        dollar_open_interest (int | None)
        dollar_volume (int | None)
        last_trade_size_fp (str | None)
        market_id (UUID | None)
        market_ticker (str | None)
        open_interest_fp (str | None)
        price_dollars (str | None)
        time (datetime.datetime | None)
        ts (int | None)
        ts_ms (int | None)
        volume_fp (str | None)
        yes_ask_dollars (str | None)
        yes_ask_size_fp (str | None)
        yes_bid_dollars (str | None)
        yes_bid_size_fp (str | None)
    """

    dollar_open_interest: int | None = None
    dollar_volume: int | None = None
    last_trade_size_fp: str | None = None
    market_id: UUID | None = None
    market_ticker: str | None = None
    open_interest_fp: str | None = None
    price_dollars: str | None = None
    time: datetime.datetime | None = None
    ts: int | None = None
    ts_ms: int | None = None
    volume_fp: str | None = None
    yes_ask_dollars: str | None = None
    yes_ask_size_fp: str | None = None
    yes_bid_dollars: str | None = None
    yes_bid_size_fp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.dollar_open_interest is not None:
            field_dict["dollar_open_interest"] = self.dollar_open_interest
        elif "dollar_open_interest" in self._nulls:
            field_dict["dollar_open_interest"] = None
        if self.dollar_volume is not None:
            field_dict["dollar_volume"] = self.dollar_volume
        elif "dollar_volume" in self._nulls:
            field_dict["dollar_volume"] = None
        if self.last_trade_size_fp is not None:
            field_dict["last_trade_size_fp"] = self.last_trade_size_fp
        elif "last_trade_size_fp" in self._nulls:
            field_dict["last_trade_size_fp"] = None
        if self.market_id is not None:
            field_dict["market_id"] = str(self.market_id)
        elif "market_id" in self._nulls:
            field_dict["market_id"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.open_interest_fp is not None:
            field_dict["open_interest_fp"] = self.open_interest_fp
        elif "open_interest_fp" in self._nulls:
            field_dict["open_interest_fp"] = None
        if self.price_dollars is not None:
            field_dict["price_dollars"] = self.price_dollars
        elif "price_dollars" in self._nulls:
            field_dict["price_dollars"] = None
        if self.time is not None:
            field_dict["time"] = self.time.isoformat()
        elif "time" in self._nulls:
            field_dict["time"] = None
        if self.ts is not None:
            field_dict["ts"] = self.ts
        elif "ts" in self._nulls:
            field_dict["ts"] = None
        if self.ts_ms is not None:
            field_dict["ts_ms"] = self.ts_ms
        elif "ts_ms" in self._nulls:
            field_dict["ts_ms"] = None
        if self.volume_fp is not None:
            field_dict["volume_fp"] = self.volume_fp
        elif "volume_fp" in self._nulls:
            field_dict["volume_fp"] = None
        if self.yes_ask_dollars is not None:
            field_dict["yes_ask_dollars"] = self.yes_ask_dollars
        elif "yes_ask_dollars" in self._nulls:
            field_dict["yes_ask_dollars"] = None
        if self.yes_ask_size_fp is not None:
            field_dict["yes_ask_size_fp"] = self.yes_ask_size_fp
        elif "yes_ask_size_fp" in self._nulls:
            field_dict["yes_ask_size_fp"] = None
        if self.yes_bid_dollars is not None:
            field_dict["yes_bid_dollars"] = self.yes_bid_dollars
        elif "yes_bid_dollars" in self._nulls:
            field_dict["yes_bid_dollars"] = None
        if self.yes_bid_size_fp is not None:
            field_dict["yes_bid_size_fp"] = self.yes_bid_size_fp
        elif "yes_bid_size_fp" in self._nulls:
            field_dict["yes_bid_size_fp"] = None
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
            dollar_open_interest = d["dollar_open_interest"]
            dollar_volume = d["dollar_volume"]
            last_trade_size_fp = d["last_trade_size_fp"]
            market_id = d["market_id"]
            market_ticker = d["market_ticker"]
            open_interest_fp = d["open_interest_fp"]
            price_dollars = d["price_dollars"]
            time = d["time"]
            ts = d["ts"]
            ts_ms = d["ts_ms"]
            volume_fp = d["volume_fp"]
            yes_ask_dollars = d["yes_ask_dollars"]
            yes_ask_size_fp = d["yes_ask_size_fp"]
            yes_bid_dollars = d["yes_bid_dollars"]
            yes_bid_size_fp = d["yes_bid_size_fp"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if dollar_open_interest.__class__ is not int:
            if dollar_open_interest is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if dollar_volume.__class__ is not int:
            if dollar_volume is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if last_trade_size_fp.__class__ is not str:
            if last_trade_size_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if market_id.__class__ is str:
            try:
                market_id = UUID(market_id)
            except ValueError:
                return cls._read_tolerant(src_dict)
        elif market_id is None:
            _null |= 8
        else:
            return cls._read_tolerant(src_dict)
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if open_interest_fp.__class__ is not str:
            if open_interest_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if price_dollars.__class__ is not str:
            if price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if time.__class__ is not str:
            if time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if ts.__class__ is not int:
            if ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if ts_ms.__class__ is not int:
            if ts_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if volume_fp.__class__ is not str:
            if volume_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if yes_ask_dollars.__class__ is not str:
            if yes_ask_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if yes_ask_size_fp.__class__ is not str:
            if yes_ask_size_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        if yes_bid_dollars.__class__ is not str:
            if yes_bid_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        if yes_bid_size_fp.__class__ is not str:
            if yes_bid_size_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        ticker_payload_msg = cls.__new__(cls)
        ticker_payload_msg.dollar_open_interest = dollar_open_interest
        ticker_payload_msg.dollar_volume = dollar_volume
        ticker_payload_msg.last_trade_size_fp = last_trade_size_fp
        ticker_payload_msg.market_id = market_id
        ticker_payload_msg.market_ticker = market_ticker
        ticker_payload_msg.open_interest_fp = open_interest_fp
        ticker_payload_msg.price_dollars = price_dollars
        ticker_payload_msg._raw_time = time
        ticker_payload_msg.ts = ts
        ticker_payload_msg.ts_ms = ts_ms
        ticker_payload_msg.volume_fp = volume_fp
        ticker_payload_msg.yes_ask_dollars = yes_ask_dollars
        ticker_payload_msg.yes_ask_size_fp = yes_ask_size_fp
        ticker_payload_msg.yes_bid_dollars = yes_bid_dollars
        ticker_payload_msg.yes_bid_size_fp = yes_bid_size_fp
        ticker_payload_msg._times_kept = True
        ticker_payload_msg._raw_additional_properties = (
            {} if len(d) == 15 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        ticker_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return ticker_payload_msg

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
        dollar_open_interest = _pop("dollar_open_interest", MISSING)
        if dollar_open_interest.__class__ is not int:
            dollar_open_interest = unread(dollar_open_interest, "dollar_open_interest", d, _marks)
        dollar_volume = _pop("dollar_volume", MISSING)
        if dollar_volume.__class__ is not int:
            dollar_volume = unread(dollar_volume, "dollar_volume", d, _marks)
        last_trade_size_fp = _pop("last_trade_size_fp", MISSING)
        if last_trade_size_fp.__class__ is not str:
            last_trade_size_fp = unread(last_trade_size_fp, "last_trade_size_fp", d, _marks)
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
        open_interest_fp = _pop("open_interest_fp", MISSING)
        if open_interest_fp.__class__ is not str:
            open_interest_fp = unread(open_interest_fp, "open_interest_fp", d, _marks)
        price_dollars = _pop("price_dollars", MISSING)
        if price_dollars.__class__ is not str:
            price_dollars = unread(price_dollars, "price_dollars", d, _marks)
        time = _pop("time", MISSING)
        if time.__class__ is str:
            try:
                time = datetime.datetime.fromisoformat(time)
            except ValueError:
                time = unread(time, "time", d, _marks)
        else:
            time = unread(time, "time", d, _marks)
        ts = _pop("ts", MISSING)
        if ts.__class__ is not int:
            ts = unread(ts, "ts", d, _marks)
        ts_ms = _pop("ts_ms", MISSING)
        if ts_ms.__class__ is not int:
            ts_ms = unread(ts_ms, "ts_ms", d, _marks)
        volume_fp = _pop("volume_fp", MISSING)
        if volume_fp.__class__ is not str:
            volume_fp = unread(volume_fp, "volume_fp", d, _marks)
        yes_ask_dollars = _pop("yes_ask_dollars", MISSING)
        if yes_ask_dollars.__class__ is not str:
            yes_ask_dollars = unread(yes_ask_dollars, "yes_ask_dollars", d, _marks)
        yes_ask_size_fp = _pop("yes_ask_size_fp", MISSING)
        if yes_ask_size_fp.__class__ is not str:
            yes_ask_size_fp = unread(yes_ask_size_fp, "yes_ask_size_fp", d, _marks)
        yes_bid_dollars = _pop("yes_bid_dollars", MISSING)
        if yes_bid_dollars.__class__ is not str:
            yes_bid_dollars = unread(yes_bid_dollars, "yes_bid_dollars", d, _marks)
        yes_bid_size_fp = _pop("yes_bid_size_fp", MISSING)
        if yes_bid_size_fp.__class__ is not str:
            yes_bid_size_fp = unread(yes_bid_size_fp, "yes_bid_size_fp", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        ticker_payload_msg = cls.__new__(cls)
        ticker_payload_msg.dollar_open_interest = dollar_open_interest
        ticker_payload_msg.dollar_volume = dollar_volume
        ticker_payload_msg.last_trade_size_fp = last_trade_size_fp
        ticker_payload_msg.market_id = market_id
        ticker_payload_msg.market_ticker = market_ticker
        ticker_payload_msg.open_interest_fp = open_interest_fp
        ticker_payload_msg.price_dollars = price_dollars
        ticker_payload_msg.time = time
        ticker_payload_msg.ts = ts
        ticker_payload_msg.ts_ms = ts_ms
        ticker_payload_msg.volume_fp = volume_fp
        ticker_payload_msg.yes_ask_dollars = yes_ask_dollars
        ticker_payload_msg.yes_ask_size_fp = yes_ask_size_fp
        ticker_payload_msg.yes_bid_dollars = yes_bid_dollars
        ticker_payload_msg.yes_bid_size_fp = yes_bid_size_fp
        ticker_payload_msg.additional_properties = d
        ticker_payload_msg._nulls = _marks
        ticker_payload_msg._times_kept = False
        return ticker_payload_msg

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
    TickerPayloadMsg,
    times={
        "time": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
