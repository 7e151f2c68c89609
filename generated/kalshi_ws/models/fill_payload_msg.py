from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..models.order_action import OrderAction
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="FillPayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "action",
    "book_side",
    "count_fp",
    "exchange_index",
    "fee_cost",
    "is_taker",
    "market_ticker",
    "order_id",
    "outcome_side",
    "post_position_fp",
    "purchased_side",
    "side",
    "trade_id",
    "ts",
    "ts_ms",
    "yes_price_dollars",
    "client_order_id",
    "subaccount",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class FillPayloadMsg:
    """The `FillPayloadMsg` object.

    Attributes:
        action (OrderAction | None)
        book_side (BookSide | None)
        count_fp (str | None)
        exchange_index (int | None)
        fee_cost (str | None)
        is_taker (bool | None)
        market_ticker (str | None)
        order_id (UUID | None)
        outcome_side (MarketSide | None)
        post_position_fp (str | None)
        purchased_side (MarketSide | None)
        side (MarketSide | None)
        trade_id (UUID | None)
        ts (int | None)
        ts_ms (int | None)
        yes_price_dollars (str | None)
        client_order_id (str | None)
        subaccount (int | None)
    """

    action: OrderAction | None = None
    book_side: BookSide | None = None
    count_fp: str | None = None
    exchange_index: int | None = None
    fee_cost: str | None = None
    is_taker: bool | None = None
    market_ticker: str | None = None
    order_id: UUID | None = None
    outcome_side: MarketSide | None = None
    post_position_fp: str | None = None
    purchased_side: MarketSide | None = None
    side: MarketSide | None = None
    trade_id: UUID | None = None
    ts: int | None = None
    ts_ms: int | None = None
    yes_price_dollars: str | None = None
    client_order_id: str | None = None
    subaccount: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.action is not None:
            field_dict["action"] = self.action
        elif "action" in self._nulls:
            field_dict["action"] = None
        if self.book_side is not None:
            field_dict["book_side"] = self.book_side
        elif "book_side" in self._nulls:
            field_dict["book_side"] = None
        if self.count_fp is not None:
            field_dict["count_fp"] = self.count_fp
        elif "count_fp" in self._nulls:
            field_dict["count_fp"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.fee_cost is not None:
            field_dict["fee_cost"] = self.fee_cost
        elif "fee_cost" in self._nulls:
            field_dict["fee_cost"] = None
        if self.is_taker is not None:
            field_dict["is_taker"] = self.is_taker
        elif "is_taker" in self._nulls:
            field_dict["is_taker"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.order_id is not None:
            field_dict["order_id"] = str(self.order_id)
        elif "order_id" in self._nulls:
            field_dict["order_id"] = None
        if self.outcome_side is not None:
            field_dict["outcome_side"] = self.outcome_side
        elif "outcome_side" in self._nulls:
            field_dict["outcome_side"] = None
        if self.post_position_fp is not None:
            field_dict["post_position_fp"] = self.post_position_fp
        elif "post_position_fp" in self._nulls:
            field_dict["post_position_fp"] = None
        if self.purchased_side is not None:
            field_dict["purchased_side"] = self.purchased_side
        elif "purchased_side" in self._nulls:
            field_dict["purchased_side"] = None
        if self.side is not None:
            field_dict["side"] = self.side
        elif "side" in self._nulls:
            field_dict["side"] = None
        if self.trade_id is not None:
            field_dict["trade_id"] = str(self.trade_id)
        elif "trade_id" in self._nulls:
            field_dict["trade_id"] = None
        if self.ts is not None:
            field_dict["ts"] = self.ts
        elif "ts" in self._nulls:
            field_dict["ts"] = None
        if self.ts_ms is not None:
            field_dict["ts_ms"] = self.ts_ms
        elif "ts_ms" in self._nulls:
            field_dict["ts_ms"] = None
        if self.yes_price_dollars is not None:
            field_dict["yes_price_dollars"] = self.yes_price_dollars
        elif "yes_price_dollars" in self._nulls:
            field_dict["yes_price_dollars"] = None
        if self.client_order_id is not None:
            field_dict["client_order_id"] = self.client_order_id
        elif "client_order_id" in self._nulls:
            field_dict["client_order_id"] = None
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
            action = d["action"]
            book_side = d["book_side"]
            count_fp = d["count_fp"]
            exchange_index = d["exchange_index"]
            fee_cost = d["fee_cost"]
            is_taker = d["is_taker"]
            market_ticker = d["market_ticker"]
            order_id = d["order_id"]
            outcome_side = d["outcome_side"]
            post_position_fp = d["post_position_fp"]
            purchased_side = d["purchased_side"]
            side = d["side"]
            trade_id = d["trade_id"]
            ts = d["ts"]
            ts_ms = d["ts_ms"]
            yes_price_dollars = d["yes_price_dollars"]
            client_order_id = d["client_order_id"]
            subaccount = d["subaccount"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if action.__class__ is not str:
            if action is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if book_side.__class__ is not str:
            if book_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if count_fp.__class__ is not str:
            if count_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if fee_cost.__class__ is not str:
            if fee_cost is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if is_taker.__class__ is not bool:
            if is_taker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if order_id.__class__ is str:
            try:
                order_id = UUID(order_id)
            except ValueError:
                return cls._read_tolerant(src_dict)
        elif order_id is None:
            _null |= 128
        else:
            return cls._read_tolerant(src_dict)
        if outcome_side.__class__ is not str:
            if outcome_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if post_position_fp.__class__ is not str:
            if post_position_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if purchased_side.__class__ is not str:
            if purchased_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if side.__class__ is not str:
            if side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if trade_id.__class__ is str:
            try:
                trade_id = UUID(trade_id)
            except ValueError:
                return cls._read_tolerant(src_dict)
        elif trade_id is None:
            _null |= 4096
        else:
            return cls._read_tolerant(src_dict)
        if ts.__class__ is not int:
            if ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        if ts_ms.__class__ is not int:
            if ts_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        if yes_price_dollars.__class__ is not str:
            if yes_price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32768
        if client_order_id.__class__ is not str:
            if client_order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 65536
        if subaccount.__class__ is not int:
            if subaccount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 131072
        fill_payload_msg = cls.__new__(cls)
        fill_payload_msg.action = action
        fill_payload_msg.book_side = book_side
        fill_payload_msg.count_fp = count_fp
        fill_payload_msg.exchange_index = exchange_index
        fill_payload_msg.fee_cost = fee_cost
        fill_payload_msg.is_taker = is_taker
        fill_payload_msg.market_ticker = market_ticker
        fill_payload_msg.order_id = order_id
        fill_payload_msg.outcome_side = outcome_side
        fill_payload_msg.post_position_fp = post_position_fp
        fill_payload_msg.purchased_side = purchased_side
        fill_payload_msg.side = side
        fill_payload_msg.trade_id = trade_id
        fill_payload_msg.ts = ts
        fill_payload_msg.ts_ms = ts_ms
        fill_payload_msg.yes_price_dollars = yes_price_dollars
        fill_payload_msg.client_order_id = client_order_id
        fill_payload_msg.subaccount = subaccount
        fill_payload_msg.additional_properties = (
            {} if len(d) == 18 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        fill_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return fill_payload_msg

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
        action = _pop("action", MISSING)
        if action.__class__ is not str:
            action = unread(action, "action", d, _marks)
        book_side = _pop("book_side", MISSING)
        if book_side.__class__ is not str:
            book_side = unread(book_side, "book_side", d, _marks)
        count_fp = _pop("count_fp", MISSING)
        if count_fp.__class__ is not str:
            count_fp = unread(count_fp, "count_fp", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        fee_cost = _pop("fee_cost", MISSING)
        if fee_cost.__class__ is not str:
            fee_cost = unread(fee_cost, "fee_cost", d, _marks)
        is_taker = _pop("is_taker", MISSING)
        if is_taker.__class__ is not bool:
            is_taker = unread(is_taker, "is_taker", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        order_id = _pop("order_id", MISSING)
        if order_id.__class__ is str:
            try:
                order_id = UUID(order_id)
            except ValueError:
                order_id = unread(order_id, "order_id", d, _marks)
        else:
            order_id = unread(order_id, "order_id", d, _marks)
        outcome_side = _pop("outcome_side", MISSING)
        if outcome_side.__class__ is not str:
            outcome_side = unread(outcome_side, "outcome_side", d, _marks)
        post_position_fp = _pop("post_position_fp", MISSING)
        if post_position_fp.__class__ is not str:
            post_position_fp = unread(post_position_fp, "post_position_fp", d, _marks)
        purchased_side = _pop("purchased_side", MISSING)
        if purchased_side.__class__ is not str:
            purchased_side = unread(purchased_side, "purchased_side", d, _marks)
        side = _pop("side", MISSING)
        if side.__class__ is not str:
            side = unread(side, "side", d, _marks)
        trade_id = _pop("trade_id", MISSING)
        if trade_id.__class__ is str:
            try:
                trade_id = UUID(trade_id)
            except ValueError:
                trade_id = unread(trade_id, "trade_id", d, _marks)
        else:
            trade_id = unread(trade_id, "trade_id", d, _marks)
        ts = _pop("ts", MISSING)
        if ts.__class__ is not int:
            ts = unread(ts, "ts", d, _marks)
        ts_ms = _pop("ts_ms", MISSING)
        if ts_ms.__class__ is not int:
            ts_ms = unread(ts_ms, "ts_ms", d, _marks)
        yes_price_dollars = _pop("yes_price_dollars", MISSING)
        if yes_price_dollars.__class__ is not str:
            yes_price_dollars = unread(yes_price_dollars, "yes_price_dollars", d, _marks)
        client_order_id = _pop("client_order_id", MISSING)
        if client_order_id.__class__ is not str:
            client_order_id = unread(client_order_id, "client_order_id", d, _marks)
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread(subaccount, "subaccount", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        fill_payload_msg = cls.__new__(cls)
        fill_payload_msg.action = action
        fill_payload_msg.book_side = book_side
        fill_payload_msg.count_fp = count_fp
        fill_payload_msg.exchange_index = exchange_index
        fill_payload_msg.fee_cost = fee_cost
        fill_payload_msg.is_taker = is_taker
        fill_payload_msg.market_ticker = market_ticker
        fill_payload_msg.order_id = order_id
        fill_payload_msg.outcome_side = outcome_side
        fill_payload_msg.post_position_fp = post_position_fp
        fill_payload_msg.purchased_side = purchased_side
        fill_payload_msg.side = side
        fill_payload_msg.trade_id = trade_id
        fill_payload_msg.ts = ts
        fill_payload_msg.ts_ms = ts_ms
        fill_payload_msg.yes_price_dollars = yes_price_dollars
        fill_payload_msg.client_order_id = client_order_id
        fill_payload_msg.subaccount = subaccount
        fill_payload_msg.additional_properties = d
        fill_payload_msg._nulls = _marks
        return fill_payload_msg

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
