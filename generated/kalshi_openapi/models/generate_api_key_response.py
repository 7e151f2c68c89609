from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_type import ApiKeyType
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="GenerateApiKeyResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "api_key_id",
    "private_key",
    "key_type",
    "warning",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class GenerateApiKeyResponse:
    """The `GenerateApiKeyResponse` object.

    Attributes:
        api_key_id (str | None)
        private_key (str | None)
        key_type (ApiKeyType | None)
        warning (None | str)
    """

    api_key_id: str | None = None
    private_key: str | None = None
    key_type: ApiKeyType | None = None
    warning: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.api_key_id is not None:
            field_dict["api_key_id"] = self.api_key_id
        elif "api_key_id" in self._nulls:
            field_dict["api_key_id"] = None
        if self.private_key is not None:
            field_dict["private_key"] = self.private_key
        elif "private_key" in self._nulls:
            field_dict["private_key"] = None
        if self.key_type is not None:
            field_dict["key_type"] = self.key_type
        elif "key_type" in self._nulls:
            field_dict["key_type"] = None
        if self.warning is not None:
            field_dict["warning"] = self.warning
        elif "warning" in self._nulls:
            field_dict["warning"] = None
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
            api_key_id = d["api_key_id"]
            private_key = d["private_key"]
            key_type = d["key_type"]
            warning = d["warning"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if api_key_id.__class__ is not str:
            if api_key_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if private_key.__class__ is not str:
            if private_key is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if key_type.__class__ is not str:
            if key_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if warning.__class__ is not str:
            if warning is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        generate_api_key_response = cls.__new__(cls)
        generate_api_key_response.api_key_id = api_key_id
        generate_api_key_response.private_key = private_key
        generate_api_key_response.key_type = key_type
        generate_api_key_response.warning = warning
        generate_api_key_response.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        generate_api_key_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return generate_api_key_response

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
        api_key_id = _pop("api_key_id", MISSING)
        if api_key_id.__class__ is not str:
            api_key_id = unread(api_key_id, "api_key_id", d, _marks)
        private_key = _pop("private_key", MISSING)
        if private_key.__class__ is not str:
            private_key = unread(private_key, "private_key", d, _marks)
        key_type = _pop("key_type", MISSING)
        if key_type.__class__ is not str:
            key_type = unread(key_type, "key_type", d, _marks)
        warning = _pop("warning", MISSING)
        if warning.__class__ is not str:
            warning = unread(warning, "warning", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        generate_api_key_response = cls.__new__(cls)
        generate_api_key_response.api_key_id = api_key_id
        generate_api_key_response.private_key = private_key
        generate_api_key_response.key_type = key_type
        generate_api_key_response.warning = warning
        generate_api_key_response.additional_properties = d
        generate_api_key_response._nulls = _marks
        return generate_api_key_response

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
