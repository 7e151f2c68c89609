from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weather_index_station_reading import WeatherIndexStationReading


T = TypeVar("T", bound="WeatherIndexPoint")


@_attrs_define
class WeatherIndexPoint:
    """
    Attributes:
        status (str):
        t (int):
        contributors (int | Unset):
        stations (list[WeatherIndexStationReading] | Unset):
        v (float | Unset):
    """

    status: str
    t: int
    contributors: int | Unset = UNSET
    stations: list[WeatherIndexStationReading] | Unset = UNSET
    v: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        t = self.t

        contributors = self.contributors

        stations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stations, Unset):
            stations = []
            for stations_item_data in self.stations:
                stations_item = stations_item_data.to_dict()
                stations.append(stations_item)

        v = self.v

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "t": t,
            }
        )
        if contributors is not UNSET:
            field_dict["contributors"] = contributors
        if stations is not UNSET:
            field_dict["stations"] = stations
        if v is not UNSET:
            field_dict["v"] = v

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weather_index_station_reading import WeatherIndexStationReading

        d = dict(src_dict)
        status = d.pop("status")

        t = d.pop("t")

        contributors = d.pop("contributors", UNSET)

        _stations = d.pop("stations", UNSET)
        stations: list[WeatherIndexStationReading] | Unset = UNSET
        if _stations is not UNSET:
            stations = []
            for stations_item_data in _stations:
                stations_item = WeatherIndexStationReading.from_dict(stations_item_data)

                stations.append(stations_item)

        v = d.pop("v", UNSET)

        weather_index_point = cls(
            status=status,
            t=t,
            contributors=contributors,
            stations=stations,
            v=v,
        )

        weather_index_point.additional_properties = d
        return weather_index_point

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
