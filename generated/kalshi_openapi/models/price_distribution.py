from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceDistribution")


@_attrs_define
class PriceDistribution:
    """
    Attributes:
        close_dollars (str | Unset):
        high_dollars (str | Unset):
        low_dollars (str | Unset):
        max_dollars (str | Unset):
        mean_dollars (str | Unset):
        min_dollars (str | Unset):
        open_dollars (str | Unset):
        previous_dollars (str | Unset):
    """

    close_dollars: str | Unset = UNSET
    high_dollars: str | Unset = UNSET
    low_dollars: str | Unset = UNSET
    max_dollars: str | Unset = UNSET
    mean_dollars: str | Unset = UNSET
    min_dollars: str | Unset = UNSET
    open_dollars: str | Unset = UNSET
    previous_dollars: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        close_dollars = self.close_dollars

        high_dollars = self.high_dollars

        low_dollars = self.low_dollars

        max_dollars = self.max_dollars

        mean_dollars = self.mean_dollars

        min_dollars = self.min_dollars

        open_dollars = self.open_dollars

        previous_dollars = self.previous_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if close_dollars is not UNSET:
            field_dict["close_dollars"] = close_dollars
        if high_dollars is not UNSET:
            field_dict["high_dollars"] = high_dollars
        if low_dollars is not UNSET:
            field_dict["low_dollars"] = low_dollars
        if max_dollars is not UNSET:
            field_dict["max_dollars"] = max_dollars
        if mean_dollars is not UNSET:
            field_dict["mean_dollars"] = mean_dollars
        if min_dollars is not UNSET:
            field_dict["min_dollars"] = min_dollars
        if open_dollars is not UNSET:
            field_dict["open_dollars"] = open_dollars
        if previous_dollars is not UNSET:
            field_dict["previous_dollars"] = previous_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        close_dollars = d.pop("close_dollars", UNSET)

        high_dollars = d.pop("high_dollars", UNSET)

        low_dollars = d.pop("low_dollars", UNSET)

        max_dollars = d.pop("max_dollars", UNSET)

        mean_dollars = d.pop("mean_dollars", UNSET)

        min_dollars = d.pop("min_dollars", UNSET)

        open_dollars = d.pop("open_dollars", UNSET)

        previous_dollars = d.pop("previous_dollars", UNSET)

        price_distribution = cls(
            close_dollars=close_dollars,
            high_dollars=high_dollars,
            low_dollars=low_dollars,
            max_dollars=max_dollars,
            mean_dollars=mean_dollars,
            min_dollars=min_dollars,
            open_dollars=open_dollars,
            previous_dollars=previous_dollars,
        )

        price_distribution.additional_properties = d
        return price_distribution

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
