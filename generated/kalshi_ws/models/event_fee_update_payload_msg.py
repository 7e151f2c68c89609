from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_fee_update_payload_msg_fee_type_override import (
    EventFeeUpdatePayloadMsgFeeTypeOverride,
)
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="EventFeeUpdatePayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "event_ticker",
    "fee_multiplier_override",
    "fee_type_override",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class EventFeeUpdatePayloadMsg:
    """The `EventFeeUpdatePayloadMsg` object.

    Attributes:
        event_ticker (str | None)
        fee_multiplier_override (float | None)
        fee_type_override (EventFeeUpdatePayloadMsgFeeTypeOverride | None)
    """

    event_ticker: str | None = None
    fee_multiplier_override: float | None = None
    fee_type_override: EventFeeUpdatePayloadMsgFeeTypeOverride | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.event_ticker is not None:
            field_dict["event_ticker"] = self.event_ticker
        elif "event_ticker" in self._nulls:
            field_dict["event_ticker"] = None
        if self.fee_multiplier_override is not None:
            field_dict["fee_multiplier_override"] = self.fee_multiplier_override
        elif "fee_multiplier_override" in self._nulls:
            field_dict["fee_multiplier_override"] = None
        if self.fee_type_override is not None:
            field_dict["fee_type_override"] = self.fee_type_override
        elif "fee_type_override" in self._nulls:
            field_dict["fee_type_override"] = None
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
            fee_multiplier_override = d["fee_multiplier_override"]
            fee_type_override = d["fee_type_override"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if event_ticker.__class__ is not str:
            if event_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if (
            fee_multiplier_override.__class__ is not float
            and fee_multiplier_override.__class__ is not int
        ):
            if fee_multiplier_override is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if fee_type_override.__class__ is not str:
            if fee_type_override is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        event_fee_update_payload_msg = cls.__new__(cls)
        event_fee_update_payload_msg.event_ticker = event_ticker
        event_fee_update_payload_msg.fee_multiplier_override = fee_multiplier_override
        event_fee_update_payload_msg.fee_type_override = fee_type_override
        event_fee_update_payload_msg.additional_properties = (
            {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        event_fee_update_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return event_fee_update_payload_msg

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
        fee_multiplier_override = _pop("fee_multiplier_override", MISSING)
        if (
            fee_multiplier_override.__class__ is not float
            and fee_multiplier_override.__class__ is not int
        ):
            fee_multiplier_override = unread(
                fee_multiplier_override, "fee_multiplier_override", d, _marks
            )
        fee_type_override = _pop("fee_type_override", MISSING)
        if fee_type_override.__class__ is not str:
            fee_type_override = unread(fee_type_override, "fee_type_override", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        event_fee_update_payload_msg = cls.__new__(cls)
        event_fee_update_payload_msg.event_ticker = event_ticker
        event_fee_update_payload_msg.fee_multiplier_override = fee_multiplier_override
        event_fee_update_payload_msg.fee_type_override = fee_type_override
        event_fee_update_payload_msg.additional_properties = d
        event_fee_update_payload_msg._nulls = _marks
        return event_fee_update_payload_msg

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
