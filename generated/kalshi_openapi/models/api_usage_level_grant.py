from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="ApiUsageLevelGrant")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "exchange_instance",
    "level",
    "source",
    "expires_ts",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class ApiUsageLevelGrant:
    """The `ApiUsageLevelGrant` object.

    Attributes:
        exchange_instance (ExchangeInstance | None)
        level (str | None)
        source (str | None)
        expires_ts (int | None)
    """

    exchange_instance: ExchangeInstance | None = None
    level: str | None = None
    source: str | None = None
    expires_ts: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.exchange_instance is not None:
            field_dict["exchange_instance"] = self.exchange_instance
        elif "exchange_instance" in self._nulls:
            field_dict["exchange_instance"] = None
        if self.level is not None:
            field_dict["level"] = self.level
        elif "level" in self._nulls:
            field_dict["level"] = None
        if self.source is not None:
            field_dict["source"] = self.source
        elif "source" in self._nulls:
            field_dict["source"] = None
        if self.expires_ts is not None:
            field_dict["expires_ts"] = self.expires_ts
        elif "expires_ts" in self._nulls:
            field_dict["expires_ts"] = None
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
            exchange_instance = d["exchange_instance"]
            level = d["level"]
            source = d["source"]
            expires_ts = d["expires_ts"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if exchange_instance.__class__ is not str:
            if exchange_instance is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if level.__class__ is not str:
            if level is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if source.__class__ is not str:
            if source is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if expires_ts.__class__ is not int:
            if expires_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        api_usage_level_grant = cls.__new__(cls)
        api_usage_level_grant.exchange_instance = exchange_instance
        api_usage_level_grant.level = level
        api_usage_level_grant.source = source
        api_usage_level_grant.expires_ts = expires_ts
        api_usage_level_grant.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        api_usage_level_grant._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return api_usage_level_grant

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
        exchange_instance = _pop("exchange_instance", MISSING)
        if exchange_instance.__class__ is not str:
            exchange_instance = unread(exchange_instance, "exchange_instance", d, _marks)
        level = _pop("level", MISSING)
        if level.__class__ is not str:
            level = unread(level, "level", d, _marks)
        source = _pop("source", MISSING)
        if source.__class__ is not str:
            source = unread(source, "source", d, _marks)
        expires_ts = _pop("expires_ts", MISSING)
        if expires_ts.__class__ is not int:
            expires_ts = unread(expires_ts, "expires_ts", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        api_usage_level_grant = cls.__new__(cls)
        api_usage_level_grant.exchange_instance = exchange_instance
        api_usage_level_grant.level = level
        api_usage_level_grant.source = source
        api_usage_level_grant.expires_ts = expires_ts
        api_usage_level_grant.additional_properties = d
        api_usage_level_grant._nulls = _marks
        return api_usage_level_grant

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
