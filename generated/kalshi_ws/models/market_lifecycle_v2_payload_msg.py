from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_lifecycle_v2_payload_msg_event_type import (
    MarketLifecycleV2PayloadMsgEventType,
)
from ..models.market_lifecycle_v2_payload_msg_price_level_structure import (
    MarketLifecycleV2PayloadMsgPriceLevelStructure,
)
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="MarketLifecycleV2PayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "event_type",
    "market_ticker",
    "additional_metadata",
    "cap_strike",
    "close_ts",
    "custom_strike",
    "determination_ts",
    "exchange_index",
    "floor_strike",
    "is_deactivated",
    "open_ts",
    "price_level_structure",
    "price_ranges",
    "result",
    "settled_ts",
    "settlement_value",
    "strike_type",
    "yes_sub_title",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class MarketLifecycleV2PayloadMsg:
    """The `MarketLifecycleV2PayloadMsg` object.

    Attributes:
        event_type (MarketLifecycleV2PayloadMsgEventType | None)
        market_ticker (str | None)
        additional_metadata (MarketLifecycleV2PayloadMsgAdditionalMetadata | None)
        cap_strike (float | None)
        close_ts (int | None)
        custom_strike (MarketLifecycleV2PayloadMsgCustomStrike | None)
        determination_ts (int | None)
        exchange_index (int | None)
        floor_strike (float | None)
        is_deactivated (bool | None)
        open_ts (int | None)
        price_level_structure (MarketLifecycleV2PayloadMsgPriceLevelStructure | None)
        price_ranges (list[MarketLifecycleV2PayloadMsgPriceRangesItem] | None)
        result (str | None)
        settled_ts (int | None)
        settlement_value (str | None)
        strike_type (str | None)
        yes_sub_title (str | None)
    """

    event_type: MarketLifecycleV2PayloadMsgEventType | None = None
    market_ticker: str | None = None
    additional_metadata: MarketLifecycleV2PayloadMsgAdditionalMetadata | None = None
    cap_strike: float | None = None
    close_ts: int | None = None
    custom_strike: MarketLifecycleV2PayloadMsgCustomStrike | None = None
    determination_ts: int | None = None
    exchange_index: int | None = None
    floor_strike: float | None = None
    is_deactivated: bool | None = None
    open_ts: int | None = None
    price_level_structure: MarketLifecycleV2PayloadMsgPriceLevelStructure | None = None
    price_ranges: list[MarketLifecycleV2PayloadMsgPriceRangesItem] | None = None
    result: str | None = None
    settled_ts: int | None = None
    settlement_value: str | None = None
    strike_type: str | None = None
    yes_sub_title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.event_type is not None:
            field_dict["event_type"] = self.event_type
        elif "event_type" in self._nulls:
            field_dict["event_type"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.additional_metadata is not None:
            field_dict["additional_metadata"] = self.additional_metadata.to_dict()
        elif "additional_metadata" in self._nulls:
            field_dict["additional_metadata"] = None
        if self.cap_strike is not None:
            field_dict["cap_strike"] = self.cap_strike
        elif "cap_strike" in self._nulls:
            field_dict["cap_strike"] = None
        if self.close_ts is not None:
            field_dict["close_ts"] = self.close_ts
        elif "close_ts" in self._nulls:
            field_dict["close_ts"] = None
        if self.custom_strike is not None:
            field_dict["custom_strike"] = self.custom_strike.to_dict()
        elif "custom_strike" in self._nulls:
            field_dict["custom_strike"] = None
        if self.determination_ts is not None:
            field_dict["determination_ts"] = self.determination_ts
        elif "determination_ts" in self._nulls:
            field_dict["determination_ts"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.floor_strike is not None:
            field_dict["floor_strike"] = self.floor_strike
        elif "floor_strike" in self._nulls:
            field_dict["floor_strike"] = None
        if self.is_deactivated is not None:
            field_dict["is_deactivated"] = self.is_deactivated
        elif "is_deactivated" in self._nulls:
            field_dict["is_deactivated"] = None
        if self.open_ts is not None:
            field_dict["open_ts"] = self.open_ts
        elif "open_ts" in self._nulls:
            field_dict["open_ts"] = None
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
        if self.settled_ts is not None:
            field_dict["settled_ts"] = self.settled_ts
        elif "settled_ts" in self._nulls:
            field_dict["settled_ts"] = None
        if self.settlement_value is not None:
            field_dict["settlement_value"] = self.settlement_value
        elif "settlement_value" in self._nulls:
            field_dict["settlement_value"] = None
        if self.strike_type is not None:
            field_dict["strike_type"] = self.strike_type
        elif "strike_type" in self._nulls:
            field_dict["strike_type"] = None
        if self.yes_sub_title is not None:
            field_dict["yes_sub_title"] = self.yes_sub_title
        elif "yes_sub_title" in self._nulls:
            field_dict["yes_sub_title"] = None
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
            event_type = d["event_type"]
            market_ticker = d["market_ticker"]
            additional_metadata = d["additional_metadata"]
            cap_strike = d["cap_strike"]
            close_ts = d["close_ts"]
            custom_strike = d["custom_strike"]
            determination_ts = d["determination_ts"]
            exchange_index = d["exchange_index"]
            floor_strike = d["floor_strike"]
            is_deactivated = d["is_deactivated"]
            open_ts = d["open_ts"]
            price_level_structure = d["price_level_structure"]
            price_ranges = d["price_ranges"]
            result = d["result"]
            settled_ts = d["settled_ts"]
            settlement_value = d["settlement_value"]
            strike_type = d["strike_type"]
            yes_sub_title = d["yes_sub_title"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if event_type.__class__ is not str:
            if event_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if additional_metadata.__class__ is not dict:
            if additional_metadata is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if cap_strike.__class__ is not float and cap_strike.__class__ is not int:
            if cap_strike is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if close_ts.__class__ is not int:
            if close_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if custom_strike.__class__ is not dict:
            if custom_strike is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if determination_ts.__class__ is not int:
            if determination_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if floor_strike.__class__ is not float and floor_strike.__class__ is not int:
            if floor_strike is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if is_deactivated.__class__ is not bool:
            if is_deactivated is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if open_ts.__class__ is not int:
            if open_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if price_level_structure.__class__ is not str:
            if price_level_structure is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
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
            _null |= 8192
        if settled_ts.__class__ is not int:
            if settled_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        if settlement_value.__class__ is not str:
            if settlement_value is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32768
        if strike_type.__class__ is not str:
            if strike_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 65536
        if yes_sub_title.__class__ is not str:
            if yes_sub_title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 131072
        market_lifecycle_v2_payload_msg = cls.__new__(cls)
        market_lifecycle_v2_payload_msg.event_type = event_type
        market_lifecycle_v2_payload_msg.market_ticker = market_ticker
        market_lifecycle_v2_payload_msg._raw_additional_metadata = additional_metadata
        market_lifecycle_v2_payload_msg.cap_strike = cap_strike
        market_lifecycle_v2_payload_msg.close_ts = close_ts
        market_lifecycle_v2_payload_msg._raw_custom_strike = custom_strike
        market_lifecycle_v2_payload_msg.determination_ts = determination_ts
        market_lifecycle_v2_payload_msg.exchange_index = exchange_index
        market_lifecycle_v2_payload_msg.floor_strike = floor_strike
        market_lifecycle_v2_payload_msg.is_deactivated = is_deactivated
        market_lifecycle_v2_payload_msg.open_ts = open_ts
        market_lifecycle_v2_payload_msg.price_level_structure = price_level_structure
        market_lifecycle_v2_payload_msg._raw_price_ranges = price_ranges
        market_lifecycle_v2_payload_msg.result = result
        market_lifecycle_v2_payload_msg.settled_ts = settled_ts
        market_lifecycle_v2_payload_msg.settlement_value = settlement_value
        market_lifecycle_v2_payload_msg.strike_type = strike_type
        market_lifecycle_v2_payload_msg.yes_sub_title = yes_sub_title
        market_lifecycle_v2_payload_msg.additional_properties = (
            {} if len(d) == 18 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        market_lifecycle_v2_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return market_lifecycle_v2_payload_msg

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
        event_type = _pop("event_type", MISSING)
        if event_type.__class__ is not str:
            event_type = unread(event_type, "event_type", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        additional_metadata = _pop("additional_metadata", MISSING)
        if additional_metadata.__class__ is dict:
            additional_metadata = MarketLifecycleV2PayloadMsgAdditionalMetadata.from_dict(
                additional_metadata
            )
        else:
            additional_metadata = unread(additional_metadata, "additional_metadata", d, _marks)
        cap_strike = _pop("cap_strike", MISSING)
        if cap_strike.__class__ is not float and cap_strike.__class__ is not int:
            cap_strike = unread(cap_strike, "cap_strike", d, _marks)
        close_ts = _pop("close_ts", MISSING)
        if close_ts.__class__ is not int:
            close_ts = unread(close_ts, "close_ts", d, _marks)
        custom_strike = _pop("custom_strike", MISSING)
        if custom_strike.__class__ is dict:
            custom_strike = MarketLifecycleV2PayloadMsgCustomStrike.from_dict(custom_strike)
        else:
            custom_strike = unread(custom_strike, "custom_strike", d, _marks)
        determination_ts = _pop("determination_ts", MISSING)
        if determination_ts.__class__ is not int:
            determination_ts = unread(determination_ts, "determination_ts", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        floor_strike = _pop("floor_strike", MISSING)
        if floor_strike.__class__ is not float and floor_strike.__class__ is not int:
            floor_strike = unread(floor_strike, "floor_strike", d, _marks)
        is_deactivated = _pop("is_deactivated", MISSING)
        if is_deactivated.__class__ is not bool:
            is_deactivated = unread(is_deactivated, "is_deactivated", d, _marks)
        open_ts = _pop("open_ts", MISSING)
        if open_ts.__class__ is not int:
            open_ts = unread(open_ts, "open_ts", d, _marks)
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
                    _read.append(MarketLifecycleV2PayloadMsgPriceRangesItem.from_dict(_item))
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
        settled_ts = _pop("settled_ts", MISSING)
        if settled_ts.__class__ is not int:
            settled_ts = unread(settled_ts, "settled_ts", d, _marks)
        settlement_value = _pop("settlement_value", MISSING)
        if settlement_value.__class__ is not str:
            settlement_value = unread(settlement_value, "settlement_value", d, _marks)
        strike_type = _pop("strike_type", MISSING)
        if strike_type.__class__ is not str:
            strike_type = unread(strike_type, "strike_type", d, _marks)
        yes_sub_title = _pop("yes_sub_title", MISSING)
        if yes_sub_title.__class__ is not str:
            yes_sub_title = unread(yes_sub_title, "yes_sub_title", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        market_lifecycle_v2_payload_msg = cls.__new__(cls)
        market_lifecycle_v2_payload_msg.event_type = event_type
        market_lifecycle_v2_payload_msg.market_ticker = market_ticker
        market_lifecycle_v2_payload_msg.additional_metadata = additional_metadata
        market_lifecycle_v2_payload_msg.cap_strike = cap_strike
        market_lifecycle_v2_payload_msg.close_ts = close_ts
        market_lifecycle_v2_payload_msg.custom_strike = custom_strike
        market_lifecycle_v2_payload_msg.determination_ts = determination_ts
        market_lifecycle_v2_payload_msg.exchange_index = exchange_index
        market_lifecycle_v2_payload_msg.floor_strike = floor_strike
        market_lifecycle_v2_payload_msg.is_deactivated = is_deactivated
        market_lifecycle_v2_payload_msg.open_ts = open_ts
        market_lifecycle_v2_payload_msg.price_level_structure = price_level_structure
        market_lifecycle_v2_payload_msg.price_ranges = price_ranges
        market_lifecycle_v2_payload_msg.result = result
        market_lifecycle_v2_payload_msg.settled_ts = settled_ts
        market_lifecycle_v2_payload_msg.settlement_value = settlement_value
        market_lifecycle_v2_payload_msg.strike_type = strike_type
        market_lifecycle_v2_payload_msg.yes_sub_title = yes_sub_title
        market_lifecycle_v2_payload_msg.additional_properties = d
        market_lifecycle_v2_payload_msg._nulls = _marks
        return market_lifecycle_v2_payload_msg

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
from ..models.market_lifecycle_v2_payload_msg_additional_metadata import (
    MarketLifecycleV2PayloadMsgAdditionalMetadata,
)
from ..models.market_lifecycle_v2_payload_msg_custom_strike import (
    MarketLifecycleV2PayloadMsgCustomStrike,
)
from ..models.market_lifecycle_v2_payload_msg_price_ranges_item import (
    MarketLifecycleV2PayloadMsgPriceRangesItem,
)

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    MarketLifecycleV2PayloadMsg,
    times={},
    models={
        "additional_metadata": MarketLifecycleV2PayloadMsgAdditionalMetadata.from_dict,
        "custom_strike": MarketLifecycleV2PayloadMsgCustomStrike.from_dict,
    },
    lists={
        "price_ranges": MarketLifecycleV2PayloadMsgPriceRangesItem.from_dict,
    },
)
