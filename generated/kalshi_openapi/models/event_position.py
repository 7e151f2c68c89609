from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="EventPosition")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "event_exposure_dollars",
    "event_ticker",
    "fees_paid_dollars",
    "realized_pnl_dollars",
    "total_cost_dollars",
    "total_cost_shares_fp",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class EventPosition:
    """The `EventPosition` object.

    Attributes:
        event_exposure_dollars (str | None)
        event_ticker (str | None)
        fees_paid_dollars (str | None)
        realized_pnl_dollars (str | None)
        total_cost_dollars (str | None)
        total_cost_shares_fp (str | None)
    """

    event_exposure_dollars: str | None = None
    event_ticker: str | None = None
    fees_paid_dollars: str | None = None
    realized_pnl_dollars: str | None = None
    total_cost_dollars: str | None = None
    total_cost_shares_fp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.event_exposure_dollars is not None:
            field_dict["event_exposure_dollars"] = self.event_exposure_dollars
        elif "event_exposure_dollars" in self._nulls:
            field_dict["event_exposure_dollars"] = None
        if self.event_ticker is not None:
            field_dict["event_ticker"] = self.event_ticker
        elif "event_ticker" in self._nulls:
            field_dict["event_ticker"] = None
        if self.fees_paid_dollars is not None:
            field_dict["fees_paid_dollars"] = self.fees_paid_dollars
        elif "fees_paid_dollars" in self._nulls:
            field_dict["fees_paid_dollars"] = None
        if self.realized_pnl_dollars is not None:
            field_dict["realized_pnl_dollars"] = self.realized_pnl_dollars
        elif "realized_pnl_dollars" in self._nulls:
            field_dict["realized_pnl_dollars"] = None
        if self.total_cost_dollars is not None:
            field_dict["total_cost_dollars"] = self.total_cost_dollars
        elif "total_cost_dollars" in self._nulls:
            field_dict["total_cost_dollars"] = None
        if self.total_cost_shares_fp is not None:
            field_dict["total_cost_shares_fp"] = self.total_cost_shares_fp
        elif "total_cost_shares_fp" in self._nulls:
            field_dict["total_cost_shares_fp"] = None
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
            event_exposure_dollars = d["event_exposure_dollars"]
            event_ticker = d["event_ticker"]
            fees_paid_dollars = d["fees_paid_dollars"]
            realized_pnl_dollars = d["realized_pnl_dollars"]
            total_cost_dollars = d["total_cost_dollars"]
            total_cost_shares_fp = d["total_cost_shares_fp"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if event_exposure_dollars.__class__ is not str:
            if event_exposure_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if event_ticker.__class__ is not str:
            if event_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if fees_paid_dollars.__class__ is not str:
            if fees_paid_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if realized_pnl_dollars.__class__ is not str:
            if realized_pnl_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if total_cost_dollars.__class__ is not str:
            if total_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if total_cost_shares_fp.__class__ is not str:
            if total_cost_shares_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        event_position = cls.__new__(cls)
        event_position.event_exposure_dollars = event_exposure_dollars
        event_position.event_ticker = event_ticker
        event_position.fees_paid_dollars = fees_paid_dollars
        event_position.realized_pnl_dollars = realized_pnl_dollars
        event_position.total_cost_dollars = total_cost_dollars
        event_position.total_cost_shares_fp = total_cost_shares_fp
        event_position.additional_properties = (
            {} if len(d) == 6 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        event_position._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return event_position

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
        event_exposure_dollars = _pop("event_exposure_dollars", MISSING)
        if event_exposure_dollars.__class__ is not str:
            event_exposure_dollars = unread(
                event_exposure_dollars, "event_exposure_dollars", d, _marks
            )
        event_ticker = _pop("event_ticker", MISSING)
        if event_ticker.__class__ is not str:
            event_ticker = unread(event_ticker, "event_ticker", d, _marks)
        fees_paid_dollars = _pop("fees_paid_dollars", MISSING)
        if fees_paid_dollars.__class__ is not str:
            fees_paid_dollars = unread(fees_paid_dollars, "fees_paid_dollars", d, _marks)
        realized_pnl_dollars = _pop("realized_pnl_dollars", MISSING)
        if realized_pnl_dollars.__class__ is not str:
            realized_pnl_dollars = unread(realized_pnl_dollars, "realized_pnl_dollars", d, _marks)
        total_cost_dollars = _pop("total_cost_dollars", MISSING)
        if total_cost_dollars.__class__ is not str:
            total_cost_dollars = unread(total_cost_dollars, "total_cost_dollars", d, _marks)
        total_cost_shares_fp = _pop("total_cost_shares_fp", MISSING)
        if total_cost_shares_fp.__class__ is not str:
            total_cost_shares_fp = unread(total_cost_shares_fp, "total_cost_shares_fp", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        event_position = cls.__new__(cls)
        event_position.event_exposure_dollars = event_exposure_dollars
        event_position.event_ticker = event_ticker
        event_position.fees_paid_dollars = fees_paid_dollars
        event_position.realized_pnl_dollars = realized_pnl_dollars
        event_position.total_cost_dollars = total_cost_dollars
        event_position.total_cost_shares_fp = total_cost_shares_fp
        event_position.additional_properties = d
        event_position._nulls = _marks
        return event_position

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
