from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_subscription_command_payload_params_action import (
    UpdateSubscriptionCommandPayloadParamsAction,
)
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="UpdateSubscriptionCommandPayloadParams")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "action",
    "market_id",
    "market_ids",
    "market_ticker",
    "market_tickers",
    "send_initial_snapshot",
    "sid",
    "sids",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class UpdateSubscriptionCommandPayloadParams:
    """The `UpdateSubscriptionCommandPayloadParams` object.

    Attributes:
        action (UpdateSubscriptionCommandPayloadParamsAction | None)
        market_id (UUID | None)
        market_ids (list[UUID] | None)
        market_ticker (str | None)
        market_tickers (list[str] | None)
        send_initial_snapshot (bool | None)
        sid (int | None)
        sids (list[int] | None)
    """

    action: UpdateSubscriptionCommandPayloadParamsAction | None = None
    market_id: UUID | None = None
    market_ids: list[UUID] | None = None
    market_ticker: str | None = None
    market_tickers: list[str] | None = None
    send_initial_snapshot: bool | None = None
    sid: int | None = None
    sids: list[int] | None = None
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
        if self.market_id is not None:
            field_dict["market_id"] = str(self.market_id)
        elif "market_id" in self._nulls:
            field_dict["market_id"] = None
        if self.market_ids is not None:
            field_dict["market_ids"] = [str(_v0) for _v0 in self.market_ids]
        elif "market_ids" in self._nulls:
            field_dict["market_ids"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.market_tickers is not None:
            field_dict["market_tickers"] = [_v0 for _v0 in self.market_tickers]
        elif "market_tickers" in self._nulls:
            field_dict["market_tickers"] = None
        if self.send_initial_snapshot is not None:
            field_dict["send_initial_snapshot"] = self.send_initial_snapshot
        elif "send_initial_snapshot" in self._nulls:
            field_dict["send_initial_snapshot"] = None
        if self.sid is not None:
            field_dict["sid"] = self.sid
        elif "sid" in self._nulls:
            field_dict["sid"] = None
        if self.sids is not None:
            field_dict["sids"] = [_v0 for _v0 in self.sids]
        elif "sids" in self._nulls:
            field_dict["sids"] = None
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
            market_id = d["market_id"]
            market_ids = d["market_ids"]
            market_ticker = d["market_ticker"]
            market_tickers = d["market_tickers"]
            send_initial_snapshot = d["send_initial_snapshot"]
            sid = d["sid"]
            sids = d["sids"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if action.__class__ is not str:
            if action is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if market_id.__class__ is str:
            try:
                market_id = UUID(market_id)
            except ValueError:
                return cls._read_tolerant(src_dict)
        elif market_id is None:
            _null |= 2
        else:
            return cls._read_tolerant(src_dict)
        if market_ids.__class__ is list:
            _read: list[Any] = []
            for _item in market_ids:
                try:
                    _read.append(UUID(_item))
                except (TypeError, ValueError, AttributeError):
                    return cls._read_tolerant(src_dict)
            market_ids = _read
        elif market_ids is None:
            market_ids = []
        else:
            return cls._read_tolerant(src_dict)
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if market_tickers.__class__ is list:
            for _item in market_tickers:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif market_tickers is None:
            market_tickers = []
        else:
            return cls._read_tolerant(src_dict)
        if send_initial_snapshot.__class__ is not bool:
            if send_initial_snapshot is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if sid.__class__ is not int:
            if sid is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if sids.__class__ is list:
            for _item in sids:
                if _item.__class__ is not int:
                    return cls._read_tolerant(src_dict)
        elif sids is None:
            sids = []
        else:
            return cls._read_tolerant(src_dict)
        update_subscription_command_payload_params = cls.__new__(cls)
        update_subscription_command_payload_params.action = action
        update_subscription_command_payload_params.market_id = market_id
        update_subscription_command_payload_params.market_ids = market_ids
        update_subscription_command_payload_params.market_ticker = market_ticker
        update_subscription_command_payload_params.market_tickers = market_tickers
        update_subscription_command_payload_params.send_initial_snapshot = send_initial_snapshot
        update_subscription_command_payload_params.sid = sid
        update_subscription_command_payload_params.sids = sids
        update_subscription_command_payload_params.additional_properties = (
            {} if len(d) == 8 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        update_subscription_command_payload_params._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return update_subscription_command_payload_params

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
        market_id = _pop("market_id", MISSING)
        if market_id.__class__ is str:
            try:
                market_id = UUID(market_id)
            except ValueError:
                market_id = unread(market_id, "market_id", d, _marks)
        else:
            market_id = unread(market_id, "market_id", d, _marks)
        market_ids = _pop("market_ids", MISSING)
        if market_ids.__class__ is list:
            _read: list[Any] = []
            for _item in market_ids:
                try:
                    _read.append(UUID(_item))
                except (TypeError, ValueError, AttributeError):
                    d["market_ids"] = market_ids
            market_ids = _read
        elif market_ids is None:
            market_ids = []
        else:
            market_ids = unread(market_ids, "market_ids", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        market_tickers = _pop("market_tickers", MISSING)
        if market_tickers.__class__ is list:
            for _item in market_tickers:
                if _item.__class__ is not str:
                    d["market_tickers"] = market_tickers
                    market_tickers = [
                        _item for _item in market_tickers if not (_item.__class__ is not str)
                    ]
                    break
        elif market_tickers is None:
            market_tickers = []
        else:
            market_tickers = unread(market_tickers, "market_tickers", d, _marks)
        send_initial_snapshot = _pop("send_initial_snapshot", MISSING)
        if send_initial_snapshot.__class__ is not bool:
            send_initial_snapshot = unread(
                send_initial_snapshot, "send_initial_snapshot", d, _marks
            )
        sid = _pop("sid", MISSING)
        if sid.__class__ is not int:
            sid = unread(sid, "sid", d, _marks)
        sids = _pop("sids", MISSING)
        if sids.__class__ is list:
            for _item in sids:
                if _item.__class__ is not int:
                    d["sids"] = sids
                    sids = [_item for _item in sids if not (_item.__class__ is not int)]
                    break
        elif sids is None:
            sids = []
        else:
            sids = unread(sids, "sids", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        update_subscription_command_payload_params = cls.__new__(cls)
        update_subscription_command_payload_params.action = action
        update_subscription_command_payload_params.market_id = market_id
        update_subscription_command_payload_params.market_ids = market_ids
        update_subscription_command_payload_params.market_ticker = market_ticker
        update_subscription_command_payload_params.market_tickers = market_tickers
        update_subscription_command_payload_params.send_initial_snapshot = send_initial_snapshot
        update_subscription_command_payload_params.sid = sid
        update_subscription_command_payload_params.sids = sids
        update_subscription_command_payload_params.additional_properties = d
        update_subscription_command_payload_params._nulls = _marks
        return update_subscription_command_payload_params

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
