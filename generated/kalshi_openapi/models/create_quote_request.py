from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="CreateQuoteRequest")


@_attrs_define
class CreateQuoteRequest:
    """The `CreateQuoteRequest` object of a request body.

    Attributes:
        no_bid (str | None)
        rest_remainder (bool | None)
        rfq_id (str | None)
        yes_bid (str | None)
        post_only (bool | None | Unset)
        subaccount (int | None | Unset)
    """

    no_bid: str | None
    rest_remainder: bool | None
    rfq_id: str | None
    yes_bid: str | None
    post_only: bool | Unset | None = UNSET
    subaccount: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.no_bid is None:
            if "no_bid" not in self._absent:
                field_dict["no_bid"] = None
        elif not isinstance(self.no_bid, Unset):
            field_dict["no_bid"] = self.no_bid
        if self.rest_remainder is None:
            if "rest_remainder" not in self._absent:
                field_dict["rest_remainder"] = None
        elif not isinstance(self.rest_remainder, Unset):
            field_dict["rest_remainder"] = self.rest_remainder
        if self.rfq_id is None:
            if "rfq_id" not in self._absent:
                field_dict["rfq_id"] = None
        elif not isinstance(self.rfq_id, Unset):
            field_dict["rfq_id"] = self.rfq_id
        if self.yes_bid is None:
            if "yes_bid" not in self._absent:
                field_dict["yes_bid"] = None
        elif not isinstance(self.yes_bid, Unset):
            field_dict["yes_bid"] = self.yes_bid
        if self.post_only is None:
            if "post_only" not in self._absent:
                field_dict["post_only"] = None
        elif not isinstance(self.post_only, Unset):
            field_dict["post_only"] = self.post_only
        if self.subaccount is None:
            if "subaccount" not in self._absent:
                field_dict["subaccount"] = None
        elif not isinstance(self.subaccount, Unset):
            field_dict["subaccount"] = self.subaccount
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
        no_bid = _pop("no_bid", MISSING)
        if no_bid.__class__ is not str:
            no_bid = unread_request(no_bid, "no_bid", d, _marks)
        rest_remainder = _pop("rest_remainder", MISSING)
        if rest_remainder.__class__ is not bool:
            rest_remainder = unread_request(rest_remainder, "rest_remainder", d, _marks)
        rfq_id = _pop("rfq_id", MISSING)
        if rfq_id.__class__ is not str:
            rfq_id = unread_request(rfq_id, "rfq_id", d, _marks)
        yes_bid = _pop("yes_bid", MISSING)
        if yes_bid.__class__ is not str:
            yes_bid = unread_request(yes_bid, "yes_bid", d, _marks)
        post_only = _pop("post_only", MISSING)
        if post_only.__class__ is not bool:
            post_only = unread_request(post_only, "post_only", d, _marks)
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread_request(subaccount, "subaccount", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        create_quote_request = cls.__new__(cls)
        create_quote_request.no_bid = no_bid
        create_quote_request.rest_remainder = rest_remainder
        create_quote_request.rfq_id = rfq_id
        create_quote_request.yes_bid = yes_bid
        create_quote_request.post_only = post_only
        create_quote_request.subaccount = subaccount
        create_quote_request.additional_properties = d
        create_quote_request._absent = _marks
        return create_quote_request

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
