from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOrderGroupResponse")


@_attrs_define
class GetOrderGroupResponse:
    """
    Attributes:
        is_auto_cancel_enabled (bool):
        orders (list[str] | None):
        contracts_limit_fp (str | Unset):
        exchange_index (int | Unset):
    """

    is_auto_cancel_enabled: bool
    orders: list[str] | None
    contracts_limit_fp: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_auto_cancel_enabled = self.is_auto_cancel_enabled

        orders: list[str] | None
        if isinstance(self.orders, list):
            orders = self.orders

        else:
            orders = self.orders

        contracts_limit_fp = self.contracts_limit_fp

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_auto_cancel_enabled": is_auto_cancel_enabled,
                "orders": orders,
            }
        )
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_auto_cancel_enabled = d.pop("is_auto_cancel_enabled")

        def _parse_orders(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                orders_type_0 = cast(list[str], data)

                return orders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        orders = _parse_orders(d.pop("orders"))

        contracts_limit_fp = d.pop("contracts_limit_fp", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        get_order_group_response = cls(
            is_auto_cancel_enabled=is_auto_cancel_enabled,
            orders=orders,
            contracts_limit_fp=contracts_limit_fp,
            exchange_index=exchange_index,
        )

        get_order_group_response.additional_properties = d
        return get_order_group_response

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
