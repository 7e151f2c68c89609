from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="SeriesFeeChange")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "fee_multiplier",
    "fee_type",
    "id",
    "scheduled_ts",
    "series_ticker",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class SeriesFeeChange:
    """The `SeriesFeeChange` object.

    Attributes:
        fee_multiplier (float | None)
        fee_type (FeeType | None)
        id (str | None)
        scheduled_ts (datetime.datetime | None)
        series_ticker (str | None)
    """

    fee_multiplier: float | None = None
    fee_type: FeeType | None = None
    id: str | None = None
    scheduled_ts: datetime.datetime | None = None
    series_ticker: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.fee_multiplier is not None:
            field_dict["fee_multiplier"] = self.fee_multiplier
        elif "fee_multiplier" in self._nulls:
            field_dict["fee_multiplier"] = None
        if self.fee_type is not None:
            field_dict["fee_type"] = self.fee_type
        elif "fee_type" in self._nulls:
            field_dict["fee_type"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.scheduled_ts is not None:
            field_dict["scheduled_ts"] = self.scheduled_ts.isoformat()
        elif "scheduled_ts" in self._nulls:
            field_dict["scheduled_ts"] = None
        if self.series_ticker is not None:
            field_dict["series_ticker"] = self.series_ticker
        elif "series_ticker" in self._nulls:
            field_dict["series_ticker"] = None
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
            fee_multiplier = d["fee_multiplier"]
            fee_type = d["fee_type"]
            id = d["id"]
            scheduled_ts = d["scheduled_ts"]
            series_ticker = d["series_ticker"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if fee_multiplier.__class__ is not float and fee_multiplier.__class__ is not int:
            if fee_multiplier is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if fee_type.__class__ is not str:
            if fee_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if id.__class__ is not str:
            if id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if scheduled_ts.__class__ is not str:
            if scheduled_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if series_ticker.__class__ is not str:
            if series_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        series_fee_change = cls.__new__(cls)
        series_fee_change.fee_multiplier = fee_multiplier
        series_fee_change.fee_type = fee_type
        series_fee_change.id = id
        series_fee_change._raw_scheduled_ts = scheduled_ts
        series_fee_change.series_ticker = series_ticker
        series_fee_change._times_kept = True
        series_fee_change._raw_additional_properties = (
            {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        series_fee_change._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return series_fee_change

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
        fee_multiplier = _pop("fee_multiplier", MISSING)
        if fee_multiplier.__class__ is not float and fee_multiplier.__class__ is not int:
            fee_multiplier = unread(fee_multiplier, "fee_multiplier", d, _marks)
        fee_type = _pop("fee_type", MISSING)
        if fee_type.__class__ is not str:
            fee_type = unread(fee_type, "fee_type", d, _marks)
        id = _pop("id", MISSING)
        if id.__class__ is not str:
            id = unread(id, "id", d, _marks)
        scheduled_ts = _pop("scheduled_ts", MISSING)
        if scheduled_ts.__class__ is str:
            try:
                scheduled_ts = datetime.datetime.fromisoformat(scheduled_ts)
            except ValueError:
                scheduled_ts = unread(scheduled_ts, "scheduled_ts", d, _marks)
        else:
            scheduled_ts = unread(scheduled_ts, "scheduled_ts", d, _marks)
        series_ticker = _pop("series_ticker", MISSING)
        if series_ticker.__class__ is not str:
            series_ticker = unread(series_ticker, "series_ticker", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        series_fee_change = cls.__new__(cls)
        series_fee_change.fee_multiplier = fee_multiplier
        series_fee_change.fee_type = fee_type
        series_fee_change.id = id
        series_fee_change.scheduled_ts = scheduled_ts
        series_fee_change.series_ticker = series_ticker
        series_fee_change.additional_properties = d
        series_fee_change._nulls = _marks
        series_fee_change._times_kept = False
        return series_fee_change

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
    SeriesFeeChange,
    times={
        "scheduled_ts": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
