from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EventPosition")


@_attrs_define
class EventPosition:
    """
    Attributes:
        event_exposure_dollars (str):
        event_ticker (str):
        fees_paid_dollars (str):
        realized_pnl_dollars (str):
        total_cost_dollars (str):
        total_cost_shares_fp (str):
    """

    event_exposure_dollars: str
    event_ticker: str
    fees_paid_dollars: str
    realized_pnl_dollars: str
    total_cost_dollars: str
    total_cost_shares_fp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_exposure_dollars = self.event_exposure_dollars

        event_ticker = self.event_ticker

        fees_paid_dollars = self.fees_paid_dollars

        realized_pnl_dollars = self.realized_pnl_dollars

        total_cost_dollars = self.total_cost_dollars

        total_cost_shares_fp = self.total_cost_shares_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_exposure_dollars": event_exposure_dollars,
                "event_ticker": event_ticker,
                "fees_paid_dollars": fees_paid_dollars,
                "realized_pnl_dollars": realized_pnl_dollars,
                "total_cost_dollars": total_cost_dollars,
                "total_cost_shares_fp": total_cost_shares_fp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_exposure_dollars = d.pop("event_exposure_dollars")

        event_ticker = d.pop("event_ticker")

        fees_paid_dollars = d.pop("fees_paid_dollars")

        realized_pnl_dollars = d.pop("realized_pnl_dollars")

        total_cost_dollars = d.pop("total_cost_dollars")

        total_cost_shares_fp = d.pop("total_cost_shares_fp")

        event_position = cls(
            event_exposure_dollars=event_exposure_dollars,
            event_ticker=event_ticker,
            fees_paid_dollars=fees_paid_dollars,
            realized_pnl_dollars=realized_pnl_dollars,
            total_cost_dollars=total_cost_dollars,
            total_cost_shares_fp=total_cost_shares_fp,
        )

        event_position.additional_properties = d
        return event_position

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
