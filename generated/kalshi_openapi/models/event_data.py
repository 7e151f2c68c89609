from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_data_product_metadata_type_0 import EventDataProductMetadataType0
    from ..models.market import Market
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="EventData")


@_attrs_define
class EventData:
    """
    Attributes:
        available_on_brokers (bool):
        collateral_return_type (str):
        event_ticker (str):
        mutually_exclusive (bool):
        series_ticker (str):
        settlement_sources (list[SettlementSource] | None):
        sub_title (str):
        title (str):
        category (str | Unset):
        exchange_index (int | Unset):
        fee_multiplier_override (float | None | Unset):
        fee_type_override (None | str | Unset):
        last_updated_ts (datetime.datetime | Unset):
        markets (list[Market] | Unset):
        product_metadata (EventDataProductMetadataType0 | None | Unset):
        strike_date (datetime.datetime | None | Unset):
        strike_period (None | str | Unset):
    """

    available_on_brokers: bool
    collateral_return_type: str
    event_ticker: str
    mutually_exclusive: bool
    series_ticker: str
    settlement_sources: list[SettlementSource] | None
    sub_title: str
    title: str
    category: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    fee_multiplier_override: float | Unset | None = UNSET
    fee_type_override: str | Unset | None = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    markets: list[Market] | Unset = UNSET
    product_metadata: EventDataProductMetadataType0 | Unset | None = UNSET
    strike_date: datetime.datetime | Unset | None = UNSET
    strike_period: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_data_product_metadata_type_0 import EventDataProductMetadataType0

        available_on_brokers = self.available_on_brokers

        collateral_return_type = self.collateral_return_type

        event_ticker = self.event_ticker

        mutually_exclusive = self.mutually_exclusive

        series_ticker = self.series_ticker

        settlement_sources: list[dict[str, Any]] | None
        if isinstance(self.settlement_sources, list):
            settlement_sources = []
            for settlement_sources_type_0_item_data in self.settlement_sources:
                settlement_sources_type_0_item = settlement_sources_type_0_item_data.to_dict()
                settlement_sources.append(settlement_sources_type_0_item)

        else:
            settlement_sources = self.settlement_sources

        sub_title = self.sub_title

        title = self.title

        category = self.category

        exchange_index = self.exchange_index

        fee_multiplier_override: float | Unset | None
        if isinstance(self.fee_multiplier_override, Unset):
            fee_multiplier_override = UNSET
        else:
            fee_multiplier_override = self.fee_multiplier_override

        fee_type_override: str | Unset | None
        if isinstance(self.fee_type_override, Unset):
            fee_type_override = UNSET
        else:
            fee_type_override = self.fee_type_override

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        markets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.markets, Unset):
            markets = []
            for markets_item_data in self.markets:
                markets_item = markets_item_data.to_dict()
                markets.append(markets_item)

        product_metadata: dict[str, Any] | Unset | None
        if isinstance(self.product_metadata, Unset):
            product_metadata = UNSET
        elif isinstance(self.product_metadata, EventDataProductMetadataType0):
            product_metadata = self.product_metadata.to_dict()
        else:
            product_metadata = self.product_metadata

        strike_date: str | Unset | None
        if isinstance(self.strike_date, Unset):
            strike_date = UNSET
        elif isinstance(self.strike_date, datetime.datetime):
            strike_date = self.strike_date.isoformat()
        else:
            strike_date = self.strike_date

        strike_period: str | Unset | None
        if isinstance(self.strike_period, Unset):
            strike_period = UNSET
        else:
            strike_period = self.strike_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_on_brokers": available_on_brokers,
                "collateral_return_type": collateral_return_type,
                "event_ticker": event_ticker,
                "mutually_exclusive": mutually_exclusive,
                "series_ticker": series_ticker,
                "settlement_sources": settlement_sources,
                "sub_title": sub_title,
                "title": title,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if fee_multiplier_override is not UNSET:
            field_dict["fee_multiplier_override"] = fee_multiplier_override
        if fee_type_override is not UNSET:
            field_dict["fee_type_override"] = fee_type_override
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        if markets is not UNSET:
            field_dict["markets"] = markets
        if product_metadata is not UNSET:
            field_dict["product_metadata"] = product_metadata
        if strike_date is not UNSET:
            field_dict["strike_date"] = strike_date
        if strike_period is not UNSET:
            field_dict["strike_period"] = strike_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_data_product_metadata_type_0 import EventDataProductMetadataType0
        from ..models.market import Market
        from ..models.settlement_source import SettlementSource

        d = dict(src_dict)
        available_on_brokers = d.pop("available_on_brokers")

        collateral_return_type = d.pop("collateral_return_type")

        event_ticker = d.pop("event_ticker")

        mutually_exclusive = d.pop("mutually_exclusive")

        series_ticker = d.pop("series_ticker")

        def _parse_settlement_sources(data: object) -> list[SettlementSource] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                settlement_sources_type_0 = []
                _settlement_sources_type_0 = data
                for settlement_sources_type_0_item_data in _settlement_sources_type_0:
                    settlement_sources_type_0_item = SettlementSource.from_dict(
                        settlement_sources_type_0_item_data
                    )

                    settlement_sources_type_0.append(settlement_sources_type_0_item)

                return settlement_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SettlementSource] | None, data)

        settlement_sources = _parse_settlement_sources(d.pop("settlement_sources"))

        sub_title = d.pop("sub_title")

        title = d.pop("title")

        category = d.pop("category", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        def _parse_fee_multiplier_override(data: object) -> float | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fee_multiplier_override = _parse_fee_multiplier_override(
            d.pop("fee_multiplier_override", UNSET)
        )

        def _parse_fee_type_override(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fee_type_override = _parse_fee_type_override(d.pop("fee_type_override", UNSET))

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        _markets = d.pop("markets", UNSET)
        markets: list[Market] | Unset = UNSET
        if _markets is not UNSET:
            markets = []
            for markets_item_data in _markets:
                markets_item = Market.from_dict(markets_item_data)

                markets.append(markets_item)

        def _parse_product_metadata(data: object) -> EventDataProductMetadataType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_metadata_type_0 = EventDataProductMetadataType0.from_dict(data)

                return product_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventDataProductMetadataType0 | None | Unset, data)

        product_metadata = _parse_product_metadata(d.pop("product_metadata", UNSET))

        def _parse_strike_date(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                strike_date_type_0 = datetime.datetime.fromisoformat(data)

                return strike_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        strike_date = _parse_strike_date(d.pop("strike_date", UNSET))

        def _parse_strike_period(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strike_period = _parse_strike_period(d.pop("strike_period", UNSET))

        event_data = cls(
            available_on_brokers=available_on_brokers,
            collateral_return_type=collateral_return_type,
            event_ticker=event_ticker,
            mutually_exclusive=mutually_exclusive,
            series_ticker=series_ticker,
            settlement_sources=settlement_sources,
            sub_title=sub_title,
            title=title,
            category=category,
            exchange_index=exchange_index,
            fee_multiplier_override=fee_multiplier_override,
            fee_type_override=fee_type_override,
            last_updated_ts=last_updated_ts,
            markets=markets,
            product_metadata=product_metadata,
            strike_date=strike_date,
            strike_period=strike_period,
        )

        event_data.additional_properties = d
        return event_data

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
