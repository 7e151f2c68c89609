from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecreaseOrderV2Request")


@_attrs_define
class DecreaseOrderV2Request:
    """
    Attributes:
        exchange_index (int | Unset):
        market_ticker (str | Unset):
        reduce_by (str | Unset):
        reduce_to (str | Unset):
    """

    exchange_index: int | Unset = UNSET
    market_ticker: str | Unset = UNSET
    reduce_by: str | Unset = UNSET
    reduce_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_index = self.exchange_index

        market_ticker = self.market_ticker

        reduce_by = self.reduce_by

        reduce_to = self.reduce_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange_index = d.pop("exchange_index", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        reduce_by = d.pop("reduce_by", UNSET)

        reduce_to = d.pop("reduce_to", UNSET)

        decrease_order_v2_request = cls(
            exchange_index=exchange_index,
            market_ticker=market_ticker,
            reduce_by=reduce_by,
            reduce_to=reduce_to,
        )

        decrease_order_v2_request.additional_properties = d
        return decrease_order_v2_request

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
