from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="FCMSubtrader")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "exchange_indices",
    "fcm_trading_blocked",
    "propagation_pending",
    "subtrader_id",
    "trading_blocked",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class FCMSubtrader:
    """The `FCMSubtrader` object.

    Attributes:
        exchange_indices (list[int] | None)
        fcm_trading_blocked (bool | None)
        propagation_pending (bool | None)
        subtrader_id (str | None)
        trading_blocked (bool | None)
    """

    exchange_indices: list[int] | None = None
    fcm_trading_blocked: bool | None = None
    propagation_pending: bool | None = None
    subtrader_id: str | None = None
    trading_blocked: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.exchange_indices is not None:
            field_dict["exchange_indices"] = [_v0 for _v0 in self.exchange_indices]
        elif "exchange_indices" in self._nulls:
            field_dict["exchange_indices"] = None
        if self.fcm_trading_blocked is not None:
            field_dict["fcm_trading_blocked"] = self.fcm_trading_blocked
        elif "fcm_trading_blocked" in self._nulls:
            field_dict["fcm_trading_blocked"] = None
        if self.propagation_pending is not None:
            field_dict["propagation_pending"] = self.propagation_pending
        elif "propagation_pending" in self._nulls:
            field_dict["propagation_pending"] = None
        if self.subtrader_id is not None:
            field_dict["subtrader_id"] = self.subtrader_id
        elif "subtrader_id" in self._nulls:
            field_dict["subtrader_id"] = None
        if self.trading_blocked is not None:
            field_dict["trading_blocked"] = self.trading_blocked
        elif "trading_blocked" in self._nulls:
            field_dict["trading_blocked"] = None
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
            exchange_indices = d["exchange_indices"]
            fcm_trading_blocked = d["fcm_trading_blocked"]
            propagation_pending = d["propagation_pending"]
            subtrader_id = d["subtrader_id"]
            trading_blocked = d["trading_blocked"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if exchange_indices.__class__ is list:
            for _item in exchange_indices:
                if _item.__class__ is not int:
                    return cls._read_tolerant(src_dict)
        elif exchange_indices is None:
            exchange_indices = []
        else:
            return cls._read_tolerant(src_dict)
        if fcm_trading_blocked.__class__ is not bool:
            if fcm_trading_blocked is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if propagation_pending.__class__ is not bool:
            if propagation_pending is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if subtrader_id.__class__ is not str:
            if subtrader_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if trading_blocked.__class__ is not bool:
            if trading_blocked is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        fcm_subtrader = cls.__new__(cls)
        fcm_subtrader.exchange_indices = exchange_indices
        fcm_subtrader.fcm_trading_blocked = fcm_trading_blocked
        fcm_subtrader.propagation_pending = propagation_pending
        fcm_subtrader.subtrader_id = subtrader_id
        fcm_subtrader.trading_blocked = trading_blocked
        fcm_subtrader.additional_properties = (
            {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        fcm_subtrader._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return fcm_subtrader

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
        exchange_indices = _pop("exchange_indices", MISSING)
        if exchange_indices.__class__ is list:
            for _item in exchange_indices:
                if _item.__class__ is not int:
                    d["exchange_indices"] = exchange_indices
                    exchange_indices = [
                        _item for _item in exchange_indices if not (_item.__class__ is not int)
                    ]
                    break
        elif exchange_indices is None:
            exchange_indices = []
        else:
            exchange_indices = unread(exchange_indices, "exchange_indices", d, _marks)
        fcm_trading_blocked = _pop("fcm_trading_blocked", MISSING)
        if fcm_trading_blocked.__class__ is not bool:
            fcm_trading_blocked = unread(fcm_trading_blocked, "fcm_trading_blocked", d, _marks)
        propagation_pending = _pop("propagation_pending", MISSING)
        if propagation_pending.__class__ is not bool:
            propagation_pending = unread(propagation_pending, "propagation_pending", d, _marks)
        subtrader_id = _pop("subtrader_id", MISSING)
        if subtrader_id.__class__ is not str:
            subtrader_id = unread(subtrader_id, "subtrader_id", d, _marks)
        trading_blocked = _pop("trading_blocked", MISSING)
        if trading_blocked.__class__ is not bool:
            trading_blocked = unread(trading_blocked, "trading_blocked", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        fcm_subtrader = cls.__new__(cls)
        fcm_subtrader.exchange_indices = exchange_indices
        fcm_subtrader.fcm_trading_blocked = fcm_trading_blocked
        fcm_subtrader.propagation_pending = propagation_pending
        fcm_subtrader.subtrader_id = subtrader_id
        fcm_subtrader.trading_blocked = trading_blocked
        fcm_subtrader.additional_properties = d
        fcm_subtrader._nulls = _marks
        return fcm_subtrader

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
