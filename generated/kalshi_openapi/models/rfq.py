from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rfq_status import RFQStatus
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="RFQ")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "contracts_fp",
    "created_ts",
    "creator_id",
    "id",
    "market_ticker",
    "status",
    "cancellation_reason",
    "cancelled_ts",
    "creator_subaccount",
    "creator_user_id",
    "mve_collection_ticker",
    "mve_selected_legs",
    "rest_remainder",
    "target_cost_dollars",
    "target_cost_excludes_fees",
    "updated_ts",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class RFQ:
    """The `RFQ` object.

    Attributes:
        contracts_fp (str | None)
        created_ts (datetime.datetime | None)
        creator_id (str | None)
        id (str | None)
        market_ticker (str | None)
        status (RFQStatus | None)
        cancellation_reason (str | None)
        cancelled_ts (datetime.datetime | None)
        creator_subaccount (int | None)
        creator_user_id (str | None)
        mve_collection_ticker (str | None)
        mve_selected_legs (list[MveSelectedLeg] | None)
        rest_remainder (bool | None)
        target_cost_dollars (str | None)
        target_cost_excludes_fees (bool | None)
        updated_ts (datetime.datetime | None)
    """

    contracts_fp: str | None = None
    created_ts: datetime.datetime | None = None
    creator_id: str | None = None
    id: str | None = None
    market_ticker: str | None = None
    status: RFQStatus | None = None
    cancellation_reason: str | None = None
    cancelled_ts: datetime.datetime | None = None
    creator_subaccount: int | None = None
    creator_user_id: str | None = None
    mve_collection_ticker: str | None = None
    mve_selected_legs: list[MveSelectedLeg] | None = None
    rest_remainder: bool | None = None
    target_cost_dollars: str | None = None
    target_cost_excludes_fees: bool | None = None
    updated_ts: datetime.datetime | None = None
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
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.cancellation_reason is not None:
            field_dict["cancellation_reason"] = self.cancellation_reason
        elif "cancellation_reason" in self._nulls:
            field_dict["cancellation_reason"] = None
        if self.cancelled_ts is not None:
            field_dict["cancelled_ts"] = self.cancelled_ts.isoformat()
        elif "cancelled_ts" in self._nulls:
            field_dict["cancelled_ts"] = None
        if self.creator_subaccount is not None:
            field_dict["creator_subaccount"] = self.creator_subaccount
        elif "creator_subaccount" in self._nulls:
            field_dict["creator_subaccount"] = None
        if self.creator_user_id is not None:
            field_dict["creator_user_id"] = self.creator_user_id
        elif "creator_user_id" in self._nulls:
            field_dict["creator_user_id"] = None
        if self.mve_collection_ticker is not None:
            field_dict["mve_collection_ticker"] = self.mve_collection_ticker
        elif "mve_collection_ticker" in self._nulls:
            field_dict["mve_collection_ticker"] = None
        if self.mve_selected_legs is not None:
            field_dict["mve_selected_legs"] = [_v0.to_dict() for _v0 in self.mve_selected_legs]
        elif "mve_selected_legs" in self._nulls:
            field_dict["mve_selected_legs"] = None
        if self.rest_remainder is not None:
            field_dict["rest_remainder"] = self.rest_remainder
        elif "rest_remainder" in self._nulls:
            field_dict["rest_remainder"] = None
        if self.target_cost_dollars is not None:
            field_dict["target_cost_dollars"] = self.target_cost_dollars
        elif "target_cost_dollars" in self._nulls:
            field_dict["target_cost_dollars"] = None
        if self.target_cost_excludes_fees is not None:
            field_dict["target_cost_excludes_fees"] = self.target_cost_excludes_fees
        elif "target_cost_excludes_fees" in self._nulls:
            field_dict["target_cost_excludes_fees"] = None
        if self.updated_ts is not None:
            field_dict["updated_ts"] = self.updated_ts.isoformat()
        elif "updated_ts" in self._nulls:
            field_dict["updated_ts"] = None
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
            status = d["status"]
            cancellation_reason = d["cancellation_reason"]
            cancelled_ts = d["cancelled_ts"]
            creator_subaccount = d["creator_subaccount"]
            creator_user_id = d["creator_user_id"]
            mve_collection_ticker = d["mve_collection_ticker"]
            mve_selected_legs = d["mve_selected_legs"]
            rest_remainder = d["rest_remainder"]
            target_cost_dollars = d["target_cost_dollars"]
            target_cost_excludes_fees = d["target_cost_excludes_fees"]
            updated_ts = d["updated_ts"]
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
        if status.__class__ is not str:
            if status is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if cancellation_reason.__class__ is not str:
            if cancellation_reason is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if cancelled_ts.__class__ is not str:
            if cancelled_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if creator_subaccount.__class__ is not int:
            if creator_subaccount is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if creator_user_id.__class__ is not str:
            if creator_user_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if mve_collection_ticker.__class__ is not str:
            if mve_collection_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if mve_selected_legs.__class__ is list:
            for _item in mve_selected_legs:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif mve_selected_legs is None:
            mve_selected_legs = []
        else:
            return cls._read_tolerant(src_dict)
        if rest_remainder.__class__ is not bool:
            if rest_remainder is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        if target_cost_dollars.__class__ is not str:
            if target_cost_dollars is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        if target_cost_excludes_fees.__class__ is not bool:
            if target_cost_excludes_fees is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        if updated_ts.__class__ is not str:
            if updated_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32768
        rfq = cls.__new__(cls)
        rfq.contracts_fp = contracts_fp
        rfq._raw_created_ts = created_ts
        rfq.creator_id = creator_id
        rfq.id = id
        rfq.market_ticker = market_ticker
        rfq.status = status
        rfq.cancellation_reason = cancellation_reason
        rfq._raw_cancelled_ts = cancelled_ts
        rfq.creator_subaccount = creator_subaccount
        rfq.creator_user_id = creator_user_id
        rfq.mve_collection_ticker = mve_collection_ticker
        rfq._raw_mve_selected_legs = mve_selected_legs
        rfq.rest_remainder = rest_remainder
        rfq.target_cost_dollars = target_cost_dollars
        rfq.target_cost_excludes_fees = target_cost_excludes_fees
        rfq._raw_updated_ts = updated_ts
        rfq._times_kept = True
        rfq._raw_additional_properties = (
            {} if len(d) == 16 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        rfq._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return rfq

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
        status = _pop("status", MISSING)
        if status.__class__ is not str:
            status = unread(status, "status", d, _marks)
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
        creator_subaccount = _pop("creator_subaccount", MISSING)
        if creator_subaccount.__class__ is not int:
            creator_subaccount = unread(creator_subaccount, "creator_subaccount", d, _marks)
        creator_user_id = _pop("creator_user_id", MISSING)
        if creator_user_id.__class__ is not str:
            creator_user_id = unread(creator_user_id, "creator_user_id", d, _marks)
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
        rest_remainder = _pop("rest_remainder", MISSING)
        if rest_remainder.__class__ is not bool:
            rest_remainder = unread(rest_remainder, "rest_remainder", d, _marks)
        target_cost_dollars = _pop("target_cost_dollars", MISSING)
        if target_cost_dollars.__class__ is not str:
            target_cost_dollars = unread(target_cost_dollars, "target_cost_dollars", d, _marks)
        target_cost_excludes_fees = _pop("target_cost_excludes_fees", MISSING)
        if target_cost_excludes_fees.__class__ is not bool:
            target_cost_excludes_fees = unread(
                target_cost_excludes_fees, "target_cost_excludes_fees", d, _marks
            )
        updated_ts = _pop("updated_ts", MISSING)
        if updated_ts.__class__ is str:
            try:
                updated_ts = datetime.datetime.fromisoformat(updated_ts)
            except ValueError:
                updated_ts = unread(updated_ts, "updated_ts", d, _marks)
        else:
            updated_ts = unread(updated_ts, "updated_ts", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        rfq = cls.__new__(cls)
        rfq.contracts_fp = contracts_fp
        rfq.created_ts = created_ts
        rfq.creator_id = creator_id
        rfq.id = id
        rfq.market_ticker = market_ticker
        rfq.status = status
        rfq.cancellation_reason = cancellation_reason
        rfq.cancelled_ts = cancelled_ts
        rfq.creator_subaccount = creator_subaccount
        rfq.creator_user_id = creator_user_id
        rfq.mve_collection_ticker = mve_collection_ticker
        rfq.mve_selected_legs = mve_selected_legs
        rfq.rest_remainder = rest_remainder
        rfq.target_cost_dollars = target_cost_dollars
        rfq.target_cost_excludes_fees = target_cost_excludes_fees
        rfq.updated_ts = updated_ts
        rfq.additional_properties = d
        rfq._nulls = _marks
        rfq._times_kept = False
        return rfq

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
from ..models.mve_selected_leg import MveSelectedLeg  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    RFQ,
    times={
        "created_ts": datetime.datetime.fromisoformat,
        "cancelled_ts": datetime.datetime.fromisoformat,
        "updated_ts": datetime.datetime.fromisoformat,
    },
    models={},
    lists={
        "mve_selected_legs": MveSelectedLeg.from_dict,
    },
)
