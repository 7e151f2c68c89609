from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="GetHistoricalCutoffResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "market_settled_ts",
    "orders_updated_ts",
    "trades_created_ts",
    "market_positions_last_updated_ts",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class GetHistoricalCutoffResponse:
    """The `GetHistoricalCutoffResponse` object.

    Attributes:
        market_settled_ts (datetime.datetime | None)
        orders_updated_ts (datetime.datetime | None)
        trades_created_ts (datetime.datetime | None)
        market_positions_last_updated_ts (datetime.datetime | None)
    """

    market_settled_ts: datetime.datetime | None = None
    orders_updated_ts: datetime.datetime | None = None
    trades_created_ts: datetime.datetime | None = None
    market_positions_last_updated_ts: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.market_settled_ts is not None:
            field_dict["market_settled_ts"] = self.market_settled_ts.isoformat()
        elif "market_settled_ts" in self._nulls:
            field_dict["market_settled_ts"] = None
        if self.orders_updated_ts is not None:
            field_dict["orders_updated_ts"] = self.orders_updated_ts.isoformat()
        elif "orders_updated_ts" in self._nulls:
            field_dict["orders_updated_ts"] = None
        if self.trades_created_ts is not None:
            field_dict["trades_created_ts"] = self.trades_created_ts.isoformat()
        elif "trades_created_ts" in self._nulls:
            field_dict["trades_created_ts"] = None
        if self.market_positions_last_updated_ts is not None:
            field_dict["market_positions_last_updated_ts"] = (
                self.market_positions_last_updated_ts.isoformat()
            )
        elif "market_positions_last_updated_ts" in self._nulls:
            field_dict["market_positions_last_updated_ts"] = None
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
            market_settled_ts = d["market_settled_ts"]
            orders_updated_ts = d["orders_updated_ts"]
            trades_created_ts = d["trades_created_ts"]
            market_positions_last_updated_ts = d["market_positions_last_updated_ts"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if market_settled_ts.__class__ is not str:
            if market_settled_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if orders_updated_ts.__class__ is not str:
            if orders_updated_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if trades_created_ts.__class__ is not str:
            if trades_created_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if market_positions_last_updated_ts.__class__ is not str:
            if market_positions_last_updated_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        get_historical_cutoff_response = cls.__new__(cls)
        get_historical_cutoff_response._raw_market_settled_ts = market_settled_ts
        get_historical_cutoff_response._raw_orders_updated_ts = orders_updated_ts
        get_historical_cutoff_response._raw_trades_created_ts = trades_created_ts
        get_historical_cutoff_response._raw_market_positions_last_updated_ts = (
            market_positions_last_updated_ts
        )
        get_historical_cutoff_response._times_kept = True
        get_historical_cutoff_response._raw_additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        get_historical_cutoff_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return get_historical_cutoff_response

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
        market_settled_ts = _pop("market_settled_ts", MISSING)
        if market_settled_ts.__class__ is str:
            try:
                market_settled_ts = datetime.datetime.fromisoformat(market_settled_ts)
            except ValueError:
                market_settled_ts = unread(market_settled_ts, "market_settled_ts", d, _marks)
        else:
            market_settled_ts = unread(market_settled_ts, "market_settled_ts", d, _marks)
        orders_updated_ts = _pop("orders_updated_ts", MISSING)
        if orders_updated_ts.__class__ is str:
            try:
                orders_updated_ts = datetime.datetime.fromisoformat(orders_updated_ts)
            except ValueError:
                orders_updated_ts = unread(orders_updated_ts, "orders_updated_ts", d, _marks)
        else:
            orders_updated_ts = unread(orders_updated_ts, "orders_updated_ts", d, _marks)
        trades_created_ts = _pop("trades_created_ts", MISSING)
        if trades_created_ts.__class__ is str:
            try:
                trades_created_ts = datetime.datetime.fromisoformat(trades_created_ts)
            except ValueError:
                trades_created_ts = unread(trades_created_ts, "trades_created_ts", d, _marks)
        else:
            trades_created_ts = unread(trades_created_ts, "trades_created_ts", d, _marks)
        market_positions_last_updated_ts = _pop("market_positions_last_updated_ts", MISSING)
        if market_positions_last_updated_ts.__class__ is str:
            try:
                market_positions_last_updated_ts = datetime.datetime.fromisoformat(
                    market_positions_last_updated_ts
                )
            except ValueError:
                market_positions_last_updated_ts = unread(
                    market_positions_last_updated_ts, "market_positions_last_updated_ts", d, _marks
                )
        else:
            market_positions_last_updated_ts = unread(
                market_positions_last_updated_ts, "market_positions_last_updated_ts", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        get_historical_cutoff_response = cls.__new__(cls)
        get_historical_cutoff_response.market_settled_ts = market_settled_ts
        get_historical_cutoff_response.orders_updated_ts = orders_updated_ts
        get_historical_cutoff_response.trades_created_ts = trades_created_ts
        get_historical_cutoff_response.market_positions_last_updated_ts = (
            market_positions_last_updated_ts
        )
        get_historical_cutoff_response.additional_properties = d
        get_historical_cutoff_response._nulls = _marks
        get_historical_cutoff_response._times_kept = False
        return get_historical_cutoff_response

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
    GetHistoricalCutoffResponse,
    times={
        "market_settled_ts": datetime.datetime.fromisoformat,
        "orders_updated_ts": datetime.datetime.fromisoformat,
        "trades_created_ts": datetime.datetime.fromisoformat,
        "market_positions_last_updated_ts": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
