from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_lifecycle_payload_msg_collateral_return_type import (
    EventLifecyclePayloadMsgCollateralReturnType,
)
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="EventLifecyclePayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "collateral_return_type",
    "event_ticker",
    "exchange_index",
    "series_ticker",
    "subtitle",
    "title",
    "strike_date",
    "strike_period",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class EventLifecyclePayloadMsg:
    """The `EventLifecyclePayloadMsg` object.

    Attributes:
        collateral_return_type (EventLifecyclePayloadMsgCollateralReturnType | None)
        event_ticker (str | None)
        exchange_index (int | None)
        series_ticker (str | None)
        subtitle (str | None)
        title (str | None)
        strike_date (int | None)
        strike_period (str | None)
    """

    collateral_return_type: EventLifecyclePayloadMsgCollateralReturnType | None = None
    event_ticker: str | None = None
    exchange_index: int | None = None
    series_ticker: str | None = None
    subtitle: str | None = None
    title: str | None = None
    strike_date: int | None = None
    strike_period: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.collateral_return_type is not None:
            field_dict["collateral_return_type"] = self.collateral_return_type
        elif "collateral_return_type" in self._nulls:
            field_dict["collateral_return_type"] = None
        if self.event_ticker is not None:
            field_dict["event_ticker"] = self.event_ticker
        elif "event_ticker" in self._nulls:
            field_dict["event_ticker"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.series_ticker is not None:
            field_dict["series_ticker"] = self.series_ticker
        elif "series_ticker" in self._nulls:
            field_dict["series_ticker"] = None
        if self.subtitle is not None:
            field_dict["subtitle"] = self.subtitle
        elif "subtitle" in self._nulls:
            field_dict["subtitle"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._nulls:
            field_dict["title"] = None
        if self.strike_date is not None:
            field_dict["strike_date"] = self.strike_date
        elif "strike_date" in self._nulls:
            field_dict["strike_date"] = None
        if self.strike_period is not None:
            field_dict["strike_period"] = self.strike_period
        elif "strike_period" in self._nulls:
            field_dict["strike_period"] = None
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
            collateral_return_type = d["collateral_return_type"]
            event_ticker = d["event_ticker"]
            exchange_index = d["exchange_index"]
            series_ticker = d["series_ticker"]
            subtitle = d["subtitle"]
            title = d["title"]
            strike_date = d["strike_date"]
            strike_period = d["strike_period"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if collateral_return_type.__class__ is not str:
            if collateral_return_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if event_ticker.__class__ is not str:
            if event_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if series_ticker.__class__ is not str:
            if series_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if subtitle.__class__ is not str:
            if subtitle is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if title.__class__ is not str:
            if title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if strike_date.__class__ is not int:
            if strike_date is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if strike_period.__class__ is not str:
            if strike_period is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        event_lifecycle_payload_msg = cls.__new__(cls)
        event_lifecycle_payload_msg.collateral_return_type = collateral_return_type
        event_lifecycle_payload_msg.event_ticker = event_ticker
        event_lifecycle_payload_msg.exchange_index = exchange_index
        event_lifecycle_payload_msg.series_ticker = series_ticker
        event_lifecycle_payload_msg.subtitle = subtitle
        event_lifecycle_payload_msg.title = title
        event_lifecycle_payload_msg.strike_date = strike_date
        event_lifecycle_payload_msg.strike_period = strike_period
        event_lifecycle_payload_msg.additional_properties = (
            {} if len(d) == 8 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        event_lifecycle_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return event_lifecycle_payload_msg

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
        collateral_return_type = _pop("collateral_return_type", MISSING)
        if collateral_return_type.__class__ is not str:
            collateral_return_type = unread(
                collateral_return_type, "collateral_return_type", d, _marks
            )
        event_ticker = _pop("event_ticker", MISSING)
        if event_ticker.__class__ is not str:
            event_ticker = unread(event_ticker, "event_ticker", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        series_ticker = _pop("series_ticker", MISSING)
        if series_ticker.__class__ is not str:
            series_ticker = unread(series_ticker, "series_ticker", d, _marks)
        subtitle = _pop("subtitle", MISSING)
        if subtitle.__class__ is not str:
            subtitle = unread(subtitle, "subtitle", d, _marks)
        title = _pop("title", MISSING)
        if title.__class__ is not str:
            title = unread(title, "title", d, _marks)
        strike_date = _pop("strike_date", MISSING)
        if strike_date.__class__ is not int:
            strike_date = unread(strike_date, "strike_date", d, _marks)
        strike_period = _pop("strike_period", MISSING)
        if strike_period.__class__ is not str:
            strike_period = unread(strike_period, "strike_period", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        event_lifecycle_payload_msg = cls.__new__(cls)
        event_lifecycle_payload_msg.collateral_return_type = collateral_return_type
        event_lifecycle_payload_msg.event_ticker = event_ticker
        event_lifecycle_payload_msg.exchange_index = exchange_index
        event_lifecycle_payload_msg.series_ticker = series_ticker
        event_lifecycle_payload_msg.subtitle = subtitle
        event_lifecycle_payload_msg.title = title
        event_lifecycle_payload_msg.strike_date = strike_date
        event_lifecycle_payload_msg.strike_period = strike_period
        event_lifecycle_payload_msg.additional_properties = d
        event_lifecycle_payload_msg._nulls = _marks
        return event_lifecycle_payload_msg

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
