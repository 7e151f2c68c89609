from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PercentilePoint")


@_attrs_define
class PercentilePoint:
    """
    Attributes:
        formatted_forecast (str):
        numerical_forecast (float):
        percentile (int):
        raw_numerical_forecast (float):
    """

    formatted_forecast: str
    numerical_forecast: float
    percentile: int
    raw_numerical_forecast: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formatted_forecast = self.formatted_forecast

        numerical_forecast = self.numerical_forecast

        percentile = self.percentile

        raw_numerical_forecast = self.raw_numerical_forecast

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formatted_forecast": formatted_forecast,
                "numerical_forecast": numerical_forecast,
                "percentile": percentile,
                "raw_numerical_forecast": raw_numerical_forecast,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formatted_forecast = d.pop("formatted_forecast")

        numerical_forecast = d.pop("numerical_forecast")

        percentile = d.pop("percentile")

        raw_numerical_forecast = d.pop("raw_numerical_forecast")

        percentile_point = cls(
            formatted_forecast=formatted_forecast,
            numerical_forecast=numerical_forecast,
            percentile=percentile,
            raw_numerical_forecast=raw_numerical_forecast,
        )

        percentile_point.additional_properties = d
        return percentile_point

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
