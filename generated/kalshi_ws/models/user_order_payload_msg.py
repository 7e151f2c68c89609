from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..models.user_order_payload_msg_self_trade_prevention_type import (
    UserOrderPayloadMsgSelfTradePreventionType,
)
from ..models.user_order_payload_msg_status import (
    UserOrderPayloadMsgStatus,
)
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="UserOrderPayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "book_side",
    "client_order_id",
    "created_time",
    "created_ts_ms",
    "fill_count_fp",
    "initial_count_fp",
    "is_yes",
    "maker_fees_dollars",
    "maker_fill_cost_dollars",
    "order_id",
    "outcome_side",
    "remaining_count_fp",
    "side",
    "status",
    "taker_fees_dollars",
    "taker_fill_cost_dollars",
    "ticker",
    "user_id",
    "yes_price_dollars",
    "expiration_time",
    "expiration_ts_ms",
    "last_update_time",
    "last_updated_ts_ms",
    "order_group_id",
    "self_trade_prevention_type",
    "subaccount_number",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class UserOrderPayloadMsg:
    """The `UserOrderPayloadMsg` object.

    Attributes:
        book_side (BookSide | None)
        client_order_id (str | None)
        created_time (datetime.datetime | None)
        created_ts_ms (int | None)
        fill_count_fp (str | None)
        initial_count_fp (str | None)
        is_yes (bool | None)
        maker_fees_dollars (str | None)
        maker_fill_cost_dollars (str | None)
        order_id (UUID | None)
        outcome_side (MarketSide | None)
        remaining_count_fp (str | None)
        side (MarketSide | None)
        status (UserOrderPayloadMsgStatus | None)
        taker_fees_dollars (str | None)
        taker_fill_cost_dollars (str | None)
        ticker (str | None)
        user_id (UUID | None)
        yes_price_dollars (str | None)
        expiration_time (datetime.datetime | None)
        expiration_ts_ms (int | None)
        last_update_time (datetime.datetime | None)
        last_updated_ts_ms (int | None)
        order_group_id (str | None)
        self_trade_prevention_type (UserOrderPayloadMsgSelfTradePreventionType | None)
        subaccount_number (int | None)
    """

    book_side: BookSide | None = None
    client_order_id: str | None = None
    created_time: datetime.datetime | None = None
    created_ts_ms: int | None = None
    fill_count_fp: str | None = None
    initial_count_fp: str | None = None
    is_yes: bool | None = None
    maker_fees_dollars: str | None = None
    maker_fill_cost_dollars: str | None = None
    order_id: UUID | None = None
    outcome_side: MarketSide | None = None
    remaining_count_fp: str | None = None
    side: MarketSide | None = None
    status: UserOrderPayloadMsgStatus | None = None
    taker_fees_dollars: str | None = None
    taker_fill_cost_dollars: str | None = None
    ticker: str | None = None
    user_id: UUID | None = None
    yes_price_dollars: str | None = None
    expiration_time: datetime.datetime | None = None
    expiration_ts_ms: int | None = None
    last_update_time: datetime.datetime | None = None
    last_updated_ts_ms: int | None = None
    order_group_id: str | None = None
    self_trade_prevention_type: UserOrderPayloadMsgSelfTradePreventionType | None = None
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
        if self.created_time is not None:
            field_dict["created_time"] = self.created_time.isoformat()
        elif "created_time" in self._nulls:
            field_dict["created_time"] = None
        if self.created_ts_ms is not None:
            field_dict["created_ts_ms"] = self.created_ts_ms
        elif "created_ts_ms" in self._nulls:
            field_dict["created_ts_ms"] = None
        if self.fill_count_fp is not None:
            field_dict["fill_count_fp"] = self.fill_count_fp
        elif "fill_count_fp" in self._nulls:
            field_dict["fill_count_fp"] = None
        if self.initial_count_fp is not None:
            field_dict["initial_count_fp"] = self.initial_count_fp
        elif "initial_count_fp" in self._nulls:
            field_dict["initial_count_fp"] = None
        if self.is_yes is not None:
            field_dict["is_yes"] = self.is_yes
        elif "is_yes" in self._nulls:
            field_dict["is_yes"] = None
        if self.maker_fees_dollars is not None:
            field_dict["maker_fees_dollars"] = self.maker_fees_dollars
        elif "maker_fees_dollars" in self._nulls:
            field_dict["maker_fees_dollars"] = None
        if self.maker_fill_cost_dollars is not None:
            field_dict["maker_fill_cost_dollars"] = self.maker_fill_cost_dollars
        elif "maker_fill_cost_dollars" in self._nulls:
            field_dict["maker_fill_cost_dollars"] = None
        if self.order_id is not None:
            field_dict["order_id"] = str(self.order_id)
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
        if self.side is not None:
            field_dict["side"] = self.side
        elif "side" in self._nulls:
            field_dict["side"] = None
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
        if self.user_id is not None:
            field_dict["user_id"] = str(self.user_id)
        elif "user_id" in self._nulls:
            field_dict["user_id"] = None
        if self.yes_price_dollars is not None:
            field_dict["yes_price_dollars"] = self.yes_price_dollars
        elif "yes_price_dollars" in self._nulls:
            field_dict["yes_price_dollars"] = None
        if self.expiration_time is not None:
            field_dict["expiration_time"] = self.expiration_time.isoformat()
        elif "expiration_time" in self._nulls:
            field_dict["expiration_time"] = None
        if self.expiration_ts_ms is not None:
            field_dict["expiration_ts_ms"] = self.expiration_ts_ms
        elif "expiration_ts_ms" in self._nulls:
            field_dict["expiration_ts_ms"] = None
        if self.last_update_time is not None:
            field_dict["last_update_time"] = self.last_update_time.isoformat()
        elif "last_update_time" in self._nulls:
            field_dict["last_update_time"] = None
        if self.last_updated_ts_ms is not None:
            field_dict["last_updated_ts_ms"] = self.last_updated_ts_ms
        elif "last_updated_ts_ms" in self._nulls:
            field_dict["last_updated_ts_ms"] = None
        if self.order_group_id is not None:
            field_dict["order_group_id"] = self.order_group_id
        elif "order_group_id" in self._nulls:
            field_dict["order_group_id"] = None
        if self.self_trade_prevention_type is not None:
            field_dict["self_trade_prevention_type"] = self.self_trade_prevention_type
        elif "self_trade_prevention_type" in self._nulls:
            field_dict["self_trade_prevention_type"] = None
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
            created_time = d["created_time"]
            created_ts_ms = d["created_ts_ms"]
            fill_count_fp = d["fill_count_fp"]
            initial_count_fp = d["initial_count_fp"]
            is_yes = d["is_yes"]
            maker_fees_dollars = d["maker_fees_dollars"]
            maker_fill_cost_dollars = d["maker_fill_cost_dollars"]
            order_id = d["order_id"]
            outcome_side = d["outcome_side"]
            remaining_count_fp = d["remaining_count_fp"]
            side = d["side"]
            status = d["status"]
            taker_fees_dollars = d["taker_fees_dollars"]
            taker_fill_cost_dollars = d["taker_fill_cost_dollars"]
            ticker = d["ticker"]
            user_id = d["user_id"]
            yes_price_dollars = d["yes_price_dollars"]
            expiration_time = d["expiration_time"]
            expiration_ts_ms = d["expiration_ts_ms"]
            last_update_time = d["last_update_time"]
            last_updated_ts_ms = d["last_updated_ts_ms"]
            order_group_id = d["order_group_id"]
            self_trade_prevention_type = d["self_trade_prevention_type"]
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
        if created_time.__class__ is not str:
            if created_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if created_ts_ms.__class__ is not int:
            if created_ts_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if fill_count_fp.__class__ is not str:
            if fill_count_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if initial_count_fp.__class__ is not str:
            if initial_count_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if is_yes.__class__ is not bool:
            if is_yes is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if maker_fees_dollars.__class__ is not str:
            if maker_fees_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if maker_fill_cost_dollars.__class__ is not str:
            if maker_fill_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if order_id.__class__ is str:
            try:
                order_id = UUID(order_id)
            except ValueError:
                return cls._read_tolerant(src_dict)
        elif order_id is None:
            _null |= 512
        else:
            return cls._read_tolerant(src_dict)
        if outcome_side.__class__ is not str:
            if outcome_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if remaining_count_fp.__class__ is not str:
            if remaining_count_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if side.__class__ is not str:
            if side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        if status.__class__ is not str:
            if status is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        if taker_fees_dollars.__class__ is not str:
            if taker_fees_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        if taker_fill_cost_dollars.__class__ is not str:
            if taker_fill_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32768
        if ticker.__class__ is not str:
            if ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 65536
        if user_id.__class__ is str:
            try:
                user_id = UUID(user_id)
            except ValueError:
                return cls._read_tolerant(src_dict)
        elif user_id is None:
            _null |= 131072
        else:
            return cls._read_tolerant(src_dict)
        if yes_price_dollars.__class__ is not str:
            if yes_price_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 262144
        if expiration_time.__class__ is not str:
            if expiration_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 524288
        if expiration_ts_ms.__class__ is not int:
            if expiration_ts_ms is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1048576
        if last_update_time.__class__ is not str:
            if last_update_time is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2097152
        if last_updated_ts_ms.__class__ is not int:
            if last_updated_ts_ms is not None:
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
        if subaccount_number.__class__ is not int:
            if subaccount_number is not None:
                return cls._read_tolerant(src_dict)
            _null |= 33554432
        user_order_payload_msg = cls.__new__(cls)
        user_order_payload_msg.book_side = book_side
        user_order_payload_msg.client_order_id = client_order_id
        user_order_payload_msg._raw_created_time = created_time
        user_order_payload_msg.created_ts_ms = created_ts_ms
        user_order_payload_msg.fill_count_fp = fill_count_fp
        user_order_payload_msg.initial_count_fp = initial_count_fp
        user_order_payload_msg.is_yes = is_yes
        user_order_payload_msg.maker_fees_dollars = maker_fees_dollars
        user_order_payload_msg.maker_fill_cost_dollars = maker_fill_cost_dollars
        user_order_payload_msg.order_id = order_id
        user_order_payload_msg.outcome_side = outcome_side
        user_order_payload_msg.remaining_count_fp = remaining_count_fp
        user_order_payload_msg.side = side
        user_order_payload_msg.status = status
        user_order_payload_msg.taker_fees_dollars = taker_fees_dollars
        user_order_payload_msg.taker_fill_cost_dollars = taker_fill_cost_dollars
        user_order_payload_msg.ticker = ticker
        user_order_payload_msg.user_id = user_id
        user_order_payload_msg.yes_price_dollars = yes_price_dollars
        user_order_payload_msg._raw_expiration_time = expiration_time
        user_order_payload_msg.expiration_ts_ms = expiration_ts_ms
        user_order_payload_msg._raw_last_update_time = last_update_time
        user_order_payload_msg.last_updated_ts_ms = last_updated_ts_ms
        user_order_payload_msg.order_group_id = order_group_id
        user_order_payload_msg.self_trade_prevention_type = self_trade_prevention_type
        user_order_payload_msg.subaccount_number = subaccount_number
        user_order_payload_msg._times_kept = True
        user_order_payload_msg._raw_additional_properties = (
            {} if len(d) == 26 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        user_order_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return user_order_payload_msg

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
        created_time = _pop("created_time", MISSING)
        if created_time.__class__ is str:
            try:
                created_time = datetime.datetime.fromisoformat(created_time)
            except ValueError:
                created_time = unread(created_time, "created_time", d, _marks)
        else:
            created_time = unread(created_time, "created_time", d, _marks)
        created_ts_ms = _pop("created_ts_ms", MISSING)
        if created_ts_ms.__class__ is not int:
            created_ts_ms = unread(created_ts_ms, "created_ts_ms", d, _marks)
        fill_count_fp = _pop("fill_count_fp", MISSING)
        if fill_count_fp.__class__ is not str:
            fill_count_fp = unread(fill_count_fp, "fill_count_fp", d, _marks)
        initial_count_fp = _pop("initial_count_fp", MISSING)
        if initial_count_fp.__class__ is not str:
            initial_count_fp = unread(initial_count_fp, "initial_count_fp", d, _marks)
        is_yes = _pop("is_yes", MISSING)
        if is_yes.__class__ is not bool:
            is_yes = unread(is_yes, "is_yes", d, _marks)
        maker_fees_dollars = _pop("maker_fees_dollars", MISSING)
        if maker_fees_dollars.__class__ is not str:
            maker_fees_dollars = unread(maker_fees_dollars, "maker_fees_dollars", d, _marks)
        maker_fill_cost_dollars = _pop("maker_fill_cost_dollars", MISSING)
        if maker_fill_cost_dollars.__class__ is not str:
            maker_fill_cost_dollars = unread(
                maker_fill_cost_dollars, "maker_fill_cost_dollars", d, _marks
            )
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
        remaining_count_fp = _pop("remaining_count_fp", MISSING)
        if remaining_count_fp.__class__ is not str:
            remaining_count_fp = unread(remaining_count_fp, "remaining_count_fp", d, _marks)
        side = _pop("side", MISSING)
        if side.__class__ is not str:
            side = unread(side, "side", d, _marks)
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
        user_id = _pop("user_id", MISSING)
        if user_id.__class__ is str:
            try:
                user_id = UUID(user_id)
            except ValueError:
                user_id = unread(user_id, "user_id", d, _marks)
        else:
            user_id = unread(user_id, "user_id", d, _marks)
        yes_price_dollars = _pop("yes_price_dollars", MISSING)
        if yes_price_dollars.__class__ is not str:
            yes_price_dollars = unread(yes_price_dollars, "yes_price_dollars", d, _marks)
        expiration_time = _pop("expiration_time", MISSING)
        if expiration_time.__class__ is str:
            try:
                expiration_time = datetime.datetime.fromisoformat(expiration_time)
            except ValueError:
                expiration_time = unread(expiration_time, "expiration_time", d, _marks)
        else:
            expiration_time = unread(expiration_time, "expiration_time", d, _marks)
        expiration_ts_ms = _pop("expiration_ts_ms", MISSING)
        if expiration_ts_ms.__class__ is not int:
            expiration_ts_ms = unread(expiration_ts_ms, "expiration_ts_ms", d, _marks)
        last_update_time = _pop("last_update_time", MISSING)
        if last_update_time.__class__ is str:
            try:
                last_update_time = datetime.datetime.fromisoformat(last_update_time)
            except ValueError:
                last_update_time = unread(last_update_time, "last_update_time", d, _marks)
        else:
            last_update_time = unread(last_update_time, "last_update_time", d, _marks)
        last_updated_ts_ms = _pop("last_updated_ts_ms", MISSING)
        if last_updated_ts_ms.__class__ is not int:
            last_updated_ts_ms = unread(last_updated_ts_ms, "last_updated_ts_ms", d, _marks)
        order_group_id = _pop("order_group_id", MISSING)
        if order_group_id.__class__ is not str:
            order_group_id = unread(order_group_id, "order_group_id", d, _marks)
        self_trade_prevention_type = _pop("self_trade_prevention_type", MISSING)
        if self_trade_prevention_type.__class__ is not str:
            self_trade_prevention_type = unread(
                self_trade_prevention_type, "self_trade_prevention_type", d, _marks
            )
        subaccount_number = _pop("subaccount_number", MISSING)
        if subaccount_number.__class__ is not int:
            subaccount_number = unread(subaccount_number, "subaccount_number", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        user_order_payload_msg = cls.__new__(cls)
        user_order_payload_msg.book_side = book_side
        user_order_payload_msg.client_order_id = client_order_id
        user_order_payload_msg.created_time = created_time
        user_order_payload_msg.created_ts_ms = created_ts_ms
        user_order_payload_msg.fill_count_fp = fill_count_fp
        user_order_payload_msg.initial_count_fp = initial_count_fp
        user_order_payload_msg.is_yes = is_yes
        user_order_payload_msg.maker_fees_dollars = maker_fees_dollars
        user_order_payload_msg.maker_fill_cost_dollars = maker_fill_cost_dollars
        user_order_payload_msg.order_id = order_id
        user_order_payload_msg.outcome_side = outcome_side
        user_order_payload_msg.remaining_count_fp = remaining_count_fp
        user_order_payload_msg.side = side
        user_order_payload_msg.status = status
        user_order_payload_msg.taker_fees_dollars = taker_fees_dollars
        user_order_payload_msg.taker_fill_cost_dollars = taker_fill_cost_dollars
        user_order_payload_msg.ticker = ticker
        user_order_payload_msg.user_id = user_id
        user_order_payload_msg.yes_price_dollars = yes_price_dollars
        user_order_payload_msg.expiration_time = expiration_time
        user_order_payload_msg.expiration_ts_ms = expiration_ts_ms
        user_order_payload_msg.last_update_time = last_update_time
        user_order_payload_msg.last_updated_ts_ms = last_updated_ts_ms
        user_order_payload_msg.order_group_id = order_group_id
        user_order_payload_msg.self_trade_prevention_type = self_trade_prevention_type
        user_order_payload_msg.subaccount_number = subaccount_number
        user_order_payload_msg.additional_properties = d
        user_order_payload_msg._nulls = _marks
        user_order_payload_msg._times_kept = False
        return user_order_payload_msg

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
    UserOrderPayloadMsg,
    times={
        "created_time": datetime.datetime.fromisoformat,
        "expiration_time": datetime.datetime.fromisoformat,
        "last_update_time": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
