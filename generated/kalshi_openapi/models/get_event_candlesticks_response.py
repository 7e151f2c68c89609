from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="GetEventCandlesticksResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "adjusted_end_ts",
    "market_candlesticks",
    "market_tickers",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class GetEventCandlesticksResponse:
    """The `GetEventCandlesticksResponse` object.

    Attributes:
        adjusted_end_ts (int | None)
        market_candlesticks (list[list[MarketCandlestick]] | None)
        market_tickers (list[str] | None)
    """

    adjusted_end_ts: int | None = None
    market_candlesticks: list[list[MarketCandlestick]] | None = None
    market_tickers: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.adjusted_end_ts is not None:
            field_dict["adjusted_end_ts"] = self.adjusted_end_ts
        elif "adjusted_end_ts" in self._nulls:
            field_dict["adjusted_end_ts"] = None
        if self.market_candlesticks is not None:
            field_dict["market_candlesticks"] = [
                [_v1.to_dict() for _v1 in _v0] for _v0 in self.market_candlesticks
            ]
        elif "market_candlesticks" in self._nulls:
            field_dict["market_candlesticks"] = None
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
            adjusted_end_ts = d["adjusted_end_ts"]
            market_candlesticks = d["market_candlesticks"]
            market_tickers = d["market_tickers"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if adjusted_end_ts.__class__ is not int:
            if adjusted_end_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if market_candlesticks.__class__ is list:
            _read: list[Any] = []
            for _item in market_candlesticks:
                if _item.__class__ is list:
                    _out1: list[Any] = []
                    for _item1 in _item:
                        if _item1.__class__ is dict:
                            _out1.append(MarketCandlestick.from_dict(_item1))
                        else:
                            return cls._read_tolerant(src_dict)
                    _read.append(_out1)
                else:
                    return cls._read_tolerant(src_dict)
            market_candlesticks = _read
        elif market_candlesticks is None:
            market_candlesticks = []
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
        get_event_candlesticks_response = cls.__new__(cls)
        get_event_candlesticks_response.adjusted_end_ts = adjusted_end_ts
        get_event_candlesticks_response.market_candlesticks = market_candlesticks
        get_event_candlesticks_response.market_tickers = market_tickers
        get_event_candlesticks_response.additional_properties = (
            {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        get_event_candlesticks_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return get_event_candlesticks_response

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
        adjusted_end_ts = _pop("adjusted_end_ts", MISSING)
        if adjusted_end_ts.__class__ is not int:
            adjusted_end_ts = unread(adjusted_end_ts, "adjusted_end_ts", d, _marks)
        market_candlesticks = _pop("market_candlesticks", MISSING)
        if market_candlesticks.__class__ is list:
            _read: list[Any] = []
            for _item in market_candlesticks:
                if _item.__class__ is list:
                    _out1: list[Any] = []
                    for _item1 in _item:
                        if _item1.__class__ is dict:
                            _out1.append(MarketCandlestick.from_dict(_item1))
                        else:
                            d["market_candlesticks"] = market_candlesticks
                    _read.append(_out1)
                else:
                    d["market_candlesticks"] = market_candlesticks
            market_candlesticks = _read
        elif market_candlesticks is None:
            market_candlesticks = []
        else:
            market_candlesticks = unread(market_candlesticks, "market_candlesticks", d, _marks)
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
        get_event_candlesticks_response = cls.__new__(cls)
        get_event_candlesticks_response.adjusted_end_ts = adjusted_end_ts
        get_event_candlesticks_response.market_candlesticks = market_candlesticks
        get_event_candlesticks_response.market_tickers = market_tickers
        get_event_candlesticks_response.additional_properties = d
        get_event_candlesticks_response._nulls = _marks
        return get_event_candlesticks_response

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
from ..models.market_candlestick import MarketCandlestick  # noqa: E402
