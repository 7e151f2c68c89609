from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_market_result import SettlementMarketResult, check_settlement_market_result
from ..types import UNSET, Unset

T = TypeVar("T", bound="Settlement")


@_attrs_define
class Settlement:
    """
    Attributes:
        event_ticker (str):
        exchange_index (int):
        fee_cost (str):
        market_result (SettlementMarketResult):
        no_count_fp (str):
        no_total_cost_dollars (str):
        revenue (int):
        settled_time (datetime.datetime):
        ticker (str):
        yes_count_fp (str):
        yes_total_cost_dollars (str):
        value (int | None | Unset):
    """

    event_ticker: str
    exchange_index: int
    fee_cost: str
    market_result: SettlementMarketResult
    no_count_fp: str
    no_total_cost_dollars: str
    revenue: int
    settled_time: datetime.datetime
    ticker: str
    yes_count_fp: str
    yes_total_cost_dollars: str
    value: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        exchange_index = self.exchange_index

        fee_cost = self.fee_cost

        market_result: str = self.market_result

        no_count_fp = self.no_count_fp

        no_total_cost_dollars = self.no_total_cost_dollars

        revenue = self.revenue

        settled_time = self.settled_time.isoformat()

        ticker = self.ticker

        yes_count_fp = self.yes_count_fp

        yes_total_cost_dollars = self.yes_total_cost_dollars

        value: int | Unset | None
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_ticker": event_ticker,
                "exchange_index": exchange_index,
                "fee_cost": fee_cost,
                "market_result": market_result,
                "no_count_fp": no_count_fp,
                "no_total_cost_dollars": no_total_cost_dollars,
                "revenue": revenue,
                "settled_time": settled_time,
                "ticker": ticker,
                "yes_count_fp": yes_count_fp,
                "yes_total_cost_dollars": yes_total_cost_dollars,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker")

        exchange_index = d.pop("exchange_index")

        fee_cost = d.pop("fee_cost")

        market_result = check_settlement_market_result(d.pop("market_result"))

        no_count_fp = d.pop("no_count_fp")

        no_total_cost_dollars = d.pop("no_total_cost_dollars")

        revenue = d.pop("revenue")

        settled_time = datetime.datetime.fromisoformat(d.pop("settled_time"))

        ticker = d.pop("ticker")

        yes_count_fp = d.pop("yes_count_fp")

        yes_total_cost_dollars = d.pop("yes_total_cost_dollars")

        def _parse_value(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        settlement = cls(
            event_ticker=event_ticker,
            exchange_index=exchange_index,
            fee_cost=fee_cost,
            market_result=market_result,
            no_count_fp=no_count_fp,
            no_total_cost_dollars=no_total_cost_dollars,
            revenue=revenue,
            settled_time=settled_time,
            ticker=ticker,
            yes_count_fp=yes_count_fp,
            yes_total_cost_dollars=yes_total_cost_dollars,
            value=value,
        )

        settlement.additional_properties = d
        return settlement

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
