from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType, check_fee_type

T = TypeVar("T", bound="SeriesFeeChange")


@_attrs_define
class SeriesFeeChange:
    """
    Attributes:
        fee_multiplier (float):
        fee_type (FeeType):
        id (str):
        scheduled_ts (datetime.datetime):
        series_ticker (str):
    """

    fee_multiplier: float
    fee_type: FeeType
    id: str
    scheduled_ts: datetime.datetime
    series_ticker: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_multiplier = self.fee_multiplier

        fee_type: str = self.fee_type

        id = self.id

        scheduled_ts = self.scheduled_ts.isoformat()

        series_ticker = self.series_ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fee_multiplier": fee_multiplier,
                "fee_type": fee_type,
                "id": id,
                "scheduled_ts": scheduled_ts,
                "series_ticker": series_ticker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fee_multiplier = d.pop("fee_multiplier")

        fee_type = check_fee_type(d.pop("fee_type"))

        id = d.pop("id")

        scheduled_ts = datetime.datetime.fromisoformat(d.pop("scheduled_ts"))

        series_ticker = d.pop("series_ticker")

        series_fee_change = cls(
            fee_multiplier=fee_multiplier,
            fee_type=fee_type,
            id=id,
            scheduled_ts=scheduled_ts,
            series_ticker=series_ticker,
        )

        series_fee_change.additional_properties = d
        return series_fee_change

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
