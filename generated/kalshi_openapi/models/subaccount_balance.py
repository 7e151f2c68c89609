from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="SubaccountBalance")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "balance",
    "exchange_index",
    "subaccount_number",
    "updated_ts",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class SubaccountBalance:
    """The `SubaccountBalance` object.

    Attributes:
        balance (str | None)
        exchange_index (int | None)
        subaccount_number (int | None)
        updated_ts (int | None)
    """

    balance: str | None = None
    exchange_index: int | None = None
    subaccount_number: int | None = None
    updated_ts: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.balance is not None:
            field_dict["balance"] = self.balance
        elif "balance" in self._nulls:
            field_dict["balance"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.subaccount_number is not None:
            field_dict["subaccount_number"] = self.subaccount_number
        elif "subaccount_number" in self._nulls:
            field_dict["subaccount_number"] = None
        if self.updated_ts is not None:
            field_dict["updated_ts"] = self.updated_ts
        elif "updated_ts" in self._nulls:
            field_dict["updated_ts"] = None
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
            balance = d["balance"]
            exchange_index = d["exchange_index"]
            subaccount_number = d["subaccount_number"]
            updated_ts = d["updated_ts"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if balance.__class__ is not str:
            if balance is not None:
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
        if updated_ts.__class__ is not int:
            if updated_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        subaccount_balance = cls.__new__(cls)
        subaccount_balance.balance = balance
        subaccount_balance.exchange_index = exchange_index
        subaccount_balance.subaccount_number = subaccount_number
        subaccount_balance.updated_ts = updated_ts
        subaccount_balance.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        subaccount_balance._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return subaccount_balance

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
        balance = _pop("balance", MISSING)
        if balance.__class__ is not str:
            balance = unread(balance, "balance", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        subaccount_number = _pop("subaccount_number", MISSING)
        if subaccount_number.__class__ is not int:
            subaccount_number = unread(subaccount_number, "subaccount_number", d, _marks)
        updated_ts = _pop("updated_ts", MISSING)
        if updated_ts.__class__ is not int:
            updated_ts = unread(updated_ts, "updated_ts", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        subaccount_balance = cls.__new__(cls)
        subaccount_balance.balance = balance
        subaccount_balance.exchange_index = exchange_index
        subaccount_balance.subaccount_number = subaccount_number
        subaccount_balance.updated_ts = updated_ts
        subaccount_balance.additional_properties = d
        subaccount_balance._nulls = _marks
        return subaccount_balance

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
