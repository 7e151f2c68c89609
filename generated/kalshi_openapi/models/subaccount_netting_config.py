from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="SubaccountNettingConfig")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "enabled",
    "exchange_index",
    "subaccount_number",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class SubaccountNettingConfig:
    """The `SubaccountNettingConfig` object.

    Attributes:
        enabled (bool | None)
        exchange_index (int | None)
        subaccount_number (int | None)
    """

    enabled: bool | None = None
    exchange_index: int | None = None
    subaccount_number: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif "enabled" in self._nulls:
            field_dict["enabled"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.subaccount_number is not None:
            field_dict["subaccount_number"] = self.subaccount_number
        elif "subaccount_number" in self._nulls:
            field_dict["subaccount_number"] = None
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
            enabled = d["enabled"]
            exchange_index = d["exchange_index"]
            subaccount_number = d["subaccount_number"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if enabled.__class__ is not bool:
            if enabled is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if subaccount_number.__class__ is not int:
            if subaccount_number is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        subaccount_netting_config = cls.__new__(cls)
        subaccount_netting_config.enabled = enabled
        subaccount_netting_config.exchange_index = exchange_index
        subaccount_netting_config.subaccount_number = subaccount_number
        subaccount_netting_config.additional_properties = (
            {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        subaccount_netting_config._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return subaccount_netting_config

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
        enabled = _pop("enabled", MISSING)
        if enabled.__class__ is not bool:
            enabled = unread(enabled, "enabled", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        subaccount_number = _pop("subaccount_number", MISSING)
        if subaccount_number.__class__ is not int:
            subaccount_number = unread(subaccount_number, "subaccount_number", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        subaccount_netting_config = cls.__new__(cls)
        subaccount_netting_config.enabled = enabled
        subaccount_netting_config.exchange_index = exchange_index
        subaccount_netting_config.subaccount_number = subaccount_number
        subaccount_netting_config.additional_properties = d
        subaccount_netting_config._nulls = _marks
        return subaccount_netting_config

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
