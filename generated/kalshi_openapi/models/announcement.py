from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.announcement_status import AnnouncementStatus, check_announcement_status
from ..models.announcement_type import AnnouncementType, check_announcement_type

T = TypeVar("T", bound="Announcement")


@_attrs_define
class Announcement:
    """
    Attributes:
        delivery_time (datetime.datetime):
        message (str):
        status (AnnouncementStatus):
        type_ (AnnouncementType):
    """

    delivery_time: datetime.datetime
    message: str
    status: AnnouncementStatus
    type_: AnnouncementType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_time = self.delivery_time.isoformat()

        message = self.message

        status: str = self.status

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_time": delivery_time,
                "message": message,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_time = datetime.datetime.fromisoformat(d.pop("delivery_time"))

        message = d.pop("message")

        status = check_announcement_status(d.pop("status"))

        type_ = check_announcement_type(d.pop("type"))

        announcement = cls(
            delivery_time=delivery_time,
            message=message,
            status=status,
            type_=type_,
        )

        announcement.additional_properties = d
        return announcement

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
