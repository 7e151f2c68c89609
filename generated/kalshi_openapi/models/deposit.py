from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deposit_status import DepositStatus
from ..models.deposit_type import DepositType
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="Deposit")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "amount_cents",
    "created_ts",
    "fee_cents",
    "id",
    "status",
    "type",
    "finalized_ts",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class Deposit:
    """The `Deposit` object.

    Attributes:
        amount_cents (int | None)
        created_ts (int | None)
        fee_cents (int | None)
        id (str | None)
        status (DepositStatus | None)
        type_ (DepositType | None)
        finalized_ts (int | None)
    """

    amount_cents: int | None = None
    created_ts: int | None = None
    fee_cents: int | None = None
    id: str | None = None
    status: DepositStatus | None = None
    type_: DepositType | None = None
    finalized_ts: int | None = None
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
        if self.fee_cents is not None:
            field_dict["fee_cents"] = self.fee_cents
        elif "fee_cents" in self._nulls:
            field_dict["fee_cents"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type" in self._nulls:
            field_dict["type"] = None
        if self.finalized_ts is not None:
            field_dict["finalized_ts"] = self.finalized_ts
        elif "finalized_ts" in self._nulls:
            field_dict["finalized_ts"] = None
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
            fee_cents = d["fee_cents"]
            id = d["id"]
            status = d["status"]
            type_ = d["type"]
            finalized_ts = d["finalized_ts"]
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
        if fee_cents.__class__ is not int:
            if fee_cents is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if id.__class__ is not str:
            if id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if status.__class__ is not str:
            if status is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if type_.__class__ is not str:
            if type_ is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if finalized_ts.__class__ is not int:
            if finalized_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        deposit = cls.__new__(cls)
        deposit.amount_cents = amount_cents
        deposit.created_ts = created_ts
        deposit.fee_cents = fee_cents
        deposit.id = id
        deposit.status = status
        deposit.type_ = type_
        deposit.finalized_ts = finalized_ts
        deposit.additional_properties = (
            {} if len(d) == 7 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        deposit._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return deposit

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
        fee_cents = _pop("fee_cents", MISSING)
        if fee_cents.__class__ is not int:
            fee_cents = unread(fee_cents, "fee_cents", d, _marks)
        id = _pop("id", MISSING)
        if id.__class__ is not str:
            id = unread(id, "id", d, _marks)
        status = _pop("status", MISSING)
        if status.__class__ is not str:
            status = unread(status, "status", d, _marks)
        type_ = _pop("type", MISSING)
        if type_.__class__ is not str:
            type_ = unread(type_, "type", d, _marks)
        finalized_ts = _pop("finalized_ts", MISSING)
        if finalized_ts.__class__ is not int:
            finalized_ts = unread(finalized_ts, "finalized_ts", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        deposit = cls.__new__(cls)
        deposit.amount_cents = amount_cents
        deposit.created_ts = created_ts
        deposit.fee_cents = fee_cents
        deposit.id = id
        deposit.status = status
        deposit.type_ = type_
        deposit.finalized_ts = finalized_ts
        deposit.additional_properties = d
        deposit._nulls = _marks
        return deposit

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
