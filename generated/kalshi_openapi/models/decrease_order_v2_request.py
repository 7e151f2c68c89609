from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="DecreaseOrderV2Request")


@_attrs_define
class DecreaseOrderV2Request:
    """The `DecreaseOrderV2Request` object of a request body.

    Attributes:
        exchange_index (int | None | Unset)
        market_ticker (str | None | Unset)
        reduce_by (str | None | Unset)
        reduce_to (str | None | Unset)
    """

    exchange_index: int | Unset | None = UNSET
    market_ticker: str | Unset | None = UNSET
    reduce_by: str | Unset | None = UNSET
    reduce_to: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.exchange_index is None:
            if "exchange_index" not in self._absent:
                field_dict["exchange_index"] = None
        elif not isinstance(self.exchange_index, Unset):
            field_dict["exchange_index"] = self.exchange_index
        if self.market_ticker is None:
            if "market_ticker" not in self._absent:
                field_dict["market_ticker"] = None
        elif not isinstance(self.market_ticker, Unset):
            field_dict["market_ticker"] = self.market_ticker
        if self.reduce_by is None:
            if "reduce_by" not in self._absent:
                field_dict["reduce_by"] = None
        elif not isinstance(self.reduce_by, Unset):
            field_dict["reduce_by"] = self.reduce_by
        if self.reduce_to is None:
            if "reduce_to" not in self._absent:
                field_dict["reduce_to"] = None
        elif not isinstance(self.reduce_to, Unset):
            field_dict["reduce_to"] = self.reduce_to
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
        exchange_index = _pop("exchange_index", MISSING)
        if exchange_index.__class__ is not int:
            exchange_index = unread_request(exchange_index, "exchange_index", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread_request(market_ticker, "market_ticker", d, _marks)
        reduce_by = _pop("reduce_by", MISSING)
        if reduce_by.__class__ is not str:
            reduce_by = unread_request(reduce_by, "reduce_by", d, _marks)
        reduce_to = _pop("reduce_to", MISSING)
        if reduce_to.__class__ is not str:
            reduce_to = unread_request(reduce_to, "reduce_to", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        decrease_order_v2_request = cls.__new__(cls)
        decrease_order_v2_request.exchange_index = exchange_index
        decrease_order_v2_request.market_ticker = market_ticker
        decrease_order_v2_request.reduce_by = reduce_by
        decrease_order_v2_request.reduce_to = reduce_to
        decrease_order_v2_request.additional_properties = d
        decrease_order_v2_request._absent = _marks
        return decrease_order_v2_request

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
