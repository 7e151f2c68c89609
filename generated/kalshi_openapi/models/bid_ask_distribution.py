from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BidAskDistribution")


@_attrs_define
class BidAskDistribution:
    """
    Attributes:
        close_dollars (str):
        high_dollars (str):
        low_dollars (str):
        open_dollars (str):
    """

    close_dollars: str
    high_dollars: str
    low_dollars: str
    open_dollars: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        close_dollars = self.close_dollars

        high_dollars = self.high_dollars

        low_dollars = self.low_dollars

        open_dollars = self.open_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "close_dollars": close_dollars,
                "high_dollars": high_dollars,
                "low_dollars": low_dollars,
                "open_dollars": open_dollars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        close_dollars = d.pop("close_dollars")

        high_dollars = d.pop("high_dollars")

        low_dollars = d.pop("low_dollars")

        open_dollars = d.pop("open_dollars")

        bid_ask_distribution = cls(
            close_dollars=close_dollars,
            high_dollars=high_dollars,
            low_dollars=low_dollars,
            open_dollars=open_dollars,
        )

        bid_ask_distribution.additional_properties = d
        return bid_ask_distribution

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
