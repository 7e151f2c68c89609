from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplySubaccountTransferRequest")


@_attrs_define
class ApplySubaccountTransferRequest:
    """
    Attributes:
        amount_cents (int):
        client_transfer_id (UUID):
        from_subaccount (int):
        to_subaccount (int):
        exchange_index (int | Unset):
    """

    amount_cents: int
    client_transfer_id: UUID
    from_subaccount: int
    to_subaccount: int
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_cents = self.amount_cents

        client_transfer_id = str(self.client_transfer_id)

        from_subaccount = self.from_subaccount

        to_subaccount = self.to_subaccount

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_cents": amount_cents,
                "client_transfer_id": client_transfer_id,
                "from_subaccount": from_subaccount,
                "to_subaccount": to_subaccount,
            }
        )
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_cents = d.pop("amount_cents")

        client_transfer_id = UUID(d.pop("client_transfer_id"))

        from_subaccount = d.pop("from_subaccount")

        to_subaccount = d.pop("to_subaccount")

        exchange_index = d.pop("exchange_index", UNSET)

        apply_subaccount_transfer_request = cls(
            amount_cents=amount_cents,
            client_transfer_id=client_transfer_id,
            from_subaccount=from_subaccount,
            to_subaccount=to_subaccount,
            exchange_index=exchange_index,
        )

        apply_subaccount_transfer_request.additional_properties = d
        return apply_subaccount_transfer_request

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
