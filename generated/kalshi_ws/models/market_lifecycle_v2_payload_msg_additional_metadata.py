from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="MarketLifecycleV2PayloadMsgAdditionalMetadata")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "can_close_early",
    "cap_strike",
    "custom_strike",
    "event_ticker",
    "expected_expiration_ts",
    "floor_strike",
    "name",
    "no_sub_title",
    "rules_primary",
    "rules_secondary",
    "strike_type",
    "title",
    "yes_sub_title",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class MarketLifecycleV2PayloadMsgAdditionalMetadata:
    """The `MarketLifecycleV2PayloadMsgAdditionalMetadata` object.

    Attributes:
        can_close_early (bool | None)
        cap_strike (float | None)
        custom_strike (MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike | None)
        event_ticker (str | None)
        expected_expiration_ts (int | None)
        floor_strike (float | None)
        name (str | None)
        no_sub_title (str | None)
        rules_primary (str | None)
        rules_secondary (str | None)
        strike_type (str | None)
        title (str | None)
        yes_sub_title (str | None)
    """

    can_close_early: bool | None = None
    cap_strike: float | None = None
    custom_strike: MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike | None = None
    event_ticker: str | None = None
    expected_expiration_ts: int | None = None
    floor_strike: float | None = None
    name: str | None = None
    no_sub_title: str | None = None
    rules_primary: str | None = None
    rules_secondary: str | None = None
    strike_type: str | None = None
    title: str | None = None
    yes_sub_title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.can_close_early is not None:
            field_dict["can_close_early"] = self.can_close_early
        elif "can_close_early" in self._nulls:
            field_dict["can_close_early"] = None
        if self.cap_strike is not None:
            field_dict["cap_strike"] = self.cap_strike
        elif "cap_strike" in self._nulls:
            field_dict["cap_strike"] = None
        if self.custom_strike is not None:
            field_dict["custom_strike"] = self.custom_strike.to_dict()
        elif "custom_strike" in self._nulls:
            field_dict["custom_strike"] = None
        if self.event_ticker is not None:
            field_dict["event_ticker"] = self.event_ticker
        elif "event_ticker" in self._nulls:
            field_dict["event_ticker"] = None
        if self.expected_expiration_ts is not None:
            field_dict["expected_expiration_ts"] = self.expected_expiration_ts
        elif "expected_expiration_ts" in self._nulls:
            field_dict["expected_expiration_ts"] = None
        if self.floor_strike is not None:
            field_dict["floor_strike"] = self.floor_strike
        elif "floor_strike" in self._nulls:
            field_dict["floor_strike"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.no_sub_title is not None:
            field_dict["no_sub_title"] = self.no_sub_title
        elif "no_sub_title" in self._nulls:
            field_dict["no_sub_title"] = None
        if self.rules_primary is not None:
            field_dict["rules_primary"] = self.rules_primary
        elif "rules_primary" in self._nulls:
            field_dict["rules_primary"] = None
        if self.rules_secondary is not None:
            field_dict["rules_secondary"] = self.rules_secondary
        elif "rules_secondary" in self._nulls:
            field_dict["rules_secondary"] = None
        if self.strike_type is not None:
            field_dict["strike_type"] = self.strike_type
        elif "strike_type" in self._nulls:
            field_dict["strike_type"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._nulls:
            field_dict["title"] = None
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
            can_close_early = d["can_close_early"]
            cap_strike = d["cap_strike"]
            custom_strike = d["custom_strike"]
            event_ticker = d["event_ticker"]
            expected_expiration_ts = d["expected_expiration_ts"]
            floor_strike = d["floor_strike"]
            name = d["name"]
            no_sub_title = d["no_sub_title"]
            rules_primary = d["rules_primary"]
            rules_secondary = d["rules_secondary"]
            strike_type = d["strike_type"]
            title = d["title"]
            yes_sub_title = d["yes_sub_title"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if can_close_early.__class__ is not bool:
            if can_close_early is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if cap_strike.__class__ is not float and cap_strike.__class__ is not int:
            if cap_strike is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if custom_strike.__class__ is not dict:
            if custom_strike is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if event_ticker.__class__ is not str:
            if event_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if expected_expiration_ts.__class__ is not int:
            if expected_expiration_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if floor_strike.__class__ is not float and floor_strike.__class__ is not int:
            if floor_strike is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if name.__class__ is not str:
            if name is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if no_sub_title.__class__ is not str:
            if no_sub_title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if rules_primary.__class__ is not str:
            if rules_primary is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if rules_secondary.__class__ is not str:
            if rules_secondary is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if strike_type.__class__ is not str:
            if strike_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if title.__class__ is not str:
            if title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if yes_sub_title.__class__ is not str:
            if yes_sub_title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        market_lifecycle_v2_payload_msg_additional_metadata = cls.__new__(cls)
        market_lifecycle_v2_payload_msg_additional_metadata.can_close_early = can_close_early
        market_lifecycle_v2_payload_msg_additional_metadata.cap_strike = cap_strike
        market_lifecycle_v2_payload_msg_additional_metadata._raw_custom_strike = custom_strike
        market_lifecycle_v2_payload_msg_additional_metadata.event_ticker = event_ticker
        market_lifecycle_v2_payload_msg_additional_metadata.expected_expiration_ts = (
            expected_expiration_ts
        )
        market_lifecycle_v2_payload_msg_additional_metadata.floor_strike = floor_strike
        market_lifecycle_v2_payload_msg_additional_metadata.name = name
        market_lifecycle_v2_payload_msg_additional_metadata.no_sub_title = no_sub_title
        market_lifecycle_v2_payload_msg_additional_metadata.rules_primary = rules_primary
        market_lifecycle_v2_payload_msg_additional_metadata.rules_secondary = rules_secondary
        market_lifecycle_v2_payload_msg_additional_metadata.strike_type = strike_type
        market_lifecycle_v2_payload_msg_additional_metadata.title = title
        market_lifecycle_v2_payload_msg_additional_metadata.yes_sub_title = yes_sub_title
        market_lifecycle_v2_payload_msg_additional_metadata.additional_properties = (
            {} if len(d) == 13 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        market_lifecycle_v2_payload_msg_additional_metadata._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return market_lifecycle_v2_payload_msg_additional_metadata

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
        cap_strike = _pop("cap_strike", MISSING)
        if cap_strike.__class__ is not float and cap_strike.__class__ is not int:
            cap_strike = unread(cap_strike, "cap_strike", d, _marks)
        custom_strike = _pop("custom_strike", MISSING)
        if custom_strike.__class__ is dict:
            custom_strike = MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike.from_dict(
                custom_strike
            )
        else:
            custom_strike = unread(custom_strike, "custom_strike", d, _marks)
        event_ticker = _pop("event_ticker", MISSING)
        if event_ticker.__class__ is not str:
            event_ticker = unread(event_ticker, "event_ticker", d, _marks)
        expected_expiration_ts = _pop("expected_expiration_ts", MISSING)
        if expected_expiration_ts.__class__ is not int:
            expected_expiration_ts = unread(
                expected_expiration_ts, "expected_expiration_ts", d, _marks
            )
        floor_strike = _pop("floor_strike", MISSING)
        if floor_strike.__class__ is not float and floor_strike.__class__ is not int:
            floor_strike = unread(floor_strike, "floor_strike", d, _marks)
        name = _pop("name", MISSING)
        if name.__class__ is not str:
            name = unread(name, "name", d, _marks)
        no_sub_title = _pop("no_sub_title", MISSING)
        if no_sub_title.__class__ is not str:
            no_sub_title = unread(no_sub_title, "no_sub_title", d, _marks)
        rules_primary = _pop("rules_primary", MISSING)
        if rules_primary.__class__ is not str:
            rules_primary = unread(rules_primary, "rules_primary", d, _marks)
        rules_secondary = _pop("rules_secondary", MISSING)
        if rules_secondary.__class__ is not str:
            rules_secondary = unread(rules_secondary, "rules_secondary", d, _marks)
        strike_type = _pop("strike_type", MISSING)
        if strike_type.__class__ is not str:
            strike_type = unread(strike_type, "strike_type", d, _marks)
        title = _pop("title", MISSING)
        if title.__class__ is not str:
            title = unread(title, "title", d, _marks)
        yes_sub_title = _pop("yes_sub_title", MISSING)
        if yes_sub_title.__class__ is not str:
            yes_sub_title = unread(yes_sub_title, "yes_sub_title", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        market_lifecycle_v2_payload_msg_additional_metadata = cls.__new__(cls)
        market_lifecycle_v2_payload_msg_additional_metadata.can_close_early = can_close_early
        market_lifecycle_v2_payload_msg_additional_metadata.cap_strike = cap_strike
        market_lifecycle_v2_payload_msg_additional_metadata.custom_strike = custom_strike
        market_lifecycle_v2_payload_msg_additional_metadata.event_ticker = event_ticker
        market_lifecycle_v2_payload_msg_additional_metadata.expected_expiration_ts = (
            expected_expiration_ts
        )
        market_lifecycle_v2_payload_msg_additional_metadata.floor_strike = floor_strike
        market_lifecycle_v2_payload_msg_additional_metadata.name = name
        market_lifecycle_v2_payload_msg_additional_metadata.no_sub_title = no_sub_title
        market_lifecycle_v2_payload_msg_additional_metadata.rules_primary = rules_primary
        market_lifecycle_v2_payload_msg_additional_metadata.rules_secondary = rules_secondary
        market_lifecycle_v2_payload_msg_additional_metadata.strike_type = strike_type
        market_lifecycle_v2_payload_msg_additional_metadata.title = title
        market_lifecycle_v2_payload_msg_additional_metadata.yes_sub_title = yes_sub_title
        market_lifecycle_v2_payload_msg_additional_metadata.additional_properties = d
        market_lifecycle_v2_payload_msg_additional_metadata._nulls = _marks
        return market_lifecycle_v2_payload_msg_additional_metadata

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
from ..models.market_lifecycle_v2_payload_msg_additional_metadata_custom_strike import (
    MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike,
)

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    MarketLifecycleV2PayloadMsgAdditionalMetadata,
    times={},
    models={
        "custom_strike": MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike.from_dict,
    },
    lists={},
)
