from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="MultivariateEventCollection")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "associated_event_tickers",
    "associated_events",
    "close_date",
    "collection_ticker",
    "description",
    "functional_description",
    "is_all_yes",
    "is_ordered",
    "is_single_market_per_event",
    "open_date",
    "price_level_structure",
    "price_ranges",
    "series_ticker",
    "size_max",
    "size_min",
    "title",
    "exchange_index",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class MultivariateEventCollection:
    """The `MultivariateEventCollection` object.

    Attributes:
        associated_event_tickers (list[str] | None)
        associated_events (list[AssociatedEvent] | None)
        close_date (datetime.datetime | None)
        collection_ticker (str | None)
        description (str | None)
        functional_description (str | None)
        is_all_yes (bool | None)
        is_ordered (bool | None)
        is_single_market_per_event (bool | None)
        open_date (datetime.datetime | None)
        price_level_structure (str | None)
        price_ranges (list[PriceRange] | None)
        series_ticker (str | None)
        size_max (int | None)
        size_min (int | None)
        title (str | None)
        exchange_index (int | None)
    """

    associated_event_tickers: list[str] | None = None
    associated_events: list[AssociatedEvent] | None = None
    close_date: datetime.datetime | None = None
    collection_ticker: str | None = None
    description: str | None = None
    functional_description: str | None = None
    is_all_yes: bool | None = None
    is_ordered: bool | None = None
    is_single_market_per_event: bool | None = None
    open_date: datetime.datetime | None = None
    price_level_structure: str | None = None
    price_ranges: list[PriceRange] | None = None
    series_ticker: str | None = None
    size_max: int | None = None
    size_min: int | None = None
    title: str | None = None
    exchange_index: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.associated_event_tickers is not None:
            field_dict["associated_event_tickers"] = [_v0 for _v0 in self.associated_event_tickers]
        elif "associated_event_tickers" in self._nulls:
            field_dict["associated_event_tickers"] = None
        if self.associated_events is not None:
            field_dict["associated_events"] = [_v0.to_dict() for _v0 in self.associated_events]
        elif "associated_events" in self._nulls:
            field_dict["associated_events"] = None
        if self.close_date is not None:
            field_dict["close_date"] = self.close_date.isoformat()
        elif "close_date" in self._nulls:
            field_dict["close_date"] = None
        if self.collection_ticker is not None:
            field_dict["collection_ticker"] = self.collection_ticker
        elif "collection_ticker" in self._nulls:
            field_dict["collection_ticker"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.functional_description is not None:
            field_dict["functional_description"] = self.functional_description
        elif "functional_description" in self._nulls:
            field_dict["functional_description"] = None
        if self.is_all_yes is not None:
            field_dict["is_all_yes"] = self.is_all_yes
        elif "is_all_yes" in self._nulls:
            field_dict["is_all_yes"] = None
        if self.is_ordered is not None:
            field_dict["is_ordered"] = self.is_ordered
        elif "is_ordered" in self._nulls:
            field_dict["is_ordered"] = None
        if self.is_single_market_per_event is not None:
            field_dict["is_single_market_per_event"] = self.is_single_market_per_event
        elif "is_single_market_per_event" in self._nulls:
            field_dict["is_single_market_per_event"] = None
        if self.open_date is not None:
            field_dict["open_date"] = self.open_date.isoformat()
        elif "open_date" in self._nulls:
            field_dict["open_date"] = None
        if self.price_level_structure is not None:
            field_dict["price_level_structure"] = self.price_level_structure
        elif "price_level_structure" in self._nulls:
            field_dict["price_level_structure"] = None
        if self.price_ranges is not None:
            field_dict["price_ranges"] = [_v0.to_dict() for _v0 in self.price_ranges]
        elif "price_ranges" in self._nulls:
            field_dict["price_ranges"] = None
        if self.series_ticker is not None:
            field_dict["series_ticker"] = self.series_ticker
        elif "series_ticker" in self._nulls:
            field_dict["series_ticker"] = None
        if self.size_max is not None:
            field_dict["size_max"] = self.size_max
        elif "size_max" in self._nulls:
            field_dict["size_max"] = None
        if self.size_min is not None:
            field_dict["size_min"] = self.size_min
        elif "size_min" in self._nulls:
            field_dict["size_min"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._nulls:
            field_dict["title"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
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
            associated_event_tickers = d["associated_event_tickers"]
            associated_events = d["associated_events"]
            close_date = d["close_date"]
            collection_ticker = d["collection_ticker"]
            description = d["description"]
            functional_description = d["functional_description"]
            is_all_yes = d["is_all_yes"]
            is_ordered = d["is_ordered"]
            is_single_market_per_event = d["is_single_market_per_event"]
            open_date = d["open_date"]
            price_level_structure = d["price_level_structure"]
            price_ranges = d["price_ranges"]
            series_ticker = d["series_ticker"]
            size_max = d["size_max"]
            size_min = d["size_min"]
            title = d["title"]
            exchange_index = d["exchange_index"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if associated_event_tickers.__class__ is list:
            for _item in associated_event_tickers:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif associated_event_tickers is None:
            associated_event_tickers = []
        else:
            return cls._read_tolerant(src_dict)
        if associated_events.__class__ is list:
            for _item in associated_events:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif associated_events is None:
            associated_events = []
        else:
            return cls._read_tolerant(src_dict)
        if close_date.__class__ is not str:
            if close_date is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if collection_ticker.__class__ is not str:
            if collection_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if description.__class__ is not str:
            if description is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if functional_description.__class__ is not str:
            if functional_description is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if is_all_yes.__class__ is not bool:
            if is_all_yes is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if is_ordered.__class__ is not bool:
            if is_ordered is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if is_single_market_per_event.__class__ is not bool:
            if is_single_market_per_event is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if open_date.__class__ is not str:
            if open_date is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if price_level_structure.__class__ is not str:
            if price_level_structure is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if price_ranges.__class__ is list:
            for _item in price_ranges:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif price_ranges is None:
            price_ranges = []
        else:
            return cls._read_tolerant(src_dict)
        if series_ticker.__class__ is not str:
            if series_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        if size_max.__class__ is not int:
            if size_max is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        if size_min.__class__ is not int:
            if size_min is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        if title.__class__ is not str:
            if title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32768
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 65536
        multivariate_event_collection = cls.__new__(cls)
        multivariate_event_collection.associated_event_tickers = associated_event_tickers
        multivariate_event_collection._raw_associated_events = associated_events
        multivariate_event_collection._raw_close_date = close_date
        multivariate_event_collection.collection_ticker = collection_ticker
        multivariate_event_collection.description = description
        multivariate_event_collection.functional_description = functional_description
        multivariate_event_collection.is_all_yes = is_all_yes
        multivariate_event_collection.is_ordered = is_ordered
        multivariate_event_collection.is_single_market_per_event = is_single_market_per_event
        multivariate_event_collection._raw_open_date = open_date
        multivariate_event_collection.price_level_structure = price_level_structure
        multivariate_event_collection._raw_price_ranges = price_ranges
        multivariate_event_collection.series_ticker = series_ticker
        multivariate_event_collection.size_max = size_max
        multivariate_event_collection.size_min = size_min
        multivariate_event_collection.title = title
        multivariate_event_collection.exchange_index = exchange_index
        multivariate_event_collection._times_kept = True
        multivariate_event_collection._raw_additional_properties = (
            {} if len(d) == 17 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        multivariate_event_collection._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return multivariate_event_collection

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
        associated_event_tickers = _pop("associated_event_tickers", MISSING)
        if associated_event_tickers.__class__ is list:
            for _item in associated_event_tickers:
                if _item.__class__ is not str:
                    d["associated_event_tickers"] = associated_event_tickers
                    associated_event_tickers = [
                        _item
                        for _item in associated_event_tickers
                        if not (_item.__class__ is not str)
                    ]
                    break
        elif associated_event_tickers is None:
            associated_event_tickers = []
        else:
            associated_event_tickers = unread(
                associated_event_tickers, "associated_event_tickers", d, _marks
            )
        associated_events = _pop("associated_events", MISSING)
        if associated_events.__class__ is list:
            _read: list[Any] = []
            for _item in associated_events:
                if _item.__class__ is dict:
                    _read.append(AssociatedEvent.from_dict(_item))
                else:
                    d["associated_events"] = associated_events
            associated_events = _read
        elif associated_events is None:
            associated_events = []
        else:
            associated_events = unread(associated_events, "associated_events", d, _marks)
        close_date = _pop("close_date", MISSING)
        if close_date.__class__ is str:
            try:
                close_date = datetime.datetime.fromisoformat(close_date)
            except ValueError:
                close_date = unread(close_date, "close_date", d, _marks)
        else:
            close_date = unread(close_date, "close_date", d, _marks)
        collection_ticker = _pop("collection_ticker", MISSING)
        if collection_ticker.__class__ is not str:
            collection_ticker = unread(collection_ticker, "collection_ticker", d, _marks)
        description = _pop("description", MISSING)
        if description.__class__ is not str:
            description = unread(description, "description", d, _marks)
        functional_description = _pop("functional_description", MISSING)
        if functional_description.__class__ is not str:
            functional_description = unread(
                functional_description, "functional_description", d, _marks
            )
        is_all_yes = _pop("is_all_yes", MISSING)
        if is_all_yes.__class__ is not bool:
            is_all_yes = unread(is_all_yes, "is_all_yes", d, _marks)
        is_ordered = _pop("is_ordered", MISSING)
        if is_ordered.__class__ is not bool:
            is_ordered = unread(is_ordered, "is_ordered", d, _marks)
        is_single_market_per_event = _pop("is_single_market_per_event", MISSING)
        if is_single_market_per_event.__class__ is not bool:
            is_single_market_per_event = unread(
                is_single_market_per_event, "is_single_market_per_event", d, _marks
            )
        open_date = _pop("open_date", MISSING)
        if open_date.__class__ is str:
            try:
                open_date = datetime.datetime.fromisoformat(open_date)
            except ValueError:
                open_date = unread(open_date, "open_date", d, _marks)
        else:
            open_date = unread(open_date, "open_date", d, _marks)
        price_level_structure = _pop("price_level_structure", MISSING)
        if price_level_structure.__class__ is not str:
            price_level_structure = unread(
                price_level_structure, "price_level_structure", d, _marks
            )
        price_ranges = _pop("price_ranges", MISSING)
        if price_ranges.__class__ is list:
            _read: list[Any] = []
            for _item in price_ranges:
                if _item.__class__ is dict:
                    _read.append(PriceRange.from_dict(_item))
                else:
                    d["price_ranges"] = price_ranges
            price_ranges = _read
        elif price_ranges is None:
            price_ranges = []
        else:
            price_ranges = unread(price_ranges, "price_ranges", d, _marks)
        series_ticker = _pop("series_ticker", MISSING)
        if series_ticker.__class__ is not str:
            series_ticker = unread(series_ticker, "series_ticker", d, _marks)
        size_max = _pop("size_max", MISSING)
        if size_max.__class__ is not int:
            size_max = unread(size_max, "size_max", d, _marks)
        size_min = _pop("size_min", MISSING)
        if size_min.__class__ is not int:
            size_min = unread(size_min, "size_min", d, _marks)
        title = _pop("title", MISSING)
        if title.__class__ is not str:
            title = unread(title, "title", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        multivariate_event_collection = cls.__new__(cls)
        multivariate_event_collection.associated_event_tickers = associated_event_tickers
        multivariate_event_collection.associated_events = associated_events
        multivariate_event_collection.close_date = close_date
        multivariate_event_collection.collection_ticker = collection_ticker
        multivariate_event_collection.description = description
        multivariate_event_collection.functional_description = functional_description
        multivariate_event_collection.is_all_yes = is_all_yes
        multivariate_event_collection.is_ordered = is_ordered
        multivariate_event_collection.is_single_market_per_event = is_single_market_per_event
        multivariate_event_collection.open_date = open_date
        multivariate_event_collection.price_level_structure = price_level_structure
        multivariate_event_collection.price_ranges = price_ranges
        multivariate_event_collection.series_ticker = series_ticker
        multivariate_event_collection.size_max = size_max
        multivariate_event_collection.size_min = size_min
        multivariate_event_collection.title = title
        multivariate_event_collection.exchange_index = exchange_index
        multivariate_event_collection.additional_properties = d
        multivariate_event_collection._nulls = _marks
        multivariate_event_collection._times_kept = False
        return multivariate_event_collection

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
from ..models.associated_event import AssociatedEvent  # noqa: E402
from ..models.price_range import PriceRange  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    MultivariateEventCollection,
    times={
        "close_date": datetime.datetime.fromisoformat,
        "open_date": datetime.datetime.fromisoformat,
    },
    models={},
    lists={
        "associated_events": AssociatedEvent.from_dict,
        "price_ranges": PriceRange.from_dict,
    },
)
