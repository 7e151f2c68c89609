from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="OrderQueuePosition")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "market_ticker",
    "order_id",
    "queue_position_fp",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class OrderQueuePosition:
    """The `OrderQueuePosition` object.

    Attributes:
        market_ticker (str | None)
        order_id (str | None)
        queue_position_fp (str | None)
    """

    market_ticker: str | None = None
    order_id: str | None = None
    queue_position_fp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
        if self.order_id is not None:
            field_dict["order_id"] = self.order_id
        elif "order_id" in self._nulls:
            field_dict["order_id"] = None
        if self.queue_position_fp is not None:
            field_dict["queue_position_fp"] = self.queue_position_fp
        elif "queue_position_fp" in self._nulls:
            field_dict["queue_position_fp"] = None
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
            market_ticker = d["market_ticker"]
            order_id = d["order_id"]
            queue_position_fp = d["queue_position_fp"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if order_id.__class__ is not str:
            if order_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if queue_position_fp.__class__ is not str:
            if queue_position_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        order_queue_position = cls.__new__(cls)
        order_queue_position.market_ticker = market_ticker
        order_queue_position.order_id = order_id
        order_queue_position.queue_position_fp = queue_position_fp
        order_queue_position.additional_properties = (
            {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        order_queue_position._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return order_queue_position

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
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        order_id = _pop("order_id", MISSING)
        if order_id.__class__ is not str:
            order_id = unread(order_id, "order_id", d, _marks)
        queue_position_fp = _pop("queue_position_fp", MISSING)
        if queue_position_fp.__class__ is not str:
            queue_position_fp = unread(queue_position_fp, "queue_position_fp", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        order_queue_position = cls.__new__(cls)
        order_queue_position.market_ticker = market_ticker
        order_queue_position.order_id = order_id
        order_queue_position.queue_position_fp = queue_position_fp
        order_queue_position.additional_properties = d
        order_queue_position._nulls = _marks
        return order_queue_position

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
