from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="MarketPosition")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "exchange_index",
    "fees_paid_dollars",
    "last_updated_ts",
    "market_exposure_dollars",
    "position_fp",
    "realized_pnl_dollars",
    "ticker",
    "total_traded_dollars",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class MarketPosition:
    """The `MarketPosition` object.

    Attributes:
        exchange_index (int | None)
        fees_paid_dollars (str | None)
        last_updated_ts (datetime.datetime | None)
        market_exposure_dollars (str | None)
        position_fp (str | None)
        realized_pnl_dollars (str | None)
        ticker (str | None)
        total_traded_dollars (str | None)
    """

    exchange_index: int | None = None
    fees_paid_dollars: str | None = None
    last_updated_ts: datetime.datetime | None = None
    market_exposure_dollars: str | None = None
    position_fp: str | None = None
    realized_pnl_dollars: str | None = None
    ticker: str | None = None
    total_traded_dollars: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.fees_paid_dollars is not None:
            field_dict["fees_paid_dollars"] = self.fees_paid_dollars
        elif "fees_paid_dollars" in self._nulls:
            field_dict["fees_paid_dollars"] = None
        if self.last_updated_ts is not None:
            field_dict["last_updated_ts"] = self.last_updated_ts.isoformat()
        elif "last_updated_ts" in self._nulls:
            field_dict["last_updated_ts"] = None
        if self.market_exposure_dollars is not None:
            field_dict["market_exposure_dollars"] = self.market_exposure_dollars
        elif "market_exposure_dollars" in self._nulls:
            field_dict["market_exposure_dollars"] = None
        if self.position_fp is not None:
            field_dict["position_fp"] = self.position_fp
        elif "position_fp" in self._nulls:
            field_dict["position_fp"] = None
        if self.realized_pnl_dollars is not None:
            field_dict["realized_pnl_dollars"] = self.realized_pnl_dollars
        elif "realized_pnl_dollars" in self._nulls:
            field_dict["realized_pnl_dollars"] = None
        if self.ticker is not None:
            field_dict["ticker"] = self.ticker
        elif "ticker" in self._nulls:
            field_dict["ticker"] = None
        if self.total_traded_dollars is not None:
            field_dict["total_traded_dollars"] = self.total_traded_dollars
        elif "total_traded_dollars" in self._nulls:
            field_dict["total_traded_dollars"] = None
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
            exchange_index = d["exchange_index"]
            fees_paid_dollars = d["fees_paid_dollars"]
            last_updated_ts = d["last_updated_ts"]
            market_exposure_dollars = d["market_exposure_dollars"]
            position_fp = d["position_fp"]
            realized_pnl_dollars = d["realized_pnl_dollars"]
            ticker = d["ticker"]
            total_traded_dollars = d["total_traded_dollars"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if fees_paid_dollars.__class__ is not str:
            if fees_paid_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if last_updated_ts.__class__ is not str:
            if last_updated_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if market_exposure_dollars.__class__ is not str:
            if market_exposure_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if position_fp.__class__ is not str:
            if position_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if realized_pnl_dollars.__class__ is not str:
            if realized_pnl_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if ticker.__class__ is not str:
            if ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if total_traded_dollars.__class__ is not str:
            if total_traded_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        market_position = cls.__new__(cls)
        market_position.exchange_index = exchange_index
        market_position.fees_paid_dollars = fees_paid_dollars
        market_position._raw_last_updated_ts = last_updated_ts
        market_position.market_exposure_dollars = market_exposure_dollars
        market_position.position_fp = position_fp
        market_position.realized_pnl_dollars = realized_pnl_dollars
        market_position.ticker = ticker
        market_position.total_traded_dollars = total_traded_dollars
        market_position._times_kept = True
        market_position._raw_additional_properties = (
            {} if len(d) == 8 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        market_position._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return market_position

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
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        fees_paid_dollars = _pop("fees_paid_dollars", MISSING)
        if fees_paid_dollars.__class__ is not str:
            fees_paid_dollars = unread(fees_paid_dollars, "fees_paid_dollars", d, _marks)
        last_updated_ts = _pop("last_updated_ts", MISSING)
        if last_updated_ts.__class__ is str:
            try:
                last_updated_ts = datetime.datetime.fromisoformat(last_updated_ts)
            except ValueError:
                last_updated_ts = unread(last_updated_ts, "last_updated_ts", d, _marks)
        else:
            last_updated_ts = unread(last_updated_ts, "last_updated_ts", d, _marks)
        market_exposure_dollars = _pop("market_exposure_dollars", MISSING)
        if market_exposure_dollars.__class__ is not str:
            market_exposure_dollars = unread(
                market_exposure_dollars, "market_exposure_dollars", d, _marks
            )
        position_fp = _pop("position_fp", MISSING)
        if position_fp.__class__ is not str:
            position_fp = unread(position_fp, "position_fp", d, _marks)
        realized_pnl_dollars = _pop("realized_pnl_dollars", MISSING)
        if realized_pnl_dollars.__class__ is not str:
            realized_pnl_dollars = unread(realized_pnl_dollars, "realized_pnl_dollars", d, _marks)
        ticker = _pop("ticker", MISSING)
        if ticker.__class__ is not str:
            ticker = unread(ticker, "ticker", d, _marks)
        total_traded_dollars = _pop("total_traded_dollars", MISSING)
        if total_traded_dollars.__class__ is not str:
            total_traded_dollars = unread(total_traded_dollars, "total_traded_dollars", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        market_position = cls.__new__(cls)
        market_position.exchange_index = exchange_index
        market_position.fees_paid_dollars = fees_paid_dollars
        market_position.last_updated_ts = last_updated_ts
        market_position.market_exposure_dollars = market_exposure_dollars
        market_position.position_fp = position_fp
        market_position.realized_pnl_dollars = realized_pnl_dollars
        market_position.ticker = ticker
        market_position.total_traded_dollars = total_traded_dollars
        market_position.additional_properties = d
        market_position._nulls = _marks
        market_position._times_kept = False
        return market_position

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
    MarketPosition,
    times={
        "last_updated_ts": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
