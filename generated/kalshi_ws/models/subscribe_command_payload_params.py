from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscribe_command_payload_params_channels_item import (
    SubscribeCommandPayloadParamsChannelsItem,
)
from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="SubscribeCommandPayloadParams")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "channels",
    "index_ids",
    "market_id",
    "market_ids",
    "market_ticker",
    "market_tickers",
    "send_initial_snapshot",
    "shard_factor",
    "shard_key",
    "skip_ticker_ack",
    "underlying_tickers",
    "use_yes_price",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class SubscribeCommandPayloadParams:
    """The `SubscribeCommandPayloadParams` object.

    Attributes:
        channels (list[SubscribeCommandPayloadParamsChannelsItem] | None)
        index_ids (list[str] | None)
        market_id (UUID | None)
        market_ids (list[UUID] | None)
        market_ticker (str | None)
        market_tickers (list[str] | None)
        send_initial_snapshot (bool | None)
        shard_factor (int | None)
        shard_key (int | None)
        skip_ticker_ack (bool | None)
        underlying_tickers (list[str] | None)
        use_yes_price (bool | None)
    """

    channels: list[SubscribeCommandPayloadParamsChannelsItem] | None = None
    index_ids: list[str] | None = None
    market_id: UUID | None = None
    market_ids: list[UUID] | None = None
    market_ticker: str | None = None
    market_tickers: list[str] | None = None
    send_initial_snapshot: bool | None = None
    shard_factor: int | None = None
    shard_key: int | None = None
    skip_ticker_ack: bool | None = None
    underlying_tickers: list[str] | None = None
    use_yes_price: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.channels is not None:
            field_dict["channels"] = [_v0 for _v0 in self.channels]
        elif "channels" in self._nulls:
            field_dict["channels"] = None
        if self.index_ids is not None:
            field_dict["index_ids"] = [_v0 for _v0 in self.index_ids]
        elif "index_ids" in self._nulls:
            field_dict["index_ids"] = None
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
        if self.shard_factor is not None:
            field_dict["shard_factor"] = self.shard_factor
        elif "shard_factor" in self._nulls:
            field_dict["shard_factor"] = None
        if self.shard_key is not None:
            field_dict["shard_key"] = self.shard_key
        elif "shard_key" in self._nulls:
            field_dict["shard_key"] = None
        if self.skip_ticker_ack is not None:
            field_dict["skip_ticker_ack"] = self.skip_ticker_ack
        elif "skip_ticker_ack" in self._nulls:
            field_dict["skip_ticker_ack"] = None
        if self.underlying_tickers is not None:
            field_dict["underlying_tickers"] = [_v0 for _v0 in self.underlying_tickers]
        elif "underlying_tickers" in self._nulls:
            field_dict["underlying_tickers"] = None
        if self.use_yes_price is not None:
            field_dict["use_yes_price"] = self.use_yes_price
        elif "use_yes_price" in self._nulls:
            field_dict["use_yes_price"] = None
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
            channels = d["channels"]
            index_ids = d["index_ids"]
            market_id = d["market_id"]
            market_ids = d["market_ids"]
            market_ticker = d["market_ticker"]
            market_tickers = d["market_tickers"]
            send_initial_snapshot = d["send_initial_snapshot"]
            shard_factor = d["shard_factor"]
            shard_key = d["shard_key"]
            skip_ticker_ack = d["skip_ticker_ack"]
            underlying_tickers = d["underlying_tickers"]
            use_yes_price = d["use_yes_price"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if channels.__class__ is list:
            for _item in channels:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif channels is None:
            channels = []
        else:
            return cls._read_tolerant(src_dict)
        if index_ids.__class__ is list:
            for _item in index_ids:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif index_ids is None:
            index_ids = []
        else:
            return cls._read_tolerant(src_dict)
        if market_id.__class__ is str:
            try:
                market_id = UUID(market_id)
            except ValueError:
                return cls._read_tolerant(src_dict)
        elif market_id is None:
            _null |= 4
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
            _null |= 16
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
            _null |= 64
        if shard_factor.__class__ is not int:
            if shard_factor is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if shard_key.__class__ is not int:
            if shard_key is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if skip_ticker_ack.__class__ is not bool:
            if skip_ticker_ack is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if underlying_tickers.__class__ is list:
            for _item in underlying_tickers:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif underlying_tickers is None:
            underlying_tickers = []
        else:
            return cls._read_tolerant(src_dict)
        if use_yes_price.__class__ is not bool:
            if use_yes_price is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        subscribe_command_payload_params = cls.__new__(cls)
        subscribe_command_payload_params.channels = channels
        subscribe_command_payload_params.index_ids = index_ids
        subscribe_command_payload_params.market_id = market_id
        subscribe_command_payload_params.market_ids = market_ids
        subscribe_command_payload_params.market_ticker = market_ticker
        subscribe_command_payload_params.market_tickers = market_tickers
        subscribe_command_payload_params.send_initial_snapshot = send_initial_snapshot
        subscribe_command_payload_params.shard_factor = shard_factor
        subscribe_command_payload_params.shard_key = shard_key
        subscribe_command_payload_params.skip_ticker_ack = skip_ticker_ack
        subscribe_command_payload_params.underlying_tickers = underlying_tickers
        subscribe_command_payload_params.use_yes_price = use_yes_price
        subscribe_command_payload_params.additional_properties = (
            {} if len(d) == 12 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        subscribe_command_payload_params._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return subscribe_command_payload_params

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
        channels = _pop("channels", MISSING)
        if channels.__class__ is list:
            for _item in channels:
                if _item.__class__ is not str:
                    d["channels"] = channels
                    channels = [_item for _item in channels if not (_item.__class__ is not str)]
                    break
        elif channels is None:
            channels = []
        else:
            channels = unread(channels, "channels", d, _marks)
        index_ids = _pop("index_ids", MISSING)
        if index_ids.__class__ is list:
            for _item in index_ids:
                if _item.__class__ is not str:
                    d["index_ids"] = index_ids
                    index_ids = [_item for _item in index_ids if not (_item.__class__ is not str)]
                    break
        elif index_ids is None:
            index_ids = []
        else:
            index_ids = unread(index_ids, "index_ids", d, _marks)
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
        shard_factor = _pop("shard_factor", MISSING)
        if shard_factor.__class__ is not int:
            shard_factor = unread(shard_factor, "shard_factor", d, _marks)
        shard_key = _pop("shard_key", MISSING)
        if shard_key.__class__ is not int:
            shard_key = unread(shard_key, "shard_key", d, _marks)
        skip_ticker_ack = _pop("skip_ticker_ack", MISSING)
        if skip_ticker_ack.__class__ is not bool:
            skip_ticker_ack = unread(skip_ticker_ack, "skip_ticker_ack", d, _marks)
        underlying_tickers = _pop("underlying_tickers", MISSING)
        if underlying_tickers.__class__ is list:
            for _item in underlying_tickers:
                if _item.__class__ is not str:
                    d["underlying_tickers"] = underlying_tickers
                    underlying_tickers = [
                        _item for _item in underlying_tickers if not (_item.__class__ is not str)
                    ]
                    break
        elif underlying_tickers is None:
            underlying_tickers = []
        else:
            underlying_tickers = unread(underlying_tickers, "underlying_tickers", d, _marks)
        use_yes_price = _pop("use_yes_price", MISSING)
        if use_yes_price.__class__ is not bool:
            use_yes_price = unread(use_yes_price, "use_yes_price", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        subscribe_command_payload_params = cls.__new__(cls)
        subscribe_command_payload_params.channels = channels
        subscribe_command_payload_params.index_ids = index_ids
        subscribe_command_payload_params.market_id = market_id
        subscribe_command_payload_params.market_ids = market_ids
        subscribe_command_payload_params.market_ticker = market_ticker
        subscribe_command_payload_params.market_tickers = market_tickers
        subscribe_command_payload_params.send_initial_snapshot = send_initial_snapshot
        subscribe_command_payload_params.shard_factor = shard_factor
        subscribe_command_payload_params.shard_key = shard_key
        subscribe_command_payload_params.skip_ticker_ack = skip_ticker_ack
        subscribe_command_payload_params.underlying_tickers = underlying_tickers
        subscribe_command_payload_params.use_yes_price = use_yes_price
        subscribe_command_payload_params.additional_properties = d
        subscribe_command_payload_params._nulls = _marks
        return subscribe_command_payload_params

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
