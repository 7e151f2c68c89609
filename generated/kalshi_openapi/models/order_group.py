from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="OrderGroup")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "id",
    "is_auto_cancel_enabled",
    "contracts_limit_fp",
    "exchange_index",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class OrderGroup:
    """The `OrderGroup` object.

    Attributes:
        id (str | None)
        is_auto_cancel_enabled (bool | None)
        contracts_limit_fp (str | None)
        exchange_index (int | None)
    """

    id: str | None = None
    is_auto_cancel_enabled: bool | None = None
    contracts_limit_fp: str | None = None
    exchange_index: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.is_auto_cancel_enabled is not None:
            field_dict["is_auto_cancel_enabled"] = self.is_auto_cancel_enabled
        elif "is_auto_cancel_enabled" in self._nulls:
            field_dict["is_auto_cancel_enabled"] = None
        if self.contracts_limit_fp is not None:
            field_dict["contracts_limit_fp"] = self.contracts_limit_fp
        elif "contracts_limit_fp" in self._nulls:
            field_dict["contracts_limit_fp"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
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
            id = d["id"]
            is_auto_cancel_enabled = d["is_auto_cancel_enabled"]
            contracts_limit_fp = d["contracts_limit_fp"]
            exchange_index = d["exchange_index"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if id.__class__ is not str:
            if id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if is_auto_cancel_enabled.__class__ is not bool:
            if is_auto_cancel_enabled is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if contracts_limit_fp.__class__ is not str:
            if contracts_limit_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        order_group = cls.__new__(cls)
        order_group.id = id
        order_group.is_auto_cancel_enabled = is_auto_cancel_enabled
        order_group.contracts_limit_fp = contracts_limit_fp
        order_group.exchange_index = exchange_index
        order_group.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        order_group._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return order_group

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
        id = _pop("id", MISSING)
        if id.__class__ is not str:
            id = unread(id, "id", d, _marks)
        is_auto_cancel_enabled = _pop("is_auto_cancel_enabled", MISSING)
        if is_auto_cancel_enabled.__class__ is not bool:
            is_auto_cancel_enabled = unread(
                is_auto_cancel_enabled, "is_auto_cancel_enabled", d, _marks
            )
        contracts_limit_fp = _pop("contracts_limit_fp", MISSING)
        if contracts_limit_fp.__class__ is not str:
            contracts_limit_fp = unread(contracts_limit_fp, "contracts_limit_fp", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        order_group = cls.__new__(cls)
        order_group.id = id
        order_group.is_auto_cancel_enabled = is_auto_cancel_enabled
        order_group.contracts_limit_fp = contracts_limit_fp
        order_group.exchange_index = exchange_index
        order_group.additional_properties = d
        order_group._nulls = _marks
        return order_group

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
