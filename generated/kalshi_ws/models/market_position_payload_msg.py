from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="MarketPositionPayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "fees_paid_dollars",
    "market_ticker",
    "position_cost_dollars",
    "position_fee_cost_dollars",
    "position_fp",
    "realized_pnl_dollars",
    "user_id",
    "volume_fp",
    "subaccount",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class MarketPositionPayloadMsg:
    """The `MarketPositionPayloadMsg` object.

    Attributes:
        fees_paid_dollars (str | None)
        market_ticker (str | None)
        position_cost_dollars (str | None)
        position_fee_cost_dollars (str | None)
        position_fp (str | None)
        realized_pnl_dollars (str | None)
        user_id (str | None)
        volume_fp (str | None)
        subaccount (int | None)
    """

    fees_paid_dollars: str | None = None
    market_ticker: str | None = None
    position_cost_dollars: str | None = None
    position_fee_cost_dollars: str | None = None
    position_fp: str | None = None
    realized_pnl_dollars: str | None = None
    user_id: str | None = None
    volume_fp: str | None = None
    subaccount: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.fees_paid_dollars is not None:
            field_dict["fees_paid_dollars"] = self.fees_paid_dollars
        elif "fees_paid_dollars" in self._nulls:
            field_dict["fees_paid_dollars"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.position_cost_dollars is not None:
            field_dict["position_cost_dollars"] = self.position_cost_dollars
        elif "position_cost_dollars" in self._nulls:
            field_dict["position_cost_dollars"] = None
        if self.position_fee_cost_dollars is not None:
            field_dict["position_fee_cost_dollars"] = self.position_fee_cost_dollars
        elif "position_fee_cost_dollars" in self._nulls:
            field_dict["position_fee_cost_dollars"] = None
        if self.position_fp is not None:
            field_dict["position_fp"] = self.position_fp
        elif "position_fp" in self._nulls:
            field_dict["position_fp"] = None
        if self.realized_pnl_dollars is not None:
            field_dict["realized_pnl_dollars"] = self.realized_pnl_dollars
        elif "realized_pnl_dollars" in self._nulls:
            field_dict["realized_pnl_dollars"] = None
        if self.user_id is not None:
            field_dict["user_id"] = self.user_id
        elif "user_id" in self._nulls:
            field_dict["user_id"] = None
        if self.volume_fp is not None:
            field_dict["volume_fp"] = self.volume_fp
        elif "volume_fp" in self._nulls:
            field_dict["volume_fp"] = None
        if self.subaccount is not None:
            field_dict["subaccount"] = self.subaccount
        elif "subaccount" in self._nulls:
            field_dict["subaccount"] = None
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
            fees_paid_dollars = d["fees_paid_dollars"]
            market_ticker = d["market_ticker"]
            position_cost_dollars = d["position_cost_dollars"]
            position_fee_cost_dollars = d["position_fee_cost_dollars"]
            position_fp = d["position_fp"]
            realized_pnl_dollars = d["realized_pnl_dollars"]
            user_id = d["user_id"]
            volume_fp = d["volume_fp"]
            subaccount = d["subaccount"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if fees_paid_dollars.__class__ is not str:
            if fees_paid_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if position_cost_dollars.__class__ is not str:
            if position_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if position_fee_cost_dollars.__class__ is not str:
            if position_fee_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if position_fp.__class__ is not str:
            if position_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if realized_pnl_dollars.__class__ is not str:
            if realized_pnl_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if user_id.__class__ is not str:
            if user_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if volume_fp.__class__ is not str:
            if volume_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if subaccount.__class__ is not int:
            if subaccount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        market_position_payload_msg = cls.__new__(cls)
        market_position_payload_msg.fees_paid_dollars = fees_paid_dollars
        market_position_payload_msg.market_ticker = market_ticker
        market_position_payload_msg.position_cost_dollars = position_cost_dollars
        market_position_payload_msg.position_fee_cost_dollars = position_fee_cost_dollars
        market_position_payload_msg.position_fp = position_fp
        market_position_payload_msg.realized_pnl_dollars = realized_pnl_dollars
        market_position_payload_msg.user_id = user_id
        market_position_payload_msg.volume_fp = volume_fp
        market_position_payload_msg.subaccount = subaccount
        market_position_payload_msg.additional_properties = (
            {} if len(d) == 9 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        market_position_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return market_position_payload_msg

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
        fees_paid_dollars = _pop("fees_paid_dollars", MISSING)
        if fees_paid_dollars.__class__ is not str:
            fees_paid_dollars = unread(fees_paid_dollars, "fees_paid_dollars", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        position_cost_dollars = _pop("position_cost_dollars", MISSING)
        if position_cost_dollars.__class__ is not str:
            position_cost_dollars = unread(
                position_cost_dollars, "position_cost_dollars", d, _marks
            )
        position_fee_cost_dollars = _pop("position_fee_cost_dollars", MISSING)
        if position_fee_cost_dollars.__class__ is not str:
            position_fee_cost_dollars = unread(
                position_fee_cost_dollars, "position_fee_cost_dollars", d, _marks
            )
        position_fp = _pop("position_fp", MISSING)
        if position_fp.__class__ is not str:
            position_fp = unread(position_fp, "position_fp", d, _marks)
        realized_pnl_dollars = _pop("realized_pnl_dollars", MISSING)
        if realized_pnl_dollars.__class__ is not str:
            realized_pnl_dollars = unread(realized_pnl_dollars, "realized_pnl_dollars", d, _marks)
        user_id = _pop("user_id", MISSING)
        if user_id.__class__ is not str:
            user_id = unread(user_id, "user_id", d, _marks)
        volume_fp = _pop("volume_fp", MISSING)
        if volume_fp.__class__ is not str:
            volume_fp = unread(volume_fp, "volume_fp", d, _marks)
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread(subaccount, "subaccount", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        market_position_payload_msg = cls.__new__(cls)
        market_position_payload_msg.fees_paid_dollars = fees_paid_dollars
        market_position_payload_msg.market_ticker = market_ticker
        market_position_payload_msg.position_cost_dollars = position_cost_dollars
        market_position_payload_msg.position_fee_cost_dollars = position_fee_cost_dollars
        market_position_payload_msg.position_fp = position_fp
        market_position_payload_msg.realized_pnl_dollars = realized_pnl_dollars
        market_position_payload_msg.user_id = user_id
        market_position_payload_msg.volume_fp = volume_fp
        market_position_payload_msg.subaccount = subaccount
        market_position_payload_msg.additional_properties = d
        market_position_payload_msg._nulls = _marks
        return market_position_payload_msg

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
