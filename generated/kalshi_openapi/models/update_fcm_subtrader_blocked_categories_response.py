from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="UpdateFCMSubtraderBlockedCategoriesResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = ("categories",)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class UpdateFCMSubtraderBlockedCategoriesResponse:
    """The `UpdateFCMSubtraderBlockedCategoriesResponse` object.

    Attributes:
        categories (list[str] | None)
    """

    categories: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.categories is not None:
            field_dict["categories"] = [_v0 for _v0 in self.categories]
        elif "categories" in self._nulls:
            field_dict["categories"] = None
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
            categories = d["categories"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if categories.__class__ is list:
            for _item in categories:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif categories is None:
            categories = []
        else:
            return cls._read_tolerant(src_dict)
        update_fcm_subtrader_blocked_categories_response = cls.__new__(cls)
        update_fcm_subtrader_blocked_categories_response.categories = categories
        update_fcm_subtrader_blocked_categories_response.additional_properties = (
            {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        update_fcm_subtrader_blocked_categories_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return update_fcm_subtrader_blocked_categories_response

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
        categories = _pop("categories", MISSING)
        if categories.__class__ is list:
            for _item in categories:
                if _item.__class__ is not str:
                    d["categories"] = categories
                    categories = [_item for _item in categories if not (_item.__class__ is not str)]
                    break
        elif categories is None:
            categories = []
        else:
            categories = unread(categories, "categories", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        update_fcm_subtrader_blocked_categories_response = cls.__new__(cls)
        update_fcm_subtrader_blocked_categories_response.categories = categories
        update_fcm_subtrader_blocked_categories_response.additional_properties = d
        update_fcm_subtrader_blocked_categories_response._nulls = _marks
        return update_fcm_subtrader_blocked_categories_response

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
