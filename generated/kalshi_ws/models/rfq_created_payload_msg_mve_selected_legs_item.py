from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="RfqCreatedPayloadMsgMveSelectedLegsItem")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "event_ticker",
    "market_ticker",
    "side",
    "yes_settlement_value_dollars",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class RfqCreatedPayloadMsgMveSelectedLegsItem:
    """The `RfqCreatedPayloadMsgMveSelectedLegsItem` object.

    Attributes:
        event_ticker (str | None)
        market_ticker (str | None)
        side (str | None)
        yes_settlement_value_dollars (str | None)
    """

    event_ticker: str | None = None
    market_ticker: str | None = None
    side: str | None = None
    yes_settlement_value_dollars: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.event_ticker is not None:
            field_dict["event_ticker"] = self.event_ticker
        elif "event_ticker" in self._nulls:
            field_dict["event_ticker"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.side is not None:
            field_dict["side"] = self.side
        elif "side" in self._nulls:
            field_dict["side"] = None
        if self.yes_settlement_value_dollars is not None:
            field_dict["yes_settlement_value_dollars"] = self.yes_settlement_value_dollars
        elif "yes_settlement_value_dollars" in self._nulls:
            field_dict["yes_settlement_value_dollars"] = None
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
            event_ticker = d["event_ticker"]
            market_ticker = d["market_ticker"]
            side = d["side"]
            yes_settlement_value_dollars = d["yes_settlement_value_dollars"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if event_ticker.__class__ is not str:
            if event_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if side.__class__ is not str:
            if side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if yes_settlement_value_dollars.__class__ is not str:
            if yes_settlement_value_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        rfq_created_payload_msg_mve_selected_legs_item = cls.__new__(cls)
        rfq_created_payload_msg_mve_selected_legs_item.event_ticker = event_ticker
        rfq_created_payload_msg_mve_selected_legs_item.market_ticker = market_ticker
        rfq_created_payload_msg_mve_selected_legs_item.side = side
        rfq_created_payload_msg_mve_selected_legs_item.yes_settlement_value_dollars = (
            yes_settlement_value_dollars
        )
        rfq_created_payload_msg_mve_selected_legs_item.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        rfq_created_payload_msg_mve_selected_legs_item._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return rfq_created_payload_msg_mve_selected_legs_item

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
        event_ticker = _pop("event_ticker", MISSING)
        if event_ticker.__class__ is not str:
            event_ticker = unread(event_ticker, "event_ticker", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        side = _pop("side", MISSING)
        if side.__class__ is not str:
            side = unread(side, "side", d, _marks)
        yes_settlement_value_dollars = _pop("yes_settlement_value_dollars", MISSING)
        if yes_settlement_value_dollars.__class__ is not str:
            yes_settlement_value_dollars = unread(
                yes_settlement_value_dollars, "yes_settlement_value_dollars", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        rfq_created_payload_msg_mve_selected_legs_item = cls.__new__(cls)
        rfq_created_payload_msg_mve_selected_legs_item.event_ticker = event_ticker
        rfq_created_payload_msg_mve_selected_legs_item.market_ticker = market_ticker
        rfq_created_payload_msg_mve_selected_legs_item.side = side
        rfq_created_payload_msg_mve_selected_legs_item.yes_settlement_value_dollars = (
            yes_settlement_value_dollars
        )
        rfq_created_payload_msg_mve_selected_legs_item.additional_properties = d
        rfq_created_payload_msg_mve_selected_legs_item._nulls = _marks
        return rfq_created_payload_msg_mve_selected_legs_item

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
