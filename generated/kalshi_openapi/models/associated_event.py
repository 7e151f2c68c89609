from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="AssociatedEvent")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "active_quoters",
    "is_yes_only",
    "ticker",
    "size_max",
    "size_min",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class AssociatedEvent:
    """The `AssociatedEvent` object.

    Attributes:
        active_quoters (list[str] | None)
        is_yes_only (bool | None)
        ticker (str | None)
        size_max (int | None)
        size_min (int | None)
    """

    active_quoters: list[str] | None = None
    is_yes_only: bool | None = None
    ticker: str | None = None
    size_max: int | None = None
    size_min: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.active_quoters is not None:
            field_dict["active_quoters"] = [_v0 for _v0 in self.active_quoters]
        elif "active_quoters" in self._nulls:
            field_dict["active_quoters"] = None
        if self.is_yes_only is not None:
            field_dict["is_yes_only"] = self.is_yes_only
        elif "is_yes_only" in self._nulls:
            field_dict["is_yes_only"] = None
        if self.ticker is not None:
            field_dict["ticker"] = self.ticker
        elif "ticker" in self._nulls:
            field_dict["ticker"] = None
        if self.size_max is not None:
            field_dict["size_max"] = self.size_max
        elif "size_max" in self._nulls:
            field_dict["size_max"] = None
        if self.size_min is not None:
            field_dict["size_min"] = self.size_min
        elif "size_min" in self._nulls:
            field_dict["size_min"] = None
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
            active_quoters = d["active_quoters"]
            is_yes_only = d["is_yes_only"]
            ticker = d["ticker"]
            size_max = d["size_max"]
            size_min = d["size_min"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if active_quoters.__class__ is list:
            for _item in active_quoters:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif active_quoters is None:
            active_quoters = []
        else:
            return cls._read_tolerant(src_dict)
        if is_yes_only.__class__ is not bool:
            if is_yes_only is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if ticker.__class__ is not str:
            if ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if size_max.__class__ is not int:
            if size_max is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if size_min.__class__ is not int:
            if size_min is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        associated_event = cls.__new__(cls)
        associated_event.active_quoters = active_quoters
        associated_event.is_yes_only = is_yes_only
        associated_event.ticker = ticker
        associated_event.size_max = size_max
        associated_event.size_min = size_min
        associated_event.additional_properties = (
            {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        associated_event._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return associated_event

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
        active_quoters = _pop("active_quoters", MISSING)
        if active_quoters.__class__ is list:
            for _item in active_quoters:
                if _item.__class__ is not str:
                    d["active_quoters"] = active_quoters
                    active_quoters = [
                        _item for _item in active_quoters if not (_item.__class__ is not str)
                    ]
                    break
        elif active_quoters is None:
            active_quoters = []
        else:
            active_quoters = unread(active_quoters, "active_quoters", d, _marks)
        is_yes_only = _pop("is_yes_only", MISSING)
        if is_yes_only.__class__ is not bool:
            is_yes_only = unread(is_yes_only, "is_yes_only", d, _marks)
        ticker = _pop("ticker", MISSING)
        if ticker.__class__ is not str:
            ticker = unread(ticker, "ticker", d, _marks)
        size_max = _pop("size_max", MISSING)
        if size_max.__class__ is not int:
            size_max = unread(size_max, "size_max", d, _marks)
        size_min = _pop("size_min", MISSING)
        if size_min.__class__ is not int:
            size_min = unread(size_min, "size_min", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        associated_event = cls.__new__(cls)
        associated_event.active_quoters = active_quoters
        associated_event.is_yes_only = is_yes_only
        associated_event.ticker = ticker
        associated_event.size_max = size_max
        associated_event.size_min = size_min
        associated_event.additional_properties = d
        associated_event._nulls = _marks
        return associated_event

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
