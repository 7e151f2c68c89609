from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cfbenchmarks_update_subscription_command_payload_params_action import (
    CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction,
)
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="CfbenchmarksUpdateSubscriptionCommandPayloadParams")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "action",
    "index_ids",
    "sid",
    "sids",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class CfbenchmarksUpdateSubscriptionCommandPayloadParams:
    """The `CfbenchmarksUpdateSubscriptionCommandPayloadParams` object.

    Attributes:
        action (CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction | None)
        index_ids (list[str] | None)
        sid (int | None)
        sids (list[int] | None)
    """

    action: CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction | None = None
    index_ids: list[str] | None = None
    sid: int | None = None
    sids: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.action is not None:
            field_dict["action"] = self.action
        elif "action" in self._nulls:
            field_dict["action"] = None
        if self.index_ids is not None:
            field_dict["index_ids"] = [_v0 for _v0 in self.index_ids]
        elif "index_ids" in self._nulls:
            field_dict["index_ids"] = None
        if self.sid is not None:
            field_dict["sid"] = self.sid
        elif "sid" in self._nulls:
            field_dict["sid"] = None
        if self.sids is not None:
            field_dict["sids"] = [_v0 for _v0 in self.sids]
        elif "sids" in self._nulls:
            field_dict["sids"] = None
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
            action = d["action"]
            index_ids = d["index_ids"]
            sid = d["sid"]
            sids = d["sids"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if action.__class__ is not str:
            if action is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if index_ids.__class__ is list:
            for _item in index_ids:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif index_ids is None:
            index_ids = []
        else:
            return cls._read_tolerant(src_dict)
        if sid.__class__ is not int:
            if sid is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if sids.__class__ is list:
            for _item in sids:
                if _item.__class__ is not int:
                    return cls._read_tolerant(src_dict)
        elif sids is None:
            sids = []
        else:
            return cls._read_tolerant(src_dict)
        cfbenchmarks_update_subscription_command_payload_params = cls.__new__(cls)
        cfbenchmarks_update_subscription_command_payload_params.action = action
        cfbenchmarks_update_subscription_command_payload_params.index_ids = index_ids
        cfbenchmarks_update_subscription_command_payload_params.sid = sid
        cfbenchmarks_update_subscription_command_payload_params.sids = sids
        cfbenchmarks_update_subscription_command_payload_params.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        cfbenchmarks_update_subscription_command_payload_params._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return cfbenchmarks_update_subscription_command_payload_params

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
        action = _pop("action", MISSING)
        if action.__class__ is not str:
            action = unread(action, "action", d, _marks)
        index_ids = _pop("index_ids", MISSING)
        if index_ids.__class__ is list:
            for _item in index_ids:
                if _item.__class__ is not str:
                    d["index_ids"] = index_ids
                    index_ids = [_item for _item in index_ids if not (_item.__class__ is not str)]
                    break
        elif index_ids is None:
            index_ids = []
        else:
            index_ids = unread(index_ids, "index_ids", d, _marks)
        sid = _pop("sid", MISSING)
        if sid.__class__ is not int:
            sid = unread(sid, "sid", d, _marks)
        sids = _pop("sids", MISSING)
        if sids.__class__ is list:
            for _item in sids:
                if _item.__class__ is not int:
                    d["sids"] = sids
                    sids = [_item for _item in sids if not (_item.__class__ is not int)]
                    break
        elif sids is None:
            sids = []
        else:
            sids = unread(sids, "sids", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        cfbenchmarks_update_subscription_command_payload_params = cls.__new__(cls)
        cfbenchmarks_update_subscription_command_payload_params.action = action
        cfbenchmarks_update_subscription_command_payload_params.index_ids = index_ids
        cfbenchmarks_update_subscription_command_payload_params.sid = sid
        cfbenchmarks_update_subscription_command_payload_params.sids = sids
        cfbenchmarks_update_subscription_command_payload_params.additional_properties = d
        cfbenchmarks_update_subscription_command_payload_params._nulls = _marks
        return cfbenchmarks_update_subscription_command_payload_params

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
