from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide, check_book_side
from ..models.trade_taker_outcome_side import TradeTakerOutcomeSide, check_trade_taker_outcome_side
from ..models.trade_taker_side import TradeTakerSide, check_trade_taker_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="Trade")


@_attrs_define
class Trade:
    """
    Attributes:
        count_fp (str):
        created_time (datetime.datetime):
        is_block_trade (bool):
        no_price_dollars (str):
        taker_book_side (BookSide):
        taker_outcome_side (TradeTakerOutcomeSide):
        ticker (str):
        trade_id (str):
        yes_price_dollars (str):
        taker_side (TradeTakerSide | Unset):
    """

    count_fp: str
    created_time: datetime.datetime
    is_block_trade: bool
    no_price_dollars: str
    taker_book_side: BookSide
    taker_outcome_side: TradeTakerOutcomeSide
    ticker: str
    trade_id: str
    yes_price_dollars: str
    taker_side: TradeTakerSide | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count_fp = self.count_fp

        created_time = self.created_time.isoformat()

        is_block_trade = self.is_block_trade

        no_price_dollars = self.no_price_dollars

        taker_book_side: str = self.taker_book_side

        taker_outcome_side: str = self.taker_outcome_side

        ticker = self.ticker

        trade_id = self.trade_id

        yes_price_dollars = self.yes_price_dollars

        taker_side: str | Unset = UNSET
        if not isinstance(self.taker_side, Unset):
            taker_side = self.taker_side

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count_fp": count_fp,
                "created_time": created_time,
                "is_block_trade": is_block_trade,
                "no_price_dollars": no_price_dollars,
                "taker_book_side": taker_book_side,
                "taker_outcome_side": taker_outcome_side,
                "ticker": ticker,
                "trade_id": trade_id,
                "yes_price_dollars": yes_price_dollars,
            }
        )
        if taker_side is not UNSET:
            field_dict["taker_side"] = taker_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count_fp = d.pop("count_fp")

        created_time = datetime.datetime.fromisoformat(d.pop("created_time"))

        is_block_trade = d.pop("is_block_trade")

        no_price_dollars = d.pop("no_price_dollars")

        taker_book_side = check_book_side(d.pop("taker_book_side"))

        taker_outcome_side = check_trade_taker_outcome_side(d.pop("taker_outcome_side"))

        ticker = d.pop("ticker")

        trade_id = d.pop("trade_id")

        yes_price_dollars = d.pop("yes_price_dollars")

        _taker_side = d.pop("taker_side", UNSET)
        taker_side: TradeTakerSide | Unset
        if isinstance(_taker_side, Unset):
            taker_side = UNSET
        else:
            taker_side = check_trade_taker_side(_taker_side)

        trade = cls(
            count_fp=count_fp,
            created_time=created_time,
            is_block_trade=is_block_trade,
            no_price_dollars=no_price_dollars,
            taker_book_side=taker_book_side,
            taker_outcome_side=taker_outcome_side,
            ticker=ticker,
            trade_id=trade_id,
            yes_price_dollars=yes_price_dollars,
            taker_side=taker_side,
        )

        trade.additional_properties = d
        return trade

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
