from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="PythValuePayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "received_at",
    "source_ts_ms",
    "underlying_ticker",
    "value_usd",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class PythValuePayloadMsg:
    """The `PythValuePayloadMsg` object.

    Attributes:
        received_at (int | None)
        source_ts_ms (int | None)
        underlying_ticker (str | None)
        value_usd (str | None)
    """

    received_at: int | None = None
    source_ts_ms: int | None = None
    underlying_ticker: str | None = None
    value_usd: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.received_at is not None:
            field_dict["received_at"] = self.received_at
        elif "received_at" in self._nulls:
            field_dict["received_at"] = None
        if self.source_ts_ms is not None:
            field_dict["source_ts_ms"] = self.source_ts_ms
        elif "source_ts_ms" in self._nulls:
            field_dict["source_ts_ms"] = None
        if self.underlying_ticker is not None:
            field_dict["underlying_ticker"] = self.underlying_ticker
        elif "underlying_ticker" in self._nulls:
            field_dict["underlying_ticker"] = None
        if self.value_usd is not None:
            field_dict["value_usd"] = self.value_usd
        elif "value_usd" in self._nulls:
            field_dict["value_usd"] = None
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
            received_at = d["received_at"]
            source_ts_ms = d["source_ts_ms"]
            underlying_ticker = d["underlying_ticker"]
            value_usd = d["value_usd"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if received_at.__class__ is not int:
            if received_at is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if source_ts_ms.__class__ is not int:
            if source_ts_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if underlying_ticker.__class__ is not str:
            if underlying_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if value_usd.__class__ is not str:
            if value_usd is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        pyth_value_payload_msg = cls.__new__(cls)
        pyth_value_payload_msg.received_at = received_at
        pyth_value_payload_msg.source_ts_ms = source_ts_ms
        pyth_value_payload_msg.underlying_ticker = underlying_ticker
        pyth_value_payload_msg.value_usd = value_usd
        pyth_value_payload_msg.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        pyth_value_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return pyth_value_payload_msg

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
        received_at = _pop("received_at", MISSING)
        if received_at.__class__ is not int:
            received_at = unread(received_at, "received_at", d, _marks)
        source_ts_ms = _pop("source_ts_ms", MISSING)
        if source_ts_ms.__class__ is not int:
            source_ts_ms = unread(source_ts_ms, "source_ts_ms", d, _marks)
        underlying_ticker = _pop("underlying_ticker", MISSING)
        if underlying_ticker.__class__ is not str:
            underlying_ticker = unread(underlying_ticker, "underlying_ticker", d, _marks)
        value_usd = _pop("value_usd", MISSING)
        if value_usd.__class__ is not str:
            value_usd = unread(value_usd, "value_usd", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        pyth_value_payload_msg = cls.__new__(cls)
        pyth_value_payload_msg.received_at = received_at
        pyth_value_payload_msg.source_ts_ms = source_ts_ms
        pyth_value_payload_msg.underlying_ticker = underlying_ticker
        pyth_value_payload_msg.value_usd = value_usd
        pyth_value_payload_msg.additional_properties = d
        pyth_value_payload_msg._nulls = _marks
        return pyth_value_payload_msg

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
