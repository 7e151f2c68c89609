from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_target import StructuredTarget


T = TypeVar("T", bound="GetStructuredTargetResponse")


@_attrs_define
class GetStructuredTargetResponse:
    """
    Attributes:
        structured_target (StructuredTarget | Unset):
    """

    structured_target: StructuredTarget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        structured_target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structured_target, Unset):
            structured_target = self.structured_target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if structured_target is not UNSET:
            field_dict["structured_target"] = structured_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.structured_target import StructuredTarget

        d = dict(src_dict)
        _structured_target = d.pop("structured_target", UNSET)
        structured_target: StructuredTarget | Unset
        if isinstance(_structured_target, Unset):
            structured_target = UNSET
        else:
            structured_target = StructuredTarget.from_dict(_structured_target)

        get_structured_target_response = cls(
            structured_target=structured_target,
        )

        get_structured_target_response.additional_properties = d
        return get_structured_target_response

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
