from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.fill_action import FillAction
from ..models.fill_side import FillSide
from ..models.outcome_side import OutcomeSide
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="Fill")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "book_side",
    "count_fp",
    "exchange_index",
    "fee_cost",
    "fill_id",
    "is_taker",
    "market_ticker",
    "no_price_dollars",
    "order_id",
    "outcome_side",
    "ticker",
    "trade_id",
    "yes_price_dollars",
    "action",
    "created_time",
    "side",
    "subaccount_number",
    "ts",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class Fill:
    """The `Fill` object.

    Attributes:
        book_side (BookSide | None)
        count_fp (str | None)
        exchange_index (int | None)
        fee_cost (str | None)
        fill_id (str | None)
        is_taker (bool | None)
        market_ticker (str | None)
        no_price_dollars (str | None)
        order_id (str | None)
        outcome_side (OutcomeSide | None)
        ticker (str | None)
        trade_id (str | None)
        yes_price_dollars (str | None)
        action (FillAction | None)
        created_time (datetime.datetime | None)
        side (FillSide | None)
        subaccount_number (int | None)
        ts (int | None)
    """

    book_side: BookSide | None = None
    count_fp: str | None = None
    exchange_index: int | None = None
    fee_cost: str | None = None
    fill_id: str | None = None
    is_taker: bool | None = None
    market_ticker: str | None = None
    no_price_dollars: str | None = None
    order_id: str | None = None
    outcome_side: OutcomeSide | None = None
    ticker: str | None = None
    trade_id: str | None = None
    yes_price_dollars: str | None = None
    action: FillAction | None = None
    created_time: datetime.datetime | None = None
    side: FillSide | None = None
    subaccount_number: int | None = None
    ts: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.book_side is not None:
            field_dict["book_side"] = self.book_side
        elif "book_side" in self._nulls:
            field_dict["book_side"] = None
        if self.count_fp is not None:
            field_dict["count_fp"] = self.count_fp
        elif "count_fp" in self._nulls:
            field_dict["count_fp"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.fee_cost is not None:
            field_dict["fee_cost"] = self.fee_cost
        elif "fee_cost" in self._nulls:
            field_dict["fee_cost"] = None
        if self.fill_id is not None:
            field_dict["fill_id"] = self.fill_id
        elif "fill_id" in self._nulls:
            field_dict["fill_id"] = None
        if self.is_taker is not None:
            field_dict["is_taker"] = self.is_taker
        elif "is_taker" in self._nulls:
            field_dict["is_taker"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.no_price_dollars is not None:
            field_dict["no_price_dollars"] = self.no_price_dollars
        elif "no_price_dollars" in self._nulls:
            field_dict["no_price_dollars"] = None
        if self.order_id is not None:
            field_dict["order_id"] = self.order_id
        elif "order_id" in self._nulls:
            field_dict["order_id"] = None
        if self.outcome_side is not None:
            field_dict["outcome_side"] = self.outcome_side
        elif "outcome_side" in self._nulls:
            field_dict["outcome_side"] = None
        if self.ticker is not None:
            field_dict["ticker"] = self.ticker
        elif "ticker" in self._nulls:
            field_dict["ticker"] = None
        if self.trade_id is not None:
            field_dict["trade_id"] = self.trade_id
        elif "trade_id" in self._nulls:
            field_dict["trade_id"] = None
        if self.yes_price_dollars is not None:
            field_dict["yes_price_dollars"] = self.yes_price_dollars
        elif "yes_price_dollars" in self._nulls:
            field_dict["yes_price_dollars"] = None
        if self.action is not None:
            field_dict["action"] = self.action
        elif "action" in self._nulls:
            field_dict["action"] = None
        if self.created_time is not None:
            field_dict["created_time"] = self.created_time.isoformat()
        elif "created_time" in self._nulls:
            field_dict["created_time"] = None
        if self.side is not None:
            field_dict["side"] = self.side
        elif "side" in self._nulls:
            field_dict["side"] = None
        if self.subaccount_number is not None:
            field_dict["subaccount_number"] = self.subaccount_number
        elif "subaccount_number" in self._nulls:
            field_dict["subaccount_number"] = None
        if self.ts is not None:
            field_dict["ts"] = self.ts
        elif "ts" in self._nulls:
            field_dict["ts"] = None
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
            book_side = d["book_side"]
            count_fp = d["count_fp"]
            exchange_index = d["exchange_index"]
            fee_cost = d["fee_cost"]
            fill_id = d["fill_id"]
            is_taker = d["is_taker"]
            market_ticker = d["market_ticker"]
            no_price_dollars = d["no_price_dollars"]
            order_id = d["order_id"]
            outcome_side = d["outcome_side"]
            ticker = d["ticker"]
            trade_id = d["trade_id"]
            yes_price_dollars = d["yes_price_dollars"]
            action = d["action"]
            created_time = d["created_time"]
            side = d["side"]
            subaccount_number = d["subaccount_number"]
            ts = d["ts"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if book_side.__class__ is not str:
            if book_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if count_fp.__class__ is not str:
            if count_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if fee_cost.__class__ is not str:
            if fee_cost is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if fill_id.__class__ is not str:
            if fill_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if is_taker.__class__ is not bool:
            if is_taker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if no_price_dollars.__class__ is not str:
            if no_price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if order_id.__class__ is not str:
            if order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if outcome_side.__class__ is not str:
            if outcome_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if ticker.__class__ is not str:
            if ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if trade_id.__class__ is not str:
            if trade_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if yes_price_dollars.__class__ is not str:
            if yes_price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        if action.__class__ is not str:
            if action is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        if created_time.__class__ is not str:
            if created_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        if side.__class__ is not str:
            if side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32768
        if subaccount_number.__class__ is not int:
            if subaccount_number is not None:
                return cls._read_tolerant(src_dict)
            _null |= 65536
        if ts.__class__ is not int:
            if ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 131072
        fill = cls.__new__(cls)
        fill.book_side = book_side
        fill.count_fp = count_fp
        fill.exchange_index = exchange_index
        fill.fee_cost = fee_cost
        fill.fill_id = fill_id
        fill.is_taker = is_taker
        fill.market_ticker = market_ticker
        fill.no_price_dollars = no_price_dollars
        fill.order_id = order_id
        fill.outcome_side = outcome_side
        fill.ticker = ticker
        fill.trade_id = trade_id
        fill.yes_price_dollars = yes_price_dollars
        fill.action = action
        fill._raw_created_time = created_time
        fill.side = side
        fill.subaccount_number = subaccount_number
        fill.ts = ts
        fill._times_kept = True
        fill._raw_additional_properties = (
            {} if len(d) == 18 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        fill._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return fill

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
        book_side = _pop("book_side", MISSING)
        if book_side.__class__ is not str:
            book_side = unread(book_side, "book_side", d, _marks)
        count_fp = _pop("count_fp", MISSING)
        if count_fp.__class__ is not str:
            count_fp = unread(count_fp, "count_fp", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        fee_cost = _pop("fee_cost", MISSING)
        if fee_cost.__class__ is not str:
            fee_cost = unread(fee_cost, "fee_cost", d, _marks)
        fill_id = _pop("fill_id", MISSING)
        if fill_id.__class__ is not str:
            fill_id = unread(fill_id, "fill_id", d, _marks)
        is_taker = _pop("is_taker", MISSING)
        if is_taker.__class__ is not bool:
            is_taker = unread(is_taker, "is_taker", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        no_price_dollars = _pop("no_price_dollars", MISSING)
        if no_price_dollars.__class__ is not str:
            no_price_dollars = unread(no_price_dollars, "no_price_dollars", d, _marks)
        order_id = _pop("order_id", MISSING)
        if order_id.__class__ is not str:
            order_id = unread(order_id, "order_id", d, _marks)
        outcome_side = _pop("outcome_side", MISSING)
        if outcome_side.__class__ is not str:
            outcome_side = unread(outcome_side, "outcome_side", d, _marks)
        ticker = _pop("ticker", MISSING)
        if ticker.__class__ is not str:
            ticker = unread(ticker, "ticker", d, _marks)
        trade_id = _pop("trade_id", MISSING)
        if trade_id.__class__ is not str:
            trade_id = unread(trade_id, "trade_id", d, _marks)
        yes_price_dollars = _pop("yes_price_dollars", MISSING)
        if yes_price_dollars.__class__ is not str:
            yes_price_dollars = unread(yes_price_dollars, "yes_price_dollars", d, _marks)
        action = _pop("action", MISSING)
        if action.__class__ is not str:
            action = unread(action, "action", d, _marks)
        created_time = _pop("created_time", MISSING)
        if created_time.__class__ is str:
            try:
                created_time = datetime.datetime.fromisoformat(created_time)
            except ValueError:
                created_time = unread(created_time, "created_time", d, _marks)
        else:
            created_time = unread(created_time, "created_time", d, _marks)
        side = _pop("side", MISSING)
        if side.__class__ is not str:
            side = unread(side, "side", d, _marks)
        subaccount_number = _pop("subaccount_number", MISSING)
        if subaccount_number.__class__ is not int:
            subaccount_number = unread(subaccount_number, "subaccount_number", d, _marks)
        ts = _pop("ts", MISSING)
        if ts.__class__ is not int:
            ts = unread(ts, "ts", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        fill = cls.__new__(cls)
        fill.book_side = book_side
        fill.count_fp = count_fp
        fill.exchange_index = exchange_index
        fill.fee_cost = fee_cost
        fill.fill_id = fill_id
        fill.is_taker = is_taker
        fill.market_ticker = market_ticker
        fill.no_price_dollars = no_price_dollars
        fill.order_id = order_id
        fill.outcome_side = outcome_side
        fill.ticker = ticker
        fill.trade_id = trade_id
        fill.yes_price_dollars = yes_price_dollars
        fill.action = action
        fill.created_time = created_time
        fill.side = side
        fill.subaccount_number = subaccount_number
        fill.ts = ts
        fill.additional_properties = d
        fill._nulls = _marks
        fill._times_kept = False
        return fill

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
    Fill,
    times={
        "created_time": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
