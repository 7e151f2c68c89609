from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_market_type import MarketMarketType, check_market_market_type
from ..models.market_result import MarketResult, check_market_result
from ..models.market_status import MarketStatus, check_market_status
from ..models.market_strike_type import MarketStrikeType, check_market_strike_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0
    from ..models.mve_selected_leg import MveSelectedLeg
    from ..models.price_range import PriceRange


T = TypeVar("T", bound="Market")


@_attrs_define
class Market:
    """
    Attributes:
        can_close_early (bool):
        close_time (datetime.datetime):
        created_time (datetime.datetime):
        event_ticker (str):
        expiration_value (str):
        last_price_dollars (str):
        latest_expiration_time (datetime.datetime):
        market_type (MarketMarketType):
        no_ask_dollars (str):
        no_bid_dollars (str):
        no_sub_title (str):
        notional_value_dollars (str):
        open_interest_fp (str):
        open_time (datetime.datetime):
        previous_price_dollars (str):
        previous_yes_ask_dollars (str):
        previous_yes_bid_dollars (str):
        price_level_structure (str):
        price_ranges (list[PriceRange]):
        result (MarketResult):
        rules_primary (str):
        rules_secondary (str):
        settlement_timer_seconds (int):
        status (MarketStatus):
        ticker (str):
        updated_time (datetime.datetime):
        volume_24h_fp (str):
        volume_fp (str):
        yes_ask_dollars (str):
        yes_ask_size_fp (str):
        yes_bid_dollars (str):
        yes_bid_size_fp (str):
        yes_sub_title (str):
        cap_strike (float | None | Unset):
        custom_strike (MarketCustomStrikeType0 | None | Unset):
        early_close_condition (None | str | Unset):
        exchange_index (int | Unset):
        expected_expiration_time (datetime.datetime | None | Unset):
        expiration_time (datetime.datetime | Unset):
        fee_waiver_expiration_time (datetime.datetime | None | Unset):
        floor_strike (float | None | Unset):
        functional_strike (None | str | Unset):
        is_provisional (bool | Unset):
        liquidity_dollars (str | Unset):
        mve_collection_ticker (str | Unset):
        mve_selected_legs (list[MveSelectedLeg] | Unset):
        occurrence_datetime (datetime.datetime | None | Unset):
        primary_participant_key (None | str | Unset):
        settlement_ts (datetime.datetime | None | Unset):
        settlement_value_dollars (str | Unset):
        strike_type (MarketStrikeType | Unset):
        subtitle (str | Unset):
        title (str | Unset):
    """

    can_close_early: bool
    close_time: datetime.datetime
    created_time: datetime.datetime
    event_ticker: str
    expiration_value: str
    last_price_dollars: str
    latest_expiration_time: datetime.datetime
    market_type: MarketMarketType
    no_ask_dollars: str
    no_bid_dollars: str
    no_sub_title: str
    notional_value_dollars: str
    open_interest_fp: str
    open_time: datetime.datetime
    previous_price_dollars: str
    previous_yes_ask_dollars: str
    previous_yes_bid_dollars: str
    price_level_structure: str
    price_ranges: list[PriceRange]
    result: MarketResult
    rules_primary: str
    rules_secondary: str
    settlement_timer_seconds: int
    status: MarketStatus
    ticker: str
    updated_time: datetime.datetime
    volume_24h_fp: str
    volume_fp: str
    yes_ask_dollars: str
    yes_ask_size_fp: str
    yes_bid_dollars: str
    yes_bid_size_fp: str
    yes_sub_title: str
    cap_strike: float | Unset | None = UNSET
    custom_strike: MarketCustomStrikeType0 | Unset | None = UNSET
    early_close_condition: str | Unset | None = UNSET
    exchange_index: int | Unset = UNSET
    expected_expiration_time: datetime.datetime | Unset | None = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    fee_waiver_expiration_time: datetime.datetime | Unset | None = UNSET
    floor_strike: float | Unset | None = UNSET
    functional_strike: str | Unset | None = UNSET
    is_provisional: bool | Unset = UNSET
    liquidity_dollars: str | Unset = UNSET
    mve_collection_ticker: str | Unset = UNSET
    mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
    occurrence_datetime: datetime.datetime | Unset | None = UNSET
    primary_participant_key: str | Unset | None = UNSET
    settlement_ts: datetime.datetime | Unset | None = UNSET
    settlement_value_dollars: str | Unset = UNSET
    strike_type: MarketStrikeType | Unset = UNSET
    subtitle: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0

        can_close_early = self.can_close_early

        close_time = self.close_time.isoformat()

        created_time = self.created_time.isoformat()

        event_ticker = self.event_ticker

        expiration_value = self.expiration_value

        last_price_dollars = self.last_price_dollars

        latest_expiration_time = self.latest_expiration_time.isoformat()

        market_type: str = self.market_type

        no_ask_dollars = self.no_ask_dollars

        no_bid_dollars = self.no_bid_dollars

        no_sub_title = self.no_sub_title

        notional_value_dollars = self.notional_value_dollars

        open_interest_fp = self.open_interest_fp

        open_time = self.open_time.isoformat()

        previous_price_dollars = self.previous_price_dollars

        previous_yes_ask_dollars = self.previous_yes_ask_dollars

        previous_yes_bid_dollars = self.previous_yes_bid_dollars

        price_level_structure = self.price_level_structure

        price_ranges = []
        for price_ranges_item_data in self.price_ranges:
            price_ranges_item = price_ranges_item_data.to_dict()
            price_ranges.append(price_ranges_item)

        result: str = self.result

        rules_primary = self.rules_primary

        rules_secondary = self.rules_secondary

        settlement_timer_seconds = self.settlement_timer_seconds

        status: str = self.status

        ticker = self.ticker

        updated_time = self.updated_time.isoformat()

        volume_24h_fp = self.volume_24h_fp

        volume_fp = self.volume_fp

        yes_ask_dollars = self.yes_ask_dollars

        yes_ask_size_fp = self.yes_ask_size_fp

        yes_bid_dollars = self.yes_bid_dollars

        yes_bid_size_fp = self.yes_bid_size_fp

        yes_sub_title = self.yes_sub_title

        cap_strike: float | Unset | None
        if isinstance(self.cap_strike, Unset):
            cap_strike = UNSET
        else:
            cap_strike = self.cap_strike

        custom_strike: dict[str, Any] | Unset | None
        if isinstance(self.custom_strike, Unset):
            custom_strike = UNSET
        elif isinstance(self.custom_strike, MarketCustomStrikeType0):
            custom_strike = self.custom_strike.to_dict()
        else:
            custom_strike = self.custom_strike

        early_close_condition: str | Unset | None
        if isinstance(self.early_close_condition, Unset):
            early_close_condition = UNSET
        else:
            early_close_condition = self.early_close_condition

        exchange_index = self.exchange_index

        expected_expiration_time: str | Unset | None
        if isinstance(self.expected_expiration_time, Unset):
            expected_expiration_time = UNSET
        elif isinstance(self.expected_expiration_time, datetime.datetime):
            expected_expiration_time = self.expected_expiration_time.isoformat()
        else:
            expected_expiration_time = self.expected_expiration_time

        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()

        fee_waiver_expiration_time: str | Unset | None
        if isinstance(self.fee_waiver_expiration_time, Unset):
            fee_waiver_expiration_time = UNSET
        elif isinstance(self.fee_waiver_expiration_time, datetime.datetime):
            fee_waiver_expiration_time = self.fee_waiver_expiration_time.isoformat()
        else:
            fee_waiver_expiration_time = self.fee_waiver_expiration_time

        floor_strike: float | Unset | None
        if isinstance(self.floor_strike, Unset):
            floor_strike = UNSET
        else:
            floor_strike = self.floor_strike

        functional_strike: str | Unset | None
        if isinstance(self.functional_strike, Unset):
            functional_strike = UNSET
        else:
            functional_strike = self.functional_strike

        is_provisional = self.is_provisional

        liquidity_dollars = self.liquidity_dollars

        mve_collection_ticker = self.mve_collection_ticker

        mve_selected_legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mve_selected_legs, Unset):
            mve_selected_legs = []
            for mve_selected_legs_item_data in self.mve_selected_legs:
                mve_selected_legs_item = mve_selected_legs_item_data.to_dict()
                mve_selected_legs.append(mve_selected_legs_item)

        occurrence_datetime: str | Unset | None
        if isinstance(self.occurrence_datetime, Unset):
            occurrence_datetime = UNSET
        elif isinstance(self.occurrence_datetime, datetime.datetime):
            occurrence_datetime = self.occurrence_datetime.isoformat()
        else:
            occurrence_datetime = self.occurrence_datetime

        primary_participant_key: str | Unset | None
        if isinstance(self.primary_participant_key, Unset):
            primary_participant_key = UNSET
        else:
            primary_participant_key = self.primary_participant_key

        settlement_ts: str | Unset | None
        if isinstance(self.settlement_ts, Unset):
            settlement_ts = UNSET
        elif isinstance(self.settlement_ts, datetime.datetime):
            settlement_ts = self.settlement_ts.isoformat()
        else:
            settlement_ts = self.settlement_ts

        settlement_value_dollars = self.settlement_value_dollars

        strike_type: str | Unset = UNSET
        if not isinstance(self.strike_type, Unset):
            strike_type = self.strike_type

        subtitle = self.subtitle

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_close_early": can_close_early,
                "close_time": close_time,
                "created_time": created_time,
                "event_ticker": event_ticker,
                "expiration_value": expiration_value,
                "last_price_dollars": last_price_dollars,
                "latest_expiration_time": latest_expiration_time,
                "market_type": market_type,
                "no_ask_dollars": no_ask_dollars,
                "no_bid_dollars": no_bid_dollars,
                "no_sub_title": no_sub_title,
                "notional_value_dollars": notional_value_dollars,
                "open_interest_fp": open_interest_fp,
                "open_time": open_time,
                "previous_price_dollars": previous_price_dollars,
                "previous_yes_ask_dollars": previous_yes_ask_dollars,
                "previous_yes_bid_dollars": previous_yes_bid_dollars,
                "price_level_structure": price_level_structure,
                "price_ranges": price_ranges,
                "result": result,
                "rules_primary": rules_primary,
                "rules_secondary": rules_secondary,
                "settlement_timer_seconds": settlement_timer_seconds,
                "status": status,
                "ticker": ticker,
                "updated_time": updated_time,
                "volume_24h_fp": volume_24h_fp,
                "volume_fp": volume_fp,
                "yes_ask_dollars": yes_ask_dollars,
                "yes_ask_size_fp": yes_ask_size_fp,
                "yes_bid_dollars": yes_bid_dollars,
                "yes_bid_size_fp": yes_bid_size_fp,
                "yes_sub_title": yes_sub_title,
            }
        )
        if cap_strike is not UNSET:
            field_dict["cap_strike"] = cap_strike
        if custom_strike is not UNSET:
            field_dict["custom_strike"] = custom_strike
        if early_close_condition is not UNSET:
            field_dict["early_close_condition"] = early_close_condition
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if expected_expiration_time is not UNSET:
            field_dict["expected_expiration_time"] = expected_expiration_time
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if fee_waiver_expiration_time is not UNSET:
            field_dict["fee_waiver_expiration_time"] = fee_waiver_expiration_time
        if floor_strike is not UNSET:
            field_dict["floor_strike"] = floor_strike
        if functional_strike is not UNSET:
            field_dict["functional_strike"] = functional_strike
        if is_provisional is not UNSET:
            field_dict["is_provisional"] = is_provisional
        if liquidity_dollars is not UNSET:
            field_dict["liquidity_dollars"] = liquidity_dollars
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        if mve_selected_legs is not UNSET:
            field_dict["mve_selected_legs"] = mve_selected_legs
        if occurrence_datetime is not UNSET:
            field_dict["occurrence_datetime"] = occurrence_datetime
        if primary_participant_key is not UNSET:
            field_dict["primary_participant_key"] = primary_participant_key
        if settlement_ts is not UNSET:
            field_dict["settlement_ts"] = settlement_ts
        if settlement_value_dollars is not UNSET:
            field_dict["settlement_value_dollars"] = settlement_value_dollars
        if strike_type is not UNSET:
            field_dict["strike_type"] = strike_type
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0
        from ..models.mve_selected_leg import MveSelectedLeg
        from ..models.price_range import PriceRange

        d = dict(src_dict)
        can_close_early = d.pop("can_close_early")

        close_time = datetime.datetime.fromisoformat(d.pop("close_time"))

        created_time = datetime.datetime.fromisoformat(d.pop("created_time"))

        event_ticker = d.pop("event_ticker")

        expiration_value = d.pop("expiration_value")

        last_price_dollars = d.pop("last_price_dollars")

        latest_expiration_time = datetime.datetime.fromisoformat(d.pop("latest_expiration_time"))

        market_type = check_market_market_type(d.pop("market_type"))

        no_ask_dollars = d.pop("no_ask_dollars")

        no_bid_dollars = d.pop("no_bid_dollars")

        no_sub_title = d.pop("no_sub_title")

        notional_value_dollars = d.pop("notional_value_dollars")

        open_interest_fp = d.pop("open_interest_fp")

        open_time = datetime.datetime.fromisoformat(d.pop("open_time"))

        previous_price_dollars = d.pop("previous_price_dollars")

        previous_yes_ask_dollars = d.pop("previous_yes_ask_dollars")

        previous_yes_bid_dollars = d.pop("previous_yes_bid_dollars")

        price_level_structure = d.pop("price_level_structure")

        price_ranges = []
        _price_ranges = d.pop("price_ranges")
        for price_ranges_item_data in _price_ranges:
            price_ranges_item = PriceRange.from_dict(price_ranges_item_data)

            price_ranges.append(price_ranges_item)

        result = check_market_result(d.pop("result"))

        rules_primary = d.pop("rules_primary")

        rules_secondary = d.pop("rules_secondary")

        settlement_timer_seconds = d.pop("settlement_timer_seconds")

        status = check_market_status(d.pop("status"))

        ticker = d.pop("ticker")

        updated_time = datetime.datetime.fromisoformat(d.pop("updated_time"))

        volume_24h_fp = d.pop("volume_24h_fp")

        volume_fp = d.pop("volume_fp")

        yes_ask_dollars = d.pop("yes_ask_dollars")

        yes_ask_size_fp = d.pop("yes_ask_size_fp")

        yes_bid_dollars = d.pop("yes_bid_dollars")

        yes_bid_size_fp = d.pop("yes_bid_size_fp")

        yes_sub_title = d.pop("yes_sub_title")

        def _parse_cap_strike(data: object) -> float | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cap_strike = _parse_cap_strike(d.pop("cap_strike", UNSET))

        def _parse_custom_strike(data: object) -> MarketCustomStrikeType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_strike_type_0 = MarketCustomStrikeType0.from_dict(data)

                return custom_strike_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarketCustomStrikeType0 | None | Unset, data)

        custom_strike = _parse_custom_strike(d.pop("custom_strike", UNSET))

        def _parse_early_close_condition(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        early_close_condition = _parse_early_close_condition(d.pop("early_close_condition", UNSET))

        exchange_index = d.pop("exchange_index", UNSET)

        def _parse_expected_expiration_time(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_expiration_time_type_0 = datetime.datetime.fromisoformat(data)

                return expected_expiration_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expected_expiration_time = _parse_expected_expiration_time(
            d.pop("expected_expiration_time", UNSET)
        )

        _expiration_time = d.pop("expiration_time", UNSET)
        expiration_time: datetime.datetime | Unset
        if isinstance(_expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = datetime.datetime.fromisoformat(_expiration_time)

        def _parse_fee_waiver_expiration_time(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_waiver_expiration_time_type_0 = datetime.datetime.fromisoformat(data)

                return fee_waiver_expiration_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        fee_waiver_expiration_time = _parse_fee_waiver_expiration_time(
            d.pop("fee_waiver_expiration_time", UNSET)
        )

        def _parse_floor_strike(data: object) -> float | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        floor_strike = _parse_floor_strike(d.pop("floor_strike", UNSET))

        def _parse_functional_strike(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        functional_strike = _parse_functional_strike(d.pop("functional_strike", UNSET))

        is_provisional = d.pop("is_provisional", UNSET)

        liquidity_dollars = d.pop("liquidity_dollars", UNSET)

        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)

        _mve_selected_legs = d.pop("mve_selected_legs", UNSET)
        mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
        if _mve_selected_legs is not UNSET:
            mve_selected_legs = []
            for mve_selected_legs_item_data in _mve_selected_legs:
                mve_selected_legs_item = MveSelectedLeg.from_dict(mve_selected_legs_item_data)

                mve_selected_legs.append(mve_selected_legs_item)

        def _parse_occurrence_datetime(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurrence_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return occurrence_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        occurrence_datetime = _parse_occurrence_datetime(d.pop("occurrence_datetime", UNSET))

        def _parse_primary_participant_key(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_participant_key = _parse_primary_participant_key(
            d.pop("primary_participant_key", UNSET)
        )

        def _parse_settlement_ts(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                settlement_ts_type_0 = datetime.datetime.fromisoformat(data)

                return settlement_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        settlement_ts = _parse_settlement_ts(d.pop("settlement_ts", UNSET))

        settlement_value_dollars = d.pop("settlement_value_dollars", UNSET)

        _strike_type = d.pop("strike_type", UNSET)
        strike_type: MarketStrikeType | Unset
        if isinstance(_strike_type, Unset):
            strike_type = UNSET
        else:
            strike_type = check_market_strike_type(_strike_type)

        subtitle = d.pop("subtitle", UNSET)

        title = d.pop("title", UNSET)

        market = cls(
            can_close_early=can_close_early,
            close_time=close_time,
            created_time=created_time,
            event_ticker=event_ticker,
            expiration_value=expiration_value,
            last_price_dollars=last_price_dollars,
            latest_expiration_time=latest_expiration_time,
            market_type=market_type,
            no_ask_dollars=no_ask_dollars,
            no_bid_dollars=no_bid_dollars,
            no_sub_title=no_sub_title,
            notional_value_dollars=notional_value_dollars,
            open_interest_fp=open_interest_fp,
            open_time=open_time,
            previous_price_dollars=previous_price_dollars,
            previous_yes_ask_dollars=previous_yes_ask_dollars,
            previous_yes_bid_dollars=previous_yes_bid_dollars,
            price_level_structure=price_level_structure,
            price_ranges=price_ranges,
            result=result,
            rules_primary=rules_primary,
            rules_secondary=rules_secondary,
            settlement_timer_seconds=settlement_timer_seconds,
            status=status,
            ticker=ticker,
            updated_time=updated_time,
            volume_24h_fp=volume_24h_fp,
            volume_fp=volume_fp,
            yes_ask_dollars=yes_ask_dollars,
            yes_ask_size_fp=yes_ask_size_fp,
            yes_bid_dollars=yes_bid_dollars,
            yes_bid_size_fp=yes_bid_size_fp,
            yes_sub_title=yes_sub_title,
            cap_strike=cap_strike,
            custom_strike=custom_strike,
            early_close_condition=early_close_condition,
            exchange_index=exchange_index,
            expected_expiration_time=expected_expiration_time,
            expiration_time=expiration_time,
            fee_waiver_expiration_time=fee_waiver_expiration_time,
            floor_strike=floor_strike,
            functional_strike=functional_strike,
            is_provisional=is_provisional,
            liquidity_dollars=liquidity_dollars,
            mve_collection_ticker=mve_collection_ticker,
            mve_selected_legs=mve_selected_legs,
            occurrence_datetime=occurrence_datetime,
            primary_participant_key=primary_participant_key,
            settlement_ts=settlement_ts,
            settlement_value_dollars=settlement_value_dollars,
            strike_type=strike_type,
            subtitle=subtitle,
            title=title,
        )

        market.additional_properties = d
        return market

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
