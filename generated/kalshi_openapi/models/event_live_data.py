from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_live_data_details import EventLiveDataDetails


T = TypeVar("T", bound="EventLiveData")


@_attrs_define
class EventLiveData:
    """
    Attributes:
        details (EventLiveDataDetails):
        type_ (str):
        default_range (str | Unset):
        is_historical (bool | Unset):
        range_options (list[str] | Unset):
    """

    details: EventLiveDataDetails
    type_: str
    default_range: str | Unset = UNSET
    is_historical: bool | Unset = UNSET
    range_options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details = self.details.to_dict()

        type_ = self.type_

        default_range = self.default_range

        is_historical = self.is_historical

        range_options: list[str] | Unset = UNSET
        if not isinstance(self.range_options, Unset):
            range_options = self.range_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
                "type": type_,
            }
        )
        if default_range is not UNSET:
            field_dict["default_range"] = default_range
        if is_historical is not UNSET:
            field_dict["is_historical"] = is_historical
        if range_options is not UNSET:
            field_dict["range_options"] = range_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_live_data_details import EventLiveDataDetails

        d = dict(src_dict)
        details = EventLiveDataDetails.from_dict(d.pop("details"))

        type_ = d.pop("type")

        default_range = d.pop("default_range", UNSET)

        is_historical = d.pop("is_historical", UNSET)

        range_options = cast(list[str], d.pop("range_options", UNSET))

        event_live_data = cls(
            details=details,
            type_=type_,
            default_range=default_range,
            is_historical=is_historical,
            range_options=range_options,
        )

        event_live_data.additional_properties = d
        return event_live_data

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
