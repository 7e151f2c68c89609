from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BucketLimit")


@_attrs_define
class BucketLimit:
    """
    Attributes:
        bucket_capacity (int):
        refill_rate (int):
    """

    bucket_capacity: int
    refill_rate: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_capacity = self.bucket_capacity

        refill_rate = self.refill_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_capacity": bucket_capacity,
                "refill_rate": refill_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_capacity = d.pop("bucket_capacity")

        refill_rate = d.pop("refill_rate")

        bucket_limit = cls(
            bucket_capacity=bucket_capacity,
            refill_rate=refill_rate,
        )

        bucket_limit.additional_properties = d
        return bucket_limit

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
