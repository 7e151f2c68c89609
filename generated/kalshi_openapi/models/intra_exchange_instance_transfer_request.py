from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance
from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="IntraExchangeInstanceTransferRequest")


@_attrs_define
class IntraExchangeInstanceTransferRequest:
    """The `IntraExchangeInstanceTransferRequest` object of a request body.

    Attributes:
        amount (int | None)
        destination (ExchangeInstance | None)
        source (ExchangeInstance | None)
        client_transfer_id (UUID | None | Unset)
        destination_exchange_shard (int | None | Unset)
        destination_subaccount (int | None | Unset)
        source_exchange_shard (int | None | Unset)
        source_subaccount (int | None | Unset)
    """

    amount: int | None
    destination: ExchangeInstance | None
    source: ExchangeInstance | None
    client_transfer_id: UUID | Unset | None = UNSET
    destination_exchange_shard: int | Unset | None = 0
    destination_subaccount: int | Unset | None = 0
    source_exchange_shard: int | Unset | None = 0
    source_subaccount: int | Unset | None = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.amount is None:
            if "amount" not in self._absent:
                field_dict["amount"] = None
        elif not isinstance(self.amount, Unset):
            field_dict["amount"] = self.amount
        if self.destination is None:
            if "destination" not in self._absent:
                field_dict["destination"] = None
        elif not isinstance(self.destination, Unset):
            field_dict["destination"] = self.destination
        if self.source is None:
            if "source" not in self._absent:
                field_dict["source"] = None
        elif not isinstance(self.source, Unset):
            field_dict["source"] = self.source
        if self.client_transfer_id is None:
            if "client_transfer_id" not in self._absent:
                field_dict["client_transfer_id"] = None
        elif not isinstance(self.client_transfer_id, Unset):
            field_dict["client_transfer_id"] = str(self.client_transfer_id)
        if self.destination_exchange_shard is None:
            if "destination_exchange_shard" not in self._absent:
                field_dict["destination_exchange_shard"] = None
        elif not isinstance(self.destination_exchange_shard, Unset):
            field_dict["destination_exchange_shard"] = self.destination_exchange_shard
        if self.destination_subaccount is None:
            if "destination_subaccount" not in self._absent:
                field_dict["destination_subaccount"] = None
        elif not isinstance(self.destination_subaccount, Unset):
            field_dict["destination_subaccount"] = self.destination_subaccount
        if self.source_exchange_shard is None:
            if "source_exchange_shard" not in self._absent:
                field_dict["source_exchange_shard"] = None
        elif not isinstance(self.source_exchange_shard, Unset):
            field_dict["source_exchange_shard"] = self.source_exchange_shard
        if self.source_subaccount is None:
            if "source_subaccount" not in self._absent:
                field_dict["source_subaccount"] = None
        elif not isinstance(self.source_subaccount, Unset):
            field_dict["source_subaccount"] = self.source_subaccount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Any) -> T:
        """Read the model from a decoded JSON object; never raises (rules: openapi/README.md of kalshi-trade)."""
        d: dict[str, Any]
        if src_dict.__class__ is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            d = {}
        _marks: list[str] = []
        _pop = d.pop
        amount = _pop("amount", MISSING)
        if amount.__class__ is not int:
            amount = unread_request(amount, "amount", d, _marks)
        destination = _pop("destination", MISSING)
        if destination.__class__ is not str:
            destination = unread_request(destination, "destination", d, _marks)
        source = _pop("source", MISSING)
        if source.__class__ is not str:
            source = unread_request(source, "source", d, _marks)
        client_transfer_id = _pop("client_transfer_id", MISSING)
        if client_transfer_id.__class__ is str:
            try:
                client_transfer_id = UUID(client_transfer_id)
            except ValueError:
                client_transfer_id = unread_request(
                    client_transfer_id, "client_transfer_id", d, _marks
                )
        else:
            client_transfer_id = unread_request(client_transfer_id, "client_transfer_id", d, _marks)
        destination_exchange_shard = _pop("destination_exchange_shard", MISSING)
        if destination_exchange_shard.__class__ is not int:
            destination_exchange_shard = unread_request(
                destination_exchange_shard, "destination_exchange_shard", d, _marks
            )
        destination_subaccount = _pop("destination_subaccount", MISSING)
        if destination_subaccount.__class__ is not int:
            destination_subaccount = unread_request(
                destination_subaccount, "destination_subaccount", d, _marks
            )
        source_exchange_shard = _pop("source_exchange_shard", MISSING)
        if source_exchange_shard.__class__ is not int:
            source_exchange_shard = unread_request(
                source_exchange_shard, "source_exchange_shard", d, _marks
            )
        source_subaccount = _pop("source_subaccount", MISSING)
        if source_subaccount.__class__ is not int:
            source_subaccount = unread_request(source_subaccount, "source_subaccount", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        intra_exchange_instance_transfer_request = cls.__new__(cls)
        intra_exchange_instance_transfer_request.amount = amount
        intra_exchange_instance_transfer_request.destination = destination
        intra_exchange_instance_transfer_request.source = source
        intra_exchange_instance_transfer_request.client_transfer_id = client_transfer_id
        intra_exchange_instance_transfer_request.destination_exchange_shard = (
            destination_exchange_shard
        )
        intra_exchange_instance_transfer_request.destination_subaccount = destination_subaccount
        intra_exchange_instance_transfer_request.source_exchange_shard = source_exchange_shard
        intra_exchange_instance_transfer_request.source_subaccount = source_subaccount
        intra_exchange_instance_transfer_request.additional_properties = d
        intra_exchange_instance_transfer_request._absent = _marks
        return intra_exchange_instance_transfer_request

    @property
    def additional_keys(self) -> list[str]:
        """The keys of the body this model has no attribute for (and of fields it could not read)."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
