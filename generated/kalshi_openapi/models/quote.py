from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_accepted_side import QuoteAcceptedSide
from ..models.quote_status import QuoteStatus
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="Quote")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "contracts_fp",
    "created_ts",
    "creator_id",
    "id",
    "market_ticker",
    "no_bid_dollars",
    "rfq_creator_id",
    "rfq_id",
    "status",
    "updated_ts",
    "yes_bid_dollars",
    "accepted_side",
    "accepted_ts",
    "cancellation_reason",
    "cancelled_ts",
    "confirmed_ts",
    "creator_order_id",
    "creator_subaccount",
    "creator_user_id",
    "executed_ts",
    "no_contracts_fp",
    "post_only",
    "rest_remainder",
    "rfq_creator_order_id",
    "rfq_creator_subaccount",
    "rfq_creator_user_id",
    "rfq_target_cost_dollars",
    "target_cost_excludes_fees",
    "yes_contracts_fp",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class Quote:
    """The `Quote` object.

    Attributes:
        contracts_fp (str | None)
        created_ts (datetime.datetime | None)
        creator_id (str | None)
        id (str | None)
        market_ticker (str | None)
        no_bid_dollars (str | None)
        rfq_creator_id (str | None)
        rfq_id (str | None)
        status (QuoteStatus | None)
        updated_ts (datetime.datetime | None)
        yes_bid_dollars (str | None)
        accepted_side (QuoteAcceptedSide | None)
        accepted_ts (datetime.datetime | None)
        cancellation_reason (str | None)
        cancelled_ts (datetime.datetime | None)
        confirmed_ts (datetime.datetime | None)
        creator_order_id (str | None)
        creator_subaccount (int | None)
        creator_user_id (str | None)
        executed_ts (datetime.datetime | None)
        no_contracts_fp (str | None)
        post_only (bool | None)
        rest_remainder (bool | None)
        rfq_creator_order_id (str | None)
        rfq_creator_subaccount (int | None)
        rfq_creator_user_id (str | None)
        rfq_target_cost_dollars (str | None)
        target_cost_excludes_fees (bool | None)
        yes_contracts_fp (str | None)
    """

    contracts_fp: str | None = None
    created_ts: datetime.datetime | None = None
    creator_id: str | None = None
    id: str | None = None
    market_ticker: str | None = None
    no_bid_dollars: str | None = None
    rfq_creator_id: str | None = None
    rfq_id: str | None = None
    status: QuoteStatus | None = None
    updated_ts: datetime.datetime | None = None
    yes_bid_dollars: str | None = None
    accepted_side: QuoteAcceptedSide | None = None
    accepted_ts: datetime.datetime | None = None
    cancellation_reason: str | None = None
    cancelled_ts: datetime.datetime | None = None
    confirmed_ts: datetime.datetime | None = None
    creator_order_id: str | None = None
    creator_subaccount: int | None = None
    creator_user_id: str | None = None
    executed_ts: datetime.datetime | None = None
    no_contracts_fp: str | None = None
    post_only: bool | None = None
    rest_remainder: bool | None = None
    rfq_creator_order_id: str | None = None
    rfq_creator_subaccount: int | None = None
    rfq_creator_user_id: str | None = None
    rfq_target_cost_dollars: str | None = None
    target_cost_excludes_fees: bool | None = None
    yes_contracts_fp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.contracts_fp is not None:
            field_dict["contracts_fp"] = self.contracts_fp
        elif "contracts_fp" in self._nulls:
            field_dict["contracts_fp"] = None
        if self.created_ts is not None:
            field_dict["created_ts"] = self.created_ts.isoformat()
        elif "created_ts" in self._nulls:
            field_dict["created_ts"] = None
        if self.creator_id is not None:
            field_dict["creator_id"] = self.creator_id
        elif "creator_id" in self._nulls:
            field_dict["creator_id"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.no_bid_dollars is not None:
            field_dict["no_bid_dollars"] = self.no_bid_dollars
        elif "no_bid_dollars" in self._nulls:
            field_dict["no_bid_dollars"] = None
        if self.rfq_creator_id is not None:
            field_dict["rfq_creator_id"] = self.rfq_creator_id
        elif "rfq_creator_id" in self._nulls:
            field_dict["rfq_creator_id"] = None
        if self.rfq_id is not None:
            field_dict["rfq_id"] = self.rfq_id
        elif "rfq_id" in self._nulls:
            field_dict["rfq_id"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.updated_ts is not None:
            field_dict["updated_ts"] = self.updated_ts.isoformat()
        elif "updated_ts" in self._nulls:
            field_dict["updated_ts"] = None
        if self.yes_bid_dollars is not None:
            field_dict["yes_bid_dollars"] = self.yes_bid_dollars
        elif "yes_bid_dollars" in self._nulls:
            field_dict["yes_bid_dollars"] = None
        if self.accepted_side is not None:
            field_dict["accepted_side"] = self.accepted_side
        elif "accepted_side" in self._nulls:
            field_dict["accepted_side"] = None
        if self.accepted_ts is not None:
            field_dict["accepted_ts"] = self.accepted_ts.isoformat()
        elif "accepted_ts" in self._nulls:
            field_dict["accepted_ts"] = None
        if self.cancellation_reason is not None:
            field_dict["cancellation_reason"] = self.cancellation_reason
        elif "cancellation_reason" in self._nulls:
            field_dict["cancellation_reason"] = None
        if self.cancelled_ts is not None:
            field_dict["cancelled_ts"] = self.cancelled_ts.isoformat()
        elif "cancelled_ts" in self._nulls:
            field_dict["cancelled_ts"] = None
        if self.confirmed_ts is not None:
            field_dict["confirmed_ts"] = self.confirmed_ts.isoformat()
        elif "confirmed_ts" in self._nulls:
            field_dict["confirmed_ts"] = None
        if self.creator_order_id is not None:
            field_dict["creator_order_id"] = self.creator_order_id
        elif "creator_order_id" in self._nulls:
            field_dict["creator_order_id"] = None
        if self.creator_subaccount is not None:
            field_dict["creator_subaccount"] = self.creator_subaccount
        elif "creator_subaccount" in self._nulls:
            field_dict["creator_subaccount"] = None
        if self.creator_user_id is not None:
            field_dict["creator_user_id"] = self.creator_user_id
        elif "creator_user_id" in self._nulls:
            field_dict["creator_user_id"] = None
        if self.executed_ts is not None:
            field_dict["executed_ts"] = self.executed_ts.isoformat()
        elif "executed_ts" in self._nulls:
            field_dict["executed_ts"] = None
        if self.no_contracts_fp is not None:
            field_dict["no_contracts_fp"] = self.no_contracts_fp
        elif "no_contracts_fp" in self._nulls:
            field_dict["no_contracts_fp"] = None
        if self.post_only is not None:
            field_dict["post_only"] = self.post_only
        elif "post_only" in self._nulls:
            field_dict["post_only"] = None
        if self.rest_remainder is not None:
            field_dict["rest_remainder"] = self.rest_remainder
        elif "rest_remainder" in self._nulls:
            field_dict["rest_remainder"] = None
        if self.rfq_creator_order_id is not None:
            field_dict["rfq_creator_order_id"] = self.rfq_creator_order_id
        elif "rfq_creator_order_id" in self._nulls:
            field_dict["rfq_creator_order_id"] = None
        if self.rfq_creator_subaccount is not None:
            field_dict["rfq_creator_subaccount"] = self.rfq_creator_subaccount
        elif "rfq_creator_subaccount" in self._nulls:
            field_dict["rfq_creator_subaccount"] = None
        if self.rfq_creator_user_id is not None:
            field_dict["rfq_creator_user_id"] = self.rfq_creator_user_id
        elif "rfq_creator_user_id" in self._nulls:
            field_dict["rfq_creator_user_id"] = None
        if self.rfq_target_cost_dollars is not None:
            field_dict["rfq_target_cost_dollars"] = self.rfq_target_cost_dollars
        elif "rfq_target_cost_dollars" in self._nulls:
            field_dict["rfq_target_cost_dollars"] = None
        if self.target_cost_excludes_fees is not None:
            field_dict["target_cost_excludes_fees"] = self.target_cost_excludes_fees
        elif "target_cost_excludes_fees" in self._nulls:
            field_dict["target_cost_excludes_fees"] = None
        if self.yes_contracts_fp is not None:
            field_dict["yes_contracts_fp"] = self.yes_contracts_fp
        elif "yes_contracts_fp" in self._nulls:
            field_dict["yes_contracts_fp"] = None
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
            contracts_fp = d["contracts_fp"]
            created_ts = d["created_ts"]
            creator_id = d["creator_id"]
            id = d["id"]
            market_ticker = d["market_ticker"]
            no_bid_dollars = d["no_bid_dollars"]
            rfq_creator_id = d["rfq_creator_id"]
            rfq_id = d["rfq_id"]
            status = d["status"]
            updated_ts = d["updated_ts"]
            yes_bid_dollars = d["yes_bid_dollars"]
            accepted_side = d["accepted_side"]
            accepted_ts = d["accepted_ts"]
            cancellation_reason = d["cancellation_reason"]
            cancelled_ts = d["cancelled_ts"]
            confirmed_ts = d["confirmed_ts"]
            creator_order_id = d["creator_order_id"]
            creator_subaccount = d["creator_subaccount"]
            creator_user_id = d["creator_user_id"]
            executed_ts = d["executed_ts"]
            no_contracts_fp = d["no_contracts_fp"]
            post_only = d["post_only"]
            rest_remainder = d["rest_remainder"]
            rfq_creator_order_id = d["rfq_creator_order_id"]
            rfq_creator_subaccount = d["rfq_creator_subaccount"]
            rfq_creator_user_id = d["rfq_creator_user_id"]
            rfq_target_cost_dollars = d["rfq_target_cost_dollars"]
            target_cost_excludes_fees = d["target_cost_excludes_fees"]
            yes_contracts_fp = d["yes_contracts_fp"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if contracts_fp.__class__ is not str:
            if contracts_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if created_ts.__class__ is not str:
            if created_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if creator_id.__class__ is not str:
            if creator_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if id.__class__ is not str:
            if id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if no_bid_dollars.__class__ is not str:
            if no_bid_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if rfq_creator_id.__class__ is not str:
            if rfq_creator_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if rfq_id.__class__ is not str:
            if rfq_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if status.__class__ is not str:
            if status is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if updated_ts.__class__ is not str:
            if updated_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if yes_bid_dollars.__class__ is not str:
            if yes_bid_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if accepted_side.__class__ is not str:
            if accepted_side is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if accepted_ts.__class__ is not str:
            if accepted_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        if cancellation_reason.__class__ is not str:
            if cancellation_reason is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        if cancelled_ts.__class__ is not str:
            if cancelled_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        if confirmed_ts.__class__ is not str:
            if confirmed_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32768
        if creator_order_id.__class__ is not str:
            if creator_order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 65536
        if creator_subaccount.__class__ is not int:
            if creator_subaccount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 131072
        if creator_user_id.__class__ is not str:
            if creator_user_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 262144
        if executed_ts.__class__ is not str:
            if executed_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 524288
        if no_contracts_fp.__class__ is not str:
            if no_contracts_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1048576
        if post_only.__class__ is not bool:
            if post_only is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2097152
        if rest_remainder.__class__ is not bool:
            if rest_remainder is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4194304
        if rfq_creator_order_id.__class__ is not str:
            if rfq_creator_order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8388608
        if rfq_creator_subaccount.__class__ is not int:
            if rfq_creator_subaccount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16777216
        if rfq_creator_user_id.__class__ is not str:
            if rfq_creator_user_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 33554432
        if rfq_target_cost_dollars.__class__ is not str:
            if rfq_target_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 67108864
        if target_cost_excludes_fees.__class__ is not bool:
            if target_cost_excludes_fees is not None:
                return cls._read_tolerant(src_dict)
            _null |= 134217728
        if yes_contracts_fp.__class__ is not str:
            if yes_contracts_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 268435456
        quote = cls.__new__(cls)
        quote.contracts_fp = contracts_fp
        quote._raw_created_ts = created_ts
        quote.creator_id = creator_id
        quote.id = id
        quote.market_ticker = market_ticker
        quote.no_bid_dollars = no_bid_dollars
        quote.rfq_creator_id = rfq_creator_id
        quote.rfq_id = rfq_id
        quote.status = status
        quote._raw_updated_ts = updated_ts
        quote.yes_bid_dollars = yes_bid_dollars
        quote.accepted_side = accepted_side
        quote._raw_accepted_ts = accepted_ts
        quote.cancellation_reason = cancellation_reason
        quote._raw_cancelled_ts = cancelled_ts
        quote._raw_confirmed_ts = confirmed_ts
        quote.creator_order_id = creator_order_id
        quote.creator_subaccount = creator_subaccount
        quote.creator_user_id = creator_user_id
        quote._raw_executed_ts = executed_ts
        quote.no_contracts_fp = no_contracts_fp
        quote.post_only = post_only
        quote.rest_remainder = rest_remainder
        quote.rfq_creator_order_id = rfq_creator_order_id
        quote.rfq_creator_subaccount = rfq_creator_subaccount
        quote.rfq_creator_user_id = rfq_creator_user_id
        quote.rfq_target_cost_dollars = rfq_target_cost_dollars
        quote.target_cost_excludes_fees = target_cost_excludes_fees
        quote.yes_contracts_fp = yes_contracts_fp
        quote._times_kept = True
        quote._raw_additional_properties = (
            {} if len(d) == 29 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        quote._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return quote

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
        contracts_fp = _pop("contracts_fp", MISSING)
        if contracts_fp.__class__ is not str:
            contracts_fp = unread(contracts_fp, "contracts_fp", d, _marks)
        created_ts = _pop("created_ts", MISSING)
        if created_ts.__class__ is str:
            try:
                created_ts = datetime.datetime.fromisoformat(created_ts)
            except ValueError:
                created_ts = unread(created_ts, "created_ts", d, _marks)
        else:
            created_ts = unread(created_ts, "created_ts", d, _marks)
        creator_id = _pop("creator_id", MISSING)
        if creator_id.__class__ is not str:
            creator_id = unread(creator_id, "creator_id", d, _marks)
        id = _pop("id", MISSING)
        if id.__class__ is not str:
            id = unread(id, "id", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        no_bid_dollars = _pop("no_bid_dollars", MISSING)
        if no_bid_dollars.__class__ is not str:
            no_bid_dollars = unread(no_bid_dollars, "no_bid_dollars", d, _marks)
        rfq_creator_id = _pop("rfq_creator_id", MISSING)
        if rfq_creator_id.__class__ is not str:
            rfq_creator_id = unread(rfq_creator_id, "rfq_creator_id", d, _marks)
        rfq_id = _pop("rfq_id", MISSING)
        if rfq_id.__class__ is not str:
            rfq_id = unread(rfq_id, "rfq_id", d, _marks)
        status = _pop("status", MISSING)
        if status.__class__ is not str:
            status = unread(status, "status", d, _marks)
        updated_ts = _pop("updated_ts", MISSING)
        if updated_ts.__class__ is str:
            try:
                updated_ts = datetime.datetime.fromisoformat(updated_ts)
            except ValueError:
                updated_ts = unread(updated_ts, "updated_ts", d, _marks)
        else:
            updated_ts = unread(updated_ts, "updated_ts", d, _marks)
        yes_bid_dollars = _pop("yes_bid_dollars", MISSING)
        if yes_bid_dollars.__class__ is not str:
            yes_bid_dollars = unread(yes_bid_dollars, "yes_bid_dollars", d, _marks)
        accepted_side = _pop("accepted_side", MISSING)
        if accepted_side.__class__ is not str:
            accepted_side = unread(accepted_side, "accepted_side", d, _marks)
        accepted_ts = _pop("accepted_ts", MISSING)
        if accepted_ts.__class__ is str:
            try:
                accepted_ts = datetime.datetime.fromisoformat(accepted_ts)
            except ValueError:
                accepted_ts = unread(accepted_ts, "accepted_ts", d, _marks)
        else:
            accepted_ts = unread(accepted_ts, "accepted_ts", d, _marks)
        cancellation_reason = _pop("cancellation_reason", MISSING)
        if cancellation_reason.__class__ is not str:
            cancellation_reason = unread(cancellation_reason, "cancellation_reason", d, _marks)
        cancelled_ts = _pop("cancelled_ts", MISSING)
        if cancelled_ts.__class__ is str:
            try:
                cancelled_ts = datetime.datetime.fromisoformat(cancelled_ts)
            except ValueError:
                cancelled_ts = unread(cancelled_ts, "cancelled_ts", d, _marks)
        else:
            cancelled_ts = unread(cancelled_ts, "cancelled_ts", d, _marks)
        confirmed_ts = _pop("confirmed_ts", MISSING)
        if confirmed_ts.__class__ is str:
            try:
                confirmed_ts = datetime.datetime.fromisoformat(confirmed_ts)
            except ValueError:
                confirmed_ts = unread(confirmed_ts, "confirmed_ts", d, _marks)
        else:
            confirmed_ts = unread(confirmed_ts, "confirmed_ts", d, _marks)
        creator_order_id = _pop("creator_order_id", MISSING)
        if creator_order_id.__class__ is not str:
            creator_order_id = unread(creator_order_id, "creator_order_id", d, _marks)
        creator_subaccount = _pop("creator_subaccount", MISSING)
        if creator_subaccount.__class__ is not int:
            creator_subaccount = unread(creator_subaccount, "creator_subaccount", d, _marks)
        creator_user_id = _pop("creator_user_id", MISSING)
        if creator_user_id.__class__ is not str:
            creator_user_id = unread(creator_user_id, "creator_user_id", d, _marks)
        executed_ts = _pop("executed_ts", MISSING)
        if executed_ts.__class__ is str:
            try:
                executed_ts = datetime.datetime.fromisoformat(executed_ts)
            except ValueError:
                executed_ts = unread(executed_ts, "executed_ts", d, _marks)
        else:
            executed_ts = unread(executed_ts, "executed_ts", d, _marks)
        no_contracts_fp = _pop("no_contracts_fp", MISSING)
        if no_contracts_fp.__class__ is not str:
            no_contracts_fp = unread(no_contracts_fp, "no_contracts_fp", d, _marks)
        post_only = _pop("post_only", MISSING)
        if post_only.__class__ is not bool:
            post_only = unread(post_only, "post_only", d, _marks)
        rest_remainder = _pop("rest_remainder", MISSING)
        if rest_remainder.__class__ is not bool:
            rest_remainder = unread(rest_remainder, "rest_remainder", d, _marks)
        rfq_creator_order_id = _pop("rfq_creator_order_id", MISSING)
        if rfq_creator_order_id.__class__ is not str:
            rfq_creator_order_id = unread(rfq_creator_order_id, "rfq_creator_order_id", d, _marks)
        rfq_creator_subaccount = _pop("rfq_creator_subaccount", MISSING)
        if rfq_creator_subaccount.__class__ is not int:
            rfq_creator_subaccount = unread(
                rfq_creator_subaccount, "rfq_creator_subaccount", d, _marks
            )
        rfq_creator_user_id = _pop("rfq_creator_user_id", MISSING)
        if rfq_creator_user_id.__class__ is not str:
            rfq_creator_user_id = unread(rfq_creator_user_id, "rfq_creator_user_id", d, _marks)
        rfq_target_cost_dollars = _pop("rfq_target_cost_dollars", MISSING)
        if rfq_target_cost_dollars.__class__ is not str:
            rfq_target_cost_dollars = unread(
                rfq_target_cost_dollars, "rfq_target_cost_dollars", d, _marks
            )
        target_cost_excludes_fees = _pop("target_cost_excludes_fees", MISSING)
        if target_cost_excludes_fees.__class__ is not bool:
            target_cost_excludes_fees = unread(
                target_cost_excludes_fees, "target_cost_excludes_fees", d, _marks
            )
        yes_contracts_fp = _pop("yes_contracts_fp", MISSING)
        if yes_contracts_fp.__class__ is not str:
            yes_contracts_fp = unread(yes_contracts_fp, "yes_contracts_fp", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        quote = cls.__new__(cls)
        quote.contracts_fp = contracts_fp
        quote.created_ts = created_ts
        quote.creator_id = creator_id
        quote.id = id
        quote.market_ticker = market_ticker
        quote.no_bid_dollars = no_bid_dollars
        quote.rfq_creator_id = rfq_creator_id
        quote.rfq_id = rfq_id
        quote.status = status
        quote.updated_ts = updated_ts
        quote.yes_bid_dollars = yes_bid_dollars
        quote.accepted_side = accepted_side
        quote.accepted_ts = accepted_ts
        quote.cancellation_reason = cancellation_reason
        quote.cancelled_ts = cancelled_ts
        quote.confirmed_ts = confirmed_ts
        quote.creator_order_id = creator_order_id
        quote.creator_subaccount = creator_subaccount
        quote.creator_user_id = creator_user_id
        quote.executed_ts = executed_ts
        quote.no_contracts_fp = no_contracts_fp
        quote.post_only = post_only
        quote.rest_remainder = rest_remainder
        quote.rfq_creator_order_id = rfq_creator_order_id
        quote.rfq_creator_subaccount = rfq_creator_subaccount
        quote.rfq_creator_user_id = rfq_creator_user_id
        quote.rfq_target_cost_dollars = rfq_target_cost_dollars
        quote.target_cost_excludes_fees = target_cost_excludes_fees
        quote.yes_contracts_fp = yes_contracts_fp
        quote.additional_properties = d
        quote._nulls = _marks
        quote._times_kept = False
        return quote

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
    Quote,
    times={
        "created_ts": datetime.datetime.fromisoformat,
        "updated_ts": datetime.datetime.fromisoformat,
        "accepted_ts": datetime.datetime.fromisoformat,
        "cancelled_ts": datetime.datetime.fromisoformat,
        "confirmed_ts": datetime.datetime.fromisoformat,
        "executed_ts": datetime.datetime.fromisoformat,
    },
    models={},
    lists={},
)
