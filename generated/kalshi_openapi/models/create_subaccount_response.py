from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="CreateSubaccountResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = ("subaccount_number",)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class CreateSubaccountResponse:
    """The `CreateSubaccountResponse` object.

    Attributes:
        subaccount_number (int | None)
    """

    subaccount_number: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.subaccount_number is not None:
            field_dict["subaccount_number"] = self.subaccount_number
        elif "subaccount_number" in self._nulls:
            field_dict["subaccount_number"] = None
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
            subaccount_number = d["subaccount_number"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if subaccount_number.__class__ is not int:
            if subaccount_number is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        create_subaccount_response = cls.__new__(cls)
        create_subaccount_response.subaccount_number = subaccount_number
        create_subaccount_response.additional_properties = (
            {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        create_subaccount_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return create_subaccount_response

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
        subaccount_number = _pop("subaccount_number", MISSING)
        if subaccount_number.__class__ is not int:
            subaccount_number = unread(subaccount_number, "subaccount_number", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        create_subaccount_response = cls.__new__(cls)
        create_subaccount_response.subaccount_number = subaccount_number
        create_subaccount_response.additional_properties = d
        create_subaccount_response._nulls = _marks
        return create_subaccount_response

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
