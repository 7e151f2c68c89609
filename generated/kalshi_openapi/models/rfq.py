from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rfq_status import RFQStatus, check_rfq_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mve_selected_leg import MveSelectedLeg


T = TypeVar("T", bound="RFQ")


@_attrs_define
class RFQ:
    """
    Attributes:
        contracts_fp (str):
        created_ts (datetime.datetime):
        creator_id (str):
        id (str):
        market_ticker (str):
        status (RFQStatus):
        cancellation_reason (str | Unset):
        cancelled_ts (datetime.datetime | Unset):
        creator_subaccount (int | Unset):
        creator_user_id (str | Unset):
        mve_collection_ticker (str | Unset):
        mve_selected_legs (list[MveSelectedLeg] | Unset):
        rest_remainder (bool | Unset):
        target_cost_dollars (str | Unset):
        updated_ts (datetime.datetime | Unset):
    """

    contracts_fp: str
    created_ts: datetime.datetime
    creator_id: str
    id: str
    market_ticker: str
    status: RFQStatus
    cancellation_reason: str | Unset = UNSET
    cancelled_ts: datetime.datetime | Unset = UNSET
    creator_subaccount: int | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    mve_collection_ticker: str | Unset = UNSET
    mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    target_cost_dollars: str | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contracts_fp = self.contracts_fp

        created_ts = self.created_ts.isoformat()

        creator_id = self.creator_id

        id = self.id

        market_ticker = self.market_ticker

        status: str = self.status

        cancellation_reason = self.cancellation_reason

        cancelled_ts: str | Unset = UNSET
        if not isinstance(self.cancelled_ts, Unset):
            cancelled_ts = self.cancelled_ts.isoformat()

        creator_subaccount = self.creator_subaccount

        creator_user_id = self.creator_user_id

        mve_collection_ticker = self.mve_collection_ticker

        mve_selected_legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mve_selected_legs, Unset):
            mve_selected_legs = []
            for mve_selected_legs_item_data in self.mve_selected_legs:
                mve_selected_legs_item = mve_selected_legs_item_data.to_dict()
                mve_selected_legs.append(mve_selected_legs_item)

        rest_remainder = self.rest_remainder

        target_cost_dollars = self.target_cost_dollars

        updated_ts: str | Unset = UNSET
        if not isinstance(self.updated_ts, Unset):
            updated_ts = self.updated_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contracts_fp": contracts_fp,
                "created_ts": created_ts,
                "creator_id": creator_id,
                "id": id,
                "market_ticker": market_ticker,
                "status": status,
            }
        )
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if cancelled_ts is not UNSET:
            field_dict["cancelled_ts"] = cancelled_ts
        if creator_subaccount is not UNSET:
            field_dict["creator_subaccount"] = creator_subaccount
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        if mve_selected_legs is not UNSET:
            field_dict["mve_selected_legs"] = mve_selected_legs
        if rest_remainder is not UNSET:
            field_dict["rest_remainder"] = rest_remainder
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mve_selected_leg import MveSelectedLeg

        d = dict(src_dict)
        contracts_fp = d.pop("contracts_fp")

        created_ts = datetime.datetime.fromisoformat(d.pop("created_ts"))

        creator_id = d.pop("creator_id")

        id = d.pop("id")

        market_ticker = d.pop("market_ticker")

        status = check_rfq_status(d.pop("status"))

        cancellation_reason = d.pop("cancellation_reason", UNSET)

        _cancelled_ts = d.pop("cancelled_ts", UNSET)
        cancelled_ts: datetime.datetime | Unset
        if isinstance(_cancelled_ts, Unset):
            cancelled_ts = UNSET
        else:
            cancelled_ts = datetime.datetime.fromisoformat(_cancelled_ts)

        creator_subaccount = d.pop("creator_subaccount", UNSET)

        creator_user_id = d.pop("creator_user_id", UNSET)

        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)

        _mve_selected_legs = d.pop("mve_selected_legs", UNSET)
        mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
        if _mve_selected_legs is not UNSET:
            mve_selected_legs = []
            for mve_selected_legs_item_data in _mve_selected_legs:
                mve_selected_legs_item = MveSelectedLeg.from_dict(mve_selected_legs_item_data)

                mve_selected_legs.append(mve_selected_legs_item)

        rest_remainder = d.pop("rest_remainder", UNSET)

        target_cost_dollars = d.pop("target_cost_dollars", UNSET)

        _updated_ts = d.pop("updated_ts", UNSET)
        updated_ts: datetime.datetime | Unset
        if isinstance(_updated_ts, Unset):
            updated_ts = UNSET
        else:
            updated_ts = datetime.datetime.fromisoformat(_updated_ts)

        rfq = cls(
            contracts_fp=contracts_fp,
            created_ts=created_ts,
            creator_id=creator_id,
            id=id,
            market_ticker=market_ticker,
            status=status,
            cancellation_reason=cancellation_reason,
            cancelled_ts=cancelled_ts,
            creator_subaccount=creator_subaccount,
            creator_user_id=creator_user_id,
            mve_collection_ticker=mve_collection_ticker,
            mve_selected_legs=mve_selected_legs,
            rest_remainder=rest_remainder,
            target_cost_dollars=target_cost_dollars,
            updated_ts=updated_ts,
        )

        rfq.additional_properties = d
        return rfq

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
