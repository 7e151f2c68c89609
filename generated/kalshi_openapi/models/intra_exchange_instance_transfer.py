from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance
from ..models.intra_exchange_instance_transfer_status import (
    IntraExchangeInstanceTransferStatus,
)
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="IntraExchangeInstanceTransfer")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "amount",
    "created_ts",
    "destination",
    "destination_exchange_shard",
    "source",
    "source_exchange_shard",
    "status",
    "transfer_id",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class IntraExchangeInstanceTransfer:
    """The `IntraExchangeInstanceTransfer` object.

    Attributes:
        amount (str | None)
        created_ts (int | None)
        destination (ExchangeInstance | None)
        destination_exchange_shard (int | None)
        source (ExchangeInstance | None)
        source_exchange_shard (int | None)
        status (IntraExchangeInstanceTransferStatus | None)
        transfer_id (str | None)
    """

    amount: str | None = None
    created_ts: int | None = None
    destination: ExchangeInstance | None = None
    destination_exchange_shard: int | None = None
    source: ExchangeInstance | None = None
    source_exchange_shard: int | None = None
    status: IntraExchangeInstanceTransferStatus | None = None
    transfer_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.amount is not None:
            field_dict["amount"] = self.amount
        elif "amount" in self._nulls:
            field_dict["amount"] = None
        if self.created_ts is not None:
            field_dict["created_ts"] = self.created_ts
        elif "created_ts" in self._nulls:
            field_dict["created_ts"] = None
        if self.destination is not None:
            field_dict["destination"] = self.destination
        elif "destination" in self._nulls:
            field_dict["destination"] = None
        if self.destination_exchange_shard is not None:
            field_dict["destination_exchange_shard"] = self.destination_exchange_shard
        elif "destination_exchange_shard" in self._nulls:
            field_dict["destination_exchange_shard"] = None
        if self.source is not None:
            field_dict["source"] = self.source
        elif "source" in self._nulls:
            field_dict["source"] = None
        if self.source_exchange_shard is not None:
            field_dict["source_exchange_shard"] = self.source_exchange_shard
        elif "source_exchange_shard" in self._nulls:
            field_dict["source_exchange_shard"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
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
            amount = d["amount"]
            created_ts = d["created_ts"]
            destination = d["destination"]
            destination_exchange_shard = d["destination_exchange_shard"]
            source = d["source"]
            source_exchange_shard = d["source_exchange_shard"]
            status = d["status"]
            transfer_id = d["transfer_id"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if amount.__class__ is not str:
            if amount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if created_ts.__class__ is not int:
            if created_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if destination.__class__ is not str:
            if destination is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if destination_exchange_shard.__class__ is not int:
            if destination_exchange_shard is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if source.__class__ is not str:
            if source is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if source_exchange_shard.__class__ is not int:
            if source_exchange_shard is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if status.__class__ is not str:
            if status is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if transfer_id.__class__ is not str:
            if transfer_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        intra_exchange_instance_transfer = cls.__new__(cls)
        intra_exchange_instance_transfer.amount = amount
        intra_exchange_instance_transfer.created_ts = created_ts
        intra_exchange_instance_transfer.destination = destination
        intra_exchange_instance_transfer.destination_exchange_shard = destination_exchange_shard
        intra_exchange_instance_transfer.source = source
        intra_exchange_instance_transfer.source_exchange_shard = source_exchange_shard
        intra_exchange_instance_transfer.status = status
        intra_exchange_instance_transfer.transfer_id = transfer_id
        intra_exchange_instance_transfer.additional_properties = (
            {} if len(d) == 8 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        intra_exchange_instance_transfer._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return intra_exchange_instance_transfer

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
        amount = _pop("amount", MISSING)
        if amount.__class__ is not str:
            amount = unread(amount, "amount", d, _marks)
        created_ts = _pop("created_ts", MISSING)
        if created_ts.__class__ is not int:
            created_ts = unread(created_ts, "created_ts", d, _marks)
        destination = _pop("destination", MISSING)
        if destination.__class__ is not str:
            destination = unread(destination, "destination", d, _marks)
        destination_exchange_shard = _pop("destination_exchange_shard", MISSING)
        if destination_exchange_shard.__class__ is not int:
            destination_exchange_shard = unread(
                destination_exchange_shard, "destination_exchange_shard", d, _marks
            )
        source = _pop("source", MISSING)
        if source.__class__ is not str:
            source = unread(source, "source", d, _marks)
        source_exchange_shard = _pop("source_exchange_shard", MISSING)
        if source_exchange_shard.__class__ is not int:
            source_exchange_shard = unread(
                source_exchange_shard, "source_exchange_shard", d, _marks
            )
        status = _pop("status", MISSING)
        if status.__class__ is not str:
            status = unread(status, "status", d, _marks)
        transfer_id = _pop("transfer_id", MISSING)
        if transfer_id.__class__ is not str:
            transfer_id = unread(transfer_id, "transfer_id", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        intra_exchange_instance_transfer = cls.__new__(cls)
        intra_exchange_instance_transfer.amount = amount
        intra_exchange_instance_transfer.created_ts = created_ts
        intra_exchange_instance_transfer.destination = destination
        intra_exchange_instance_transfer.destination_exchange_shard = destination_exchange_shard
        intra_exchange_instance_transfer.source = source
        intra_exchange_instance_transfer.source_exchange_shard = source_exchange_shard
        intra_exchange_instance_transfer.status = status
        intra_exchange_instance_transfer.transfer_id = transfer_id
        intra_exchange_instance_transfer.additional_properties = d
        intra_exchange_instance_transfer._nulls = _marks
        return intra_exchange_instance_transfer

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
