from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_scope import ApiKeyScope
from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="CreateApiKeyRequest")


@_attrs_define
class CreateApiKeyRequest:
    """The `CreateApiKeyRequest` object of a request body.

    Attributes:
        name (str | None)
        public_key (str | None)
        fcm_subtrader_id (str | None | Unset)
        scopes (list[ApiKeyScope] | None | Unset)
        subaccount (int | None | Unset)
    """

    name: str | None
    public_key: str | None
    fcm_subtrader_id: str | Unset | None = UNSET
    scopes: list[ApiKeyScope] | Unset | None = UNSET
    subaccount: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is None:
            if "name" not in self._absent:
                field_dict["name"] = None
        elif not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if self.public_key is None:
            if "public_key" not in self._absent:
                field_dict["public_key"] = None
        elif not isinstance(self.public_key, Unset):
            field_dict["public_key"] = self.public_key
        if self.fcm_subtrader_id is None:
            if "fcm_subtrader_id" not in self._absent:
                field_dict["fcm_subtrader_id"] = None
        elif not isinstance(self.fcm_subtrader_id, Unset):
            field_dict["fcm_subtrader_id"] = self.fcm_subtrader_id
        if self.scopes is None:
            if "scopes" not in self._absent:
                field_dict["scopes"] = None
        elif not isinstance(self.scopes, Unset):
            field_dict["scopes"] = [_v0 for _v0 in self.scopes]
        if self.subaccount is None:
            if "subaccount" not in self._absent:
                field_dict["subaccount"] = None
        elif not isinstance(self.subaccount, Unset):
            field_dict["subaccount"] = self.subaccount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Any) -> T:
        """Read the model from a decoded JSON object; never raises (rules: openapi/README.md of kalshi-trade)."""
        d: dict[str, Any]
        if src_dict.__class__ is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            d = {}
        _marks: list[str] = []
        _pop = d.pop
        name = _pop("name", MISSING)
        if name.__class__ is not str:
            name = unread_request(name, "name", d, _marks)
        public_key = _pop("public_key", MISSING)
        if public_key.__class__ is not str:
            public_key = unread_request(public_key, "public_key", d, _marks)
        fcm_subtrader_id = _pop("fcm_subtrader_id", MISSING)
        if fcm_subtrader_id.__class__ is not str:
            fcm_subtrader_id = unread_request(fcm_subtrader_id, "fcm_subtrader_id", d, _marks)
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
            scopes = unread_request(scopes, "scopes", d, _marks)
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread_request(subaccount, "subaccount", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        create_api_key_request = cls.__new__(cls)
        create_api_key_request.name = name
        create_api_key_request.public_key = public_key
        create_api_key_request.fcm_subtrader_id = fcm_subtrader_id
        create_api_key_request.scopes = scopes
        create_api_key_request.subaccount = subaccount
        create_api_key_request.additional_properties = d
        create_api_key_request._absent = _marks
        return create_api_key_request

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
