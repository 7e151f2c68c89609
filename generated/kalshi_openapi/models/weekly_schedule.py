from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.daily_schedule import DailySchedule


T = TypeVar("T", bound="WeeklySchedule")


@_attrs_define
class WeeklySchedule:
    """
    Attributes:
        end_time (datetime.datetime):
        friday (list[DailySchedule]):
        monday (list[DailySchedule]):
        saturday (list[DailySchedule]):
        start_time (datetime.datetime):
        sunday (list[DailySchedule]):
        thursday (list[DailySchedule]):
        tuesday (list[DailySchedule]):
        wednesday (list[DailySchedule]):
    """

    end_time: datetime.datetime
    friday: list[DailySchedule]
    monday: list[DailySchedule]
    saturday: list[DailySchedule]
    start_time: datetime.datetime
    sunday: list[DailySchedule]
    thursday: list[DailySchedule]
    tuesday: list[DailySchedule]
    wednesday: list[DailySchedule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time = self.end_time.isoformat()

        friday = []
        for friday_item_data in self.friday:
            friday_item = friday_item_data.to_dict()
            friday.append(friday_item)

        monday = []
        for monday_item_data in self.monday:
            monday_item = monday_item_data.to_dict()
            monday.append(monday_item)

        saturday = []
        for saturday_item_data in self.saturday:
            saturday_item = saturday_item_data.to_dict()
            saturday.append(saturday_item)

        start_time = self.start_time.isoformat()

        sunday = []
        for sunday_item_data in self.sunday:
            sunday_item = sunday_item_data.to_dict()
            sunday.append(sunday_item)

        thursday = []
        for thursday_item_data in self.thursday:
            thursday_item = thursday_item_data.to_dict()
            thursday.append(thursday_item)

        tuesday = []
        for tuesday_item_data in self.tuesday:
            tuesday_item = tuesday_item_data.to_dict()
            tuesday.append(tuesday_item)

        wednesday = []
        for wednesday_item_data in self.wednesday:
            wednesday_item = wednesday_item_data.to_dict()
            wednesday.append(wednesday_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_time": end_time,
                "friday": friday,
                "monday": monday,
                "saturday": saturday,
                "start_time": start_time,
                "sunday": sunday,
                "thursday": thursday,
                "tuesday": tuesday,
                "wednesday": wednesday,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.daily_schedule import DailySchedule

        d = dict(src_dict)
        end_time = datetime.datetime.fromisoformat(d.pop("end_time"))

        friday = []
        _friday = d.pop("friday")
        for friday_item_data in _friday:
            friday_item = DailySchedule.from_dict(friday_item_data)

            friday.append(friday_item)

        monday = []
        _monday = d.pop("monday")
        for monday_item_data in _monday:
            monday_item = DailySchedule.from_dict(monday_item_data)

            monday.append(monday_item)

        saturday = []
        _saturday = d.pop("saturday")
        for saturday_item_data in _saturday:
            saturday_item = DailySchedule.from_dict(saturday_item_data)

            saturday.append(saturday_item)

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        sunday = []
        _sunday = d.pop("sunday")
        for sunday_item_data in _sunday:
            sunday_item = DailySchedule.from_dict(sunday_item_data)

            sunday.append(sunday_item)

        thursday = []
        _thursday = d.pop("thursday")
        for thursday_item_data in _thursday:
            thursday_item = DailySchedule.from_dict(thursday_item_data)

            thursday.append(thursday_item)

        tuesday = []
        _tuesday = d.pop("tuesday")
        for tuesday_item_data in _tuesday:
            tuesday_item = DailySchedule.from_dict(tuesday_item_data)

            tuesday.append(tuesday_item)

        wednesday = []
        _wednesday = d.pop("wednesday")
        for wednesday_item_data in _wednesday:
            wednesday_item = DailySchedule.from_dict(wednesday_item_data)

            wednesday.append(wednesday_item)

        weekly_schedule = cls(
            end_time=end_time,
            friday=friday,
            monday=monday,
            saturday=saturday,
            start_time=start_time,
            sunday=sunday,
            thursday=thursday,
            tuesday=tuesday,
            wednesday=wednesday,
        )

        weekly_schedule.additional_properties = d
        return weekly_schedule

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
