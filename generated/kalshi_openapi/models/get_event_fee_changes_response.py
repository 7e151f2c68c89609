from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event_fee_change import EventFeeChange


T = TypeVar("T", bound="GetEventFeeChangesResponse")


@_attrs_define
class GetEventFeeChangesResponse:
    """
    Attributes:
        cursor (str):
        event_fee_changes (list[EventFeeChange]):
    """

    cursor: str
    event_fee_changes: list[EventFeeChange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        event_fee_changes = []
        for event_fee_changes_item_data in self.event_fee_changes:
            event_fee_changes_item = event_fee_changes_item_data.to_dict()
            event_fee_changes.append(event_fee_changes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
                "event_fee_changes": event_fee_changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_fee_change import EventFeeChange

        d = dict(src_dict)
        cursor = d.pop("cursor")

        event_fee_changes = []
        _event_fee_changes = d.pop("event_fee_changes")
        for event_fee_changes_item_data in _event_fee_changes:
            event_fee_changes_item = EventFeeChange.from_dict(event_fee_changes_item_data)

            event_fee_changes.append(event_fee_changes_item)

        get_event_fee_changes_response = cls(
            cursor=cursor,
            event_fee_changes=event_fee_changes,
        )

        get_event_fee_changes_response.additional_properties = d
        return get_event_fee_changes_response

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
