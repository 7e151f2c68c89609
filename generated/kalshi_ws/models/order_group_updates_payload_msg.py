from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_group_updates_payload_msg_event_type import (
    OrderGroupUpdatesPayloadMsgEventType,
)
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="OrderGroupUpdatesPayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "event_type",
    "order_group_id",
    "ts_ms",
    "contracts_limit_fp",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class OrderGroupUpdatesPayloadMsg:
    """The `OrderGroupUpdatesPayloadMsg` object.

    Attributes:
        event_type (OrderGroupUpdatesPayloadMsgEventType | None)
        order_group_id (str | None)
        ts_ms (int | None)
        contracts_limit_fp (str | None)
    """

    event_type: OrderGroupUpdatesPayloadMsgEventType | None = None
    order_group_id: str | None = None
    ts_ms: int | None = None
    contracts_limit_fp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.event_type is not None:
            field_dict["event_type"] = self.event_type
        elif "event_type" in self._nulls:
            field_dict["event_type"] = None
        if self.order_group_id is not None:
            field_dict["order_group_id"] = self.order_group_id
        elif "order_group_id" in self._nulls:
            field_dict["order_group_id"] = None
        if self.ts_ms is not None:
            field_dict["ts_ms"] = self.ts_ms
        elif "ts_ms" in self._nulls:
            field_dict["ts_ms"] = None
        if self.contracts_limit_fp is not None:
            field_dict["contracts_limit_fp"] = self.contracts_limit_fp
        elif "contracts_limit_fp" in self._nulls:
            field_dict["contracts_limit_fp"] = None
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
            event_type = d["event_type"]
            order_group_id = d["order_group_id"]
            ts_ms = d["ts_ms"]
            contracts_limit_fp = d["contracts_limit_fp"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if event_type.__class__ is not str:
            if event_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if order_group_id.__class__ is not str:
            if order_group_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if ts_ms.__class__ is not int:
            if ts_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if contracts_limit_fp.__class__ is not str:
            if contracts_limit_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        order_group_updates_payload_msg = cls.__new__(cls)
        order_group_updates_payload_msg.event_type = event_type
        order_group_updates_payload_msg.order_group_id = order_group_id
        order_group_updates_payload_msg.ts_ms = ts_ms
        order_group_updates_payload_msg.contracts_limit_fp = contracts_limit_fp
        order_group_updates_payload_msg.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        order_group_updates_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return order_group_updates_payload_msg

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
        event_type = _pop("event_type", MISSING)
        if event_type.__class__ is not str:
            event_type = unread(event_type, "event_type", d, _marks)
        order_group_id = _pop("order_group_id", MISSING)
        if order_group_id.__class__ is not str:
            order_group_id = unread(order_group_id, "order_group_id", d, _marks)
        ts_ms = _pop("ts_ms", MISSING)
        if ts_ms.__class__ is not int:
            ts_ms = unread(ts_ms, "ts_ms", d, _marks)
        contracts_limit_fp = _pop("contracts_limit_fp", MISSING)
        if contracts_limit_fp.__class__ is not str:
            contracts_limit_fp = unread(contracts_limit_fp, "contracts_limit_fp", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        order_group_updates_payload_msg = cls.__new__(cls)
        order_group_updates_payload_msg.event_type = event_type
        order_group_updates_payload_msg.order_group_id = order_group_id
        order_group_updates_payload_msg.ts_ms = ts_ms
        order_group_updates_payload_msg.contracts_limit_fp = contracts_limit_fp
        order_group_updates_payload_msg.additional_properties = d
        order_group_updates_payload_msg._nulls = _marks
        return order_group_updates_payload_msg

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
