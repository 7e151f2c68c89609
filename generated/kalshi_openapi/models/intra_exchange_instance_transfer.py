from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance, check_exchange_instance
from ..models.intra_exchange_instance_transfer_status import (
    IntraExchangeInstanceTransferStatus,
    check_intra_exchange_instance_transfer_status,
)

T = TypeVar("T", bound="IntraExchangeInstanceTransfer")


@_attrs_define
class IntraExchangeInstanceTransfer:
    """
    Attributes:
        amount (str):
        created_ts (int):
        destination (ExchangeInstance):
        destination_exchange_shard (int):
        source (ExchangeInstance):
        source_exchange_shard (int):
        status (IntraExchangeInstanceTransferStatus):
        transfer_id (str):
    """

    amount: str
    created_ts: int
    destination: ExchangeInstance
    destination_exchange_shard: int
    source: ExchangeInstance
    source_exchange_shard: int
    status: IntraExchangeInstanceTransferStatus
    transfer_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        created_ts = self.created_ts

        destination: str = self.destination

        destination_exchange_shard = self.destination_exchange_shard

        source: str = self.source

        source_exchange_shard = self.source_exchange_shard

        status: str = self.status

        transfer_id = self.transfer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "created_ts": created_ts,
                "destination": destination,
                "destination_exchange_shard": destination_exchange_shard,
                "source": source,
                "source_exchange_shard": source_exchange_shard,
                "status": status,
                "transfer_id": transfer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        created_ts = d.pop("created_ts")

        destination = check_exchange_instance(d.pop("destination"))

        destination_exchange_shard = d.pop("destination_exchange_shard")

        source = check_exchange_instance(d.pop("source"))

        source_exchange_shard = d.pop("source_exchange_shard")

        status = check_intra_exchange_instance_transfer_status(d.pop("status"))

        transfer_id = d.pop("transfer_id")

        intra_exchange_instance_transfer = cls(
            amount=amount,
            created_ts=created_ts,
            destination=destination,
            destination_exchange_shard=destination_exchange_shard,
            source=source,
            source_exchange_shard=source_exchange_shard,
            status=status,
            transfer_id=transfer_id,
        )

        intra_exchange_instance_transfer.additional_properties = d
        return intra_exchange_instance_transfer

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
