from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="LiveData")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "details",
    "milestone_id",
    "type",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class LiveData:
    """The `LiveData` object.

    Attributes:
        details (LiveDataDetails | None)
        milestone_id (str | None)
        type_ (str | None)
    """

    details: LiveDataDetails | None = None
    milestone_id: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.details is not None:
            field_dict["details"] = self.details.to_dict()
        elif "details" in self._nulls:
            field_dict["details"] = None
        if self.milestone_id is not None:
            field_dict["milestone_id"] = self.milestone_id
        elif "milestone_id" in self._nulls:
            field_dict["milestone_id"] = None
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
            milestone_id = d["milestone_id"]
            type_ = d["type"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if details.__class__ is not dict:
            if details is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if milestone_id.__class__ is not str:
            if milestone_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if type_.__class__ is not str:
            if type_ is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        live_data = cls.__new__(cls)
        live_data._raw_details = details
        live_data.milestone_id = milestone_id
        live_data.type_ = type_
        live_data.additional_properties = (
            {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        live_data._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return live_data

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
            details = LiveDataDetails.from_dict(details)
        else:
            details = unread(details, "details", d, _marks)
        milestone_id = _pop("milestone_id", MISSING)
        if milestone_id.__class__ is not str:
            milestone_id = unread(milestone_id, "milestone_id", d, _marks)
        type_ = _pop("type", MISSING)
        if type_.__class__ is not str:
            type_ = unread(type_, "type", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        live_data = cls.__new__(cls)
        live_data.details = details
        live_data.milestone_id = milestone_id
        live_data.type_ = type_
        live_data.additional_properties = d
        live_data._nulls = _marks
        return live_data

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
from ..models.live_data_details import LiveDataDetails  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    LiveData,
    times={},
    models={
        "details": LiveDataDetails.from_dict,
    },
    lists={},
)
