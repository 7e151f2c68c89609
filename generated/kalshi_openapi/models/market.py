from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_market_type import MarketMarketType
from ..models.market_result import MarketResult
from ..models.market_settlement_bounds_type import (
    MarketSettlementBoundsType,
)
from ..models.market_status import MarketStatus
from ..models.market_strike_type import MarketStrikeType
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="Market")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "can_close_early",
    "close_time",
    "created_time",
    "event_ticker",
    "expiration_value",
    "last_price_dollars",
    "latest_expiration_time",
    "market_type",
    "no_ask_dollars",
    "no_bid_dollars",
    "no_sub_title",
    "notional_value_dollars",
    "open_interest_fp",
    "open_time",
    "previous_price_dollars",
    "previous_yes_ask_dollars",
    "previous_yes_bid_dollars",
    "price_level_structure",
    "price_ranges",
    "result",
    "rules_primary",
    "rules_secondary",
    "settlement_bounds_type",
    "settlement_timer_seconds",
    "status",
    "ticker",
    "updated_time",
    "volume_24h_fp",
    "volume_fp",
    "yes_ask_dollars",
    "yes_ask_size_fp",
    "yes_bid_dollars",
    "yes_bid_size_fp",
    "yes_sub_title",
    "cap_strike",
    "custom_strike",
    "early_close_condition",
    "exchange_index",
    "expected_expiration_time",
    "expiration_time",
    "fee_waiver_expiration_time",
    "floor_strike",
    "functional_strike",
    "is_provisional",
    "mve_collection_ticker",
    "mve_selected_legs",
    "occurrence_datetime",
    "primary_participant_key",
    "settlement_floor_dollars",
    "settlement_ts",
    "settlement_value_dollars",
    "strike_type",
    "subtitle",
    "title",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class Market:
    """The `Market` object.

    Attributes:
        can_close_early (bool | None)
        close_time (datetime.datetime | None)
        created_time (datetime.datetime | None)
        event_ticker (str | None)
        expiration_value (str | None)
        last_price_dollars (str | None)
        latest_expiration_time (datetime.datetime | None)
        market_type (MarketMarketType | None)
        no_ask_dollars (str | None)
        no_bid_dollars (str | None)
        no_sub_title (str | None)
        notional_value_dollars (str | None)
        open_interest_fp (str | None)
        open_time (datetime.datetime | None)
        previous_price_dollars (str | None)
        previous_yes_ask_dollars (str | None)
        previous_yes_bid_dollars (str | None)
        price_level_structure (str | None)
        price_ranges (list[PriceRange] | None)
        result (MarketResult | None)
        rules_primary (str | None)
        rules_secondary (str | None)
        settlement_bounds_type (MarketSettlementBoundsType | None)
        settlement_timer_seconds (int | None)
        status (MarketStatus | None)
        ticker (str | None)
        updated_time (datetime.datetime | None)
        volume_24h_fp (str | None)
        volume_fp (str | None)
        yes_ask_dollars (str | None)
        yes_ask_size_fp (str | None)
        yes_bid_dollars (str | None)
        yes_bid_size_fp (str | None)
        yes_sub_title (str | None)
        cap_strike (float | None)
        custom_strike (MarketCustomStrikeType0 | None)
        early_close_condition (None | str)
        exchange_index (int | None)
        expected_expiration_time (datetime.datetime | None)
        expiration_time (datetime.datetime | None)
        fee_waiver_expiration_time (datetime.datetime | None)
        floor_strike (float | None)
        functional_strike (None | str)
        is_provisional (bool | None)
        mve_collection_ticker (str | None)
        mve_selected_legs (list[MveSelectedLeg] | None)
        occurrence_datetime (datetime.datetime | None)
        primary_participant_key (None | str)
        settlement_floor_dollars (str | None)
        settlement_ts (datetime.datetime | None)
        settlement_value_dollars (str | None)
        strike_type (MarketStrikeType | None)
        subtitle (str | None)
        title (str | None)
    """

    can_close_early: bool | None = None
    close_time: datetime.datetime | None = None
    created_time: datetime.datetime | None = None
    event_ticker: str | None = None
    expiration_value: str | None = None
    last_price_dollars: str | None = None
    latest_expiration_time: datetime.datetime | None = None
    market_type: MarketMarketType | None = None
    no_ask_dollars: str | None = None
    no_bid_dollars: str | None = None
    no_sub_title: str | None = None
    notional_value_dollars: str | None = None
    open_interest_fp: str | None = None
    open_time: datetime.datetime | None = None
    previous_price_dollars: str | None = None
    previous_yes_ask_dollars: str | None = None
    previous_yes_bid_dollars: str | None = None
    price_level_structure: str | None = None
    price_ranges: list[PriceRange] | None = None
    result: MarketResult | None = None
    rules_primary: str | None = None
    rules_secondary: str | None = None
    settlement_bounds_type: MarketSettlementBoundsType | None = None
    settlement_timer_seconds: int | None = None
    status: MarketStatus | None = None
    ticker: str | None = None
    updated_time: datetime.datetime | None = None
    volume_24h_fp: str | None = None
    volume_fp: str | None = None
    yes_ask_dollars: str | None = None
    yes_ask_size_fp: str | None = None
    yes_bid_dollars: str | None = None
    yes_bid_size_fp: str | None = None
    yes_sub_title: str | None = None
    cap_strike: float | None = None
    custom_strike: MarketCustomStrikeType0 | None = None
    early_close_condition: str | None = None
    exchange_index: int | None = None
    expected_expiration_time: datetime.datetime | None = None
    expiration_time: datetime.datetime | None = None
    fee_waiver_expiration_time: datetime.datetime | None = None
    floor_strike: float | None = None
    functional_strike: str | None = None
    is_provisional: bool | None = None
    mve_collection_ticker: str | None = None
    mve_selected_legs: list[MveSelectedLeg] | None = None
    occurrence_datetime: datetime.datetime | None = None
    primary_participant_key: str | None = None
    settlement_floor_dollars: str | None = None
    settlement_ts: datetime.datetime | None = None
    settlement_value_dollars: str | None = None
    strike_type: MarketStrikeType | None = None
    subtitle: str | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.can_close_early is not None:
            field_dict["can_close_early"] = self.can_close_early
        elif "can_close_early" in self._nulls:
            field_dict["can_close_early"] = None
        if self.close_time is not None:
            field_dict["close_time"] = self.close_time.isoformat()
        elif "close_time" in self._nulls:
            field_dict["close_time"] = None
        if self.created_time is not None:
            field_dict["created_time"] = self.created_time.isoformat()
        elif "created_time" in self._nulls:
            field_dict["created_time"] = None
        if self.event_ticker is not None:
            field_dict["event_ticker"] = self.event_ticker
        elif "event_ticker" in self._nulls:
            field_dict["event_ticker"] = None
        if self.expiration_value is not None:
            field_dict["expiration_value"] = self.expiration_value
        elif "expiration_value" in self._nulls:
            field_dict["expiration_value"] = None
        if self.last_price_dollars is not None:
            field_dict["last_price_dollars"] = self.last_price_dollars
        elif "last_price_dollars" in self._nulls:
            field_dict["last_price_dollars"] = None
        if self.latest_expiration_time is not None:
            field_dict["latest_expiration_time"] = self.latest_expiration_time.isoformat()
        elif "latest_expiration_time" in self._nulls:
            field_dict["latest_expiration_time"] = None
        if self.market_type is not None:
            field_dict["market_type"] = self.market_type
        elif "market_type" in self._nulls:
            field_dict["market_type"] = None
        if self.no_ask_dollars is not None:
            field_dict["no_ask_dollars"] = self.no_ask_dollars
        elif "no_ask_dollars" in self._nulls:
            field_dict["no_ask_dollars"] = None
        if self.no_bid_dollars is not None:
            field_dict["no_bid_dollars"] = self.no_bid_dollars
        elif "no_bid_dollars" in self._nulls:
            field_dict["no_bid_dollars"] = None
        if self.no_sub_title is not None:
            field_dict["no_sub_title"] = self.no_sub_title
        elif "no_sub_title" in self._nulls:
            field_dict["no_sub_title"] = None
        if self.notional_value_dollars is not None:
            field_dict["notional_value_dollars"] = self.notional_value_dollars
        elif "notional_value_dollars" in self._nulls:
            field_dict["notional_value_dollars"] = None
        if self.open_interest_fp is not None:
            field_dict["open_interest_fp"] = self.open_interest_fp
        elif "open_interest_fp" in self._nulls:
            field_dict["open_interest_fp"] = None
        if self.open_time is not None:
            field_dict["open_time"] = self.open_time.isoformat()
        elif "open_time" in self._nulls:
            field_dict["open_time"] = None
        if self.previous_price_dollars is not None:
            field_dict["previous_price_dollars"] = self.previous_price_dollars
        elif "previous_price_dollars" in self._nulls:
            field_dict["previous_price_dollars"] = None
        if self.previous_yes_ask_dollars is not None:
            field_dict["previous_yes_ask_dollars"] = self.previous_yes_ask_dollars
        elif "previous_yes_ask_dollars" in self._nulls:
            field_dict["previous_yes_ask_dollars"] = None
        if self.previous_yes_bid_dollars is not None:
            field_dict["previous_yes_bid_dollars"] = self.previous_yes_bid_dollars
        elif "previous_yes_bid_dollars" in self._nulls:
            field_dict["previous_yes_bid_dollars"] = None
        if self.price_level_structure is not None:
            field_dict["price_level_structure"] = self.price_level_structure
        elif "price_level_structure" in self._nulls:
            field_dict["price_level_structure"] = None
        if self.price_ranges is not None:
            field_dict["price_ranges"] = [_v0.to_dict() for _v0 in self.price_ranges]
        elif "price_ranges" in self._nulls:
            field_dict["price_ranges"] = None
        if self.result is not None:
            field_dict["result"] = self.result
        elif "result" in self._nulls:
            field_dict["result"] = None
        if self.rules_primary is not None:
            field_dict["rules_primary"] = self.rules_primary
        elif "rules_primary" in self._nulls:
            field_dict["rules_primary"] = None
        if self.rules_secondary is not None:
            field_dict["rules_secondary"] = self.rules_secondary
        elif "rules_secondary" in self._nulls:
            field_dict["rules_secondary"] = None
        if self.settlement_bounds_type is not None:
            field_dict["settlement_bounds_type"] = self.settlement_bounds_type
        elif "settlement_bounds_type" in self._nulls:
            field_dict["settlement_bounds_type"] = None
        if self.settlement_timer_seconds is not None:
            field_dict["settlement_timer_seconds"] = self.settlement_timer_seconds
        elif "settlement_timer_seconds" in self._nulls:
            field_dict["settlement_timer_seconds"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.ticker is not None:
            field_dict["ticker"] = self.ticker
        elif "ticker" in self._nulls:
            field_dict["ticker"] = None
        if self.updated_time is not None:
            field_dict["updated_time"] = self.updated_time.isoformat()
        elif "updated_time" in self._nulls:
            field_dict["updated_time"] = None
        if self.volume_24h_fp is not None:
            field_dict["volume_24h_fp"] = self.volume_24h_fp
        elif "volume_24h_fp" in self._nulls:
            field_dict["volume_24h_fp"] = None
        if self.volume_fp is not None:
            field_dict["volume_fp"] = self.volume_fp
        elif "volume_fp" in self._nulls:
            field_dict["volume_fp"] = None
        if self.yes_ask_dollars is not None:
            field_dict["yes_ask_dollars"] = self.yes_ask_dollars
        elif "yes_ask_dollars" in self._nulls:
            field_dict["yes_ask_dollars"] = None
        if self.yes_ask_size_fp is not None:
            field_dict["yes_ask_size_fp"] = self.yes_ask_size_fp
        elif "yes_ask_size_fp" in self._nulls:
            field_dict["yes_ask_size_fp"] = None
        if self.yes_bid_dollars is not None:
            field_dict["yes_bid_dollars"] = self.yes_bid_dollars
        elif "yes_bid_dollars" in self._nulls:
            field_dict["yes_bid_dollars"] = None
        if self.yes_bid_size_fp is not None:
            field_dict["yes_bid_size_fp"] = self.yes_bid_size_fp
        elif "yes_bid_size_fp" in self._nulls:
            field_dict["yes_bid_size_fp"] = None
        if self.yes_sub_title is not None:
            field_dict["yes_sub_title"] = self.yes_sub_title
        elif "yes_sub_title" in self._nulls:
            field_dict["yes_sub_title"] = None
        if self.cap_strike is not None:
            field_dict["cap_strike"] = self.cap_strike
        elif "cap_strike" in self._nulls:
            field_dict["cap_strike"] = None
        if self.custom_strike is not None:
            field_dict["custom_strike"] = self.custom_strike.to_dict()
        elif "custom_strike" in self._nulls:
            field_dict["custom_strike"] = None
        if self.early_close_condition is not None:
            field_dict["early_close_condition"] = self.early_close_condition
        elif "early_close_condition" in self._nulls:
            field_dict["early_close_condition"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.expected_expiration_time is not None:
            field_dict["expected_expiration_time"] = self.expected_expiration_time.isoformat()
        elif "expected_expiration_time" in self._nulls:
            field_dict["expected_expiration_time"] = None
        if self.expiration_time is not None:
            field_dict["expiration_time"] = self.expiration_time.isoformat()
        elif "expiration_time" in self._nulls:
            field_dict["expiration_time"] = None
        if self.fee_waiver_expiration_time is not None:
            field_dict["fee_waiver_expiration_time"] = self.fee_waiver_expiration_time.isoformat()
        elif "fee_waiver_expiration_time" in self._nulls:
            field_dict["fee_waiver_expiration_time"] = None
        if self.floor_strike is not None:
            field_dict["floor_strike"] = self.floor_strike
        elif "floor_strike" in self._nulls:
            field_dict["floor_strike"] = None
        if self.functional_strike is not None:
            field_dict["functional_strike"] = self.functional_strike
        elif "functional_strike" in self._nulls:
            field_dict["functional_strike"] = None
        if self.is_provisional is not None:
            field_dict["is_provisional"] = self.is_provisional
        elif "is_provisional" in self._nulls:
            field_dict["is_provisional"] = None
        if self.mve_collection_ticker is not None:
            field_dict["mve_collection_ticker"] = self.mve_collection_ticker
        elif "mve_collection_ticker" in self._nulls:
            field_dict["mve_collection_ticker"] = None
        if self.mve_selected_legs is not None:
            field_dict["mve_selected_legs"] = [_v0.to_dict() for _v0 in self.mve_selected_legs]
        elif "mve_selected_legs" in self._nulls:
            field_dict["mve_selected_legs"] = None
        if self.occurrence_datetime is not None:
            field_dict["occurrence_datetime"] = self.occurrence_datetime.isoformat()
        elif "occurrence_datetime" in self._nulls:
            field_dict["occurrence_datetime"] = None
        if self.primary_participant_key is not None:
            field_dict["primary_participant_key"] = self.primary_participant_key
        elif "primary_participant_key" in self._nulls:
            field_dict["primary_participant_key"] = None
        if self.settlement_floor_dollars is not None:
            field_dict["settlement_floor_dollars"] = self.settlement_floor_dollars
        elif "settlement_floor_dollars" in self._nulls:
            field_dict["settlement_floor_dollars"] = None
        if self.settlement_ts is not None:
            field_dict["settlement_ts"] = self.settlement_ts.isoformat()
        elif "settlement_ts" in self._nulls:
            field_dict["settlement_ts"] = None
        if self.settlement_value_dollars is not None:
            field_dict["settlement_value_dollars"] = self.settlement_value_dollars
        elif "settlement_value_dollars" in self._nulls:
            field_dict["settlement_value_dollars"] = None
        if self.strike_type is not None:
            field_dict["strike_type"] = self.strike_type
        elif "strike_type" in self._nulls:
            field_dict["strike_type"] = None
        if self.subtitle is not None:
            field_dict["subtitle"] = self.subtitle
        elif "subtitle" in self._nulls:
            field_dict["subtitle"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._nulls:
            field_dict["title"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Any) -> T:
        """Read the model from a decoded JSON object; never raises (rules: openapi/README.md of kalshi-trade)."""
        # The common case: an object with every key, each value of its type or null. Anything
        # else (a key missing, a value of another type) is read by the tolerant path.
        if src_dict.__class__ is not dict:
            return cls._read_tolerant(src_dict)
        d: dict[str, Any] = src_dict
        try:
            can_close_early = d["can_close_early"]
            close_time = d["close_time"]
            created_time = d["created_time"]
            event_ticker = d["event_ticker"]
            expiration_value = d["expiration_value"]
            last_price_dollars = d["last_price_dollars"]
            latest_expiration_time = d["latest_expiration_time"]
            market_type = d["market_type"]
            no_ask_dollars = d["no_ask_dollars"]
            no_bid_dollars = d["no_bid_dollars"]
            no_sub_title = d["no_sub_title"]
            notional_value_dollars = d["notional_value_dollars"]
            open_interest_fp = d["open_interest_fp"]
            open_time = d["open_time"]
            previous_price_dollars = d["previous_price_dollars"]
            previous_yes_ask_dollars = d["previous_yes_ask_dollars"]
            previous_yes_bid_dollars = d["previous_yes_bid_dollars"]
            price_level_structure = d["price_level_structure"]
            price_ranges = d["price_ranges"]
            result = d["result"]
            rules_primary = d["rules_primary"]
            rules_secondary = d["rules_secondary"]
            settlement_bounds_type = d["settlement_bounds_type"]
            settlement_timer_seconds = d["settlement_timer_seconds"]
            status = d["status"]
            ticker = d["ticker"]
            updated_time = d["updated_time"]
            volume_24h_fp = d["volume_24h_fp"]
            volume_fp = d["volume_fp"]
            yes_ask_dollars = d["yes_ask_dollars"]
            yes_ask_size_fp = d["yes_ask_size_fp"]
            yes_bid_dollars = d["yes_bid_dollars"]
            yes_bid_size_fp = d["yes_bid_size_fp"]
            yes_sub_title = d["yes_sub_title"]
            cap_strike = d["cap_strike"]
            custom_strike = d["custom_strike"]
            early_close_condition = d["early_close_condition"]
            exchange_index = d["exchange_index"]
            expected_expiration_time = d["expected_expiration_time"]
            expiration_time = d["expiration_time"]
            fee_waiver_expiration_time = d["fee_waiver_expiration_time"]
            floor_strike = d["floor_strike"]
            functional_strike = d["functional_strike"]
            is_provisional = d["is_provisional"]
            mve_collection_ticker = d["mve_collection_ticker"]
            mve_selected_legs = d["mve_selected_legs"]
            occurrence_datetime = d["occurrence_datetime"]
            primary_participant_key = d["primary_participant_key"]
            settlement_floor_dollars = d["settlement_floor_dollars"]
            settlement_ts = d["settlement_ts"]
            settlement_value_dollars = d["settlement_value_dollars"]
            strike_type = d["strike_type"]
            subtitle = d["subtitle"]
            title = d["title"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if can_close_early.__class__ is not bool:
            if can_close_early is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if close_time.__class__ is not str:
            if close_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if created_time.__class__ is not str:
            if created_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if event_ticker.__class__ is not str:
            if event_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if expiration_value.__class__ is not str:
            if expiration_value is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if last_price_dollars.__class__ is not str:
            if last_price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if latest_expiration_time.__class__ is not str:
            if latest_expiration_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if market_type.__class__ is not str:
            if market_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if no_ask_dollars.__class__ is not str:
            if no_ask_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if no_bid_dollars.__class__ is not str:
            if no_bid_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if no_sub_title.__class__ is not str:
            if no_sub_title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if notional_value_dollars.__class__ is not str:
            if notional_value_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if open_interest_fp.__class__ is not str:
            if open_interest_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        if open_time.__class__ is not str:
            if open_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        if previous_price_dollars.__class__ is not str:
            if previous_price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        if previous_yes_ask_dollars.__class__ is not str:
            if previous_yes_ask_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32768
        if previous_yes_bid_dollars.__class__ is not str:
            if previous_yes_bid_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 65536
        if price_level_structure.__class__ is not str:
            if price_level_structure is not None:
                return cls._read_tolerant(src_dict)
            _null |= 131072
        if price_ranges.__class__ is list:
            for _item in price_ranges:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif price_ranges is None:
            price_ranges = []
        else:
            return cls._read_tolerant(src_dict)
        if result.__class__ is not str:
            if result is not None:
                return cls._read_tolerant(src_dict)
            _null |= 524288
        if rules_primary.__class__ is not str:
            if rules_primary is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1048576
        if rules_secondary.__class__ is not str:
            if rules_secondary is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2097152
        if settlement_bounds_type.__class__ is not str:
            if settlement_bounds_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4194304
        if settlement_timer_seconds.__class__ is not int:
            if settlement_timer_seconds is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8388608
        if status.__class__ is not str:
            if status is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16777216
        if ticker.__class__ is not str:
            if ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 33554432
        if updated_time.__class__ is not str:
            if updated_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 67108864
        if volume_24h_fp.__class__ is not str:
            if volume_24h_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 134217728
        if volume_fp.__class__ is not str:
            if volume_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 268435456
        if yes_ask_dollars.__class__ is not str:
            if yes_ask_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 536870912
        if yes_ask_size_fp.__class__ is not str:
            if yes_ask_size_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1073741824
        if yes_bid_dollars.__class__ is not str:
            if yes_bid_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2147483648
        if yes_bid_size_fp.__class__ is not str:
            if yes_bid_size_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4294967296
        if yes_sub_title.__class__ is not str:
            if yes_sub_title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8589934592
        if cap_strike.__class__ is not float and cap_strike.__class__ is not int:
            if cap_strike is not None:
                return cls._read_tolerant(src_dict)
            _null |= 17179869184
        if custom_strike.__class__ is not dict:
            if custom_strike is not None:
                return cls._read_tolerant(src_dict)
            _null |= 34359738368
        if early_close_condition.__class__ is not str:
            if early_close_condition is not None:
                return cls._read_tolerant(src_dict)
            _null |= 68719476736
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 137438953472
        if expected_expiration_time.__class__ is not str:
            if expected_expiration_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 274877906944
        if expiration_time.__class__ is not str:
            if expiration_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 549755813888
        if fee_waiver_expiration_time.__class__ is not str:
            if fee_waiver_expiration_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1099511627776
        if floor_strike.__class__ is not float and floor_strike.__class__ is not int:
            if floor_strike is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2199023255552
        if functional_strike.__class__ is not str:
            if functional_strike is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4398046511104
        if is_provisional.__class__ is not bool:
            if is_provisional is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8796093022208
        if mve_collection_ticker.__class__ is not str:
            if mve_collection_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 17592186044416
        if mve_selected_legs.__class__ is list:
            for _item in mve_selected_legs:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif mve_selected_legs is None:
            mve_selected_legs = []
        else:
            return cls._read_tolerant(src_dict)
        if occurrence_datetime.__class__ is not str:
            if occurrence_datetime is not None:
                return cls._read_tolerant(src_dict)
            _null |= 70368744177664
        if primary_participant_key.__class__ is not str:
            if primary_participant_key is not None:
                return cls._read_tolerant(src_dict)
            _null |= 140737488355328
        if settlement_floor_dollars.__class__ is not str:
            if settlement_floor_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 281474976710656
        if settlement_ts.__class__ is not str:
            if settlement_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 562949953421312
        if settlement_value_dollars.__class__ is not str:
            if settlement_value_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1125899906842624
        if strike_type.__class__ is not str:
            if strike_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2251799813685248
        if subtitle.__class__ is not str:
            if subtitle is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4503599627370496
        if title.__class__ is not str:
            if title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 9007199254740992
        market = cls.__new__(cls)
        market.can_close_early = can_close_early
        market._raw_close_time = close_time
        market._raw_created_time = created_time
        market.event_ticker = event_ticker
        market.expiration_value = expiration_value
        market.last_price_dollars = last_price_dollars
        market._raw_latest_expiration_time = latest_expiration_time
        market.market_type = market_type
        market.no_ask_dollars = no_ask_dollars
        market.no_bid_dollars = no_bid_dollars
        market.no_sub_title = no_sub_title
        market.notional_value_dollars = notional_value_dollars
        market.open_interest_fp = open_interest_fp
        market._raw_open_time = open_time
        market.previous_price_dollars = previous_price_dollars
        market.previous_yes_ask_dollars = previous_yes_ask_dollars
        market.previous_yes_bid_dollars = previous_yes_bid_dollars
        market.price_level_structure = price_level_structure
        market._raw_price_ranges = price_ranges
        market.result = result
        market.rules_primary = rules_primary
        market.rules_secondary = rules_secondary
        market.settlement_bounds_type = settlement_bounds_type
        market.settlement_timer_seconds = settlement_timer_seconds
        market.status = status
        market.ticker = ticker
        market._raw_updated_time = updated_time
        market.volume_24h_fp = volume_24h_fp
        market.volume_fp = volume_fp
        market.yes_ask_dollars = yes_ask_dollars
        market.yes_ask_size_fp = yes_ask_size_fp
        market.yes_bid_dollars = yes_bid_dollars
        market.yes_bid_size_fp = yes_bid_size_fp
        market.yes_sub_title = yes_sub_title
        market.cap_strike = cap_strike
        market._raw_custom_strike = custom_strike
        market.early_close_condition = early_close_condition
        market.exchange_index = exchange_index
        market._raw_expected_expiration_time = expected_expiration_time
        market._raw_expiration_time = expiration_time
        market._raw_fee_waiver_expiration_time = fee_waiver_expiration_time
        market.floor_strike = floor_strike
        market.functional_strike = functional_strike
        market.is_provisional = is_provisional
        market.mve_collection_ticker = mve_collection_ticker
        market._raw_mve_selected_legs = mve_selected_legs
        market._raw_occurrence_datetime = occurrence_datetime
        market.primary_participant_key = primary_participant_key
        market.settlement_floor_dollars = settlement_floor_dollars
        market._raw_settlement_ts = settlement_ts
        market.settlement_value_dollars = settlement_value_dollars
        market.strike_type = strike_type
        market.subtitle = subtitle
        market.title = title
        market._times_kept = True
        market._raw_additional_properties = (
            {} if len(d) == 54 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        market._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return market

    @classmethod
    def _read_tolerant(cls: type[T], src_dict: Any) -> T:
        """Read any body, whatever it holds: the path from_dict takes for all but the common case."""
        d: dict[str, Any]
        if src_dict.__class__ is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            d = {}
        _marks: list[str] = []
        _pop = d.pop
        can_close_early = _pop("can_close_early", MISSING)
        if can_close_early.__class__ is not bool:
            can_close_early = unread(can_close_early, "can_close_early", d, _marks)
        close_time = _pop("close_time", MISSING)
        if close_time.__class__ is str:
            try:
                close_time = datetime.datetime.fromisoformat(close_time)
            except ValueError:
                close_time = unread(close_time, "close_time", d, _marks)
        else:
            close_time = unread(close_time, "close_time", d, _marks)
        created_time = _pop("created_time", MISSING)
        if created_time.__class__ is str:
            try:
                created_time = datetime.datetime.fromisoformat(created_time)
            except ValueError:
                created_time = unread(created_time, "created_time", d, _marks)
        else:
            created_time = unread(created_time, "created_time", d, _marks)
        event_ticker = _pop("event_ticker", MISSING)
        if event_ticker.__class__ is not str:
            event_ticker = unread(event_ticker, "event_ticker", d, _marks)
        expiration_value = _pop("expiration_value", MISSING)
        if expiration_value.__class__ is not str:
            expiration_value = unread(expiration_value, "expiration_value", d, _marks)
        last_price_dollars = _pop("last_price_dollars", MISSING)
        if last_price_dollars.__class__ is not str:
            last_price_dollars = unread(last_price_dollars, "last_price_dollars", d, _marks)
        latest_expiration_time = _pop("latest_expiration_time", MISSING)
        if latest_expiration_time.__class__ is str:
            try:
                latest_expiration_time = datetime.datetime.fromisoformat(latest_expiration_time)
            except ValueError:
                latest_expiration_time = unread(
                    latest_expiration_time, "latest_expiration_time", d, _marks
                )
        else:
            latest_expiration_time = unread(
                latest_expiration_time, "latest_expiration_time", d, _marks
            )
        market_type = _pop("market_type", MISSING)
        if market_type.__class__ is not str:
            market_type = unread(market_type, "market_type", d, _marks)
        no_ask_dollars = _pop("no_ask_dollars", MISSING)
        if no_ask_dollars.__class__ is not str:
            no_ask_dollars = unread(no_ask_dollars, "no_ask_dollars", d, _marks)
        no_bid_dollars = _pop("no_bid_dollars", MISSING)
        if no_bid_dollars.__class__ is not str:
            no_bid_dollars = unread(no_bid_dollars, "no_bid_dollars", d, _marks)
        no_sub_title = _pop("no_sub_title", MISSING)
        if no_sub_title.__class__ is not str:
            no_sub_title = unread(no_sub_title, "no_sub_title", d, _marks)
        notional_value_dollars = _pop("notional_value_dollars", MISSING)
        if notional_value_dollars.__class__ is not str:
            notional_value_dollars = unread(
                notional_value_dollars, "notional_value_dollars", d, _marks
            )
        open_interest_fp = _pop("open_interest_fp", MISSING)
        if open_interest_fp.__class__ is not str:
            open_interest_fp = unread(open_interest_fp, "open_interest_fp", d, _marks)
        open_time = _pop("open_time", MISSING)
        if open_time.__class__ is str:
            try:
                open_time = datetime.datetime.fromisoformat(open_time)
            except ValueError:
                open_time = unread(open_time, "open_time", d, _marks)
        else:
            open_time = unread(open_time, "open_time", d, _marks)
        previous_price_dollars = _pop("previous_price_dollars", MISSING)
        if previous_price_dollars.__class__ is not str:
            previous_price_dollars = unread(
                previous_price_dollars, "previous_price_dollars", d, _marks
            )
        previous_yes_ask_dollars = _pop("previous_yes_ask_dollars", MISSING)
        if previous_yes_ask_dollars.__class__ is not str:
            previous_yes_ask_dollars = unread(
                previous_yes_ask_dollars, "previous_yes_ask_dollars", d, _marks
            )
        previous_yes_bid_dollars = _pop("previous_yes_bid_dollars", MISSING)
        if previous_yes_bid_dollars.__class__ is not str:
            previous_yes_bid_dollars = unread(
                previous_yes_bid_dollars, "previous_yes_bid_dollars", d, _marks
            )
        price_level_structure = _pop("price_level_structure", MISSING)
        if price_level_structure.__class__ is not str:
            price_level_structure = unread(
                price_level_structure, "price_level_structure", d, _marks
            )
        price_ranges = _pop("price_ranges", MISSING)
        if price_ranges.__class__ is list:
            _read: list[Any] = []
            for _item in price_ranges:
                if _item.__class__ is dict:
                    _read.append(PriceRange.from_dict(_item))
                else:
                    d["price_ranges"] = price_ranges
            price_ranges = _read
        elif price_ranges is None:
            price_ranges = []
        else:
            price_ranges = unread(price_ranges, "price_ranges", d, _marks)
        result = _pop("result", MISSING)
        if result.__class__ is not str:
            result = unread(result, "result", d, _marks)
        rules_primary = _pop("rules_primary", MISSING)
        if rules_primary.__class__ is not str:
            rules_primary = unread(rules_primary, "rules_primary", d, _marks)
        rules_secondary = _pop("rules_secondary", MISSING)
        if rules_secondary.__class__ is not str:
            rules_secondary = unread(rules_secondary, "rules_secondary", d, _marks)
        settlement_bounds_type = _pop("settlement_bounds_type", MISSING)
        if settlement_bounds_type.__class__ is not str:
            settlement_bounds_type = unread(
                settlement_bounds_type, "settlement_bounds_type", d, _marks
            )
        settlement_timer_seconds = _pop("settlement_timer_seconds", MISSING)
        if settlement_timer_seconds.__class__ is not int:
            settlement_timer_seconds = unread(
                settlement_timer_seconds, "settlement_timer_seconds", d, _marks
            )
        status = _pop("status", MISSING)
        if status.__class__ is not str:
            status = unread(status, "status", d, _marks)
        ticker = _pop("ticker", MISSING)
        if ticker.__class__ is not str:
            ticker = unread(ticker, "ticker", d, _marks)
        updated_time = _pop("updated_time", MISSING)
        if updated_time.__class__ is str:
            try:
                updated_time = datetime.datetime.fromisoformat(updated_time)
            except ValueError:
                updated_time = unread(updated_time, "updated_time", d, _marks)
        else:
            updated_time = unread(updated_time, "updated_time", d, _marks)
        volume_24h_fp = _pop("volume_24h_fp", MISSING)
        if volume_24h_fp.__class__ is not str:
            volume_24h_fp = unread(volume_24h_fp, "volume_24h_fp", d, _marks)
        volume_fp = _pop("volume_fp", MISSING)
        if volume_fp.__class__ is not str:
            volume_fp = unread(volume_fp, "volume_fp", d, _marks)
        yes_ask_dollars = _pop("yes_ask_dollars", MISSING)
        if yes_ask_dollars.__class__ is not str:
            yes_ask_dollars = unread(yes_ask_dollars, "yes_ask_dollars", d, _marks)
        yes_ask_size_fp = _pop("yes_ask_size_fp", MISSING)
        if yes_ask_size_fp.__class__ is not str:
            yes_ask_size_fp = unread(yes_ask_size_fp, "yes_ask_size_fp", d, _marks)
        yes_bid_dollars = _pop("yes_bid_dollars", MISSING)
        if yes_bid_dollars.__class__ is not str:
            yes_bid_dollars = unread(yes_bid_dollars, "yes_bid_dollars", d, _marks)
        yes_bid_size_fp = _pop("yes_bid_size_fp", MISSING)
        if yes_bid_size_fp.__class__ is not str:
            yes_bid_size_fp = unread(yes_bid_size_fp, "yes_bid_size_fp", d, _marks)
        yes_sub_title = _pop("yes_sub_title", MISSING)
        if yes_sub_title.__class__ is not str:
            yes_sub_title = unread(yes_sub_title, "yes_sub_title", d, _marks)
        cap_strike = _pop("cap_strike", MISSING)
        if cap_strike.__class__ is not float and cap_strike.__class__ is not int:
            cap_strike = unread(cap_strike, "cap_strike", d, _marks)
        custom_strike = _pop("custom_strike", MISSING)
        if custom_strike.__class__ is dict:
            custom_strike = MarketCustomStrikeType0.from_dict(custom_strike)
        else:
            custom_strike = unread(custom_strike, "custom_strike", d, _marks)
        early_close_condition = _pop("early_close_condition", MISSING)
        if early_close_condition.__class__ is not str:
            early_close_condition = unread(
                early_close_condition, "early_close_condition", d, _marks
            )
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        expected_expiration_time = _pop("expected_expiration_time", MISSING)
        if expected_expiration_time.__class__ is str:
            try:
                expected_expiration_time = datetime.datetime.fromisoformat(expected_expiration_time)
            except ValueError:
                expected_expiration_time = unread(
                    expected_expiration_time, "expected_expiration_time", d, _marks
                )
        else:
            expected_expiration_time = unread(
                expected_expiration_time, "expected_expiration_time", d, _marks
            )
        expiration_time = _pop("expiration_time", MISSING)
        if expiration_time.__class__ is str:
            try:
                expiration_time = datetime.datetime.fromisoformat(expiration_time)
            except ValueError:
                expiration_time = unread(expiration_time, "expiration_time", d, _marks)
        else:
            expiration_time = unread(expiration_time, "expiration_time", d, _marks)
        fee_waiver_expiration_time = _pop("fee_waiver_expiration_time", MISSING)
        if fee_waiver_expiration_time.__class__ is str:
            try:
                fee_waiver_expiration_time = datetime.datetime.fromisoformat(
                    fee_waiver_expiration_time
                )
            except ValueError:
                fee_waiver_expiration_time = unread(
                    fee_waiver_expiration_time, "fee_waiver_expiration_time", d, _marks
                )
        else:
            fee_waiver_expiration_time = unread(
                fee_waiver_expiration_time, "fee_waiver_expiration_time", d, _marks
            )
        floor_strike = _pop("floor_strike", MISSING)
        if floor_strike.__class__ is not float and floor_strike.__class__ is not int:
            floor_strike = unread(floor_strike, "floor_strike", d, _marks)
        functional_strike = _pop("functional_strike", MISSING)
        if functional_strike.__class__ is not str:
            functional_strike = unread(functional_strike, "functional_strike", d, _marks)
        is_provisional = _pop("is_provisional", MISSING)
        if is_provisional.__class__ is not bool:
            is_provisional = unread(is_provisional, "is_provisional", d, _marks)
        mve_collection_ticker = _pop("mve_collection_ticker", MISSING)
        if mve_collection_ticker.__class__ is not str:
            mve_collection_ticker = unread(
                mve_collection_ticker, "mve_collection_ticker", d, _marks
            )
        mve_selected_legs = _pop("mve_selected_legs", MISSING)
        if mve_selected_legs.__class__ is list:
            _read: list[Any] = []
            for _item in mve_selected_legs:
                if _item.__class__ is dict:
                    _read.append(MveSelectedLeg.from_dict(_item))
                else:
                    d["mve_selected_legs"] = mve_selected_legs
            mve_selected_legs = _read
        elif mve_selected_legs is None:
            mve_selected_legs = []
        else:
            mve_selected_legs = unread(mve_selected_legs, "mve_selected_legs", d, _marks)
        occurrence_datetime = _pop("occurrence_datetime", MISSING)
        if occurrence_datetime.__class__ is str:
            try:
                occurrence_datetime = datetime.datetime.fromisoformat(occurrence_datetime)
            except ValueError:
                occurrence_datetime = unread(occurrence_datetime, "occurrence_datetime", d, _marks)
        else:
            occurrence_datetime = unread(occurrence_datetime, "occurrence_datetime", d, _marks)
        primary_participant_key = _pop("primary_participant_key", MISSING)
        if primary_participant_key.__class__ is not str:
            primary_participant_key = unread(
                primary_participant_key, "primary_participant_key", d, _marks
            )
        settlement_floor_dollars = _pop("settlement_floor_dollars", MISSING)
        if settlement_floor_dollars.__class__ is not str:
            settlement_floor_dollars = unread(
                settlement_floor_dollars, "settlement_floor_dollars", d, _marks
            )
        settlement_ts = _pop("settlement_ts", MISSING)
        if settlement_ts.__class__ is str:
            try:
                settlement_ts = datetime.datetime.fromisoformat(settlement_ts)
            except ValueError:
                settlement_ts = unread(settlement_ts, "settlement_ts", d, _marks)
        else:
            settlement_ts = unread(settlement_ts, "settlement_ts", d, _marks)
        settlement_value_dollars = _pop("settlement_value_dollars", MISSING)
        if settlement_value_dollars.__class__ is not str:
            settlement_value_dollars = unread(
                settlement_value_dollars, "settlement_value_dollars", d, _marks
            )
        strike_type = _pop("strike_type", MISSING)
        if strike_type.__class__ is not str:
            strike_type = unread(strike_type, "strike_type", d, _marks)
        subtitle = _pop("subtitle", MISSING)
        if subtitle.__class__ is not str:
            subtitle = unread(subtitle, "subtitle", d, _marks)
        title = _pop("title", MISSING)
        if title.__class__ is not str:
            title = unread(title, "title", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        market = cls.__new__(cls)
        market.can_close_early = can_close_early
        market.close_time = close_time
        market.created_time = created_time
        market.event_ticker = event_ticker
        market.expiration_value = expiration_value
        market.last_price_dollars = last_price_dollars
        market.latest_expiration_time = latest_expiration_time
        market.market_type = market_type
        market.no_ask_dollars = no_ask_dollars
        market.no_bid_dollars = no_bid_dollars
        market.no_sub_title = no_sub_title
        market.notional_value_dollars = notional_value_dollars
        market.open_interest_fp = open_interest_fp
        market.open_time = open_time
        market.previous_price_dollars = previous_price_dollars
        market.previous_yes_ask_dollars = previous_yes_ask_dollars
        market.previous_yes_bid_dollars = previous_yes_bid_dollars
        market.price_level_structure = price_level_structure
        market.price_ranges = price_ranges
        market.result = result
        market.rules_primary = rules_primary
        market.rules_secondary = rules_secondary
        market.settlement_bounds_type = settlement_bounds_type
        market.settlement_timer_seconds = settlement_timer_seconds
        market.status = status
        market.ticker = ticker
        market.updated_time = updated_time
        market.volume_24h_fp = volume_24h_fp
        market.volume_fp = volume_fp
        market.yes_ask_dollars = yes_ask_dollars
        market.yes_ask_size_fp = yes_ask_size_fp
        market.yes_bid_dollars = yes_bid_dollars
        market.yes_bid_size_fp = yes_bid_size_fp
        market.yes_sub_title = yes_sub_title
        market.cap_strike = cap_strike
        market.custom_strike = custom_strike
        market.early_close_condition = early_close_condition
        market.exchange_index = exchange_index
        market.expected_expiration_time = expected_expiration_time
        market.expiration_time = expiration_time
        market.fee_waiver_expiration_time = fee_waiver_expiration_time
        market.floor_strike = floor_strike
        market.functional_strike = functional_strike
        market.is_provisional = is_provisional
        market.mve_collection_ticker = mve_collection_ticker
        market.mve_selected_legs = mve_selected_legs
        market.occurrence_datetime = occurrence_datetime
        market.primary_participant_key = primary_participant_key
        market.settlement_floor_dollars = settlement_floor_dollars
        market.settlement_ts = settlement_ts
        market.settlement_value_dollars = settlement_value_dollars
        market.strike_type = strike_type
        market.subtitle = subtitle
        market.title = title
        market.additional_properties = d
        market._nulls = _marks
        market._times_kept = False
        return market

    @property
    def additional_keys(self) -> list[str]:
        """The keys of the body this model has no attribute for (and of fields it could not read)."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models held by this one (imported last: see openapi/README.md, "Lean parsing").
from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0  # noqa: E402
from ..models.mve_selected_leg import MveSelectedLeg  # noqa: E402
from ..models.price_range import PriceRange  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    Market,
    times={
        "close_time": datetime.datetime.fromisoformat,
        "created_time": datetime.datetime.fromisoformat,
        "latest_expiration_time": datetime.datetime.fromisoformat,
        "open_time": datetime.datetime.fromisoformat,
        "updated_time": datetime.datetime.fromisoformat,
        "expected_expiration_time": datetime.datetime.fromisoformat,
        "expiration_time": datetime.datetime.fromisoformat,
        "fee_waiver_expiration_time": datetime.datetime.fromisoformat,
        "occurrence_datetime": datetime.datetime.fromisoformat,
        "settlement_ts": datetime.datetime.fromisoformat,
    },
    models={
        "custom_strike": MarketCustomStrikeType0.from_dict,
    },
    lists={
        "price_ranges": PriceRange.from_dict,
        "mve_selected_legs": MveSelectedLeg.from_dict,
    },
)
