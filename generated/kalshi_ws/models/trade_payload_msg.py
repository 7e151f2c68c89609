from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="TradePayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "count_fp",
    "is_block_trade",
    "market_ticker",
    "no_price_dollars",
    "taker_book_side",
    "taker_outcome_side",
    "taker_side",
    "trade_id",
    "ts",
    "ts_ms",
    "yes_price_dollars",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class TradePayloadMsg:
    """The `TradePayloadMsg` object.

    Attributes:
        count_fp (str | None)
        is_block_trade (bool | None)
        market_ticker (str | None)
        no_price_dollars (str | None)
        taker_book_side (BookSide | None)
        taker_outcome_side (MarketSide | None)
        taker_side (MarketSide | None)
        trade_id (UUID | None)
        ts (int | None)
        ts_ms (int | None)
        yes_price_dollars (str | None)
    """

    count_fp: str | None = None
    is_block_trade: bool | None = None
    market_ticker: str | None = None
    no_price_dollars: str | None = None
    taker_book_side: BookSide | None = None
    taker_outcome_side: MarketSide | None = None
    taker_side: MarketSide | None = None
    trade_id: UUID | None = None
    ts: int | None = None
    ts_ms: int | None = None
    yes_price_dollars: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.count_fp is not None:
            field_dict["count_fp"] = self.count_fp
        elif "count_fp" in self._nulls:
            field_dict["count_fp"] = None
        if self.is_block_trade is not None:
            field_dict["is_block_trade"] = self.is_block_trade
        elif "is_block_trade" in self._nulls:
            field_dict["is_block_trade"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.no_price_dollars is not None:
            field_dict["no_price_dollars"] = self.no_price_dollars
        elif "no_price_dollars" in self._nulls:
            field_dict["no_price_dollars"] = None
        if self.taker_book_side is not None:
            field_dict["taker_book_side"] = self.taker_book_side
        elif "taker_book_side" in self._nulls:
            field_dict["taker_book_side"] = None
        if self.taker_outcome_side is not None:
            field_dict["taker_outcome_side"] = self.taker_outcome_side
        elif "taker_outcome_side" in self._nulls:
            field_dict["taker_outcome_side"] = None
        if self.taker_side is not None:
            field_dict["taker_side"] = self.taker_side
        elif "taker_side" in self._nulls:
            field_dict["taker_side"] = None
        if self.trade_id is not None:
            field_dict["trade_id"] = str(self.trade_id)
        elif "trade_id" in self._nulls:
            field_dict["trade_id"] = None
        if self.ts is not None:
            field_dict["ts"] = self.ts
        elif "ts" in self._nulls:
            field_dict["ts"] = None
        if self.ts_ms is not None:
            field_dict["ts_ms"] = self.ts_ms
        elif "ts_ms" in self._nulls:
            field_dict["ts_ms"] = None
        if self.yes_price_dollars is not None:
            field_dict["yes_price_dollars"] = self.yes_price_dollars
        elif "yes_price_dollars" in self._nulls:
            field_dict["yes_price_dollars"] = None
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
            count_fp = d["count_fp"]
            is_block_trade = d["is_block_trade"]
            market_ticker = d["market_ticker"]
            no_price_dollars = d["no_price_dollars"]
            taker_book_side = d["taker_book_side"]
            taker_outcome_side = d["taker_outcome_side"]
            taker_side = d["taker_side"]
            trade_id = d["trade_id"]
            ts = d["ts"]
            ts_ms = d["ts_ms"]
            yes_price_dollars = d["yes_price_dollars"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if count_fp.__class__ is not str:
            if count_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if is_block_trade.__class__ is not bool:
            if is_block_trade is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if no_price_dollars.__class__ is not str:
            if no_price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if taker_book_side.__class__ is not str:
            if taker_book_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if taker_outcome_side.__class__ is not str:
            if taker_outcome_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if taker_side.__class__ is not str:
            if taker_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if trade_id.__class__ is str:
            try:
                trade_id = UUID(trade_id)
            except ValueError:
                return cls._read_tolerant(src_dict)
        elif trade_id is None:
            _null |= 128
        else:
            return cls._read_tolerant(src_dict)
        if ts.__class__ is not int:
            if ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if ts_ms.__class__ is not int:
            if ts_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if yes_price_dollars.__class__ is not str:
            if yes_price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        trade_payload_msg = cls.__new__(cls)
        trade_payload_msg.count_fp = count_fp
        trade_payload_msg.is_block_trade = is_block_trade
        trade_payload_msg.market_ticker = market_ticker
        trade_payload_msg.no_price_dollars = no_price_dollars
        trade_payload_msg.taker_book_side = taker_book_side
        trade_payload_msg.taker_outcome_side = taker_outcome_side
        trade_payload_msg.taker_side = taker_side
        trade_payload_msg.trade_id = trade_id
        trade_payload_msg.ts = ts
        trade_payload_msg.ts_ms = ts_ms
        trade_payload_msg.yes_price_dollars = yes_price_dollars
        trade_payload_msg.additional_properties = (
            {} if len(d) == 11 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        trade_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return trade_payload_msg

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
        count_fp = _pop("count_fp", MISSING)
        if count_fp.__class__ is not str:
            count_fp = unread(count_fp, "count_fp", d, _marks)
        is_block_trade = _pop("is_block_trade", MISSING)
        if is_block_trade.__class__ is not bool:
            is_block_trade = unread(is_block_trade, "is_block_trade", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        no_price_dollars = _pop("no_price_dollars", MISSING)
        if no_price_dollars.__class__ is not str:
            no_price_dollars = unread(no_price_dollars, "no_price_dollars", d, _marks)
        taker_book_side = _pop("taker_book_side", MISSING)
        if taker_book_side.__class__ is not str:
            taker_book_side = unread(taker_book_side, "taker_book_side", d, _marks)
        taker_outcome_side = _pop("taker_outcome_side", MISSING)
        if taker_outcome_side.__class__ is not str:
            taker_outcome_side = unread(taker_outcome_side, "taker_outcome_side", d, _marks)
        taker_side = _pop("taker_side", MISSING)
        if taker_side.__class__ is not str:
            taker_side = unread(taker_side, "taker_side", d, _marks)
        trade_id = _pop("trade_id", MISSING)
        if trade_id.__class__ is str:
            try:
                trade_id = UUID(trade_id)
            except ValueError:
                trade_id = unread(trade_id, "trade_id", d, _marks)
        else:
            trade_id = unread(trade_id, "trade_id", d, _marks)
        ts = _pop("ts", MISSING)
        if ts.__class__ is not int:
            ts = unread(ts, "ts", d, _marks)
        ts_ms = _pop("ts_ms", MISSING)
        if ts_ms.__class__ is not int:
            ts_ms = unread(ts_ms, "ts_ms", d, _marks)
        yes_price_dollars = _pop("yes_price_dollars", MISSING)
        if yes_price_dollars.__class__ is not str:
            yes_price_dollars = unread(yes_price_dollars, "yes_price_dollars", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        trade_payload_msg = cls.__new__(cls)
        trade_payload_msg.count_fp = count_fp
        trade_payload_msg.is_block_trade = is_block_trade
        trade_payload_msg.market_ticker = market_ticker
        trade_payload_msg.no_price_dollars = no_price_dollars
        trade_payload_msg.taker_book_side = taker_book_side
        trade_payload_msg.taker_outcome_side = taker_outcome_side
        trade_payload_msg.taker_side = taker_side
        trade_payload_msg.trade_id = trade_id
        trade_payload_msg.ts = ts
        trade_payload_msg.ts_ms = ts_ms
        trade_payload_msg.yes_price_dollars = yes_price_dollars
        trade_payload_msg.additional_properties = d
        trade_payload_msg._nulls = _marks
        return trade_payload_msg

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
