from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="Series")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "additional_prohibitions",
    "categories",
    "category",
    "contract_terms_url",
    "contract_url",
    "fee_multiplier",
    "fee_type",
    "frequency",
    "settlement_sources",
    "tags",
    "ticker",
    "title",
    "exchange_index",
    "last_updated_ts",
    "product_metadata",
    "volume_fp",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class Series:
    """The `Series` object.

    Attributes:
        additional_prohibitions (list[str] | None)
        categories (list[str] | None)
        category (str | None)
        contract_terms_url (str | None)
        contract_url (str | None)
        fee_multiplier (float | None)
        fee_type (FeeType | None)
        frequency (str | None)
        settlement_sources (list[SettlementSource] | None)
        tags (list[str] | None)
        ticker (str | None)
        title (str | None)
        exchange_index (int | None)
        last_updated_ts (datetime.datetime | None)
        product_metadata (None | SeriesProductMetadataType0)
        volume_fp (str | None)
    """

    additional_prohibitions: list[str] | None = None
    categories: list[str] | None = None
    category: str | None = None
    contract_terms_url: str | None = None
    contract_url: str | None = None
    fee_multiplier: float | None = None
    fee_type: FeeType | None = None
    frequency: str | None = None
    settlement_sources: list[SettlementSource] | None = None
    tags: list[str] | None = None
    ticker: str | None = None
    title: str | None = None
    exchange_index: int | None = None
    last_updated_ts: datetime.datetime | None = None
    product_metadata: SeriesProductMetadataType0 | None = None
    volume_fp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.additional_prohibitions is not None:
            field_dict["additional_prohibitions"] = [_v0 for _v0 in self.additional_prohibitions]
        elif "additional_prohibitions" in self._nulls:
            field_dict["additional_prohibitions"] = None
        if self.categories is not None:
            field_dict["categories"] = [_v0 for _v0 in self.categories]
        elif "categories" in self._nulls:
            field_dict["categories"] = None
        if self.category is not None:
            field_dict["category"] = self.category
        elif "category" in self._nulls:
            field_dict["category"] = None
        if self.contract_terms_url is not None:
            field_dict["contract_terms_url"] = self.contract_terms_url
        elif "contract_terms_url" in self._nulls:
            field_dict["contract_terms_url"] = None
        if self.contract_url is not None:
            field_dict["contract_url"] = self.contract_url
        elif "contract_url" in self._nulls:
            field_dict["contract_url"] = None
        if self.fee_multiplier is not None:
            field_dict["fee_multiplier"] = self.fee_multiplier
        elif "fee_multiplier" in self._nulls:
            field_dict["fee_multiplier"] = None
        if self.fee_type is not None:
            field_dict["fee_type"] = self.fee_type
        elif "fee_type" in self._nulls:
            field_dict["fee_type"] = None
        if self.frequency is not None:
            field_dict["frequency"] = self.frequency
        elif "frequency" in self._nulls:
            field_dict["frequency"] = None
        if self.settlement_sources is not None:
            field_dict["settlement_sources"] = [_v0.to_dict() for _v0 in self.settlement_sources]
        elif "settlement_sources" in self._nulls:
            field_dict["settlement_sources"] = None
        if self.tags is not None:
            field_dict["tags"] = [_v0 for _v0 in self.tags]
        elif "tags" in self._nulls:
            field_dict["tags"] = None
        if self.ticker is not None:
            field_dict["ticker"] = self.ticker
        elif "ticker" in self._nulls:
            field_dict["ticker"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._nulls:
            field_dict["title"] = None
        if self.exchange_index is not None:
            field_dict["exchange_index"] = self.exchange_index
        elif "exchange_index" in self._nulls:
            field_dict["exchange_index"] = None
        if self.last_updated_ts is not None:
            field_dict["last_updated_ts"] = self.last_updated_ts.isoformat()
        elif "last_updated_ts" in self._nulls:
            field_dict["last_updated_ts"] = None
        if self.product_metadata is not None:
            field_dict["product_metadata"] = self.product_metadata.to_dict()
        elif "product_metadata" in self._nulls:
            field_dict["product_metadata"] = None
        if self.volume_fp is not None:
            field_dict["volume_fp"] = self.volume_fp
        elif "volume_fp" in self._nulls:
            field_dict["volume_fp"] = None
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
            additional_prohibitions = d["additional_prohibitions"]
            categories = d["categories"]
            category = d["category"]
            contract_terms_url = d["contract_terms_url"]
            contract_url = d["contract_url"]
            fee_multiplier = d["fee_multiplier"]
            fee_type = d["fee_type"]
            frequency = d["frequency"]
            settlement_sources = d["settlement_sources"]
            tags = d["tags"]
            ticker = d["ticker"]
            title = d["title"]
            exchange_index = d["exchange_index"]
            last_updated_ts = d["last_updated_ts"]
            product_metadata = d["product_metadata"]
            volume_fp = d["volume_fp"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if additional_prohibitions.__class__ is list:
            for _item in additional_prohibitions:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif additional_prohibitions is None:
            additional_prohibitions = []
        else:
            return cls._read_tolerant(src_dict)
        if categories.__class__ is list:
            for _item in categories:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif categories is None:
            categories = []
        else:
            return cls._read_tolerant(src_dict)
        if category.__class__ is not str:
            if category is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if contract_terms_url.__class__ is not str:
            if contract_terms_url is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if contract_url.__class__ is not str:
            if contract_url is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if fee_multiplier.__class__ is not float and fee_multiplier.__class__ is not int:
            if fee_multiplier is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        if fee_type.__class__ is not str:
            if fee_type is not None:
                return cls._read_tolerant(src_dict)
            _null |= 64
        if frequency.__class__ is not str:
            if frequency is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if settlement_sources.__class__ is list:
            for _item in settlement_sources:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif settlement_sources is None:
            settlement_sources = []
        else:
            return cls._read_tolerant(src_dict)
        if tags.__class__ is list:
            for _item in tags:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif tags is None:
            tags = []
        else:
            return cls._read_tolerant(src_dict)
        if ticker.__class__ is not str:
            if ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if title.__class__ is not str:
            if title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if exchange_index.__class__ is not int:
            if exchange_index is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        if last_updated_ts.__class__ is not str:
            if last_updated_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8192
        if product_metadata.__class__ is not dict:
            if product_metadata is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16384
        if volume_fp.__class__ is not str:
            if volume_fp is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32768
        series = cls.__new__(cls)
        series.additional_prohibitions = additional_prohibitions
        series.categories = categories
        series.category = category
        series.contract_terms_url = contract_terms_url
        series.contract_url = contract_url
        series.fee_multiplier = fee_multiplier
        series.fee_type = fee_type
        series.frequency = frequency
        series._raw_settlement_sources = settlement_sources
        series.tags = tags
        series.ticker = ticker
        series.title = title
        series.exchange_index = exchange_index
        series._raw_last_updated_ts = last_updated_ts
        series._raw_product_metadata = product_metadata
        series.volume_fp = volume_fp
        series._times_kept = True
        series._raw_additional_properties = (
            {} if len(d) == 16 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        series._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return series

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
        additional_prohibitions = _pop("additional_prohibitions", MISSING)
        if additional_prohibitions.__class__ is list:
            for _item in additional_prohibitions:
                if _item.__class__ is not str:
                    d["additional_prohibitions"] = additional_prohibitions
                    additional_prohibitions = [
                        _item
                        for _item in additional_prohibitions
                        if not (_item.__class__ is not str)
                    ]
                    break
        elif additional_prohibitions is None:
            additional_prohibitions = []
        else:
            additional_prohibitions = unread(
                additional_prohibitions, "additional_prohibitions", d, _marks
            )
        categories = _pop("categories", MISSING)
        if categories.__class__ is list:
            for _item in categories:
                if _item.__class__ is not str:
                    d["categories"] = categories
                    categories = [_item for _item in categories if not (_item.__class__ is not str)]
                    break
        elif categories is None:
            categories = []
        else:
            categories = unread(categories, "categories", d, _marks)
        category = _pop("category", MISSING)
        if category.__class__ is not str:
            category = unread(category, "category", d, _marks)
        contract_terms_url = _pop("contract_terms_url", MISSING)
        if contract_terms_url.__class__ is not str:
            contract_terms_url = unread(contract_terms_url, "contract_terms_url", d, _marks)
        contract_url = _pop("contract_url", MISSING)
        if contract_url.__class__ is not str:
            contract_url = unread(contract_url, "contract_url", d, _marks)
        fee_multiplier = _pop("fee_multiplier", MISSING)
        if fee_multiplier.__class__ is not float and fee_multiplier.__class__ is not int:
            fee_multiplier = unread(fee_multiplier, "fee_multiplier", d, _marks)
        fee_type = _pop("fee_type", MISSING)
        if fee_type.__class__ is not str:
            fee_type = unread(fee_type, "fee_type", d, _marks)
        frequency = _pop("frequency", MISSING)
        if frequency.__class__ is not str:
            frequency = unread(frequency, "frequency", d, _marks)
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
        tags = _pop("tags", MISSING)
        if tags.__class__ is list:
            for _item in tags:
                if _item.__class__ is not str:
                    d["tags"] = tags
                    tags = [_item for _item in tags if not (_item.__class__ is not str)]
                    break
        elif tags is None:
            tags = []
        else:
            tags = unread(tags, "tags", d, _marks)
        ticker = _pop("ticker", MISSING)
        if ticker.__class__ is not str:
            ticker = unread(ticker, "ticker", d, _marks)
        title = _pop("title", MISSING)
        if title.__class__ is not str:
            title = unread(title, "title", d, _marks)
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread(exchange_index, "exchange_index", d, _marks)
        last_updated_ts = _pop("last_updated_ts", MISSING)
        if last_updated_ts.__class__ is str:
            try:
                last_updated_ts = datetime.datetime.fromisoformat(last_updated_ts)
            except ValueError:
                last_updated_ts = unread(last_updated_ts, "last_updated_ts", d, _marks)
        else:
            last_updated_ts = unread(last_updated_ts, "last_updated_ts", d, _marks)
        product_metadata = _pop("product_metadata", MISSING)
        if product_metadata.__class__ is dict:
            product_metadata = SeriesProductMetadataType0.from_dict(product_metadata)
        else:
            product_metadata = unread(product_metadata, "product_metadata", d, _marks)
        volume_fp = _pop("volume_fp", MISSING)
        if volume_fp.__class__ is not str:
            volume_fp = unread(volume_fp, "volume_fp", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        series = cls.__new__(cls)
        series.additional_prohibitions = additional_prohibitions
        series.categories = categories
        series.category = category
        series.contract_terms_url = contract_terms_url
        series.contract_url = contract_url
        series.fee_multiplier = fee_multiplier
        series.fee_type = fee_type
        series.frequency = frequency
        series.settlement_sources = settlement_sources
        series.tags = tags
        series.ticker = ticker
        series.title = title
        series.exchange_index = exchange_index
        series.last_updated_ts = last_updated_ts
        series.product_metadata = product_metadata
        series.volume_fp = volume_fp
        series.additional_properties = d
        series._nulls = _marks
        series._times_kept = False
        return series

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
from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0  # noqa: E402
from ..models.settlement_source import SettlementSource  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    Series,
    times={
        "last_updated_ts": datetime.datetime.fromisoformat,
    },
    models={
        "product_metadata": SeriesProductMetadataType0.from_dict,
    },
    lists={
        "settlement_sources": SettlementSource.from_dict,
    },
)
