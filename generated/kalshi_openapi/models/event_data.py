from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="EventData")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "collateral_return_type",
    "event_ticker",
    "mutually_exclusive",
    "series_ticker",
    "settlement_sources",
    "sub_title",
    "title",
    "category",
    "exchange_index",
    "fee_multiplier_override",
    "fee_type_override",
    "last_updated_ts",
    "markets",
    "product_metadata",
    "strike_date",
    "strike_period",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class EventData:
    """The `EventData` object.

    Attributes:
        collateral_return_type (str | None)
        event_ticker (str | None)
        mutually_exclusive (bool | None)
        series_ticker (str | None)
        settlement_sources (list[SettlementSource] | None)
        sub_title (str | None)
        title (str | None)
        category (str | None)
        exchange_index (int | None)
        fee_multiplier_override (float | None)
        fee_type_override (None | str)
        last_updated_ts (datetime.datetime | None)
        markets (list[Market] | None)
        product_metadata (EventDataProductMetadataType0 | None)
        strike_date (datetime.datetime | None)
        strike_period (None | str)
    """

    collateral_return_type: str | None = None
    event_ticker: str | None = None
    mutually_exclusive: bool | None = None
    series_ticker: str | None = None
    settlement_sources: list[SettlementSource] | None = None
    sub_title: str | None = None
    title: str | None = None
    category: str | None = None
    exchange_index: int | None = None
    fee_multiplier_override: float | None = None
    fee_type_override: str | None = None
    last_updated_ts: datetime.datetime | None = None
    markets: list[Market] | None = None
    product_metadata: EventDataProductMetadataType0 | None = None
    strike_date: datetime.datetime | None = None
    strike_period: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.collateral_return_type is not None:
            field_dict["collateral_return_type"] = self.collateral_return_type
        elif "collateral_return_type" in self._nulls:
            field_dict["collateral_return_type"] = None
        if self.event_ticker is not None:
            field_dict["event_ticker"] = self.event_ticker
        elif "event_ticker" in self._nulls:
            field_dict["event_ticker"] = None
        if self.mutually_exclusive is not None:
            field_dict["mutually_exclusive"] = self.mutually_exclusive
        elif "mutually_exclusive" in self._nulls:
            field_dict["mutually_exclusive"] = None
        if self.series_ticker is not None:
            field_dict["series_ticker"] = self.series_ticker
        elif "series_ticker" in self._nulls:
            field_dict["series_ticker"] = None
        if self.settlement_sources is not None:
            field_dict["settlement_sources"] = [_v0.to_dict() for _v0 in self.settlement_sources]
        elif "settlement_sources" in self._nulls:
            field_dict["settlement_sources"] = None
        if self.sub_title is not None:
            field_dict["sub_title"] = self.sub_title
        elif "sub_title" in self._nulls:
            field_dict["sub_title"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._nulls:
            field_dict["title"] = None
        if self.category is not None:
            field_dict["category"] = self.category
        elif "category" in self._nulls:
            field_dict["category"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.fee_multiplier_override is not None:
            field_dict["fee_multiplier_override"] = self.fee_multiplier_override
        elif "fee_multiplier_override" in self._nulls:
            field_dict["fee_multiplier_override"] = None
        if self.fee_type_override is not None:
            field_dict["fee_type_override"] = self.fee_type_override
        elif "fee_type_override" in self._nulls:
            field_dict["fee_type_override"] = None
        if self.last_updated_ts is not None:
            field_dict["last_updated_ts"] = self.last_updated_ts.isoformat()
        elif "last_updated_ts" in self._nulls:
            field_dict["last_updated_ts"] = None
        if self.markets is not None:
            field_dict["markets"] = [_v0.to_dict() for _v0 in self.markets]
        elif "markets" in self._nulls:
            field_dict["markets"] = None
        if self.product_metadata is not None:
            field_dict["product_metadata"] = self.product_metadata.to_dict()
        elif "product_metadata" in self._nulls:
            field_dict["product_metadata"] = None
        if self.strike_date is not None:
            field_dict["strike_date"] = self.strike_date.isoformat()
        elif "strike_date" in self._nulls:
            field_dict["strike_date"] = None
        if self.strike_period is not None:
            field_dict["strike_period"] = self.strike_period
        elif "strike_period" in self._nulls:
            field_dict["strike_period"] = None
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
            collateral_return_type = d["collateral_return_type"]
            event_ticker = d["event_ticker"]
            mutually_exclusive = d["mutually_exclusive"]
            series_ticker = d["series_ticker"]
            settlement_sources = d["settlement_sources"]
            sub_title = d["sub_title"]
            title = d["title"]
            category = d["category"]
            exchange_index = d["exchange_index"]
            fee_multiplier_override = d["fee_multiplier_override"]
            fee_type_override = d["fee_type_override"]
            last_updated_ts = d["last_updated_ts"]
            markets = d["markets"]
            product_metadata = d["product_metadata"]
            strike_date = d["strike_date"]
            strike_period = d["strike_period"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if collateral_return_type.__class__ is not str:
            if collateral_return_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if event_ticker.__class__ is not str:
            if event_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if mutually_exclusive.__class__ is not bool:
            if mutually_exclusive is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if series_ticker.__class__ is not str:
            if series_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if settlement_sources.__class__ is list:
            for _item in settlement_sources:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif settlement_sources is None:
            settlement_sources = []
        else:
            return cls._read_tolerant(src_dict)
        if sub_title.__class__ is not str:
            if sub_title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if title.__class__ is not str:
            if title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if category.__class__ is not str:
            if category is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if (
            fee_multiplier_override.__class__ is not float
            and fee_multiplier_override.__class__ is not int
        ):
            if fee_multiplier_override is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if fee_type_override.__class__ is not str:
            if fee_type_override is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if last_updated_ts.__class__ is not str:
            if last_updated_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if markets.__class__ is list:
            for _item in markets:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif markets is None:
            markets = []
        else:
            return cls._read_tolerant(src_dict)
        if product_metadata.__class__ is not dict:
            if product_metadata is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        if strike_date.__class__ is not str:
            if strike_date is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        if strike_period.__class__ is not str:
            if strike_period is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32768
        event_data = cls.__new__(cls)
        event_data.collateral_return_type = collateral_return_type
        event_data.event_ticker = event_ticker
        event_data.mutually_exclusive = mutually_exclusive
        event_data.series_ticker = series_ticker
        event_data._raw_settlement_sources = settlement_sources
        event_data.sub_title = sub_title
        event_data.title = title
        event_data.category = category
        event_data.exchange_index = exchange_index
        event_data.fee_multiplier_override = fee_multiplier_override
        event_data.fee_type_override = fee_type_override
        event_data._raw_last_updated_ts = last_updated_ts
        event_data._raw_markets = markets
        event_data._raw_product_metadata = product_metadata
        event_data._raw_strike_date = strike_date
        event_data.strike_period = strike_period
        event_data._times_kept = True
        event_data._raw_additional_properties = (
            {} if len(d) == 16 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        event_data._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return event_data

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
        collateral_return_type = _pop("collateral_return_type", MISSING)
        if collateral_return_type.__class__ is not str:
            collateral_return_type = unread(
                collateral_return_type, "collateral_return_type", d, _marks
            )
        event_ticker = _pop("event_ticker", MISSING)
        if event_ticker.__class__ is not str:
            event_ticker = unread(event_ticker, "event_ticker", d, _marks)
        mutually_exclusive = _pop("mutually_exclusive", MISSING)
        if mutually_exclusive.__class__ is not bool:
            mutually_exclusive = unread(mutually_exclusive, "mutually_exclusive", d, _marks)
        series_ticker = _pop("series_ticker", MISSING)
        if series_ticker.__class__ is not str:
            series_ticker = unread(series_ticker, "series_ticker", d, _marks)
        settlement_sources = _pop("settlement_sources", MISSING)
        if settlement_sources.__class__ is list:
            _read: list[Any] = []
            for _item in settlement_sources:
                if _item.__class__ is dict:
                    _read.append(SettlementSource.from_dict(_item))
                else:
                    d["settlement_sources"] = settlement_sources
            settlement_sources = _read
        elif settlement_sources is None:
            settlement_sources = []
        else:
            settlement_sources = unread(settlement_sources, "settlement_sources", d, _marks)
        sub_title = _pop("sub_title", MISSING)
        if sub_title.__class__ is not str:
            sub_title = unread(sub_title, "sub_title", d, _marks)
        title = _pop("title", MISSING)
        if title.__class__ is not str:
            title = unread(title, "title", d, _marks)
        category = _pop("category", MISSING)
        if category.__class__ is not str:
            category = unread(category, "category", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        fee_multiplier_override = _pop("fee_multiplier_override", MISSING)
        if (
            fee_multiplier_override.__class__ is not float
            and fee_multiplier_override.__class__ is not int
        ):
            fee_multiplier_override = unread(
                fee_multiplier_override, "fee_multiplier_override", d, _marks
            )
        fee_type_override = _pop("fee_type_override", MISSING)
        if fee_type_override.__class__ is not str:
            fee_type_override = unread(fee_type_override, "fee_type_override", d, _marks)
        last_updated_ts = _pop("last_updated_ts", MISSING)
        if last_updated_ts.__class__ is str:
            try:
                last_updated_ts = datetime.datetime.fromisoformat(last_updated_ts)
            except ValueError:
                last_updated_ts = unread(last_updated_ts, "last_updated_ts", d, _marks)
        else:
            last_updated_ts = unread(last_updated_ts, "last_updated_ts", d, _marks)
        markets = _pop("markets", MISSING)
        if markets.__class__ is list:
            _read: list[Any] = []
            for _item in markets:
                if _item.__class__ is dict:
                    _read.append(Market.from_dict(_item))
                else:
                    d["markets"] = markets
            markets = _read
        elif markets is None:
            markets = []
        else:
            markets = unread(markets, "markets", d, _marks)
        product_metadata = _pop("product_metadata", MISSING)
        if product_metadata.__class__ is dict:
            product_metadata = EventDataProductMetadataType0.from_dict(product_metadata)
        else:
            product_metadata = unread(product_metadata, "product_metadata", d, _marks)
        strike_date = _pop("strike_date", MISSING)
        if strike_date.__class__ is str:
            try:
                strike_date = datetime.datetime.fromisoformat(strike_date)
            except ValueError:
                strike_date = unread(strike_date, "strike_date", d, _marks)
        else:
            strike_date = unread(strike_date, "strike_date", d, _marks)
        strike_period = _pop("strike_period", MISSING)
        if strike_period.__class__ is not str:
            strike_period = unread(strike_period, "strike_period", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        event_data = cls.__new__(cls)
        event_data.collateral_return_type = collateral_return_type
        event_data.event_ticker = event_ticker
        event_data.mutually_exclusive = mutually_exclusive
        event_data.series_ticker = series_ticker
        event_data.settlement_sources = settlement_sources
        event_data.sub_title = sub_title
        event_data.title = title
        event_data.category = category
        event_data.exchange_index = exchange_index
        event_data.fee_multiplier_override = fee_multiplier_override
        event_data.fee_type_override = fee_type_override
        event_data.last_updated_ts = last_updated_ts
        event_data.markets = markets
        event_data.product_metadata = product_metadata
        event_data.strike_date = strike_date
        event_data.strike_period = strike_period
        event_data.additional_properties = d
        event_data._nulls = _marks
        event_data._times_kept = False
        return event_data

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
from ..models.event_data_product_metadata_type_0 import EventDataProductMetadataType0  # noqa: E402
from ..models.market import Market  # noqa: E402
from ..models.settlement_source import SettlementSource  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    EventData,
    times={
        "last_updated_ts": datetime.datetime.fromisoformat,
        "strike_date": datetime.datetime.fromisoformat,
    },
    models={
        "product_metadata": EventDataProductMetadataType0.from_dict,
    },
    lists={
        "settlement_sources": SettlementSource.from_dict,
        "markets": Market.from_dict,
    },
)
