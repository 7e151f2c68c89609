from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WeatherIndexStationReading")


@_attrs_define
class WeatherIndexStationReading:
    """
    Attributes:
        code (str):
        station_id (str):
        obs_time_ms (int | Unset):
        primary_code (str | Unset):
        received_at_ms (int | Unset):
        source (str | Unset):
        temp_f (float | Unset):
    """

    code: str
    station_id: str
    obs_time_ms: int | Unset = UNSET
    primary_code: str | Unset = UNSET
    received_at_ms: int | Unset = UNSET
    source: str | Unset = UNSET
    temp_f: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        station_id = self.station_id

        obs_time_ms = self.obs_time_ms

        primary_code = self.primary_code

        received_at_ms = self.received_at_ms

        source = self.source

        temp_f = self.temp_f

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "station_id": station_id,
            }
        )
        if obs_time_ms is not UNSET:
            field_dict["obs_time_ms"] = obs_time_ms
        if primary_code is not UNSET:
            field_dict["primary_code"] = primary_code
        if received_at_ms is not UNSET:
            field_dict["received_at_ms"] = received_at_ms
        if source is not UNSET:
            field_dict["source"] = source
        if temp_f is not UNSET:
            field_dict["temp_f"] = temp_f

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        station_id = d.pop("station_id")

        obs_time_ms = d.pop("obs_time_ms", UNSET)

        primary_code = d.pop("primary_code", UNSET)

        received_at_ms = d.pop("received_at_ms", UNSET)

        source = d.pop("source", UNSET)

        temp_f = d.pop("temp_f", UNSET)

        weather_index_station_reading = cls(
            code=code,
            station_id=station_id,
            obs_time_ms=obs_time_ms,
            primary_code=primary_code,
            received_at_ms=received_at_ms,
            source=source,
            temp_f=temp_f,
        )

        weather_index_station_reading.additional_properties = d
        return weather_index_station_reading

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
