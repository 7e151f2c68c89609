from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="GetFCMEventContractDailyCapResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "cap_date",
    "executed_utilization",
    "limit",
    "pending_order_utilization",
    "resting_order_utilization",
    "subtrader_id",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class GetFCMEventContractDailyCapResponse:
    """The `GetFCMEventContractDailyCapResponse` object.

    Attributes:
        cap_date (str | None)
        executed_utilization (str | None)
        limit (str | None)
        pending_order_utilization (str | None)
        resting_order_utilization (str | None)
        subtrader_id (str | None)
    """

    cap_date: str | None = None
    executed_utilization: str | None = None
    limit: str | None = None
    pending_order_utilization: str | None = None
    resting_order_utilization: str | None = None
    subtrader_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cap_date is not None:
            field_dict["cap_date"] = self.cap_date
        elif "cap_date" in self._nulls:
            field_dict["cap_date"] = None
        if self.executed_utilization is not None:
            field_dict["executed_utilization"] = self.executed_utilization
        elif "executed_utilization" in self._nulls:
            field_dict["executed_utilization"] = None
        if self.limit is not None:
            field_dict["limit"] = self.limit
        elif "limit" in self._nulls:
            field_dict["limit"] = None
        if self.pending_order_utilization is not None:
            field_dict["pending_order_utilization"] = self.pending_order_utilization
        elif "pending_order_utilization" in self._nulls:
            field_dict["pending_order_utilization"] = None
        if self.resting_order_utilization is not None:
            field_dict["resting_order_utilization"] = self.resting_order_utilization
        elif "resting_order_utilization" in self._nulls:
            field_dict["resting_order_utilization"] = None
        if self.subtrader_id is not None:
            field_dict["subtrader_id"] = self.subtrader_id
        elif "subtrader_id" in self._nulls:
            field_dict["subtrader_id"] = None
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
            cap_date = d["cap_date"]
            executed_utilization = d["executed_utilization"]
            limit = d["limit"]
            pending_order_utilization = d["pending_order_utilization"]
            resting_order_utilization = d["resting_order_utilization"]
            subtrader_id = d["subtrader_id"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if cap_date.__class__ is not str:
            if cap_date is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if executed_utilization.__class__ is not str:
            if executed_utilization is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if limit.__class__ is not str:
            if limit is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if pending_order_utilization.__class__ is not str:
            if pending_order_utilization is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if resting_order_utilization.__class__ is not str:
            if resting_order_utilization is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if subtrader_id.__class__ is not str:
            if subtrader_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        get_fcm_event_contract_daily_cap_response = cls.__new__(cls)
        get_fcm_event_contract_daily_cap_response.cap_date = cap_date
        get_fcm_event_contract_daily_cap_response.executed_utilization = executed_utilization
        get_fcm_event_contract_daily_cap_response.limit = limit
        get_fcm_event_contract_daily_cap_response.pending_order_utilization = (
            pending_order_utilization
        )
        get_fcm_event_contract_daily_cap_response.resting_order_utilization = (
            resting_order_utilization
        )
        get_fcm_event_contract_daily_cap_response.subtrader_id = subtrader_id
        get_fcm_event_contract_daily_cap_response.additional_properties = (
            {} if len(d) == 6 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        get_fcm_event_contract_daily_cap_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return get_fcm_event_contract_daily_cap_response

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
        cap_date = _pop("cap_date", MISSING)
        if cap_date.__class__ is not str:
            cap_date = unread(cap_date, "cap_date", d, _marks)
        executed_utilization = _pop("executed_utilization", MISSING)
        if executed_utilization.__class__ is not str:
            executed_utilization = unread(executed_utilization, "executed_utilization", d, _marks)
        limit = _pop("limit", MISSING)
        if limit.__class__ is not str:
            limit = unread(limit, "limit", d, _marks)
        pending_order_utilization = _pop("pending_order_utilization", MISSING)
        if pending_order_utilization.__class__ is not str:
            pending_order_utilization = unread(
                pending_order_utilization, "pending_order_utilization", d, _marks
            )
        resting_order_utilization = _pop("resting_order_utilization", MISSING)
        if resting_order_utilization.__class__ is not str:
            resting_order_utilization = unread(
                resting_order_utilization, "resting_order_utilization", d, _marks
            )
        subtrader_id = _pop("subtrader_id", MISSING)
        if subtrader_id.__class__ is not str:
            subtrader_id = unread(subtrader_id, "subtrader_id", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        get_fcm_event_contract_daily_cap_response = cls.__new__(cls)
        get_fcm_event_contract_daily_cap_response.cap_date = cap_date
        get_fcm_event_contract_daily_cap_response.executed_utilization = executed_utilization
        get_fcm_event_contract_daily_cap_response.limit = limit
        get_fcm_event_contract_daily_cap_response.pending_order_utilization = (
            pending_order_utilization
        )
        get_fcm_event_contract_daily_cap_response.resting_order_utilization = (
            resting_order_utilization
        )
        get_fcm_event_contract_daily_cap_response.subtrader_id = subtrader_id
        get_fcm_event_contract_daily_cap_response.additional_properties = d
        get_fcm_event_contract_daily_cap_response._nulls = _marks
        return get_fcm_event_contract_daily_cap_response

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
