from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateQuoteRequest")


@_attrs_define
class CreateQuoteRequest:
    """
    Attributes:
        no_bid (str):
        rest_remainder (bool):
        rfq_id (str):
        yes_bid (str):
        post_only (bool | Unset):
        subaccount (int | Unset):
    """

    no_bid: str
    rest_remainder: bool
    rfq_id: str
    yes_bid: str
    post_only: bool | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        no_bid = self.no_bid

        rest_remainder = self.rest_remainder

        rfq_id = self.rfq_id

        yes_bid = self.yes_bid

        post_only = self.post_only

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "no_bid": no_bid,
                "rest_remainder": rest_remainder,
                "rfq_id": rfq_id,
                "yes_bid": yes_bid,
            }
        )
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        no_bid = d.pop("no_bid")

        rest_remainder = d.pop("rest_remainder")

        rfq_id = d.pop("rfq_id")

        yes_bid = d.pop("yes_bid")

        post_only = d.pop("post_only", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        create_quote_request = cls(
            no_bid=no_bid,
            rest_remainder=rest_remainder,
            rfq_id=rfq_id,
            yes_bid=yes_bid,
            post_only=post_only,
            subaccount=subaccount,
        )

        create_quote_request.additional_properties = d
        return create_quote_request

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
