from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_target_details import StructuredTargetDetails
    from ..models.structured_target_source_ids import StructuredTargetSourceIds


T = TypeVar("T", bound="StructuredTarget")


@_attrs_define
class StructuredTarget:
    """
    Attributes:
        details (StructuredTargetDetails | Unset):
        id (str | Unset):
        last_updated_ts (datetime.datetime | Unset):
        name (str | Unset):
        source_id (str | Unset):
        source_ids (StructuredTargetSourceIds | Unset):
        type_ (str | Unset):
    """

    details: StructuredTargetDetails | Unset = UNSET
    id: str | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    source_id: str | Unset = UNSET
    source_ids: StructuredTargetSourceIds | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        id = self.id

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        name = self.name

        source_id = self.source_id

        source_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_ids, Unset):
            source_ids = self.source_ids.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if details is not UNSET:
            field_dict["details"] = details
        if id is not UNSET:
            field_dict["id"] = id
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        if name is not UNSET:
            field_dict["name"] = name
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_ids is not UNSET:
            field_dict["source_ids"] = source_ids
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.structured_target_details import StructuredTargetDetails
        from ..models.structured_target_source_ids import StructuredTargetSourceIds

        d = dict(src_dict)
        _details = d.pop("details", UNSET)
        details: StructuredTargetDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = StructuredTargetDetails.from_dict(_details)

        id = d.pop("id", UNSET)

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        name = d.pop("name", UNSET)

        source_id = d.pop("source_id", UNSET)

        _source_ids = d.pop("source_ids", UNSET)
        source_ids: StructuredTargetSourceIds | Unset
        if isinstance(_source_ids, Unset):
            source_ids = UNSET
        else:
            source_ids = StructuredTargetSourceIds.from_dict(_source_ids)

        type_ = d.pop("type", UNSET)

        structured_target = cls(
            details=details,
            id=id,
            last_updated_ts=last_updated_ts,
            name=name,
            source_id=source_id,
            source_ids=source_ids,
            type_=type_,
        )

        structured_target.additional_properties = d
        return structured_target

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
