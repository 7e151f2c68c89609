from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_market_result import SettlementMarketResult
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="Settlement")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "event_ticker",
    "exchange_index",
    "fee_cost",
    "market_result",
    "no_count_fp",
    "no_total_cost_dollars",
    "revenue",
    "settled_time",
    "ticker",
    "yes_count_fp",
    "yes_total_cost_dollars",
    "value",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class Settlement:
    """The `Settlement` object.

    Attributes:
        event_ticker (str | None)
        exchange_index (int | None)
        fee_cost (str | None)
        market_result (SettlementMarketResult | None)
        no_count_fp (str | None)
        no_total_cost_dollars (str | None)
        revenue (int | None)
        settled_time (datetime.datetime | None)
        ticker (str | None)
        yes_count_fp (str | None)
        yes_total_cost_dollars (str | None)
        value (int | None)
    """

    event_ticker: str | None = None
    exchange_index: int | None = None
    fee_cost: str | None = None
    market_result: SettlementMarketResult | None = None
    no_count_fp: str | None = None
    no_total_cost_dollars: str | None = None
    revenue: int | None = None
    settled_time: datetime.datetime | None = None
    ticker: str | None = None
    yes_count_fp: str | None = None
    yes_total_cost_dollars: str | None = None
    value: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.event_ticker is not None:
            field_dict["event_ticker"] = self.event_ticker
        elif "event_ticker" in self._nulls:
            field_dict["event_ticker"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.fee_cost is not None:
            field_dict["fee_cost"] = self.fee_cost
        elif "fee_cost" in self._nulls:
            field_dict["fee_cost"] = None
        if self.market_result is not None:
            field_dict["market_result"] = self.market_result
        elif "market_result" in self._nulls:
            field_dict["market_result"] = None
        if self.no_count_fp is not None:
            field_dict["no_count_fp"] = self.no_count_fp
        elif "no_count_fp" in self._nulls:
            field_dict["no_count_fp"] = None
        if self.no_total_cost_dollars is not None:
            field_dict["no_total_cost_dollars"] = self.no_total_cost_dollars
        elif "no_total_cost_dollars" in self._nulls:
            field_dict["no_total_cost_dollars"] = None
        if self.revenue is not None:
            field_dict["revenue"] = self.revenue
        elif "revenue" in self._nulls:
            field_dict["revenue"] = None
        if self.settled_time is not None:
            field_dict["settled_time"] = self.settled_time.isoformat()
        elif "settled_time" in self._nulls:
            field_dict["settled_time"] = None
        if self.ticker is not None:
            field_dict["ticker"] = self.ticker
        elif "ticker" in self._nulls:
            field_dict["ticker"] = None
        if self.yes_count_fp is not None:
            field_dict["yes_count_fp"] = self.yes_count_fp
        elif "yes_count_fp" in self._nulls:
            field_dict["yes_count_fp"] = None
        if self.yes_total_cost_dollars is not None:
            field_dict["yes_total_cost_dollars"] = self.yes_total_cost_dollars
        elif "yes_total_cost_dollars" in self._nulls:
            field_dict["yes_total_cost_dollars"] = None
        if self.value is not None:
            field_dict["value"] = self.value
        elif "value" in self._nulls:
            field_dict["value"] = None
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
            event_ticker = d["event_ticker"]
            exchange_index = d["exchange_index"]
            fee_cost = d["fee_cost"]
            market_result = d["market_result"]
            no_count_fp = d["no_count_fp"]
            no_total_cost_dollars = d["no_total_cost_dollars"]
            revenue = d["revenue"]
            settled_time = d["settled_time"]
            ticker = d["ticker"]
            yes_count_fp = d["yes_count_fp"]
            yes_total_cost_dollars = d["yes_total_cost_dollars"]
            value = d["value"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if event_ticker.__class__ is not str:
            if event_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if fee_cost.__class__ is not str:
            if fee_cost is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if market_result.__class__ is not str:
            if market_result is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if no_count_fp.__class__ is not str:
            if no_count_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if no_total_cost_dollars.__class__ is not str:
            if no_total_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if revenue.__class__ is not int:
            if revenue is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if settled_time.__class__ is not str:
            if settled_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if ticker.__class__ is not str:
            if ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if yes_count_fp.__class__ is not str:
            if yes_count_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if yes_total_cost_dollars.__class__ is not str:
            if yes_total_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if value.__class__ is not int:
            if value is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        settlement = cls.__new__(cls)
        settlement.event_ticker = event_ticker
        settlement.exchange_index = exchange_index
        settlement.fee_cost = fee_cost
        settlement.market_result = market_result
        settlement.no_count_fp = no_count_fp
        settlement.no_total_cost_dollars = no_total_cost_dollars
        settlement.revenue = revenue
        settlement._raw_settled_time = settled_time
        settlement.ticker = ticker
        settlement.yes_count_fp = yes_count_fp
        settlement.yes_total_cost_dollars = yes_total_cost_dollars
        settlement.value = value
        settlement._times_kept = True
        settlement._raw_additional_properties = (
            {} if len(d) == 12 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        settlement._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return settlement

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
        event_ticker = _pop("event_ticker", MISSING)
        if event_ticker.__class__ is not str:
            event_ticker = unread(event_ticker, "event_ticker", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        fee_cost = _pop("fee_cost", MISSING)
        if fee_cost.__class__ is not str:
            fee_cost = unread(fee_cost, "fee_cost", d, _marks)
        market_result = _pop("market_result", MISSING)
        if market_result.__class__ is not str:
            market_result = unread(market_result, "market_result", d, _marks)
        no_count_fp = _pop("no_count_fp", MISSING)
        if no_count_fp.__class__ is not str:
            no_count_fp = unread(no_count_fp, "no_count_fp", d, _marks)
        no_total_cost_dollars = _pop("no_total_cost_dollars", MISSING)
        if no_total_cost_dollars.__class__ is not str:
            no_total_cost_dollars = unread(
                no_total_cost_dollars, "no_total_cost_dollars", d, _marks
            )
        revenue = _pop("revenue", MISSING)
        if revenue.__class__ is not int:
            revenue = unread(revenue, "revenue", d, _marks)
        settled_time = _pop("settled_time", MISSING)
        if settled_time.__class__ is str:
            try:
                settled_time = datetime.datetime.fromisoformat(settled_time)
            except ValueError:
                settled_time = unread(settled_time, "settled_time", d, _marks)
        else:
            settled_time = unread(settled_time, "settled_time", d, _marks)
        ticker = _pop("ticker", MISSING)
        if ticker.__class__ is not str:
            ticker = unread(ticker, "ticker", d, _marks)
        yes_count_fp = _pop("yes_count_fp", MISSING)
        if yes_count_fp.__class__ is not str:
            yes_count_fp = unread(yes_count_fp, "yes_count_fp", d, _marks)
        yes_total_cost_dollars = _pop("yes_total_cost_dollars", MISSING)
        if yes_total_cost_dollars.__class__ is not str:
            yes_total_cost_dollars = unread(
                yes_total_cost_dollars, "yes_total_cost_dollars", d, _marks
            )
        value = _pop("value", MISSING)
        if value.__class__ is not int:
            value = unread(value, "value", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        settlement = cls.__new__(cls)
        settlement.event_ticker = event_ticker
        settlement.exchange_index = exchange_index
        settlement.fee_cost = fee_cost
        settlement.market_result = market_result
        settlement.no_count_fp = no_count_fp
        settlement.no_total_cost_dollars = no_total_cost_dollars
        settlement.revenue = revenue
        settlement.settled_time = settled_time
        settlement.ticker = ticker
        settlement.yes_count_fp = yes_count_fp
        settlement.yes_total_cost_dollars = yes_total_cost_dollars
        settlement.value = value
        settlement.additional_properties = d
        settlement._nulls = _marks
        settlement._times_kept = False
        return settlement

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
    Settlement,
    times={
        "settled_time": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
