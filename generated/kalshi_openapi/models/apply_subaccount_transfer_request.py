from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="ApplySubaccountTransferRequest")


@_attrs_define
class ApplySubaccountTransferRequest:
    """The `ApplySubaccountTransferRequest` object of a request body.

    Attributes:
        amount_cents (int | None)
        client_transfer_id (UUID | None)
        from_subaccount (int | None)
        to_subaccount (int | None)
        exchange_index (int | None | Unset)
    """

    amount_cents: int | None
    client_transfer_id: UUID | None
    from_subaccount: int | None
    to_subaccount: int | None
    exchange_index: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.amount_cents is None:
            if "amount_cents" not in self._absent:
                field_dict["amount_cents"] = None
        elif not isinstance(self.amount_cents, Unset):
            field_dict["amount_cents"] = self.amount_cents
        if self.client_transfer_id is None:
            if "client_transfer_id" not in self._absent:
                field_dict["client_transfer_id"] = None
        elif not isinstance(self.client_transfer_id, Unset):
            field_dict["client_transfer_id"] = str(self.client_transfer_id)
        if self.from_subaccount is None:
            if "from_subaccount" not in self._absent:
                field_dict["from_subaccount"] = None
        elif not isinstance(self.from_subaccount, Unset):
            field_dict["from_subaccount"] = self.from_subaccount
        if self.to_subaccount is None:
            if "to_subaccount" not in self._absent:
                field_dict["to_subaccount"] = None
        elif not isinstance(self.to_subaccount, Unset):
            field_dict["to_subaccount"] = self.to_subaccount
        if self.exchange_index is None:
            if "exchange_index" not in self._absent:
                field_dict["exchange_index"] = None
        elif not isinstance(self.exchange_index, Unset):
            field_dict["exchange_index"] = self.exchange_index
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
        amount_cents = _pop("amount_cents", MISSING)
        if amount_cents.__class__ is not int:
            amount_cents = unread_request(amount_cents, "amount_cents", d, _marks)
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
        from_subaccount = _pop("from_subaccount", MISSING)
        if from_subaccount.__class__ is not int:
            from_subaccount = unread_request(from_subaccount, "from_subaccount", d, _marks)
        to_subaccount = _pop("to_subaccount", MISSING)
        if to_subaccount.__class__ is not int:
            to_subaccount = unread_request(to_subaccount, "to_subaccount", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread_request(exchange_index, "exchange_index", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        apply_subaccount_transfer_request = cls.__new__(cls)
        apply_subaccount_transfer_request.amount_cents = amount_cents
        apply_subaccount_transfer_request.client_transfer_id = client_transfer_id
        apply_subaccount_transfer_request.from_subaccount = from_subaccount
        apply_subaccount_transfer_request.to_subaccount = to_subaccount
        apply_subaccount_transfer_request.exchange_index = exchange_index
        apply_subaccount_transfer_request.additional_properties = d
        apply_subaccount_transfer_request._absent = _marks
        return apply_subaccount_transfer_request

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
