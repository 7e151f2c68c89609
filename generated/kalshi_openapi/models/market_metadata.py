from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarketMetadata")


@_attrs_define
class MarketMetadata:
    """
    Attributes:
        color_code (str):
        image_url (str):
        market_ticker (str):
    """

    color_code: str
    image_url: str
    market_ticker: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color_code = self.color_code

        image_url = self.image_url

        market_ticker = self.market_ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "color_code": color_code,
                "image_url": image_url,
                "market_ticker": market_ticker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color_code = d.pop("color_code")

        image_url = d.pop("image_url")

        market_ticker = d.pop("market_ticker")

        market_metadata = cls(
            color_code=color_code,
            image_url=image_url,
            market_ticker=market_ticker,
        )

        market_metadata.additional_properties = d
        return market_metadata

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
