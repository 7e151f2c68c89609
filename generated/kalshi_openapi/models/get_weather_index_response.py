from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weather_index_point import WeatherIndexPoint


T = TypeVar("T", bound="GetWeatherIndexResponse")


@_attrs_define
class GetWeatherIndexResponse:
    """
    Attributes:
        city (str):
        timeseries (list[WeatherIndexPoint]):
        units (str):
        config_version (str | Unset):
    """

    city: str
    timeseries: list[WeatherIndexPoint]
    units: str
    config_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        timeseries = []
        for timeseries_item_data in self.timeseries:
            timeseries_item = timeseries_item_data.to_dict()
            timeseries.append(timeseries_item)

        units = self.units

        config_version = self.config_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "timeseries": timeseries,
                "units": units,
            }
        )
        if config_version is not UNSET:
            field_dict["config_version"] = config_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weather_index_point import WeatherIndexPoint

        d = dict(src_dict)
        city = d.pop("city")

        timeseries = []
        _timeseries = d.pop("timeseries")
        for timeseries_item_data in _timeseries:
            timeseries_item = WeatherIndexPoint.from_dict(timeseries_item_data)

            timeseries.append(timeseries_item)

        units = d.pop("units")

        config_version = d.pop("config_version", UNSET)

        get_weather_index_response = cls(
            city=city,
            timeseries=timeseries,
            units=units,
            config_version=config_version,
        )

        get_weather_index_response.additional_properties = d
        return get_weather_index_response

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
