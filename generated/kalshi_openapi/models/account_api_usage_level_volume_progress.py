from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="AccountApiUsageLevelVolumeProgress")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "computed_ts",
    "goals",
    "trailing_30d_volume_fp",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class AccountApiUsageLevelVolumeProgress:
    """The `AccountApiUsageLevelVolumeProgress` object.

    Attributes:
        computed_ts (int | None)
        goals (list[AccountApiUsageLevelVolumeGoal] | None)
        trailing_30d_volume_fp (str | None)
    """

    computed_ts: int | None = None
    goals: list[AccountApiUsageLevelVolumeGoal] | None = None
    trailing_30d_volume_fp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.computed_ts is not None:
            field_dict["computed_ts"] = self.computed_ts
        elif "computed_ts" in self._nulls:
            field_dict["computed_ts"] = None
        if self.goals is not None:
            field_dict["goals"] = [_v0.to_dict() for _v0 in self.goals]
        elif "goals" in self._nulls:
            field_dict["goals"] = None
        if self.trailing_30d_volume_fp is not None:
            field_dict["trailing_30d_volume_fp"] = self.trailing_30d_volume_fp
        elif "trailing_30d_volume_fp" in self._nulls:
            field_dict["trailing_30d_volume_fp"] = None
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
            computed_ts = d["computed_ts"]
            goals = d["goals"]
            trailing_30d_volume_fp = d["trailing_30d_volume_fp"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if computed_ts.__class__ is not int:
            if computed_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if goals.__class__ is list:
            for _item in goals:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif goals is None:
            goals = []
        else:
            return cls._read_tolerant(src_dict)
        if trailing_30d_volume_fp.__class__ is not str:
            if trailing_30d_volume_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        account_api_usage_level_volume_progress = cls.__new__(cls)
        account_api_usage_level_volume_progress.computed_ts = computed_ts
        account_api_usage_level_volume_progress._raw_goals = goals
        account_api_usage_level_volume_progress.trailing_30d_volume_fp = trailing_30d_volume_fp
        account_api_usage_level_volume_progress.additional_properties = (
            {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        account_api_usage_level_volume_progress._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return account_api_usage_level_volume_progress

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
        computed_ts = _pop("computed_ts", MISSING)
        if computed_ts.__class__ is not int:
            computed_ts = unread(computed_ts, "computed_ts", d, _marks)
        goals = _pop("goals", MISSING)
        if goals.__class__ is list:
            _read: list[Any] = []
            for _item in goals:
                if _item.__class__ is dict:
                    _read.append(AccountApiUsageLevelVolumeGoal.from_dict(_item))
                else:
                    d["goals"] = goals
            goals = _read
        elif goals is None:
            goals = []
        else:
            goals = unread(goals, "goals", d, _marks)
        trailing_30d_volume_fp = _pop("trailing_30d_volume_fp", MISSING)
        if trailing_30d_volume_fp.__class__ is not str:
            trailing_30d_volume_fp = unread(
                trailing_30d_volume_fp, "trailing_30d_volume_fp", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        account_api_usage_level_volume_progress = cls.__new__(cls)
        account_api_usage_level_volume_progress.computed_ts = computed_ts
        account_api_usage_level_volume_progress.goals = goals
        account_api_usage_level_volume_progress.trailing_30d_volume_fp = trailing_30d_volume_fp
        account_api_usage_level_volume_progress.additional_properties = d
        account_api_usage_level_volume_progress._nulls = _marks
        return account_api_usage_level_volume_progress

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
from ..models.account_api_usage_level_volume_goal import AccountApiUsageLevelVolumeGoal  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    AccountApiUsageLevelVolumeProgress,
    times={},
    models={},
    lists={
        "goals": AccountApiUsageLevelVolumeGoal.from_dict,
    },
)
