from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetHistoricalCutoffResponse")


@_attrs_define
class GetHistoricalCutoffResponse:
    """
    Attributes:
        market_settled_ts (datetime.datetime):
        orders_updated_ts (datetime.datetime):
        trades_created_ts (datetime.datetime):
        market_positions_last_updated_ts (datetime.datetime | Unset):
    """

    market_settled_ts: datetime.datetime
    orders_updated_ts: datetime.datetime
    trades_created_ts: datetime.datetime
    market_positions_last_updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_settled_ts = self.market_settled_ts.isoformat()

        orders_updated_ts = self.orders_updated_ts.isoformat()

        trades_created_ts = self.trades_created_ts.isoformat()

        market_positions_last_updated_ts: str | Unset = UNSET
        if not isinstance(self.market_positions_last_updated_ts, Unset):
            market_positions_last_updated_ts = self.market_positions_last_updated_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_settled_ts": market_settled_ts,
                "orders_updated_ts": orders_updated_ts,
                "trades_created_ts": trades_created_ts,
            }
        )
        if market_positions_last_updated_ts is not UNSET:
            field_dict["market_positions_last_updated_ts"] = market_positions_last_updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_settled_ts = datetime.datetime.fromisoformat(d.pop("market_settled_ts"))

        orders_updated_ts = datetime.datetime.fromisoformat(d.pop("orders_updated_ts"))

        trades_created_ts = datetime.datetime.fromisoformat(d.pop("trades_created_ts"))

        _market_positions_last_updated_ts = d.pop("market_positions_last_updated_ts", UNSET)
        market_positions_last_updated_ts: datetime.datetime | Unset
        if isinstance(_market_positions_last_updated_ts, Unset):
            market_positions_last_updated_ts = UNSET
        else:
            market_positions_last_updated_ts = datetime.datetime.fromisoformat(
                _market_positions_last_updated_ts
            )

        get_historical_cutoff_response = cls(
            market_settled_ts=market_settled_ts,
            orders_updated_ts=orders_updated_ts,
            trades_created_ts=trades_created_ts,
            market_positions_last_updated_ts=market_positions_last_updated_ts,
        )

        get_historical_cutoff_response.additional_properties = d
        return get_historical_cutoff_response

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
