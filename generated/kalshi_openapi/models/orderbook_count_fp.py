from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderbookCountFp")


@_attrs_define
class OrderbookCountFp:
    """
    Attributes:
        no_dollars (list[list[str]]):
        yes_dollars (list[list[str]]):
    """

    no_dollars: list[list[str]]
    yes_dollars: list[list[str]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        no_dollars = []
        for no_dollars_item_data in self.no_dollars:
            no_dollars_item = no_dollars_item_data

            no_dollars.append(no_dollars_item)

        yes_dollars = []
        for yes_dollars_item_data in self.yes_dollars:
            yes_dollars_item = yes_dollars_item_data

            yes_dollars.append(yes_dollars_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "no_dollars": no_dollars,
                "yes_dollars": yes_dollars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        no_dollars = []
        _no_dollars = d.pop("no_dollars")
        for no_dollars_item_data in _no_dollars:
            no_dollars_item = cast(list[str], no_dollars_item_data)

            no_dollars.append(no_dollars_item)

        yes_dollars = []
        _yes_dollars = d.pop("yes_dollars")
        for yes_dollars_item_data in _yes_dollars:
            yes_dollars_item = cast(list[str], yes_dollars_item_data)

            yes_dollars.append(yes_dollars_item)

        orderbook_count_fp = cls(
            no_dollars=no_dollars,
            yes_dollars=yes_dollars,
        )

        orderbook_count_fp.additional_properties = d
        return orderbook_count_fp

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
