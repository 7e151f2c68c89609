from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, Unset, unread_request

T = TypeVar("T", bound="LookupTickersForMarketInMultivariateEventCollectionRequest")


@_attrs_define
class LookupTickersForMarketInMultivariateEventCollectionRequest:
    """The `LookupTickersForMarketInMultivariateEventCollectionRequest` object of a request body.

    Attributes:
        selected_markets (list[TickerPair] | None)
    """

    selected_markets: list[TickerPair] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.selected_markets is None:
            if "selected_markets" not in self._absent:
                field_dict["selected_markets"] = None
        elif not isinstance(self.selected_markets, Unset):
            field_dict["selected_markets"] = [_v0.to_dict() for _v0 in self.selected_markets]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Any) -> T:
        """Read the model from a decoded JSON object; never raises (rules: openapi/README.md of kalshi-trade)."""
        d: dict[str, Any]
        if src_dict.__class__ is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            d = {}
        _marks: list[str] = []
        _pop = d.pop
        selected_markets = _pop("selected_markets", MISSING)
        if selected_markets.__class__ is list:
            _read: list[Any] = []
            for _item in selected_markets:
                if _item.__class__ is dict:
                    _read.append(TickerPair.from_dict(_item))
                else:
                    d["selected_markets"] = selected_markets
            selected_markets = _read
        elif selected_markets is None:
            selected_markets = []
        else:
            selected_markets = unread_request(selected_markets, "selected_markets", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        lookup_tickers_for_market_in_multivariate_event_collection_request = cls.__new__(cls)
        lookup_tickers_for_market_in_multivariate_event_collection_request.selected_markets = (
            selected_markets
        )
        lookup_tickers_for_market_in_multivariate_event_collection_request.additional_properties = d
        lookup_tickers_for_market_in_multivariate_event_collection_request._absent = _marks
        return lookup_tickers_for_market_in_multivariate_event_collection_request

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
from ..models.ticker_pair import TickerPair  # noqa: E402
