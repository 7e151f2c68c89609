from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.order_action import OrderAction
from ..models.order_outcome_side import OrderOutcomeSide
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.self_trade_prevention_type import (
    SelfTradePreventionType,
)
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="Order")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "book_side",
    "client_order_id",
    "fill_count_fp",
    "initial_count_fp",
    "maker_fees_dollars",
    "maker_fill_cost_dollars",
    "no_price_dollars",
    "order_id",
    "outcome_side",
    "remaining_count_fp",
    "status",
    "taker_fees_dollars",
    "taker_fill_cost_dollars",
    "ticker",
    "type",
    "user_id",
    "yes_price_dollars",
    "action",
    "cancel_order_on_pause",
    "created_time",
    "exchange_index",
    "expiration_time",
    "last_update_time",
    "order_group_id",
    "self_trade_prevention_type",
    "side",
    "subaccount_number",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class Order:
    """The `Order` object.

    Attributes:
        book_side (BookSide | None)
        client_order_id (str | None)
        fill_count_fp (str | None)
        initial_count_fp (str | None)
        maker_fees_dollars (str | None)
        maker_fill_cost_dollars (str | None)
        no_price_dollars (str | None)
        order_id (str | None)
        outcome_side (OrderOutcomeSide | None)
        remaining_count_fp (str | None)
        status (OrderStatus | None)
        taker_fees_dollars (str | None)
        taker_fill_cost_dollars (str | None)
        ticker (str | None)
        type_ (OrderType | None)
        user_id (str | None)
        yes_price_dollars (str | None)
        action (OrderAction | None)
        cancel_order_on_pause (bool | None)
        created_time (datetime.datetime | None)
        exchange_index (int | None)
        expiration_time (datetime.datetime | None)
        last_update_time (datetime.datetime | None)
        order_group_id (None | str)
        self_trade_prevention_type (SelfTradePreventionType | None)
        side (OrderSide | None)
        subaccount_number (int | None)
    """

    book_side: BookSide | None = None
    client_order_id: str | None = None
    fill_count_fp: str | None = None
    initial_count_fp: str | None = None
    maker_fees_dollars: str | None = None
    maker_fill_cost_dollars: str | None = None
    no_price_dollars: str | None = None
    order_id: str | None = None
    outcome_side: OrderOutcomeSide | None = None
    remaining_count_fp: str | None = None
    status: OrderStatus | None = None
    taker_fees_dollars: str | None = None
    taker_fill_cost_dollars: str | None = None
    ticker: str | None = None
    type_: OrderType | None = None
    user_id: str | None = None
    yes_price_dollars: str | None = None
    action: OrderAction | None = None
    cancel_order_on_pause: bool | None = None
    created_time: datetime.datetime | None = None
    exchange_index: int | None = None
    expiration_time: datetime.datetime | None = None
    last_update_time: datetime.datetime | None = None
    order_group_id: str | None = None
    self_trade_prevention_type: SelfTradePreventionType | None = None
    side: OrderSide | None = None
    subaccount_number: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.book_side is not None:
            field_dict["book_side"] = self.book_side
        elif "book_side" in self._nulls:
            field_dict["book_side"] = None
        if self.client_order_id is not None:
            field_dict["client_order_id"] = self.client_order_id
        elif "client_order_id" in self._nulls:
            field_dict["client_order_id"] = None
        if self.fill_count_fp is not None:
            field_dict["fill_count_fp"] = self.fill_count_fp
        elif "fill_count_fp" in self._nulls:
            field_dict["fill_count_fp"] = None
        if self.initial_count_fp is not None:
            field_dict["initial_count_fp"] = self.initial_count_fp
        elif "initial_count_fp" in self._nulls:
            field_dict["initial_count_fp"] = None
        if self.maker_fees_dollars is not None:
            field_dict["maker_fees_dollars"] = self.maker_fees_dollars
        elif "maker_fees_dollars" in self._nulls:
            field_dict["maker_fees_dollars"] = None
        if self.maker_fill_cost_dollars is not None:
            field_dict["maker_fill_cost_dollars"] = self.maker_fill_cost_dollars
        elif "maker_fill_cost_dollars" in self._nulls:
            field_dict["maker_fill_cost_dollars"] = None
        if self.no_price_dollars is not None:
            field_dict["no_price_dollars"] = self.no_price_dollars
        elif "no_price_dollars" in self._nulls:
            field_dict["no_price_dollars"] = None
        if self.order_id is not None:
            field_dict["order_id"] = self.order_id
        elif "order_id" in self._nulls:
            field_dict["order_id"] = None
        if self.outcome_side is not None:
            field_dict["outcome_side"] = self.outcome_side
        elif "outcome_side" in self._nulls:
            field_dict["outcome_side"] = None
        if self.remaining_count_fp is not None:
            field_dict["remaining_count_fp"] = self.remaining_count_fp
        elif "remaining_count_fp" in self._nulls:
            field_dict["remaining_count_fp"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.taker_fees_dollars is not None:
            field_dict["taker_fees_dollars"] = self.taker_fees_dollars
        elif "taker_fees_dollars" in self._nulls:
            field_dict["taker_fees_dollars"] = None
        if self.taker_fill_cost_dollars is not None:
            field_dict["taker_fill_cost_dollars"] = self.taker_fill_cost_dollars
        elif "taker_fill_cost_dollars" in self._nulls:
            field_dict["taker_fill_cost_dollars"] = None
        if self.ticker is not None:
            field_dict["ticker"] = self.ticker
        elif "ticker" in self._nulls:
            field_dict["ticker"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type" in self._nulls:
            field_dict["type"] = None
        if self.user_id is not None:
            field_dict["user_id"] = self.user_id
        elif "user_id" in self._nulls:
            field_dict["user_id"] = None
        if self.yes_price_dollars is not None:
            field_dict["yes_price_dollars"] = self.yes_price_dollars
        elif "yes_price_dollars" in self._nulls:
            field_dict["yes_price_dollars"] = None
        if self.action is not None:
            field_dict["action"] = self.action
        elif "action" in self._nulls:
            field_dict["action"] = None
        if self.cancel_order_on_pause is not None:
            field_dict["cancel_order_on_pause"] = self.cancel_order_on_pause
        elif "cancel_order_on_pause" in self._nulls:
            field_dict["cancel_order_on_pause"] = None
        if self.created_time is not None:
            field_dict["created_time"] = self.created_time.isoformat()
        elif "created_time" in self._nulls:
            field_dict["created_time"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.expiration_time is not None:
            field_dict["expiration_time"] = self.expiration_time.isoformat()
        elif "expiration_time" in self._nulls:
            field_dict["expiration_time"] = None
        if self.last_update_time is not None:
            field_dict["last_update_time"] = self.last_update_time.isoformat()
        elif "last_update_time" in self._nulls:
            field_dict["last_update_time"] = None
        if self.order_group_id is not None:
            field_dict["order_group_id"] = self.order_group_id
        elif "order_group_id" in self._nulls:
            field_dict["order_group_id"] = None
        if self.self_trade_prevention_type is not None:
            field_dict["self_trade_prevention_type"] = self.self_trade_prevention_type
        elif "self_trade_prevention_type" in self._nulls:
            field_dict["self_trade_prevention_type"] = None
        if self.side is not None:
            field_dict["side"] = self.side
        elif "side" in self._nulls:
            field_dict["side"] = None
        if self.subaccount_number is not None:
            field_dict["subaccount_number"] = self.subaccount_number
        elif "subaccount_number" in self._nulls:
            field_dict["subaccount_number"] = None
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
            book_side = d["book_side"]
            client_order_id = d["client_order_id"]
            fill_count_fp = d["fill_count_fp"]
            initial_count_fp = d["initial_count_fp"]
            maker_fees_dollars = d["maker_fees_dollars"]
            maker_fill_cost_dollars = d["maker_fill_cost_dollars"]
            no_price_dollars = d["no_price_dollars"]
            order_id = d["order_id"]
            outcome_side = d["outcome_side"]
            remaining_count_fp = d["remaining_count_fp"]
            status = d["status"]
            taker_fees_dollars = d["taker_fees_dollars"]
            taker_fill_cost_dollars = d["taker_fill_cost_dollars"]
            ticker = d["ticker"]
            type_ = d["type"]
            user_id = d["user_id"]
            yes_price_dollars = d["yes_price_dollars"]
            action = d["action"]
            cancel_order_on_pause = d["cancel_order_on_pause"]
            created_time = d["created_time"]
            exchange_index = d["exchange_index"]
            expiration_time = d["expiration_time"]
            last_update_time = d["last_update_time"]
            order_group_id = d["order_group_id"]
            self_trade_prevention_type = d["self_trade_prevention_type"]
            side = d["side"]
            subaccount_number = d["subaccount_number"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if book_side.__class__ is not str:
            if book_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if client_order_id.__class__ is not str:
            if client_order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if fill_count_fp.__class__ is not str:
            if fill_count_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if initial_count_fp.__class__ is not str:
            if initial_count_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if maker_fees_dollars.__class__ is not str:
            if maker_fees_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if maker_fill_cost_dollars.__class__ is not str:
            if maker_fill_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if no_price_dollars.__class__ is not str:
            if no_price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if order_id.__class__ is not str:
            if order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if outcome_side.__class__ is not str:
            if outcome_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if remaining_count_fp.__class__ is not str:
            if remaining_count_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if status.__class__ is not str:
            if status is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if taker_fees_dollars.__class__ is not str:
            if taker_fees_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if taker_fill_cost_dollars.__class__ is not str:
            if taker_fill_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        if ticker.__class__ is not str:
            if ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        if type_.__class__ is not str:
            if type_ is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        if user_id.__class__ is not str:
            if user_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32768
        if yes_price_dollars.__class__ is not str:
            if yes_price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 65536
        if action.__class__ is not str:
            if action is not None:
                return cls._read_tolerant(src_dict)
            _null |= 131072
        if cancel_order_on_pause.__class__ is not bool:
            if cancel_order_on_pause is not None:
                return cls._read_tolerant(src_dict)
            _null |= 262144
        if created_time.__class__ is not str:
            if created_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 524288
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1048576
        if expiration_time.__class__ is not str:
            if expiration_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2097152
        if last_update_time.__class__ is not str:
            if last_update_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4194304
        if order_group_id.__class__ is not str:
            if order_group_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8388608
        if self_trade_prevention_type.__class__ is not str:
            if self_trade_prevention_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16777216
        if side.__class__ is not str:
            if side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 33554432
        if subaccount_number.__class__ is not int:
            if subaccount_number is not None:
                return cls._read_tolerant(src_dict)
            _null |= 67108864
        order = cls.__new__(cls)
        order.book_side = book_side
        order.client_order_id = client_order_id
        order.fill_count_fp = fill_count_fp
        order.initial_count_fp = initial_count_fp
        order.maker_fees_dollars = maker_fees_dollars
        order.maker_fill_cost_dollars = maker_fill_cost_dollars
        order.no_price_dollars = no_price_dollars
        order.order_id = order_id
        order.outcome_side = outcome_side
        order.remaining_count_fp = remaining_count_fp
        order.status = status
        order.taker_fees_dollars = taker_fees_dollars
        order.taker_fill_cost_dollars = taker_fill_cost_dollars
        order.ticker = ticker
        order.type_ = type_
        order.user_id = user_id
        order.yes_price_dollars = yes_price_dollars
        order.action = action
        order.cancel_order_on_pause = cancel_order_on_pause
        order._raw_created_time = created_time
        order.exchange_index = exchange_index
        order._raw_expiration_time = expiration_time
        order._raw_last_update_time = last_update_time
        order.order_group_id = order_group_id
        order.self_trade_prevention_type = self_trade_prevention_type
        order.side = side
        order.subaccount_number = subaccount_number
        order._times_kept = True
        order._raw_additional_properties = (
            {} if len(d) == 27 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        order._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return order

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
        book_side = _pop("book_side", MISSING)
        if book_side.__class__ is not str:
            book_side = unread(book_side, "book_side", d, _marks)
        client_order_id = _pop("client_order_id", MISSING)
        if client_order_id.__class__ is not str:
            client_order_id = unread(client_order_id, "client_order_id", d, _marks)
        fill_count_fp = _pop("fill_count_fp", MISSING)
        if fill_count_fp.__class__ is not str:
            fill_count_fp = unread(fill_count_fp, "fill_count_fp", d, _marks)
        initial_count_fp = _pop("initial_count_fp", MISSING)
        if initial_count_fp.__class__ is not str:
            initial_count_fp = unread(initial_count_fp, "initial_count_fp", d, _marks)
        maker_fees_dollars = _pop("maker_fees_dollars", MISSING)
        if maker_fees_dollars.__class__ is not str:
            maker_fees_dollars = unread(maker_fees_dollars, "maker_fees_dollars", d, _marks)
        maker_fill_cost_dollars = _pop("maker_fill_cost_dollars", MISSING)
        if maker_fill_cost_dollars.__class__ is not str:
            maker_fill_cost_dollars = unread(
                maker_fill_cost_dollars, "maker_fill_cost_dollars", d, _marks
            )
        no_price_dollars = _pop("no_price_dollars", MISSING)
        if no_price_dollars.__class__ is not str:
            no_price_dollars = unread(no_price_dollars, "no_price_dollars", d, _marks)
        order_id = _pop("order_id", MISSING)
        if order_id.__class__ is not str:
            order_id = unread(order_id, "order_id", d, _marks)
        outcome_side = _pop("outcome_side", MISSING)
        if outcome_side.__class__ is not str:
            outcome_side = unread(outcome_side, "outcome_side", d, _marks)
        remaining_count_fp = _pop("remaining_count_fp", MISSING)
        if remaining_count_fp.__class__ is not str:
            remaining_count_fp = unread(remaining_count_fp, "remaining_count_fp", d, _marks)
        status = _pop("status", MISSING)
        if status.__class__ is not str:
            status = unread(status, "status", d, _marks)
        taker_fees_dollars = _pop("taker_fees_dollars", MISSING)
        if taker_fees_dollars.__class__ is not str:
            taker_fees_dollars = unread(taker_fees_dollars, "taker_fees_dollars", d, _marks)
        taker_fill_cost_dollars = _pop("taker_fill_cost_dollars", MISSING)
        if taker_fill_cost_dollars.__class__ is not str:
            taker_fill_cost_dollars = unread(
                taker_fill_cost_dollars, "taker_fill_cost_dollars", d, _marks
            )
        ticker = _pop("ticker", MISSING)
        if ticker.__class__ is not str:
            ticker = unread(ticker, "ticker", d, _marks)
        type_ = _pop("type", MISSING)
        if type_.__class__ is not str:
            type_ = unread(type_, "type", d, _marks)
        user_id = _pop("user_id", MISSING)
        if user_id.__class__ is not str:
            user_id = unread(user_id, "user_id", d, _marks)
        yes_price_dollars = _pop("yes_price_dollars", MISSING)
        if yes_price_dollars.__class__ is not str:
            yes_price_dollars = unread(yes_price_dollars, "yes_price_dollars", d, _marks)
        action = _pop("action", MISSING)
        if action.__class__ is not str:
            action = unread(action, "action", d, _marks)
        cancel_order_on_pause = _pop("cancel_order_on_pause", MISSING)
        if cancel_order_on_pause.__class__ is not bool:
            cancel_order_on_pause = unread(
                cancel_order_on_pause, "cancel_order_on_pause", d, _marks
            )
        created_time = _pop("created_time", MISSING)
        if created_time.__class__ is str:
            try:
                created_time = datetime.datetime.fromisoformat(created_time)
            except ValueError:
                created_time = unread(created_time, "created_time", d, _marks)
        else:
            created_time = unread(created_time, "created_time", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        expiration_time = _pop("expiration_time", MISSING)
        if expiration_time.__class__ is str:
            try:
                expiration_time = datetime.datetime.fromisoformat(expiration_time)
            except ValueError:
                expiration_time = unread(expiration_time, "expiration_time", d, _marks)
        else:
            expiration_time = unread(expiration_time, "expiration_time", d, _marks)
        last_update_time = _pop("last_update_time", MISSING)
        if last_update_time.__class__ is str:
            try:
                last_update_time = datetime.datetime.fromisoformat(last_update_time)
            except ValueError:
                last_update_time = unread(last_update_time, "last_update_time", d, _marks)
        else:
            last_update_time = unread(last_update_time, "last_update_time", d, _marks)
        order_group_id = _pop("order_group_id", MISSING)
        if order_group_id.__class__ is not str:
            order_group_id = unread(order_group_id, "order_group_id", d, _marks)
        self_trade_prevention_type = _pop("self_trade_prevention_type", MISSING)
        if self_trade_prevention_type.__class__ is not str:
            self_trade_prevention_type = unread(
                self_trade_prevention_type, "self_trade_prevention_type", d, _marks
            )
        side = _pop("side", MISSING)
        if side.__class__ is not str:
            side = unread(side, "side", d, _marks)
        subaccount_number = _pop("subaccount_number", MISSING)
        if subaccount_number.__class__ is not int:
            subaccount_number = unread(subaccount_number, "subaccount_number", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        order = cls.__new__(cls)
        order.book_side = book_side
        order.client_order_id = client_order_id
        order.fill_count_fp = fill_count_fp
        order.initial_count_fp = initial_count_fp
        order.maker_fees_dollars = maker_fees_dollars
        order.maker_fill_cost_dollars = maker_fill_cost_dollars
        order.no_price_dollars = no_price_dollars
        order.order_id = order_id
        order.outcome_side = outcome_side
        order.remaining_count_fp = remaining_count_fp
        order.status = status
        order.taker_fees_dollars = taker_fees_dollars
        order.taker_fill_cost_dollars = taker_fill_cost_dollars
        order.ticker = ticker
        order.type_ = type_
        order.user_id = user_id
        order.yes_price_dollars = yes_price_dollars
        order.action = action
        order.cancel_order_on_pause = cancel_order_on_pause
        order.created_time = created_time
        order.exchange_index = exchange_index
        order.expiration_time = expiration_time
        order.last_update_time = last_update_time
        order.order_group_id = order_group_id
        order.self_trade_prevention_type = self_trade_prevention_type
        order.side = side
        order.subaccount_number = subaccount_number
        order.additional_properties = d
        order._nulls = _marks
        order._times_kept = False
        return order

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


# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    Order,
    times={
        "created_time": datetime.datetime.fromisoformat,
        "expiration_time": datetime.datetime.fromisoformat,
        "last_update_time": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
