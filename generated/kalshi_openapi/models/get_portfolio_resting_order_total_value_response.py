from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="GetPortfolioRestingOrderTotalValueResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "resting_order_value_breakdown",
    "total_resting_order_value",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class GetPortfolioRestingOrderTotalValueResponse:
    """The `GetPortfolioRestingOrderTotalValueResponse` object.

    Attributes:
        resting_order_value_breakdown (list[IndexedBalance] | None)
        total_resting_order_value (int | None)
    """

    resting_order_value_breakdown: list[IndexedBalance] | None = None
    total_resting_order_value: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.resting_order_value_breakdown is not None:
            field_dict["resting_order_value_breakdown"] = [
                _v0.to_dict() for _v0 in self.resting_order_value_breakdown
            ]
        elif "resting_order_value_breakdown" in self._nulls:
            field_dict["resting_order_value_breakdown"] = None
        if self.total_resting_order_value is not None:
            field_dict["total_resting_order_value"] = self.total_resting_order_value
        elif "total_resting_order_value" in self._nulls:
            field_dict["total_resting_order_value"] = None
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
            resting_order_value_breakdown = d["resting_order_value_breakdown"]
            total_resting_order_value = d["total_resting_order_value"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if resting_order_value_breakdown.__class__ is list:
            for _item in resting_order_value_breakdown:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif resting_order_value_breakdown is None:
            resting_order_value_breakdown = []
        else:
            return cls._read_tolerant(src_dict)
        if total_resting_order_value.__class__ is not int:
            if total_resting_order_value is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        get_portfolio_resting_order_total_value_response = cls.__new__(cls)
        get_portfolio_resting_order_total_value_response._raw_resting_order_value_breakdown = (
            resting_order_value_breakdown
        )
        get_portfolio_resting_order_total_value_response.total_resting_order_value = (
            total_resting_order_value
        )
        get_portfolio_resting_order_total_value_response.additional_properties = (
            {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        get_portfolio_resting_order_total_value_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return get_portfolio_resting_order_total_value_response

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
        resting_order_value_breakdown = _pop("resting_order_value_breakdown", MISSING)
        if resting_order_value_breakdown.__class__ is list:
            _read: list[Any] = []
            for _item in resting_order_value_breakdown:
                if _item.__class__ is dict:
                    _read.append(IndexedBalance.from_dict(_item))
                else:
                    d["resting_order_value_breakdown"] = resting_order_value_breakdown
            resting_order_value_breakdown = _read
        elif resting_order_value_breakdown is None:
            resting_order_value_breakdown = []
        else:
            resting_order_value_breakdown = unread(
                resting_order_value_breakdown, "resting_order_value_breakdown", d, _marks
            )
        total_resting_order_value = _pop("total_resting_order_value", MISSING)
        if total_resting_order_value.__class__ is not int:
            total_resting_order_value = unread(
                total_resting_order_value, "total_resting_order_value", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        get_portfolio_resting_order_total_value_response = cls.__new__(cls)
        get_portfolio_resting_order_total_value_response.resting_order_value_breakdown = (
            resting_order_value_breakdown
        )
        get_portfolio_resting_order_total_value_response.total_resting_order_value = (
            total_resting_order_value
        )
        get_portfolio_resting_order_total_value_response.additional_properties = d
        get_portfolio_resting_order_total_value_response._nulls = _marks
        return get_portfolio_resting_order_total_value_response

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
    GetPortfolioRestingOrderTotalValueResponse,
    times={},
    models={},
    lists={
        "resting_order_value_breakdown": IndexedBalance.from_dict,
    },
)
