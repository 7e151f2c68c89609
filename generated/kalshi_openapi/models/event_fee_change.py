from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType, check_fee_type

T = TypeVar("T", bound="EventFeeChange")


@_attrs_define
class EventFeeChange:
    """
    Attributes:
        event_ticker (str):
        fee_multiplier_override (float | None):
        fee_type_override (FeeType | None):
        id (str):
        scheduled_ts (datetime.datetime):
        series_ticker (str):
    """

    event_ticker: str
    fee_multiplier_override: float | None
    fee_type_override: FeeType | None
    id: str
    scheduled_ts: datetime.datetime
    series_ticker: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        fee_multiplier_override: float | None
        fee_multiplier_override = self.fee_multiplier_override

        fee_type_override: str | None
        if isinstance(self.fee_type_override, str):
            fee_type_override = self.fee_type_override
        else:
            fee_type_override = self.fee_type_override

        id = self.id

        scheduled_ts = self.scheduled_ts.isoformat()

        series_ticker = self.series_ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_ticker": event_ticker,
                "fee_multiplier_override": fee_multiplier_override,
                "fee_type_override": fee_type_override,
                "id": id,
                "scheduled_ts": scheduled_ts,
                "series_ticker": series_ticker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker")

        def _parse_fee_multiplier_override(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        fee_multiplier_override = _parse_fee_multiplier_override(d.pop("fee_multiplier_override"))

        def _parse_fee_type_override(data: object) -> FeeType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_type_override_type_1 = check_fee_type(data)

                return fee_type_override_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeeType | None, data)

        fee_type_override = _parse_fee_type_override(d.pop("fee_type_override"))

        id = d.pop("id")

        scheduled_ts = datetime.datetime.fromisoformat(d.pop("scheduled_ts"))

        series_ticker = d.pop("series_ticker")

        event_fee_change = cls(
            event_ticker=event_ticker,
            fee_multiplier_override=fee_multiplier_override,
            fee_type_override=fee_type_override,
            id=id,
            scheduled_ts=scheduled_ts,
            series_ticker=series_ticker,
        )

        event_fee_change.additional_properties = d
        return event_fee_change

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
