from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelOrderV2Response")


@_attrs_define
class CancelOrderV2Response:
    """
    Attributes:
        order_id (str):
        reduced_by (str):
        ts_ms (int):
        client_order_id (str | Unset):
    """

    order_id: str
    reduced_by: str
    ts_ms: int
    client_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        reduced_by = self.reduced_by

        ts_ms = self.ts_ms

        client_order_id = self.client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "reduced_by": reduced_by,
                "ts_ms": ts_ms,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        reduced_by = d.pop("reduced_by")

        ts_ms = d.pop("ts_ms")

        client_order_id = d.pop("client_order_id", UNSET)

        cancel_order_v2_response = cls(
            order_id=order_id,
            reduced_by=reduced_by,
            ts_ms=ts_ms,
            client_order_id=client_order_id,
        )

        cancel_order_v2_response.additional_properties = d
        return cancel_order_v2_response

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
