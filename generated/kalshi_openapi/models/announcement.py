from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.announcement_status import AnnouncementStatus
from ..models.announcement_type import AnnouncementType
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="Announcement")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "delivery_time",
    "message",
    "status",
    "type",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class Announcement:
    """The `Announcement` object.

    Attributes:
        delivery_time (datetime.datetime | None)
        message (str | None)
        status (AnnouncementStatus | None)
        type_ (AnnouncementType | None)
    """

    delivery_time: datetime.datetime | None = None
    message: str | None = None
    status: AnnouncementStatus | None = None
    type_: AnnouncementType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.delivery_time is not None:
            field_dict["delivery_time"] = self.delivery_time.isoformat()
        elif "delivery_time" in self._nulls:
            field_dict["delivery_time"] = None
        if self.message is not None:
            field_dict["message"] = self.message
        elif "message" in self._nulls:
            field_dict["message"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type" in self._nulls:
            field_dict["type"] = None
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
            delivery_time = d["delivery_time"]
            message = d["message"]
            status = d["status"]
            type_ = d["type"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if delivery_time.__class__ is not str:
            if delivery_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if message.__class__ is not str:
            if message is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if status.__class__ is not str:
            if status is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if type_.__class__ is not str:
            if type_ is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        announcement = cls.__new__(cls)
        announcement._raw_delivery_time = delivery_time
        announcement.message = message
        announcement.status = status
        announcement.type_ = type_
        announcement._times_kept = True
        announcement._raw_additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        announcement._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return announcement

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
        delivery_time = _pop("delivery_time", MISSING)
        if delivery_time.__class__ is str:
            try:
                delivery_time = datetime.datetime.fromisoformat(delivery_time)
            except ValueError:
                delivery_time = unread(delivery_time, "delivery_time", d, _marks)
        else:
            delivery_time = unread(delivery_time, "delivery_time", d, _marks)
        message = _pop("message", MISSING)
        if message.__class__ is not str:
            message = unread(message, "message", d, _marks)
        status = _pop("status", MISSING)
        if status.__class__ is not str:
            status = unread(status, "status", d, _marks)
        type_ = _pop("type", MISSING)
        if type_.__class__ is not str:
            type_ = unread(type_, "type", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        announcement = cls.__new__(cls)
        announcement.delivery_time = delivery_time
        announcement.message = message
        announcement.status = status
        announcement.type_ = type_
        announcement.additional_properties = d
        announcement._nulls = _marks
        announcement._times_kept = False
        return announcement

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
    Announcement,
    times={
        "delivery_time": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
