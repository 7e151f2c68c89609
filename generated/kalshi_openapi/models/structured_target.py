from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="StructuredTarget")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "details",
    "id",
    "last_updated_ts",
    "name",
    "source_id",
    "source_ids",
    "type",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class StructuredTarget:
    """The `StructuredTarget` object.

    Attributes:
        details (StructuredTargetDetails | None)
        id (str | None)
        last_updated_ts (datetime.datetime | None)
        name (str | None)
        source_id (str | None)
        source_ids (StructuredTargetSourceIds | None)
        type_ (str | None)
    """

    details: StructuredTargetDetails | None = None
    id: str | None = None
    last_updated_ts: datetime.datetime | None = None
    name: str | None = None
    source_id: str | None = None
    source_ids: StructuredTargetSourceIds | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.details is not None:
            field_dict["details"] = self.details.to_dict()
        elif "details" in self._nulls:
            field_dict["details"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.last_updated_ts is not None:
            field_dict["last_updated_ts"] = self.last_updated_ts.isoformat()
        elif "last_updated_ts" in self._nulls:
            field_dict["last_updated_ts"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.source_id is not None:
            field_dict["source_id"] = self.source_id
        elif "source_id" in self._nulls:
            field_dict["source_id"] = None
        if self.source_ids is not None:
            field_dict["source_ids"] = self.source_ids.to_dict()
        elif "source_ids" in self._nulls:
            field_dict["source_ids"] = None
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
            details = d["details"]
            id = d["id"]
            last_updated_ts = d["last_updated_ts"]
            name = d["name"]
            source_id = d["source_id"]
            source_ids = d["source_ids"]
            type_ = d["type"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if details.__class__ is not dict:
            if details is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if id.__class__ is not str:
            if id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if last_updated_ts.__class__ is not str:
            if last_updated_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if name.__class__ is not str:
            if name is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if source_id.__class__ is not str:
            if source_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if source_ids.__class__ is not dict:
            if source_ids is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if type_.__class__ is not str:
            if type_ is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        structured_target = cls.__new__(cls)
        structured_target._raw_details = details
        structured_target.id = id
        structured_target._raw_last_updated_ts = last_updated_ts
        structured_target.name = name
        structured_target.source_id = source_id
        structured_target._raw_source_ids = source_ids
        structured_target.type_ = type_
        structured_target._times_kept = True
        structured_target._raw_additional_properties = (
            {} if len(d) == 7 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        structured_target._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return structured_target

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
        details = _pop("details", MISSING)
        if details.__class__ is dict:
            details = StructuredTargetDetails.from_dict(details)
        else:
            details = unread(details, "details", d, _marks)
        id = _pop("id", MISSING)
        if id.__class__ is not str:
            id = unread(id, "id", d, _marks)
        last_updated_ts = _pop("last_updated_ts", MISSING)
        if last_updated_ts.__class__ is str:
            try:
                last_updated_ts = datetime.datetime.fromisoformat(last_updated_ts)
            except ValueError:
                last_updated_ts = unread(last_updated_ts, "last_updated_ts", d, _marks)
        else:
            last_updated_ts = unread(last_updated_ts, "last_updated_ts", d, _marks)
        name = _pop("name", MISSING)
        if name.__class__ is not str:
            name = unread(name, "name", d, _marks)
        source_id = _pop("source_id", MISSING)
        if source_id.__class__ is not str:
            source_id = unread(source_id, "source_id", d, _marks)
        source_ids = _pop("source_ids", MISSING)
        if source_ids.__class__ is dict:
            source_ids = StructuredTargetSourceIds.from_dict(source_ids)
        else:
            source_ids = unread(source_ids, "source_ids", d, _marks)
        type_ = _pop("type", MISSING)
        if type_.__class__ is not str:
            type_ = unread(type_, "type", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        structured_target = cls.__new__(cls)
        structured_target.details = details
        structured_target.id = id
        structured_target.last_updated_ts = last_updated_ts
        structured_target.name = name
        structured_target.source_id = source_id
        structured_target.source_ids = source_ids
        structured_target.type_ = type_
        structured_target.additional_properties = d
        structured_target._nulls = _marks
        structured_target._times_kept = False
        return structured_target

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


# The models held by this one (imported last: see openapi/README.md, "Lean parsing").
from ..models.structured_target_details import StructuredTargetDetails  # noqa: E402
from ..models.structured_target_source_ids import StructuredTargetSourceIds  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    StructuredTarget,
    times={
        "last_updated_ts": datetime.datetime.fromisoformat,
    },
    models={
        "details": StructuredTargetDetails.from_dict,
        "source_ids": StructuredTargetSourceIds.from_dict,
    },
    lists={},
)
