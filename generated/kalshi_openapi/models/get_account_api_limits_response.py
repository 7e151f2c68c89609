from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_usage_level_grant import ApiUsageLevelGrant
    from ..models.bucket_limit import BucketLimit


T = TypeVar("T", bound="GetAccountApiLimitsResponse")


@_attrs_define
class GetAccountApiLimitsResponse:
    """
    Attributes:
        grants (list[ApiUsageLevelGrant]):
        read (BucketLimit):
        usage_tier (str):
        write (BucketLimit):
    """

    grants: list[ApiUsageLevelGrant]
    read: BucketLimit
    usage_tier: str
    write: BucketLimit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)

        read = self.read.to_dict()

        usage_tier = self.usage_tier

        write = self.write.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grants": grants,
                "read": read,
                "usage_tier": usage_tier,
                "write": write,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_usage_level_grant import ApiUsageLevelGrant
        from ..models.bucket_limit import BucketLimit

        d = dict(src_dict)
        grants = []
        _grants = d.pop("grants")
        for grants_item_data in _grants:
            grants_item = ApiUsageLevelGrant.from_dict(grants_item_data)

            grants.append(grants_item)

        read = BucketLimit.from_dict(d.pop("read"))

        usage_tier = d.pop("usage_tier")

        write = BucketLimit.from_dict(d.pop("write"))

        get_account_api_limits_response = cls(
            grants=grants,
            read=read,
            usage_tier=usage_tier,
            write=write,
        )

        get_account_api_limits_response.additional_properties = d
        return get_account_api_limits_response

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
