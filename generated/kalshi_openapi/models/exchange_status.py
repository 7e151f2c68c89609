from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="ExchangeStatus")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "exchange_active",
    "trading_active",
    "exchange_estimated_resume_time",
    "exchange_index_statuses",
    "intra_exchange_transfers_active",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class ExchangeStatus:
    """The `ExchangeStatus` object.

    Attributes:
        exchange_active (bool | None)
        trading_active (bool | None)
        exchange_estimated_resume_time (datetime.datetime | None)
        exchange_index_statuses (list[ExchangeIndexStatus] | None)
        intra_exchange_transfers_active (bool | None)
    """

    exchange_active: bool | None = None
    trading_active: bool | None = None
    exchange_estimated_resume_time: datetime.datetime | None = None
    exchange_index_statuses: list[ExchangeIndexStatus] | None = None
    intra_exchange_transfers_active: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.exchange_active is not None:
            field_dict["exchange_active"] = self.exchange_active
        elif "exchange_active" in self._nulls:
            field_dict["exchange_active"] = None
        if self.trading_active is not None:
            field_dict["trading_active"] = self.trading_active
        elif "trading_active" in self._nulls:
            field_dict["trading_active"] = None
        if self.exchange_estimated_resume_time is not None:
            field_dict["exchange_estimated_resume_time"] = (
                self.exchange_estimated_resume_time.isoformat()
            )
        elif "exchange_estimated_resume_time" in self._nulls:
            field_dict["exchange_estimated_resume_time"] = None
        if self.exchange_index_statuses is not None:
            field_dict["exchange_index_statuses"] = [
                _v0.to_dict() for _v0 in self.exchange_index_statuses
            ]
        elif "exchange_index_statuses" in self._nulls:
            field_dict["exchange_index_statuses"] = None
        if self.intra_exchange_transfers_active is not None:
            field_dict["intra_exchange_transfers_active"] = self.intra_exchange_transfers_active
        elif "intra_exchange_transfers_active" in self._nulls:
            field_dict["intra_exchange_transfers_active"] = None
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
            exchange_active = d["exchange_active"]
            trading_active = d["trading_active"]
            exchange_estimated_resume_time = d["exchange_estimated_resume_time"]
            exchange_index_statuses = d["exchange_index_statuses"]
            intra_exchange_transfers_active = d["intra_exchange_transfers_active"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if exchange_active.__class__ is not bool:
            if exchange_active is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if trading_active.__class__ is not bool:
            if trading_active is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if exchange_estimated_resume_time.__class__ is not str:
            if exchange_estimated_resume_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if exchange_index_statuses.__class__ is list:
            for _item in exchange_index_statuses:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif exchange_index_statuses is None:
            exchange_index_statuses = []
        else:
            return cls._read_tolerant(src_dict)
        if intra_exchange_transfers_active.__class__ is not bool:
            if intra_exchange_transfers_active is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        exchange_status = cls.__new__(cls)
        exchange_status.exchange_active = exchange_active
        exchange_status.trading_active = trading_active
        exchange_status._raw_exchange_estimated_resume_time = exchange_estimated_resume_time
        exchange_status._raw_exchange_index_statuses = exchange_index_statuses
        exchange_status.intra_exchange_transfers_active = intra_exchange_transfers_active
        exchange_status._times_kept = True
        exchange_status._raw_additional_properties = (
            {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        exchange_status._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return exchange_status

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
        exchange_active = _pop("exchange_active", MISSING)
        if exchange_active.__class__ is not bool:
            exchange_active = unread(exchange_active, "exchange_active", d, _marks)
        trading_active = _pop("trading_active", MISSING)
        if trading_active.__class__ is not bool:
            trading_active = unread(trading_active, "trading_active", d, _marks)
        exchange_estimated_resume_time = _pop("exchange_estimated_resume_time", MISSING)
        if exchange_estimated_resume_time.__class__ is str:
            try:
                exchange_estimated_resume_time = datetime.datetime.fromisoformat(
                    exchange_estimated_resume_time
                )
            except ValueError:
                exchange_estimated_resume_time = unread(
                    exchange_estimated_resume_time, "exchange_estimated_resume_time", d, _marks
                )
        else:
            exchange_estimated_resume_time = unread(
                exchange_estimated_resume_time, "exchange_estimated_resume_time", d, _marks
            )
        exchange_index_statuses = _pop("exchange_index_statuses", MISSING)
        if exchange_index_statuses.__class__ is list:
            _read: list[Any] = []
            for _item in exchange_index_statuses:
                if _item.__class__ is dict:
                    _read.append(ExchangeIndexStatus.from_dict(_item))
                else:
                    d["exchange_index_statuses"] = exchange_index_statuses
            exchange_index_statuses = _read
        elif exchange_index_statuses is None:
            exchange_index_statuses = []
        else:
            exchange_index_statuses = unread(
                exchange_index_statuses, "exchange_index_statuses", d, _marks
            )
        intra_exchange_transfers_active = _pop("intra_exchange_transfers_active", MISSING)
        if intra_exchange_transfers_active.__class__ is not bool:
            intra_exchange_transfers_active = unread(
                intra_exchange_transfers_active, "intra_exchange_transfers_active", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        exchange_status = cls.__new__(cls)
        exchange_status.exchange_active = exchange_active
        exchange_status.trading_active = trading_active
        exchange_status.exchange_estimated_resume_time = exchange_estimated_resume_time
        exchange_status.exchange_index_statuses = exchange_index_statuses
        exchange_status.intra_exchange_transfers_active = intra_exchange_transfers_active
        exchange_status.additional_properties = d
        exchange_status._nulls = _marks
        exchange_status._times_kept = False
        return exchange_status

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
from ..models.exchange_index_status import ExchangeIndexStatus  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    ExchangeStatus,
    times={
        "exchange_estimated_resume_time": datetime.datetime.fromisoformat,
    },
    models={},
    lists={
        "exchange_index_statuses": ExchangeIndexStatus.from_dict,
    },
)
