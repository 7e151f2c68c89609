from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_subaccount_position_transfer_request_side import (
    ApplySubaccountPositionTransferRequestSide,
    check_apply_subaccount_position_transfer_request_side,
)

T = TypeVar("T", bound="ApplySubaccountPositionTransferRequest")


@_attrs_define
class ApplySubaccountPositionTransferRequest:
    """
    Attributes:
        client_transfer_id (UUID):
        count (int | None):
        from_subaccount (int | None):
        market_ticker (str):
        price (str):
        side (ApplySubaccountPositionTransferRequestSide):
        to_subaccount (int | None):
    """

    client_transfer_id: UUID
    count: int | None
    from_subaccount: int | None
    market_ticker: str
    price: str
    side: ApplySubaccountPositionTransferRequestSide
    to_subaccount: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_transfer_id = str(self.client_transfer_id)

        count: int | None
        count = self.count

        from_subaccount: int | None
        from_subaccount = self.from_subaccount

        market_ticker = self.market_ticker

        price = self.price

        side: str = self.side

        to_subaccount: int | None
        to_subaccount = self.to_subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_transfer_id": client_transfer_id,
                "count": count,
                "from_subaccount": from_subaccount,
                "market_ticker": market_ticker,
                "price": price,
                "side": side,
                "to_subaccount": to_subaccount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_transfer_id = UUID(d.pop("client_transfer_id"))

        def _parse_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        count = _parse_count(d.pop("count"))

        def _parse_from_subaccount(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        from_subaccount = _parse_from_subaccount(d.pop("from_subaccount"))

        market_ticker = d.pop("market_ticker")

        price = d.pop("price")

        side = check_apply_subaccount_position_transfer_request_side(d.pop("side"))

        def _parse_to_subaccount(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        to_subaccount = _parse_to_subaccount(d.pop("to_subaccount"))

        apply_subaccount_position_transfer_request = cls(
            client_transfer_id=client_transfer_id,
            count=count,
            from_subaccount=from_subaccount,
            market_ticker=market_ticker,
            price=price,
            side=side,
            to_subaccount=to_subaccount,
        )

        apply_subaccount_position_transfer_request.additional_properties = d
        return apply_subaccount_position_transfer_request

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
