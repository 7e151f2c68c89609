from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="AccountApiUsageLevelVolumeGoal")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "earn_volume_goal_fp",
    "keep_volume_goal_fp",
    "level",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class AccountApiUsageLevelVolumeGoal:
    """The `AccountApiUsageLevelVolumeGoal` object.

    Attributes:
        earn_volume_goal_fp (str | None)
        keep_volume_goal_fp (str | None)
        level (str | None)
    """

    earn_volume_goal_fp: str | None = None
    keep_volume_goal_fp: str | None = None
    level: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.earn_volume_goal_fp is not None:
            field_dict["earn_volume_goal_fp"] = self.earn_volume_goal_fp
        elif "earn_volume_goal_fp" in self._nulls:
            field_dict["earn_volume_goal_fp"] = None
        if self.keep_volume_goal_fp is not None:
            field_dict["keep_volume_goal_fp"] = self.keep_volume_goal_fp
        elif "keep_volume_goal_fp" in self._nulls:
            field_dict["keep_volume_goal_fp"] = None
        if self.level is not None:
            field_dict["level"] = self.level
        elif "level" in self._nulls:
            field_dict["level"] = None
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
            earn_volume_goal_fp = d["earn_volume_goal_fp"]
            keep_volume_goal_fp = d["keep_volume_goal_fp"]
            level = d["level"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if earn_volume_goal_fp.__class__ is not str:
            if earn_volume_goal_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if keep_volume_goal_fp.__class__ is not str:
            if keep_volume_goal_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if level.__class__ is not str:
            if level is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        account_api_usage_level_volume_goal = cls.__new__(cls)
        account_api_usage_level_volume_goal.earn_volume_goal_fp = earn_volume_goal_fp
        account_api_usage_level_volume_goal.keep_volume_goal_fp = keep_volume_goal_fp
        account_api_usage_level_volume_goal.level = level
        account_api_usage_level_volume_goal.additional_properties = (
            {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        account_api_usage_level_volume_goal._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return account_api_usage_level_volume_goal

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
        earn_volume_goal_fp = _pop("earn_volume_goal_fp", MISSING)
        if earn_volume_goal_fp.__class__ is not str:
            earn_volume_goal_fp = unread(earn_volume_goal_fp, "earn_volume_goal_fp", d, _marks)
        keep_volume_goal_fp = _pop("keep_volume_goal_fp", MISSING)
        if keep_volume_goal_fp.__class__ is not str:
            keep_volume_goal_fp = unread(keep_volume_goal_fp, "keep_volume_goal_fp", d, _marks)
        level = _pop("level", MISSING)
        if level.__class__ is not str:
            level = unread(level, "level", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        account_api_usage_level_volume_goal = cls.__new__(cls)
        account_api_usage_level_volume_goal.earn_volume_goal_fp = earn_volume_goal_fp
        account_api_usage_level_volume_goal.keep_volume_goal_fp = keep_volume_goal_fp
        account_api_usage_level_volume_goal.level = level
        account_api_usage_level_volume_goal.additional_properties = d
        account_api_usage_level_volume_goal._nulls = _marks
        return account_api_usage_level_volume_goal

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
