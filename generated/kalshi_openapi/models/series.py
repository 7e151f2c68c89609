from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType, check_fee_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="Series")


@_attrs_define
class Series:
    """
    Attributes:
        additional_prohibitions (list[str] | None):
        category (str):
        contract_terms_url (str):
        contract_url (str):
        fee_multiplier (float):
        fee_type (FeeType):
        frequency (str):
        settlement_sources (list[SettlementSource] | None):
        tags (list[str] | None):
        ticker (str):
        title (str):
        exchange_index (int | Unset):
        last_updated_ts (datetime.datetime | Unset):
        product_metadata (None | SeriesProductMetadataType0 | Unset):
        volume_fp (str | Unset):
    """

    additional_prohibitions: list[str] | None
    category: str
    contract_terms_url: str
    contract_url: str
    fee_multiplier: float
    fee_type: FeeType
    frequency: str
    settlement_sources: list[SettlementSource] | None
    tags: list[str] | None
    ticker: str
    title: str
    exchange_index: int | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    product_metadata: SeriesProductMetadataType0 | Unset | None = UNSET
    volume_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0

        additional_prohibitions: list[str] | None
        if isinstance(self.additional_prohibitions, list):
            additional_prohibitions = self.additional_prohibitions

        else:
            additional_prohibitions = self.additional_prohibitions

        category = self.category

        contract_terms_url = self.contract_terms_url

        contract_url = self.contract_url

        fee_multiplier = self.fee_multiplier

        fee_type: str = self.fee_type

        frequency = self.frequency

        settlement_sources: list[dict[str, Any]] | None
        if isinstance(self.settlement_sources, list):
            settlement_sources = []
            for settlement_sources_type_0_item_data in self.settlement_sources:
                settlement_sources_type_0_item = settlement_sources_type_0_item_data.to_dict()
                settlement_sources.append(settlement_sources_type_0_item)

        else:
            settlement_sources = self.settlement_sources

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        ticker = self.ticker

        title = self.title

        exchange_index = self.exchange_index

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        product_metadata: dict[str, Any] | Unset | None
        if isinstance(self.product_metadata, Unset):
            product_metadata = UNSET
        elif isinstance(self.product_metadata, SeriesProductMetadataType0):
            product_metadata = self.product_metadata.to_dict()
        else:
            product_metadata = self.product_metadata

        volume_fp = self.volume_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "additional_prohibitions": additional_prohibitions,
                "category": category,
                "contract_terms_url": contract_terms_url,
                "contract_url": contract_url,
                "fee_multiplier": fee_multiplier,
                "fee_type": fee_type,
                "frequency": frequency,
                "settlement_sources": settlement_sources,
                "tags": tags,
                "ticker": ticker,
                "title": title,
            }
        )
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        if product_metadata is not UNSET:
            field_dict["product_metadata"] = product_metadata
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0
        from ..models.settlement_source import SettlementSource

        d = dict(src_dict)

        def _parse_additional_prohibitions(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_prohibitions_type_0 = cast(list[str], data)

                return additional_prohibitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        additional_prohibitions = _parse_additional_prohibitions(d.pop("additional_prohibitions"))

        category = d.pop("category")

        contract_terms_url = d.pop("contract_terms_url")

        contract_url = d.pop("contract_url")

        fee_multiplier = d.pop("fee_multiplier")

        fee_type = check_fee_type(d.pop("fee_type"))

        frequency = d.pop("frequency")

        def _parse_settlement_sources(data: object) -> list[SettlementSource] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                settlement_sources_type_0 = []
                _settlement_sources_type_0 = data
                for settlement_sources_type_0_item_data in _settlement_sources_type_0:
                    settlement_sources_type_0_item = SettlementSource.from_dict(
                        settlement_sources_type_0_item_data
                    )

                    settlement_sources_type_0.append(settlement_sources_type_0_item)

                return settlement_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SettlementSource] | None, data)

        settlement_sources = _parse_settlement_sources(d.pop("settlement_sources"))

        def _parse_tags(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        tags = _parse_tags(d.pop("tags"))

        ticker = d.pop("ticker")

        title = d.pop("title")

        exchange_index = d.pop("exchange_index", UNSET)

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        def _parse_product_metadata(data: object) -> SeriesProductMetadataType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_metadata_type_0 = SeriesProductMetadataType0.from_dict(data)

                return product_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeriesProductMetadataType0 | Unset, data)

        product_metadata = _parse_product_metadata(d.pop("product_metadata", UNSET))

        volume_fp = d.pop("volume_fp", UNSET)

        series = cls(
            additional_prohibitions=additional_prohibitions,
            category=category,
            contract_terms_url=contract_terms_url,
            contract_url=contract_url,
            fee_multiplier=fee_multiplier,
            fee_type=fee_type,
            frequency=frequency,
            settlement_sources=settlement_sources,
            tags=tags,
            ticker=ticker,
            title=title,
            exchange_index=exchange_index,
            last_updated_ts=last_updated_ts,
            product_metadata=product_metadata,
            volume_fp=volume_fp,
        )

        series.additional_properties = d
        return series

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
