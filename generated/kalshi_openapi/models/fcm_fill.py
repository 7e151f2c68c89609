from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_side import OutcomeSide
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="FcmFill")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "count_fp",
    "exchange_index",
    "fill_id",
    "taker_outcome_side",
    "ticker",
    "yes_price_dollars",
    "created_time",
    "maker_fee_cost",
    "maker_order_id",
    "maker_subtrader_id",
    "taker_fee_cost",
    "taker_order_id",
    "taker_subtrader_id",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class FcmFill:
    """The `FcmFill` object.

    Attributes:
        count_fp (str | None)
        exchange_index (int | None)
        fill_id (str | None)
        taker_outcome_side (OutcomeSide | None)
        ticker (str | None)
        yes_price_dollars (str | None)
        created_time (datetime.datetime | None)
        maker_fee_cost (str | None)
        maker_order_id (str | None)
        maker_subtrader_id (str | None)
        taker_fee_cost (str | None)
        taker_order_id (str | None)
        taker_subtrader_id (str | None)
    """

    count_fp: str | None = None
    exchange_index: int | None = None
    fill_id: str | None = None
    taker_outcome_side: OutcomeSide | None = None
    ticker: str | None = None
    yes_price_dollars: str | None = None
    created_time: datetime.datetime | None = None
    maker_fee_cost: str | None = None
    maker_order_id: str | None = None
    maker_subtrader_id: str | None = None
    taker_fee_cost: str | None = None
    taker_order_id: str | None = None
    taker_subtrader_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.count_fp is not None:
            field_dict["count_fp"] = self.count_fp
        elif "count_fp" in self._nulls:
            field_dict["count_fp"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.fill_id is not None:
            field_dict["fill_id"] = self.fill_id
        elif "fill_id" in self._nulls:
            field_dict["fill_id"] = None
        if self.taker_outcome_side is not None:
            field_dict["taker_outcome_side"] = self.taker_outcome_side
        elif "taker_outcome_side" in self._nulls:
            field_dict["taker_outcome_side"] = None
        if self.ticker is not None:
            field_dict["ticker"] = self.ticker
        elif "ticker" in self._nulls:
            field_dict["ticker"] = None
        if self.yes_price_dollars is not None:
            field_dict["yes_price_dollars"] = self.yes_price_dollars
        elif "yes_price_dollars" in self._nulls:
            field_dict["yes_price_dollars"] = None
        if self.created_time is not None:
            field_dict["created_time"] = self.created_time.isoformat()
        elif "created_time" in self._nulls:
            field_dict["created_time"] = None
        if self.maker_fee_cost is not None:
            field_dict["maker_fee_cost"] = self.maker_fee_cost
        elif "maker_fee_cost" in self._nulls:
            field_dict["maker_fee_cost"] = None
        if self.maker_order_id is not None:
            field_dict["maker_order_id"] = self.maker_order_id
        elif "maker_order_id" in self._nulls:
            field_dict["maker_order_id"] = None
        if self.maker_subtrader_id is not None:
            field_dict["maker_subtrader_id"] = self.maker_subtrader_id
        elif "maker_subtrader_id" in self._nulls:
            field_dict["maker_subtrader_id"] = None
        if self.taker_fee_cost is not None:
            field_dict["taker_fee_cost"] = self.taker_fee_cost
        elif "taker_fee_cost" in self._nulls:
            field_dict["taker_fee_cost"] = None
        if self.taker_order_id is not None:
            field_dict["taker_order_id"] = self.taker_order_id
        elif "taker_order_id" in self._nulls:
            field_dict["taker_order_id"] = None
        if self.taker_subtrader_id is not None:
            field_dict["taker_subtrader_id"] = self.taker_subtrader_id
        elif "taker_subtrader_id" in self._nulls:
            field_dict["taker_subtrader_id"] = None
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
            exchange_index = d["exchange_index"]
            fill_id = d["fill_id"]
            taker_outcome_side = d["taker_outcome_side"]
            ticker = d["ticker"]
            yes_price_dollars = d["yes_price_dollars"]
            created_time = d["created_time"]
            maker_fee_cost = d["maker_fee_cost"]
            maker_order_id = d["maker_order_id"]
            maker_subtrader_id = d["maker_subtrader_id"]
            taker_fee_cost = d["taker_fee_cost"]
            taker_order_id = d["taker_order_id"]
            taker_subtrader_id = d["taker_subtrader_id"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if count_fp.__class__ is not str:
            if count_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if fill_id.__class__ is not str:
            if fill_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if taker_outcome_side.__class__ is not str:
            if taker_outcome_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if ticker.__class__ is not str:
            if ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if yes_price_dollars.__class__ is not str:
            if yes_price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if created_time.__class__ is not str:
            if created_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if maker_fee_cost.__class__ is not str:
            if maker_fee_cost is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if maker_order_id.__class__ is not str:
            if maker_order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if maker_subtrader_id.__class__ is not str:
            if maker_subtrader_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if taker_fee_cost.__class__ is not str:
            if taker_fee_cost is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if taker_order_id.__class__ is not str:
            if taker_order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if taker_subtrader_id.__class__ is not str:
            if taker_subtrader_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        fcm_fill = cls.__new__(cls)
        fcm_fill.count_fp = count_fp
        fcm_fill.exchange_index = exchange_index
        fcm_fill.fill_id = fill_id
        fcm_fill.taker_outcome_side = taker_outcome_side
        fcm_fill.ticker = ticker
        fcm_fill.yes_price_dollars = yes_price_dollars
        fcm_fill._raw_created_time = created_time
        fcm_fill.maker_fee_cost = maker_fee_cost
        fcm_fill.maker_order_id = maker_order_id
        fcm_fill.maker_subtrader_id = maker_subtrader_id
        fcm_fill.taker_fee_cost = taker_fee_cost
        fcm_fill.taker_order_id = taker_order_id
        fcm_fill.taker_subtrader_id = taker_subtrader_id
        fcm_fill._times_kept = True
        fcm_fill._raw_additional_properties = (
            {} if len(d) == 13 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        fcm_fill._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return fcm_fill

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
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        fill_id = _pop("fill_id", MISSING)
        if fill_id.__class__ is not str:
            fill_id = unread(fill_id, "fill_id", d, _marks)
        taker_outcome_side = _pop("taker_outcome_side", MISSING)
        if taker_outcome_side.__class__ is not str:
            taker_outcome_side = unread(taker_outcome_side, "taker_outcome_side", d, _marks)
        ticker = _pop("ticker", MISSING)
        if ticker.__class__ is not str:
            ticker = unread(ticker, "ticker", d, _marks)
        yes_price_dollars = _pop("yes_price_dollars", MISSING)
        if yes_price_dollars.__class__ is not str:
            yes_price_dollars = unread(yes_price_dollars, "yes_price_dollars", d, _marks)
        created_time = _pop("created_time", MISSING)
        if created_time.__class__ is str:
            try:
                created_time = datetime.datetime.fromisoformat(created_time)
            except ValueError:
                created_time = unread(created_time, "created_time", d, _marks)
        else:
            created_time = unread(created_time, "created_time", d, _marks)
        maker_fee_cost = _pop("maker_fee_cost", MISSING)
        if maker_fee_cost.__class__ is not str:
            maker_fee_cost = unread(maker_fee_cost, "maker_fee_cost", d, _marks)
        maker_order_id = _pop("maker_order_id", MISSING)
        if maker_order_id.__class__ is not str:
            maker_order_id = unread(maker_order_id, "maker_order_id", d, _marks)
        maker_subtrader_id = _pop("maker_subtrader_id", MISSING)
        if maker_subtrader_id.__class__ is not str:
            maker_subtrader_id = unread(maker_subtrader_id, "maker_subtrader_id", d, _marks)
        taker_fee_cost = _pop("taker_fee_cost", MISSING)
        if taker_fee_cost.__class__ is not str:
            taker_fee_cost = unread(taker_fee_cost, "taker_fee_cost", d, _marks)
        taker_order_id = _pop("taker_order_id", MISSING)
        if taker_order_id.__class__ is not str:
            taker_order_id = unread(taker_order_id, "taker_order_id", d, _marks)
        taker_subtrader_id = _pop("taker_subtrader_id", MISSING)
        if taker_subtrader_id.__class__ is not str:
            taker_subtrader_id = unread(taker_subtrader_id, "taker_subtrader_id", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        fcm_fill = cls.__new__(cls)
        fcm_fill.count_fp = count_fp
        fcm_fill.exchange_index = exchange_index
        fcm_fill.fill_id = fill_id
        fcm_fill.taker_outcome_side = taker_outcome_side
        fcm_fill.ticker = ticker
        fcm_fill.yes_price_dollars = yes_price_dollars
        fcm_fill.created_time = created_time
        fcm_fill.maker_fee_cost = maker_fee_cost
        fcm_fill.maker_order_id = maker_order_id
        fcm_fill.maker_subtrader_id = maker_subtrader_id
        fcm_fill.taker_fee_cost = taker_fee_cost
        fcm_fill.taker_order_id = taker_order_id
        fcm_fill.taker_subtrader_id = taker_subtrader_id
        fcm_fill.additional_properties = d
        fcm_fill._nulls = _marks
        fcm_fill._times_kept = False
        return fcm_fill

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
    FcmFill,
    times={
        "created_time": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
