from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incentive_program_incentive_type import (
    IncentiveProgramIncentiveType,
)
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="IncentiveProgram")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "end_date",
    "id",
    "incentive_description",
    "incentive_type",
    "market_id",
    "market_ticker",
    "paid_out",
    "period_reward",
    "start_date",
    "discount_factor_bps",
    "max_reward_per_account",
    "target_size_fp",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class IncentiveProgram:
    """The `IncentiveProgram` object.

    Attributes:
        end_date (datetime.datetime | None)
        id (str | None)
        incentive_description (str | None)
        incentive_type (IncentiveProgramIncentiveType | None)
        market_id (str | None)
        market_ticker (str | None)
        paid_out (bool | None)
        period_reward (int | None)
        start_date (datetime.datetime | None)
        discount_factor_bps (int | None)
        max_reward_per_account (int | None)
        target_size_fp (str | None)
    """

    end_date: datetime.datetime | None = None
    id: str | None = None
    incentive_description: str | None = None
    incentive_type: IncentiveProgramIncentiveType | None = None
    market_id: str | None = None
    market_ticker: str | None = None
    paid_out: bool | None = None
    period_reward: int | None = None
    start_date: datetime.datetime | None = None
    discount_factor_bps: int | None = None
    max_reward_per_account: int | None = None
    target_size_fp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.end_date is not None:
            field_dict["end_date"] = self.end_date.isoformat()
        elif "end_date" in self._nulls:
            field_dict["end_date"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.incentive_description is not None:
            field_dict["incentive_description"] = self.incentive_description
        elif "incentive_description" in self._nulls:
            field_dict["incentive_description"] = None
        if self.incentive_type is not None:
            field_dict["incentive_type"] = self.incentive_type
        elif "incentive_type" in self._nulls:
            field_dict["incentive_type"] = None
        if self.market_id is not None:
            field_dict["market_id"] = self.market_id
        elif "market_id" in self._nulls:
            field_dict["market_id"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.paid_out is not None:
            field_dict["paid_out"] = self.paid_out
        elif "paid_out" in self._nulls:
            field_dict["paid_out"] = None
        if self.period_reward is not None:
            field_dict["period_reward"] = self.period_reward
        elif "period_reward" in self._nulls:
            field_dict["period_reward"] = None
        if self.start_date is not None:
            field_dict["start_date"] = self.start_date.isoformat()
        elif "start_date" in self._nulls:
            field_dict["start_date"] = None
        if self.discount_factor_bps is not None:
            field_dict["discount_factor_bps"] = self.discount_factor_bps
        elif "discount_factor_bps" in self._nulls:
            field_dict["discount_factor_bps"] = None
        if self.max_reward_per_account is not None:
            field_dict["max_reward_per_account"] = self.max_reward_per_account
        elif "max_reward_per_account" in self._nulls:
            field_dict["max_reward_per_account"] = None
        if self.target_size_fp is not None:
            field_dict["target_size_fp"] = self.target_size_fp
        elif "target_size_fp" in self._nulls:
            field_dict["target_size_fp"] = None
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
            end_date = d["end_date"]
            id = d["id"]
            incentive_description = d["incentive_description"]
            incentive_type = d["incentive_type"]
            market_id = d["market_id"]
            market_ticker = d["market_ticker"]
            paid_out = d["paid_out"]
            period_reward = d["period_reward"]
            start_date = d["start_date"]
            discount_factor_bps = d["discount_factor_bps"]
            max_reward_per_account = d["max_reward_per_account"]
            target_size_fp = d["target_size_fp"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if end_date.__class__ is not str:
            if end_date is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if id.__class__ is not str:
            if id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if incentive_description.__class__ is not str:
            if incentive_description is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if incentive_type.__class__ is not str:
            if incentive_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if market_id.__class__ is not str:
            if market_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if paid_out.__class__ is not bool:
            if paid_out is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if period_reward.__class__ is not int:
            if period_reward is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if start_date.__class__ is not str:
            if start_date is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if discount_factor_bps.__class__ is not int:
            if discount_factor_bps is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if max_reward_per_account.__class__ is not int:
            if max_reward_per_account is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if target_size_fp.__class__ is not str:
            if target_size_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        incentive_program = cls.__new__(cls)
        incentive_program._raw_end_date = end_date
        incentive_program.id = id
        incentive_program.incentive_description = incentive_description
        incentive_program.incentive_type = incentive_type
        incentive_program.market_id = market_id
        incentive_program.market_ticker = market_ticker
        incentive_program.paid_out = paid_out
        incentive_program.period_reward = period_reward
        incentive_program._raw_start_date = start_date
        incentive_program.discount_factor_bps = discount_factor_bps
        incentive_program.max_reward_per_account = max_reward_per_account
        incentive_program.target_size_fp = target_size_fp
        incentive_program._times_kept = True
        incentive_program._raw_additional_properties = (
            {} if len(d) == 12 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        incentive_program._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return incentive_program

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
        end_date = _pop("end_date", MISSING)
        if end_date.__class__ is str:
            try:
                end_date = datetime.datetime.fromisoformat(end_date)
            except ValueError:
                end_date = unread(end_date, "end_date", d, _marks)
        else:
            end_date = unread(end_date, "end_date", d, _marks)
        id = _pop("id", MISSING)
        if id.__class__ is not str:
            id = unread(id, "id", d, _marks)
        incentive_description = _pop("incentive_description", MISSING)
        if incentive_description.__class__ is not str:
            incentive_description = unread(
                incentive_description, "incentive_description", d, _marks
            )
        incentive_type = _pop("incentive_type", MISSING)
        if incentive_type.__class__ is not str:
            incentive_type = unread(incentive_type, "incentive_type", d, _marks)
        market_id = _pop("market_id", MISSING)
        if market_id.__class__ is not str:
            market_id = unread(market_id, "market_id", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        paid_out = _pop("paid_out", MISSING)
        if paid_out.__class__ is not bool:
            paid_out = unread(paid_out, "paid_out", d, _marks)
        period_reward = _pop("period_reward", MISSING)
        if period_reward.__class__ is not int:
            period_reward = unread(period_reward, "period_reward", d, _marks)
        start_date = _pop("start_date", MISSING)
        if start_date.__class__ is str:
            try:
                start_date = datetime.datetime.fromisoformat(start_date)
            except ValueError:
                start_date = unread(start_date, "start_date", d, _marks)
        else:
            start_date = unread(start_date, "start_date", d, _marks)
        discount_factor_bps = _pop("discount_factor_bps", MISSING)
        if discount_factor_bps.__class__ is not int:
            discount_factor_bps = unread(discount_factor_bps, "discount_factor_bps", d, _marks)
        max_reward_per_account = _pop("max_reward_per_account", MISSING)
        if max_reward_per_account.__class__ is not int:
            max_reward_per_account = unread(
                max_reward_per_account, "max_reward_per_account", d, _marks
            )
        target_size_fp = _pop("target_size_fp", MISSING)
        if target_size_fp.__class__ is not str:
            target_size_fp = unread(target_size_fp, "target_size_fp", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        incentive_program = cls.__new__(cls)
        incentive_program.end_date = end_date
        incentive_program.id = id
        incentive_program.incentive_description = incentive_description
        incentive_program.incentive_type = incentive_type
        incentive_program.market_id = market_id
        incentive_program.market_ticker = market_ticker
        incentive_program.paid_out = paid_out
        incentive_program.period_reward = period_reward
        incentive_program.start_date = start_date
        incentive_program.discount_factor_bps = discount_factor_bps
        incentive_program.max_reward_per_account = max_reward_per_account
        incentive_program.target_size_fp = target_size_fp
        incentive_program.additional_properties = d
        incentive_program._nulls = _marks
        incentive_program._times_kept = False
        return incentive_program

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


# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    IncentiveProgram,
    times={
        "end_date": datetime.datetime.fromisoformat,
        "start_date": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
