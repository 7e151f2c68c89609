from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PriceDistributionHistorical")


@_attrs_define
class PriceDistributionHistorical:
    """
    Attributes:
        close (None | str):
        high (None | str):
        low (None | str):
        mean (None | str):
        open_ (None | str):
        previous (None | str):
    """

    close: str | None
    high: str | None
    low: str | None
    mean: str | None
    open_: str | None
    previous: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        close: str | None
        close = self.close

        high: str | None
        high = self.high

        low: str | None
        low = self.low

        mean: str | None
        mean = self.mean

        open_: str | None
        open_ = self.open_

        previous: str | None
        previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "close": close,
                "high": high,
                "low": low,
                "mean": mean,
                "open": open_,
                "previous": previous,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_close(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        close = _parse_close(d.pop("close"))

        def _parse_high(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        high = _parse_high(d.pop("high"))

        def _parse_low(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        low = _parse_low(d.pop("low"))

        def _parse_mean(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        mean = _parse_mean(d.pop("mean"))

        def _parse_open_(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        open_ = _parse_open_(d.pop("open"))

        def _parse_previous(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        price_distribution_historical = cls(
            close=close,
            high=high,
            low=low,
            mean=mean,
            open_=open_,
            previous=previous,
        )

        price_distribution_historical.additional_properties = d
        return price_distribution_historical

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
