from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountApiUsageLevelVolumeGoal")


@_attrs_define
class AccountApiUsageLevelVolumeGoal:
    """
    Attributes:
        earn_volume_goal_fp (str):
        keep_volume_goal_fp (str):
        level (str):
    """

    earn_volume_goal_fp: str
    keep_volume_goal_fp: str
    level: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earn_volume_goal_fp = self.earn_volume_goal_fp

        keep_volume_goal_fp = self.keep_volume_goal_fp

        level = self.level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "earn_volume_goal_fp": earn_volume_goal_fp,
                "keep_volume_goal_fp": keep_volume_goal_fp,
                "level": level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        earn_volume_goal_fp = d.pop("earn_volume_goal_fp")

        keep_volume_goal_fp = d.pop("keep_volume_goal_fp")

        level = d.pop("level")

        account_api_usage_level_volume_goal = cls(
            earn_volume_goal_fp=earn_volume_goal_fp,
            keep_volume_goal_fp=keep_volume_goal_fp,
            level=level,
        )

        account_api_usage_level_volume_goal.additional_properties = d
        return account_api_usage_level_volume_goal

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
