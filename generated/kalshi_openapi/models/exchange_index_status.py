from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="ExchangeIndexStatus")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "description",
    "exchange_active",
    "exchange_index",
    "intra_exchange_transfers_active",
    "trading_active",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class ExchangeIndexStatus:
    """The `ExchangeIndexStatus` object.

    Attributes:
        description (str | None)
        exchange_active (bool | None)
        exchange_index (int | None)
        intra_exchange_transfers_active (bool | None)
        trading_active (bool | None)
    """

    description: str | None = None
    exchange_active: bool | None = None
    exchange_index: int | None = None
    intra_exchange_transfers_active: bool | None = None
    trading_active: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.exchange_active is not None:
            field_dict["exchange_active"] = self.exchange_active
        elif "exchange_active" in self._nulls:
            field_dict["exchange_active"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.intra_exchange_transfers_active is not None:
            field_dict["intra_exchange_transfers_active"] = self.intra_exchange_transfers_active
        elif "intra_exchange_transfers_active" in self._nulls:
            field_dict["intra_exchange_transfers_active"] = None
        if self.trading_active is not None:
            field_dict["trading_active"] = self.trading_active
        elif "trading_active" in self._nulls:
            field_dict["trading_active"] = None
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
            description = d["description"]
            exchange_active = d["exchange_active"]
            exchange_index = d["exchange_index"]
            intra_exchange_transfers_active = d["intra_exchange_transfers_active"]
            trading_active = d["trading_active"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if description.__class__ is not str:
            if description is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if exchange_active.__class__ is not bool:
            if exchange_active is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if intra_exchange_transfers_active.__class__ is not bool:
            if intra_exchange_transfers_active is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if trading_active.__class__ is not bool:
            if trading_active is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        exchange_index_status = cls.__new__(cls)
        exchange_index_status.description = description
        exchange_index_status.exchange_active = exchange_active
        exchange_index_status.exchange_index = exchange_index
        exchange_index_status.intra_exchange_transfers_active = intra_exchange_transfers_active
        exchange_index_status.trading_active = trading_active
        exchange_index_status.additional_properties = (
            {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        exchange_index_status._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return exchange_index_status

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
        description = _pop("description", MISSING)
        if description.__class__ is not str:
            description = unread(description, "description", d, _marks)
        exchange_active = _pop("exchange_active", MISSING)
        if exchange_active.__class__ is not bool:
            exchange_active = unread(exchange_active, "exchange_active", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        intra_exchange_transfers_active = _pop("intra_exchange_transfers_active", MISSING)
        if intra_exchange_transfers_active.__class__ is not bool:
            intra_exchange_transfers_active = unread(
                intra_exchange_transfers_active, "intra_exchange_transfers_active", d, _marks
            )
        trading_active = _pop("trading_active", MISSING)
        if trading_active.__class__ is not bool:
            trading_active = unread(trading_active, "trading_active", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        exchange_index_status = cls.__new__(cls)
        exchange_index_status.description = description
        exchange_index_status.exchange_active = exchange_active
        exchange_index_status.exchange_index = exchange_index
        exchange_index_status.intra_exchange_transfers_active = intra_exchange_transfers_active
        exchange_index_status.trading_active = trading_active
        exchange_index_status.additional_properties = d
        exchange_index_status._nulls = _marks
        return exchange_index_status

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
