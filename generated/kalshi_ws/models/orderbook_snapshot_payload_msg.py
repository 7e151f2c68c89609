from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="OrderbookSnapshotPayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "market_id",
    "market_ticker",
    "no_dollars_fp",
    "yes_dollars_fp",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class OrderbookSnapshotPayloadMsg:
    """The `OrderbookSnapshotPayloadMsg` object.

    Attributes:
        market_id (UUID | None)
        market_ticker (str | None)
        no_dollars_fp (list[list[str]] | None)
        yes_dollars_fp (list[list[str]] | None)
    """

    market_id: UUID | None = None
    market_ticker: str | None = None
    no_dollars_fp: list[list[str]] | None = None
    yes_dollars_fp: list[list[str]] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.market_id is not None:
            field_dict["market_id"] = str(self.market_id)
        elif "market_id" in self._nulls:
            field_dict["market_id"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.no_dollars_fp is not None:
            field_dict["no_dollars_fp"] = [[_v1 for _v1 in _v0] for _v0 in self.no_dollars_fp]
        elif "no_dollars_fp" in self._nulls:
            field_dict["no_dollars_fp"] = None
        if self.yes_dollars_fp is not None:
            field_dict["yes_dollars_fp"] = [[_v1 for _v1 in _v0] for _v0 in self.yes_dollars_fp]
        elif "yes_dollars_fp" in self._nulls:
            field_dict["yes_dollars_fp"] = None
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
            market_id = d["market_id"]
            market_ticker = d["market_ticker"]
            no_dollars_fp = d["no_dollars_fp"]
            yes_dollars_fp = d["yes_dollars_fp"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if market_id.__class__ is str:
            try:
                market_id = UUID(market_id)
            except ValueError:
                return cls._read_tolerant(src_dict)
        elif market_id is None:
            _null |= 1
        else:
            return cls._read_tolerant(src_dict)
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if no_dollars_fp.__class__ is list:
            _read: list[Any] = []
            for _item in no_dollars_fp:
                if _item.__class__ is list:
                    _out1: list[Any] = []
                    for _item1 in _item:
                        if _item1.__class__ is not str:
                            return cls._read_tolerant(src_dict)
                        else:
                            _out1.append(_item1)
                    _read.append(_out1)
                else:
                    return cls._read_tolerant(src_dict)
            no_dollars_fp = _read
        elif no_dollars_fp is None:
            no_dollars_fp = []
        else:
            return cls._read_tolerant(src_dict)
        if yes_dollars_fp.__class__ is list:
            _read: list[Any] = []
            for _item in yes_dollars_fp:
                if _item.__class__ is list:
                    _out1: list[Any] = []
                    for _item1 in _item:
                        if _item1.__class__ is not str:
                            return cls._read_tolerant(src_dict)
                        else:
                            _out1.append(_item1)
                    _read.append(_out1)
                else:
                    return cls._read_tolerant(src_dict)
            yes_dollars_fp = _read
        elif yes_dollars_fp is None:
            yes_dollars_fp = []
        else:
            return cls._read_tolerant(src_dict)
        orderbook_snapshot_payload_msg = cls.__new__(cls)
        orderbook_snapshot_payload_msg.market_id = market_id
        orderbook_snapshot_payload_msg.market_ticker = market_ticker
        orderbook_snapshot_payload_msg.no_dollars_fp = no_dollars_fp
        orderbook_snapshot_payload_msg.yes_dollars_fp = yes_dollars_fp
        orderbook_snapshot_payload_msg.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        orderbook_snapshot_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return orderbook_snapshot_payload_msg

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
        market_id = _pop("market_id", MISSING)
        if market_id.__class__ is str:
            try:
                market_id = UUID(market_id)
            except ValueError:
                market_id = unread(market_id, "market_id", d, _marks)
        else:
            market_id = unread(market_id, "market_id", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        no_dollars_fp = _pop("no_dollars_fp", MISSING)
        if no_dollars_fp.__class__ is list:
            _read: list[Any] = []
            for _item in no_dollars_fp:
                if _item.__class__ is list:
                    _out1: list[Any] = []
                    for _item1 in _item:
                        if _item1.__class__ is not str:
                            d["no_dollars_fp"] = no_dollars_fp
                        else:
                            _out1.append(_item1)
                    _read.append(_out1)
                else:
                    d["no_dollars_fp"] = no_dollars_fp
            no_dollars_fp = _read
        elif no_dollars_fp is None:
            no_dollars_fp = []
        else:
            no_dollars_fp = unread(no_dollars_fp, "no_dollars_fp", d, _marks)
        yes_dollars_fp = _pop("yes_dollars_fp", MISSING)
        if yes_dollars_fp.__class__ is list:
            _read: list[Any] = []
            for _item in yes_dollars_fp:
                if _item.__class__ is list:
                    _out1: list[Any] = []
                    for _item1 in _item:
                        if _item1.__class__ is not str:
                            d["yes_dollars_fp"] = yes_dollars_fp
                        else:
                            _out1.append(_item1)
                    _read.append(_out1)
                else:
                    d["yes_dollars_fp"] = yes_dollars_fp
            yes_dollars_fp = _read
        elif yes_dollars_fp is None:
            yes_dollars_fp = []
        else:
            yes_dollars_fp = unread(yes_dollars_fp, "yes_dollars_fp", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        orderbook_snapshot_payload_msg = cls.__new__(cls)
        orderbook_snapshot_payload_msg.market_id = market_id
        orderbook_snapshot_payload_msg.market_ticker = market_ticker
        orderbook_snapshot_payload_msg.no_dollars_fp = no_dollars_fp
        orderbook_snapshot_payload_msg.yes_dollars_fp = yes_dollars_fp
        orderbook_snapshot_payload_msg.additional_properties = d
        orderbook_snapshot_payload_msg._nulls = _marks
        return orderbook_snapshot_payload_msg

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
