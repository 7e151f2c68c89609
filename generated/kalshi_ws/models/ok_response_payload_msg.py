from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="OkResponsePayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "market_ids",
    "market_tickers",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class OkResponsePayloadMsg:
    """The `OkResponsePayloadMsg` object.

    Attributes:
        market_ids (list[UUID] | None)
        market_tickers (list[str] | None)
    """

    market_ids: list[UUID] | None = None
    market_tickers: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.market_ids is not None:
            field_dict["market_ids"] = [str(_v0) for _v0 in self.market_ids]
        elif "market_ids" in self._nulls:
            field_dict["market_ids"] = None
        if self.market_tickers is not None:
            field_dict["market_tickers"] = [_v0 for _v0 in self.market_tickers]
        elif "market_tickers" in self._nulls:
            field_dict["market_tickers"] = None
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
            market_ids = d["market_ids"]
            market_tickers = d["market_tickers"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
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
        if market_tickers.__class__ is list:
            for _item in market_tickers:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif market_tickers is None:
            market_tickers = []
        else:
            return cls._read_tolerant(src_dict)
        ok_response_payload_msg = cls.__new__(cls)
        ok_response_payload_msg.market_ids = market_ids
        ok_response_payload_msg.market_tickers = market_tickers
        ok_response_payload_msg.additional_properties = (
            {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        ok_response_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return ok_response_payload_msg

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
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        ok_response_payload_msg = cls.__new__(cls)
        ok_response_payload_msg.market_ids = market_ids
        ok_response_payload_msg.market_tickers = market_tickers
        ok_response_payload_msg.additional_properties = d
        ok_response_payload_msg._nulls = _marks
        return ok_response_payload_msg

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
