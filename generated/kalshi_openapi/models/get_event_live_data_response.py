from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event_live_data import EventLiveData


T = TypeVar("T", bound="GetEventLiveDataResponse")


@_attrs_define
class GetEventLiveDataResponse:
    """
    Attributes:
        live_data (EventLiveData):
    """

    live_data: EventLiveData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        live_data = self.live_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "live_data": live_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_live_data import EventLiveData

        d = dict(src_dict)
        live_data = EventLiveData.from_dict(d.pop("live_data"))

        get_event_live_data_response = cls(
            live_data=live_data,
        )

        get_event_live_data_response.additional_properties = d
        return get_event_live_data_response

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
