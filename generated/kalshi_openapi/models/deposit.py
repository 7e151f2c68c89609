from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deposit_status import DepositStatus, check_deposit_status
from ..models.deposit_type import DepositType, check_deposit_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Deposit")


@_attrs_define
class Deposit:
    """
    Attributes:
        amount_cents (int):
        created_ts (int):
        fee_cents (int):
        id (str):
        status (DepositStatus):
        type_ (DepositType):
        finalized_ts (int | None | Unset):
    """

    amount_cents: int
    created_ts: int
    fee_cents: int
    id: str
    status: DepositStatus
    type_: DepositType
    finalized_ts: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_cents = self.amount_cents

        created_ts = self.created_ts

        fee_cents = self.fee_cents

        id = self.id

        status: str = self.status

        type_: str = self.type_

        finalized_ts: int | Unset | None
        if isinstance(self.finalized_ts, Unset):
            finalized_ts = UNSET
        else:
            finalized_ts = self.finalized_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_cents": amount_cents,
                "created_ts": created_ts,
                "fee_cents": fee_cents,
                "id": id,
                "status": status,
                "type": type_,
            }
        )
        if finalized_ts is not UNSET:
            field_dict["finalized_ts"] = finalized_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_cents = d.pop("amount_cents")

        created_ts = d.pop("created_ts")

        fee_cents = d.pop("fee_cents")

        id = d.pop("id")

        status = check_deposit_status(d.pop("status"))

        type_ = check_deposit_type(d.pop("type"))

        def _parse_finalized_ts(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finalized_ts = _parse_finalized_ts(d.pop("finalized_ts", UNSET))

        deposit = cls(
            amount_cents=amount_cents,
            created_ts=created_ts,
            fee_cents=fee_cents,
            id=id,
            status=status,
            type_=type_,
            finalized_ts=finalized_ts,
        )

        deposit.additional_properties = d
        return deposit

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
