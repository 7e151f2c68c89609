from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_event import AssociatedEvent


T = TypeVar("T", bound="MultivariateEventCollection")


@_attrs_define
class MultivariateEventCollection:
    """
    Attributes:
        associated_event_tickers (list[str]):
        associated_events (list[AssociatedEvent]):
        close_date (datetime.datetime):
        collection_ticker (str):
        description (str):
        functional_description (str):
        is_all_yes (bool):
        is_ordered (bool):
        is_single_market_per_event (bool):
        open_date (datetime.datetime):
        series_ticker (str):
        size_max (int):
        size_min (int):
        title (str):
        exchange_index (int | Unset):
    """

    associated_event_tickers: list[str]
    associated_events: list[AssociatedEvent]
    close_date: datetime.datetime
    collection_ticker: str
    description: str
    functional_description: str
    is_all_yes: bool
    is_ordered: bool
    is_single_market_per_event: bool
    open_date: datetime.datetime
    series_ticker: str
    size_max: int
    size_min: int
    title: str
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associated_event_tickers = self.associated_event_tickers

        associated_events = []
        for associated_events_item_data in self.associated_events:
            associated_events_item = associated_events_item_data.to_dict()
            associated_events.append(associated_events_item)

        close_date = self.close_date.isoformat()

        collection_ticker = self.collection_ticker

        description = self.description

        functional_description = self.functional_description

        is_all_yes = self.is_all_yes

        is_ordered = self.is_ordered

        is_single_market_per_event = self.is_single_market_per_event

        open_date = self.open_date.isoformat()

        series_ticker = self.series_ticker

        size_max = self.size_max

        size_min = self.size_min

        title = self.title

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "associated_event_tickers": associated_event_tickers,
                "associated_events": associated_events,
                "close_date": close_date,
                "collection_ticker": collection_ticker,
                "description": description,
                "functional_description": functional_description,
                "is_all_yes": is_all_yes,
                "is_ordered": is_ordered,
                "is_single_market_per_event": is_single_market_per_event,
                "open_date": open_date,
                "series_ticker": series_ticker,
                "size_max": size_max,
                "size_min": size_min,
                "title": title,
            }
        )
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.associated_event import AssociatedEvent

        d = dict(src_dict)
        associated_event_tickers = cast(list[str], d.pop("associated_event_tickers"))

        associated_events = []
        _associated_events = d.pop("associated_events")
        for associated_events_item_data in _associated_events:
            associated_events_item = AssociatedEvent.from_dict(associated_events_item_data)

            associated_events.append(associated_events_item)

        close_date = datetime.datetime.fromisoformat(d.pop("close_date"))

        collection_ticker = d.pop("collection_ticker")

        description = d.pop("description")

        functional_description = d.pop("functional_description")

        is_all_yes = d.pop("is_all_yes")

        is_ordered = d.pop("is_ordered")

        is_single_market_per_event = d.pop("is_single_market_per_event")

        open_date = datetime.datetime.fromisoformat(d.pop("open_date"))

        series_ticker = d.pop("series_ticker")

        size_max = d.pop("size_max")

        size_min = d.pop("size_min")

        title = d.pop("title")

        exchange_index = d.pop("exchange_index", UNSET)

        multivariate_event_collection = cls(
            associated_event_tickers=associated_event_tickers,
            associated_events=associated_events,
            close_date=close_date,
            collection_ticker=collection_ticker,
            description=description,
            functional_description=functional_description,
            is_all_yes=is_all_yes,
            is_ordered=is_ordered,
            is_single_market_per_event=is_single_market_per_event,
            open_date=open_date,
            series_ticker=series_ticker,
            size_max=size_max,
            size_min=size_min,
            title=title,
            exchange_index=exchange_index,
        )

        multivariate_event_collection.additional_properties = d
        return multivariate_event_collection

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
