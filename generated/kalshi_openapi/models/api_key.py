from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_scope import ApiKeyScope
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="ApiKey")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "api_key_id",
    "name",
    "scopes",
    "fcm_subtrader_id",
    "subaccount",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class ApiKey:
    """The `ApiKey` object.

    Attributes:
        api_key_id (str | None)
        name (str | None)
        scopes (list[ApiKeyScope] | None)
        fcm_subtrader_id (None | str)
        subaccount (int | None)
    """

    api_key_id: str | None = None
    name: str | None = None
    scopes: list[ApiKeyScope] | None = None
    fcm_subtrader_id: str | None = None
    subaccount: int | None = None
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
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.scopes is not None:
            field_dict["scopes"] = [_v0 for _v0 in self.scopes]
        elif "scopes" in self._nulls:
            field_dict["scopes"] = None
        if self.fcm_subtrader_id is not None:
            field_dict["fcm_subtrader_id"] = self.fcm_subtrader_id
        elif "fcm_subtrader_id" in self._nulls:
            field_dict["fcm_subtrader_id"] = None
        if self.subaccount is not None:
            field_dict["subaccount"] = self.subaccount
        elif "subaccount" in self._nulls:
            field_dict["subaccount"] = None
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
            name = d["name"]
            scopes = d["scopes"]
            fcm_subtrader_id = d["fcm_subtrader_id"]
            subaccount = d["subaccount"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if api_key_id.__class__ is not str:
            if api_key_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if name.__class__ is not str:
            if name is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if scopes.__class__ is list:
            for _item in scopes:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif scopes is None:
            scopes = []
        else:
            return cls._read_tolerant(src_dict)
        if fcm_subtrader_id.__class__ is not str:
            if fcm_subtrader_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if subaccount.__class__ is not int:
            if subaccount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        api_key = cls.__new__(cls)
        api_key.api_key_id = api_key_id
        api_key.name = name
        api_key.scopes = scopes
        api_key.fcm_subtrader_id = fcm_subtrader_id
        api_key.subaccount = subaccount
        api_key.additional_properties = (
            {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        api_key._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return api_key

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
        name = _pop("name", MISSING)
        if name.__class__ is not str:
            name = unread(name, "name", d, _marks)
        scopes = _pop("scopes", MISSING)
        if scopes.__class__ is list:
            for _item in scopes:
                if _item.__class__ is not str:
                    d["scopes"] = scopes
                    scopes = [_item for _item in scopes if not (_item.__class__ is not str)]
                    break
        elif scopes is None:
            scopes = []
        else:
            scopes = unread(scopes, "scopes", d, _marks)
        fcm_subtrader_id = _pop("fcm_subtrader_id", MISSING)
        if fcm_subtrader_id.__class__ is not str:
            fcm_subtrader_id = unread(fcm_subtrader_id, "fcm_subtrader_id", d, _marks)
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread(subaccount, "subaccount", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        api_key = cls.__new__(cls)
        api_key.api_key_id = api_key_id
        api_key.name = name
        api_key.scopes = scopes
        api_key.fcm_subtrader_id = fcm_subtrader_id
        api_key.subaccount = subaccount
        api_key.additional_properties = d
        api_key._nulls = _marks
        return api_key

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
