from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="GetAccountApiLimitsResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "grants",
    "read",
    "usage_tier",
    "write",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class GetAccountApiLimitsResponse:
    """The `GetAccountApiLimitsResponse` object.

    Attributes:
        grants (list[ApiUsageLevelGrant] | None)
        read (BucketLimit | None)
        usage_tier (str | None)
        write (BucketLimit | None)
    """

    grants: list[ApiUsageLevelGrant] | None = None
    read: BucketLimit | None = None
    usage_tier: str | None = None
    write: BucketLimit | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.grants is not None:
            field_dict["grants"] = [_v0.to_dict() for _v0 in self.grants]
        elif "grants" in self._nulls:
            field_dict["grants"] = None
        if self.read is not None:
            field_dict["read"] = self.read.to_dict()
        elif "read" in self._nulls:
            field_dict["read"] = None
        if self.usage_tier is not None:
            field_dict["usage_tier"] = self.usage_tier
        elif "usage_tier" in self._nulls:
            field_dict["usage_tier"] = None
        if self.write is not None:
            field_dict["write"] = self.write.to_dict()
        elif "write" in self._nulls:
            field_dict["write"] = None
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
            grants = d["grants"]
            read = d["read"]
            usage_tier = d["usage_tier"]
            write = d["write"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if grants.__class__ is list:
            for _item in grants:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif grants is None:
            grants = []
        else:
            return cls._read_tolerant(src_dict)
        if read.__class__ is not dict:
            if read is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if usage_tier.__class__ is not str:
            if usage_tier is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if write.__class__ is not dict:
            if write is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        get_account_api_limits_response = cls.__new__(cls)
        get_account_api_limits_response._raw_grants = grants
        get_account_api_limits_response._raw_read = read
        get_account_api_limits_response.usage_tier = usage_tier
        get_account_api_limits_response._raw_write = write
        get_account_api_limits_response.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        get_account_api_limits_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return get_account_api_limits_response

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
        grants = _pop("grants", MISSING)
        if grants.__class__ is list:
            _read: list[Any] = []
            for _item in grants:
                if _item.__class__ is dict:
                    _read.append(ApiUsageLevelGrant.from_dict(_item))
                else:
                    d["grants"] = grants
            grants = _read
        elif grants is None:
            grants = []
        else:
            grants = unread(grants, "grants", d, _marks)
        read = _pop("read", MISSING)
        if read.__class__ is dict:
            read = BucketLimit.from_dict(read)
        else:
            read = unread(read, "read", d, _marks)
        usage_tier = _pop("usage_tier", MISSING)
        if usage_tier.__class__ is not str:
            usage_tier = unread(usage_tier, "usage_tier", d, _marks)
        write = _pop("write", MISSING)
        if write.__class__ is dict:
            write = BucketLimit.from_dict(write)
        else:
            write = unread(write, "write", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        get_account_api_limits_response = cls.__new__(cls)
        get_account_api_limits_response.grants = grants
        get_account_api_limits_response.read = read
        get_account_api_limits_response.usage_tier = usage_tier
        get_account_api_limits_response.write = write
        get_account_api_limits_response.additional_properties = d
        get_account_api_limits_response._nulls = _marks
        return get_account_api_limits_response

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
from ..models.api_usage_level_grant import ApiUsageLevelGrant  # noqa: E402
from ..models.bucket_limit import BucketLimit  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    GetAccountApiLimitsResponse,
    times={},
    models={
        "read": BucketLimit.from_dict,
        "write": BucketLimit.from_dict,
    },
    lists={
        "grants": ApiUsageLevelGrant.from_dict,
    },
)
