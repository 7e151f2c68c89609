from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="GetBalanceResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "balance",
    "balance_dollars",
    "portfolio_value",
    "updated_ts",
    "balance_breakdown",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class GetBalanceResponse:
    """The `GetBalanceResponse` object.

    Attributes:
        balance (int | None)
        balance_dollars (str | None)
        portfolio_value (int | None)
        updated_ts (int | None)
        balance_breakdown (list[IndexedBalance] | None)
    """

    balance: int | None = None
    balance_dollars: str | None = None
    portfolio_value: int | None = None
    updated_ts: int | None = None
    balance_breakdown: list[IndexedBalance] | None = None
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
        if self.balance_dollars is not None:
            field_dict["balance_dollars"] = self.balance_dollars
        elif "balance_dollars" in self._nulls:
            field_dict["balance_dollars"] = None
        if self.portfolio_value is not None:
            field_dict["portfolio_value"] = self.portfolio_value
        elif "portfolio_value" in self._nulls:
            field_dict["portfolio_value"] = None
        if self.updated_ts is not None:
            field_dict["updated_ts"] = self.updated_ts
        elif "updated_ts" in self._nulls:
            field_dict["updated_ts"] = None
        if self.balance_breakdown is not None:
            field_dict["balance_breakdown"] = [_v0.to_dict() for _v0 in self.balance_breakdown]
        elif "balance_breakdown" in self._nulls:
            field_dict["balance_breakdown"] = None
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
            balance_dollars = d["balance_dollars"]
            portfolio_value = d["portfolio_value"]
            updated_ts = d["updated_ts"]
            balance_breakdown = d["balance_breakdown"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if balance.__class__ is not int:
            if balance is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if balance_dollars.__class__ is not str:
            if balance_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if portfolio_value.__class__ is not int:
            if portfolio_value is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if updated_ts.__class__ is not int:
            if updated_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if balance_breakdown.__class__ is list:
            for _item in balance_breakdown:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif balance_breakdown is None:
            balance_breakdown = []
        else:
            return cls._read_tolerant(src_dict)
        get_balance_response = cls.__new__(cls)
        get_balance_response.balance = balance
        get_balance_response.balance_dollars = balance_dollars
        get_balance_response.portfolio_value = portfolio_value
        get_balance_response.updated_ts = updated_ts
        get_balance_response._raw_balance_breakdown = balance_breakdown
        get_balance_response.additional_properties = (
            {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        get_balance_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return get_balance_response

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
        if balance.__class__ is not int:
            balance = unread(balance, "balance", d, _marks)
        balance_dollars = _pop("balance_dollars", MISSING)
        if balance_dollars.__class__ is not str:
            balance_dollars = unread(balance_dollars, "balance_dollars", d, _marks)
        portfolio_value = _pop("portfolio_value", MISSING)
        if portfolio_value.__class__ is not int:
            portfolio_value = unread(portfolio_value, "portfolio_value", d, _marks)
        updated_ts = _pop("updated_ts", MISSING)
        if updated_ts.__class__ is not int:
            updated_ts = unread(updated_ts, "updated_ts", d, _marks)
        balance_breakdown = _pop("balance_breakdown", MISSING)
        if balance_breakdown.__class__ is list:
            _read: list[Any] = []
            for _item in balance_breakdown:
                if _item.__class__ is dict:
                    _read.append(IndexedBalance.from_dict(_item))
                else:
                    d["balance_breakdown"] = balance_breakdown
            balance_breakdown = _read
        elif balance_breakdown is None:
            balance_breakdown = []
        else:
            balance_breakdown = unread(balance_breakdown, "balance_breakdown", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        get_balance_response = cls.__new__(cls)
        get_balance_response.balance = balance
        get_balance_response.balance_dollars = balance_dollars
        get_balance_response.portfolio_value = portfolio_value
        get_balance_response.updated_ts = updated_ts
        get_balance_response.balance_breakdown = balance_breakdown
        get_balance_response.additional_properties = d
        get_balance_response._nulls = _marks
        return get_balance_response

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
from ..models.indexed_balance import IndexedBalance  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    GetBalanceResponse,
    times={},
    models={},
    lists={
        "balance_breakdown": IndexedBalance.from_dict,
    },
)
