from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_api_usage_level_volume_goal import AccountApiUsageLevelVolumeGoal


T = TypeVar("T", bound="AccountApiUsageLevelVolumeProgress")


@_attrs_define
class AccountApiUsageLevelVolumeProgress:
    """
    Attributes:
        computed_ts (int):
        goals (list[AccountApiUsageLevelVolumeGoal]):
        trailing_30d_volume_fp (str):
    """

    computed_ts: int
    goals: list[AccountApiUsageLevelVolumeGoal]
    trailing_30d_volume_fp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        computed_ts = self.computed_ts

        goals = []
        for goals_item_data in self.goals:
            goals_item = goals_item_data.to_dict()
            goals.append(goals_item)

        trailing_30d_volume_fp = self.trailing_30d_volume_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "computed_ts": computed_ts,
                "goals": goals,
                "trailing_30d_volume_fp": trailing_30d_volume_fp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_api_usage_level_volume_goal import AccountApiUsageLevelVolumeGoal

        d = dict(src_dict)
        computed_ts = d.pop("computed_ts")

        goals = []
        _goals = d.pop("goals")
        for goals_item_data in _goals:
            goals_item = AccountApiUsageLevelVolumeGoal.from_dict(goals_item_data)

            goals.append(goals_item)

        trailing_30d_volume_fp = d.pop("trailing_30d_volume_fp")

        account_api_usage_level_volume_progress = cls(
            computed_ts=computed_ts,
            goals=goals,
            trailing_30d_volume_fp=trailing_30d_volume_fp,
        )

        account_api_usage_level_volume_progress.additional_properties = d
        return account_api_usage_level_volume_progress

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
