from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance, check_exchange_instance
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUsageLevelGrant")


@_attrs_define
class ApiUsageLevelGrant:
    """
    Attributes:
        exchange_instance (ExchangeInstance):
        level (str):
        source (str):
        expires_ts (int | None | Unset):
    """

    exchange_instance: ExchangeInstance
    level: str
    source: str
    expires_ts: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_instance: str = self.exchange_instance

        level = self.level

        source = self.source

        expires_ts: int | Unset | None
        if isinstance(self.expires_ts, Unset):
            expires_ts = UNSET
        else:
            expires_ts = self.expires_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange_instance": exchange_instance,
                "level": level,
                "source": source,
            }
        )
        if expires_ts is not UNSET:
            field_dict["expires_ts"] = expires_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange_instance = check_exchange_instance(d.pop("exchange_instance"))

        level = d.pop("level")

        source = d.pop("source")

        def _parse_expires_ts(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_ts = _parse_expires_ts(d.pop("expires_ts", UNSET))

        api_usage_level_grant = cls(
            exchange_instance=exchange_instance,
            level=level,
            source=source,
            expires_ts=expires_ts,
        )

        api_usage_level_grant.additional_properties = d
        return api_usage_level_grant

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
