from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="GetEventMetadataResponse")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "image_url",
    "market_details",
    "settlement_sources",
    "competition",
    "competition_scope",
    "featured_image_url",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class GetEventMetadataResponse:
    """The `GetEventMetadataResponse` object.

    Attributes:
        image_url (str | None)
        market_details (list[MarketMetadata] | None)
        settlement_sources (list[SettlementSource] | None)
        competition (None | str)
        competition_scope (None | str)
        featured_image_url (str | None)
    """

    image_url: str | None = None
    market_details: list[MarketMetadata] | None = None
    settlement_sources: list[SettlementSource] | None = None
    competition: str | None = None
    competition_scope: str | None = None
    featured_image_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.image_url is not None:
            field_dict["image_url"] = self.image_url
        elif "image_url" in self._nulls:
            field_dict["image_url"] = None
        if self.market_details is not None:
            field_dict["market_details"] = [_v0.to_dict() for _v0 in self.market_details]
        elif "market_details" in self._nulls:
            field_dict["market_details"] = None
        if self.settlement_sources is not None:
            field_dict["settlement_sources"] = [_v0.to_dict() for _v0 in self.settlement_sources]
        elif "settlement_sources" in self._nulls:
            field_dict["settlement_sources"] = None
        if self.competition is not None:
            field_dict["competition"] = self.competition
        elif "competition" in self._nulls:
            field_dict["competition"] = None
        if self.competition_scope is not None:
            field_dict["competition_scope"] = self.competition_scope
        elif "competition_scope" in self._nulls:
            field_dict["competition_scope"] = None
        if self.featured_image_url is not None:
            field_dict["featured_image_url"] = self.featured_image_url
        elif "featured_image_url" in self._nulls:
            field_dict["featured_image_url"] = None
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
            image_url = d["image_url"]
            market_details = d["market_details"]
            settlement_sources = d["settlement_sources"]
            competition = d["competition"]
            competition_scope = d["competition_scope"]
            featured_image_url = d["featured_image_url"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if image_url.__class__ is not str:
            if image_url is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if market_details.__class__ is list:
            for _item in market_details:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif market_details is None:
            market_details = []
        else:
            return cls._read_tolerant(src_dict)
        if settlement_sources.__class__ is list:
            for _item in settlement_sources:
                if _item.__class__ is not dict:
                    return cls._read_tolerant(src_dict)
        elif settlement_sources is None:
            settlement_sources = []
        else:
            return cls._read_tolerant(src_dict)
        if competition.__class__ is not str:
            if competition is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if competition_scope.__class__ is not str:
            if competition_scope is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if featured_image_url.__class__ is not str:
            if featured_image_url is not None:
                return cls._read_tolerant(src_dict)
            _null |= 32
        get_event_metadata_response = cls.__new__(cls)
        get_event_metadata_response.image_url = image_url
        get_event_metadata_response._raw_market_details = market_details
        get_event_metadata_response._raw_settlement_sources = settlement_sources
        get_event_metadata_response.competition = competition
        get_event_metadata_response.competition_scope = competition_scope
        get_event_metadata_response.featured_image_url = featured_image_url
        get_event_metadata_response.additional_properties = (
            {} if len(d) == 6 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        get_event_metadata_response._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return get_event_metadata_response

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
        image_url = _pop("image_url", MISSING)
        if image_url.__class__ is not str:
            image_url = unread(image_url, "image_url", d, _marks)
        market_details = _pop("market_details", MISSING)
        if market_details.__class__ is list:
            _read: list[Any] = []
            for _item in market_details:
                if _item.__class__ is dict:
                    _read.append(MarketMetadata.from_dict(_item))
                else:
                    d["market_details"] = market_details
            market_details = _read
        elif market_details is None:
            market_details = []
        else:
            market_details = unread(market_details, "market_details", d, _marks)
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
        competition = _pop("competition", MISSING)
        if competition.__class__ is not str:
            competition = unread(competition, "competition", d, _marks)
        competition_scope = _pop("competition_scope", MISSING)
        if competition_scope.__class__ is not str:
            competition_scope = unread(competition_scope, "competition_scope", d, _marks)
        featured_image_url = _pop("featured_image_url", MISSING)
        if featured_image_url.__class__ is not str:
            featured_image_url = unread(featured_image_url, "featured_image_url", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        get_event_metadata_response = cls.__new__(cls)
        get_event_metadata_response.image_url = image_url
        get_event_metadata_response.market_details = market_details
        get_event_metadata_response.settlement_sources = settlement_sources
        get_event_metadata_response.competition = competition
        get_event_metadata_response.competition_scope = competition_scope
        get_event_metadata_response.featured_image_url = featured_image_url
        get_event_metadata_response.additional_properties = d
        get_event_metadata_response._nulls = _marks
        return get_event_metadata_response

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
from ..models.market_metadata import MarketMetadata  # noqa: E402
from ..models.settlement_source import SettlementSource  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    GetEventMetadataResponse,
    times={},
    models={},
    lists={
        "market_details": MarketMetadata.from_dict,
        "settlement_sources": SettlementSource.from_dict,
    },
)
