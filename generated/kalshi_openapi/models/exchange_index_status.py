from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExchangeIndexStatus")


@_attrs_define
class ExchangeIndexStatus:
    """
    Attributes:
        description (str):
        exchange_active (bool):
        exchange_index (int):
        intra_exchange_transfers_active (bool):
        trading_active (bool):
    """

    description: str
    exchange_active: bool
    exchange_index: int
    intra_exchange_transfers_active: bool
    trading_active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        exchange_active = self.exchange_active

        exchange_index = self.exchange_index

        intra_exchange_transfers_active = self.intra_exchange_transfers_active

        trading_active = self.trading_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "exchange_active": exchange_active,
                "exchange_index": exchange_index,
                "intra_exchange_transfers_active": intra_exchange_transfers_active,
                "trading_active": trading_active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        exchange_active = d.pop("exchange_active")

        exchange_index = d.pop("exchange_index")

        intra_exchange_transfers_active = d.pop("intra_exchange_transfers_active")

        trading_active = d.pop("trading_active")

        exchange_index_status = cls(
            description=description,
            exchange_active=exchange_active,
            exchange_index=exchange_index,
            intra_exchange_transfers_active=intra_exchange_transfers_active,
            trading_active=trading_active,
        )

        exchange_index_status.additional_properties = d
        return exchange_index_status

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
