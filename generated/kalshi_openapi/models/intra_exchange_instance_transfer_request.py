from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance, check_exchange_instance
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntraExchangeInstanceTransferRequest")


@_attrs_define
class IntraExchangeInstanceTransferRequest:
    """
    Attributes:
        amount (int):
        destination (ExchangeInstance):
        source (ExchangeInstance):
        destination_exchange_shard (int | Unset):  Default: 0.
        destination_subaccount (int | Unset):  Default: 0.
        source_exchange_shard (int | Unset):  Default: 0.
        source_subaccount (int | Unset):  Default: 0.
    """

    amount: int
    destination: ExchangeInstance
    source: ExchangeInstance
    destination_exchange_shard: int | Unset = 0
    destination_subaccount: int | Unset = 0
    source_exchange_shard: int | Unset = 0
    source_subaccount: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        destination: str = self.destination

        source: str = self.source

        destination_exchange_shard = self.destination_exchange_shard

        destination_subaccount = self.destination_subaccount

        source_exchange_shard = self.source_exchange_shard

        source_subaccount = self.source_subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "destination": destination,
                "source": source,
            }
        )
        if destination_exchange_shard is not UNSET:
            field_dict["destination_exchange_shard"] = destination_exchange_shard
        if destination_subaccount is not UNSET:
            field_dict["destination_subaccount"] = destination_subaccount
        if source_exchange_shard is not UNSET:
            field_dict["source_exchange_shard"] = source_exchange_shard
        if source_subaccount is not UNSET:
            field_dict["source_subaccount"] = source_subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        destination = check_exchange_instance(d.pop("destination"))

        source = check_exchange_instance(d.pop("source"))

        destination_exchange_shard = d.pop("destination_exchange_shard", UNSET)

        destination_subaccount = d.pop("destination_subaccount", UNSET)

        source_exchange_shard = d.pop("source_exchange_shard", UNSET)

        source_subaccount = d.pop("source_subaccount", UNSET)

        intra_exchange_instance_transfer_request = cls(
            amount=amount,
            destination=destination,
            source=source,
            destination_exchange_shard=destination_exchange_shard,
            destination_subaccount=destination_subaccount,
            source_exchange_shard=source_exchange_shard,
            source_subaccount=source_subaccount,
        )

        intra_exchange_instance_transfer_request.additional_properties = d
        return intra_exchange_instance_transfer_request

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
