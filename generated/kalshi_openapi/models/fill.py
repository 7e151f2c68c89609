from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide, check_book_side
from ..models.fill_action import FillAction, check_fill_action
from ..models.fill_outcome_side import FillOutcomeSide, check_fill_outcome_side
from ..models.fill_side import FillSide, check_fill_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="Fill")


@_attrs_define
class Fill:
    """
    Attributes:
        book_side (BookSide):
        count_fp (str):
        exchange_index (int):
        fee_cost (str):
        fill_id (str):
        is_taker (bool):
        market_ticker (str):
        no_price_dollars (str):
        order_id (str):
        outcome_side (FillOutcomeSide):
        ticker (str):
        trade_id (str):
        yes_price_dollars (str):
        action (FillAction | Unset):
        created_time (datetime.datetime | Unset):
        side (FillSide | Unset):
        subaccount_number (int | None | Unset):
        ts (int | Unset):
    """

    book_side: BookSide
    count_fp: str
    exchange_index: int
    fee_cost: str
    fill_id: str
    is_taker: bool
    market_ticker: str
    no_price_dollars: str
    order_id: str
    outcome_side: FillOutcomeSide
    ticker: str
    trade_id: str
    yes_price_dollars: str
    action: FillAction | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    side: FillSide | Unset = UNSET
    subaccount_number: int | Unset | None = UNSET
    ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        book_side: str = self.book_side

        count_fp = self.count_fp

        exchange_index = self.exchange_index

        fee_cost = self.fee_cost

        fill_id = self.fill_id

        is_taker = self.is_taker

        market_ticker = self.market_ticker

        no_price_dollars = self.no_price_dollars

        order_id = self.order_id

        outcome_side: str = self.outcome_side

        ticker = self.ticker

        trade_id = self.trade_id

        yes_price_dollars = self.yes_price_dollars

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side

        subaccount_number: int | Unset | None
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number

        ts = self.ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "book_side": book_side,
                "count_fp": count_fp,
                "exchange_index": exchange_index,
                "fee_cost": fee_cost,
                "fill_id": fill_id,
                "is_taker": is_taker,
                "market_ticker": market_ticker,
                "no_price_dollars": no_price_dollars,
                "order_id": order_id,
                "outcome_side": outcome_side,
                "ticker": ticker,
                "trade_id": trade_id,
                "yes_price_dollars": yes_price_dollars,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if side is not UNSET:
            field_dict["side"] = side
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if ts is not UNSET:
            field_dict["ts"] = ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        book_side = check_book_side(d.pop("book_side"))

        count_fp = d.pop("count_fp")

        exchange_index = d.pop("exchange_index")

        fee_cost = d.pop("fee_cost")

        fill_id = d.pop("fill_id")

        is_taker = d.pop("is_taker")

        market_ticker = d.pop("market_ticker")

        no_price_dollars = d.pop("no_price_dollars")

        order_id = d.pop("order_id")

        outcome_side = check_fill_outcome_side(d.pop("outcome_side"))

        ticker = d.pop("ticker")

        trade_id = d.pop("trade_id")

        yes_price_dollars = d.pop("yes_price_dollars")

        _action = d.pop("action", UNSET)
        action: FillAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_fill_action(_action)

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _side = d.pop("side", UNSET)
        side: FillSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = check_fill_side(_side)

        def _parse_subaccount_number(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subaccount_number = _parse_subaccount_number(d.pop("subaccount_number", UNSET))

        ts = d.pop("ts", UNSET)

        fill = cls(
            book_side=book_side,
            count_fp=count_fp,
            exchange_index=exchange_index,
            fee_cost=fee_cost,
            fill_id=fill_id,
            is_taker=is_taker,
            market_ticker=market_ticker,
            no_price_dollars=no_price_dollars,
            order_id=order_id,
            outcome_side=outcome_side,
            ticker=ticker,
            trade_id=trade_id,
            yes_price_dollars=yes_price_dollars,
            action=action,
            created_time=created_time,
            side=side,
            subaccount_number=subaccount_number,
            ts=ts,
        )

        fill.additional_properties = d
        return fill

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
