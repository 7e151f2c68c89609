from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="SubaccountTransfer")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "amount_cents",
    "created_ts",
    "exchange_index",
    "from_subaccount",
    "to_subaccount",
    "transfer_id",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class SubaccountTransfer:
    """The `SubaccountTransfer` object.

    Attributes:
        amount_cents (int | None)
        created_ts (int | None)
        exchange_index (int | None)
        from_subaccount (int | None)
        to_subaccount (int | None)
        transfer_id (str | None)
    """

    amount_cents: int | None = None
    created_ts: int | None = None
    exchange_index: int | None = None
    from_subaccount: int | None = None
    to_subaccount: int | None = None
    transfer_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.amount_cents is not None:
            field_dict["amount_cents"] = self.amount_cents
        elif "amount_cents" in self._nulls:
            field_dict["amount_cents"] = None
        if self.created_ts is not None:
            field_dict["created_ts"] = self.created_ts
        elif "created_ts" in self._nulls:
            field_dict["created_ts"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.from_subaccount is not None:
            field_dict["from_subaccount"] = self.from_subaccount
        elif "from_subaccount" in self._nulls:
            field_dict["from_subaccount"] = None
        if self.to_subaccount is not None:
            field_dict["to_subaccount"] = self.to_subaccount
        elif "to_subaccount" in self._nulls:
            field_dict["to_subaccount"] = None
        if self.transfer_id is not None:
            field_dict["transfer_id"] = self.transfer_id
        elif "transfer_id" in self._nulls:
            field_dict["transfer_id"] = None
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
            amount_cents = d["amount_cents"]
            created_ts = d["created_ts"]
            exchange_index = d["exchange_index"]
            from_subaccount = d["from_subaccount"]
            to_subaccount = d["to_subaccount"]
            transfer_id = d["transfer_id"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if amount_cents.__class__ is not int:
            if amount_cents is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if created_ts.__class__ is not int:
            if created_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if from_subaccount.__class__ is not int:
            if from_subaccount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if to_subaccount.__class__ is not int:
            if to_subaccount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if transfer_id.__class__ is not str:
            if transfer_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        subaccount_transfer = cls.__new__(cls)
        subaccount_transfer.amount_cents = amount_cents
        subaccount_transfer.created_ts = created_ts
        subaccount_transfer.exchange_index = exchange_index
        subaccount_transfer.from_subaccount = from_subaccount
        subaccount_transfer.to_subaccount = to_subaccount
        subaccount_transfer.transfer_id = transfer_id
        subaccount_transfer.additional_properties = (
            {} if len(d) == 6 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        subaccount_transfer._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return subaccount_transfer

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
        amount_cents = _pop("amount_cents", MISSING)
        if amount_cents.__class__ is not int:
            amount_cents = unread(amount_cents, "amount_cents", d, _marks)
        created_ts = _pop("created_ts", MISSING)
        if created_ts.__class__ is not int:
            created_ts = unread(created_ts, "created_ts", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        from_subaccount = _pop("from_subaccount", MISSING)
        if from_subaccount.__class__ is not int:
            from_subaccount = unread(from_subaccount, "from_subaccount", d, _marks)
        to_subaccount = _pop("to_subaccount", MISSING)
        if to_subaccount.__class__ is not int:
            to_subaccount = unread(to_subaccount, "to_subaccount", d, _marks)
        transfer_id = _pop("transfer_id", MISSING)
        if transfer_id.__class__ is not str:
            transfer_id = unread(transfer_id, "transfer_id", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        subaccount_transfer = cls.__new__(cls)
        subaccount_transfer.amount_cents = amount_cents
        subaccount_transfer.created_ts = created_ts
        subaccount_transfer.exchange_index = exchange_index
        subaccount_transfer.from_subaccount = from_subaccount
        subaccount_transfer.to_subaccount = to_subaccount
        subaccount_transfer.transfer_id = transfer_id
        subaccount_transfer.additional_properties = d
        subaccount_transfer._nulls = _marks
        return subaccount_transfer

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
