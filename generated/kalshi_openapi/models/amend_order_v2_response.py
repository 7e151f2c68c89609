from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendOrderV2Response")


@_attrs_define
class AmendOrderV2Response:
    """
    Attributes:
        order_id (str):
        ts_ms (int):
        average_fee_paid (str | Unset):
        average_fill_price (str | Unset):
        client_order_id (str | Unset):
        fill_count (str | Unset):
        remaining_count (str | Unset):
    """

    order_id: str
    ts_ms: int
    average_fee_paid: str | Unset = UNSET
    average_fill_price: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    fill_count: str | Unset = UNSET
    remaining_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        ts_ms = self.ts_ms

        average_fee_paid = self.average_fee_paid

        average_fill_price = self.average_fill_price

        client_order_id = self.client_order_id

        fill_count = self.fill_count

        remaining_count = self.remaining_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "ts_ms": ts_ms,
            }
        )
        if average_fee_paid is not UNSET:
            field_dict["average_fee_paid"] = average_fee_paid
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        ts_ms = d.pop("ts_ms")

        average_fee_paid = d.pop("average_fee_paid", UNSET)

        average_fill_price = d.pop("average_fill_price", UNSET)

        client_order_id = d.pop("client_order_id", UNSET)

        fill_count = d.pop("fill_count", UNSET)

        remaining_count = d.pop("remaining_count", UNSET)

        amend_order_v2_response = cls(
            order_id=order_id,
            ts_ms=ts_ms,
            average_fee_paid=average_fee_paid,
            average_fill_price=average_fill_price,
            client_order_id=client_order_id,
            fill_count=fill_count,
            remaining_count=remaining_count,
        )

        amend_order_v2_response.additional_properties = d
        return amend_order_v2_response

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
