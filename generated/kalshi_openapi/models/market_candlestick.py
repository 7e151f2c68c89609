from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="MarketCandlestick")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "end_period_ts",
    "open_interest_fp",
    "price",
    "volume_fp",
    "yes_ask",
    "yes_bid",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class MarketCandlestick:
    """The `MarketCandlestick` object.

    Attributes:
        end_period_ts (int | None)
        open_interest_fp (str | None)
        price (PriceDistribution | None)
        volume_fp (str | None)
        yes_ask (BidAskDistribution | None)
        yes_bid (BidAskDistribution | None)
    """

    end_period_ts: int | None = None
    open_interest_fp: str | None = None
    price: PriceDistribution | None = None
    volume_fp: str | None = None
    yes_ask: BidAskDistribution | None = None
    yes_bid: BidAskDistribution | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.end_period_ts is not None:
            field_dict["end_period_ts"] = self.end_period_ts
        elif "end_period_ts" in self._nulls:
            field_dict["end_period_ts"] = None
        if self.open_interest_fp is not None:
            field_dict["open_interest_fp"] = self.open_interest_fp
        elif "open_interest_fp" in self._nulls:
            field_dict["open_interest_fp"] = None
        if self.price is not None:
            field_dict["price"] = self.price.to_dict()
        elif "price" in self._nulls:
            field_dict["price"] = None
        if self.volume_fp is not None:
            field_dict["volume_fp"] = self.volume_fp
        elif "volume_fp" in self._nulls:
            field_dict["volume_fp"] = None
        if self.yes_ask is not None:
            field_dict["yes_ask"] = self.yes_ask.to_dict()
        elif "yes_ask" in self._nulls:
            field_dict["yes_ask"] = None
        if self.yes_bid is not None:
            field_dict["yes_bid"] = self.yes_bid.to_dict()
        elif "yes_bid" in self._nulls:
            field_dict["yes_bid"] = None
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
            end_period_ts = d["end_period_ts"]
            open_interest_fp = d["open_interest_fp"]
            price = d["price"]
            volume_fp = d["volume_fp"]
            yes_ask = d["yes_ask"]
            yes_bid = d["yes_bid"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if end_period_ts.__class__ is not int:
            if end_period_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if open_interest_fp.__class__ is not str:
            if open_interest_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if price.__class__ is not dict:
            if price is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if volume_fp.__class__ is not str:
            if volume_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if yes_ask.__class__ is not dict:
            if yes_ask is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if yes_bid.__class__ is not dict:
            if yes_bid is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        market_candlestick = cls.__new__(cls)
        market_candlestick.end_period_ts = end_period_ts
        market_candlestick.open_interest_fp = open_interest_fp
        market_candlestick._raw_price = price
        market_candlestick.volume_fp = volume_fp
        market_candlestick._raw_yes_ask = yes_ask
        market_candlestick._raw_yes_bid = yes_bid
        market_candlestick.additional_properties = (
            {} if len(d) == 6 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        market_candlestick._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return market_candlestick

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
        end_period_ts = _pop("end_period_ts", MISSING)
        if end_period_ts.__class__ is not int:
            end_period_ts = unread(end_period_ts, "end_period_ts", d, _marks)
        open_interest_fp = _pop("open_interest_fp", MISSING)
        if open_interest_fp.__class__ is not str:
            open_interest_fp = unread(open_interest_fp, "open_interest_fp", d, _marks)
        price = _pop("price", MISSING)
        if price.__class__ is dict:
            price = PriceDistribution.from_dict(price)
        else:
            price = unread(price, "price", d, _marks)
        volume_fp = _pop("volume_fp", MISSING)
        if volume_fp.__class__ is not str:
            volume_fp = unread(volume_fp, "volume_fp", d, _marks)
        yes_ask = _pop("yes_ask", MISSING)
        if yes_ask.__class__ is dict:
            yes_ask = BidAskDistribution.from_dict(yes_ask)
        else:
            yes_ask = unread(yes_ask, "yes_ask", d, _marks)
        yes_bid = _pop("yes_bid", MISSING)
        if yes_bid.__class__ is dict:
            yes_bid = BidAskDistribution.from_dict(yes_bid)
        else:
            yes_bid = unread(yes_bid, "yes_bid", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        market_candlestick = cls.__new__(cls)
        market_candlestick.end_period_ts = end_period_ts
        market_candlestick.open_interest_fp = open_interest_fp
        market_candlestick.price = price
        market_candlestick.volume_fp = volume_fp
        market_candlestick.yes_ask = yes_ask
        market_candlestick.yes_bid = yes_bid
        market_candlestick.additional_properties = d
        market_candlestick._nulls = _marks
        return market_candlestick

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
from ..models.bid_ask_distribution import BidAskDistribution  # noqa: E402
from ..models.price_distribution import PriceDistribution  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    MarketCandlestick,
    times={},
    models={
        "price": PriceDistribution.from_dict,
        "yes_ask": BidAskDistribution.from_dict,
        "yes_bid": BidAskDistribution.from_dict,
    },
    lists={},
)
