from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_accepted_side import QuoteAcceptedSide, check_quote_accepted_side
from ..models.quote_status import QuoteStatus, check_quote_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """
    Attributes:
        contracts_fp (str):
        created_ts (datetime.datetime):
        creator_id (str):
        id (str):
        market_ticker (str):
        no_bid_dollars (str):
        rfq_creator_id (str):
        rfq_id (str):
        status (QuoteStatus):
        updated_ts (datetime.datetime):
        yes_bid_dollars (str):
        accepted_side (QuoteAcceptedSide | Unset):
        accepted_ts (datetime.datetime | Unset):
        cancellation_reason (str | Unset):
        cancelled_ts (datetime.datetime | Unset):
        confirmed_ts (datetime.datetime | Unset):
        creator_order_id (str | Unset):
        creator_subaccount (int | Unset):
        creator_user_id (str | Unset):
        executed_ts (datetime.datetime | Unset):
        no_contracts_fp (str | Unset):
        post_only (bool | Unset):
        rest_remainder (bool | Unset):
        rfq_creator_order_id (str | Unset):
        rfq_creator_subaccount (int | Unset):
        rfq_creator_user_id (str | Unset):
        rfq_target_cost_dollars (str | Unset):
        yes_contracts_fp (str | Unset):
    """

    contracts_fp: str
    created_ts: datetime.datetime
    creator_id: str
    id: str
    market_ticker: str
    no_bid_dollars: str
    rfq_creator_id: str
    rfq_id: str
    status: QuoteStatus
    updated_ts: datetime.datetime
    yes_bid_dollars: str
    accepted_side: QuoteAcceptedSide | Unset = UNSET
    accepted_ts: datetime.datetime | Unset = UNSET
    cancellation_reason: str | Unset = UNSET
    cancelled_ts: datetime.datetime | Unset = UNSET
    confirmed_ts: datetime.datetime | Unset = UNSET
    creator_order_id: str | Unset = UNSET
    creator_subaccount: int | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    no_contracts_fp: str | Unset = UNSET
    post_only: bool | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    rfq_creator_order_id: str | Unset = UNSET
    rfq_creator_subaccount: int | Unset = UNSET
    rfq_creator_user_id: str | Unset = UNSET
    rfq_target_cost_dollars: str | Unset = UNSET
    yes_contracts_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contracts_fp = self.contracts_fp

        created_ts = self.created_ts.isoformat()

        creator_id = self.creator_id

        id = self.id

        market_ticker = self.market_ticker

        no_bid_dollars = self.no_bid_dollars

        rfq_creator_id = self.rfq_creator_id

        rfq_id = self.rfq_id

        status: str = self.status

        updated_ts = self.updated_ts.isoformat()

        yes_bid_dollars = self.yes_bid_dollars

        accepted_side: str | Unset = UNSET
        if not isinstance(self.accepted_side, Unset):
            accepted_side = self.accepted_side

        accepted_ts: str | Unset = UNSET
        if not isinstance(self.accepted_ts, Unset):
            accepted_ts = self.accepted_ts.isoformat()

        cancellation_reason = self.cancellation_reason

        cancelled_ts: str | Unset = UNSET
        if not isinstance(self.cancelled_ts, Unset):
            cancelled_ts = self.cancelled_ts.isoformat()

        confirmed_ts: str | Unset = UNSET
        if not isinstance(self.confirmed_ts, Unset):
            confirmed_ts = self.confirmed_ts.isoformat()

        creator_order_id = self.creator_order_id

        creator_subaccount = self.creator_subaccount

        creator_user_id = self.creator_user_id

        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()

        no_contracts_fp = self.no_contracts_fp

        post_only = self.post_only

        rest_remainder = self.rest_remainder

        rfq_creator_order_id = self.rfq_creator_order_id

        rfq_creator_subaccount = self.rfq_creator_subaccount

        rfq_creator_user_id = self.rfq_creator_user_id

        rfq_target_cost_dollars = self.rfq_target_cost_dollars

        yes_contracts_fp = self.yes_contracts_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contracts_fp": contracts_fp,
                "created_ts": created_ts,
                "creator_id": creator_id,
                "id": id,
                "market_ticker": market_ticker,
                "no_bid_dollars": no_bid_dollars,
                "rfq_creator_id": rfq_creator_id,
                "rfq_id": rfq_id,
                "status": status,
                "updated_ts": updated_ts,
                "yes_bid_dollars": yes_bid_dollars,
            }
        )
        if accepted_side is not UNSET:
            field_dict["accepted_side"] = accepted_side
        if accepted_ts is not UNSET:
            field_dict["accepted_ts"] = accepted_ts
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if cancelled_ts is not UNSET:
            field_dict["cancelled_ts"] = cancelled_ts
        if confirmed_ts is not UNSET:
            field_dict["confirmed_ts"] = confirmed_ts
        if creator_order_id is not UNSET:
            field_dict["creator_order_id"] = creator_order_id
        if creator_subaccount is not UNSET:
            field_dict["creator_subaccount"] = creator_subaccount
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
        if no_contracts_fp is not UNSET:
            field_dict["no_contracts_fp"] = no_contracts_fp
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if rest_remainder is not UNSET:
            field_dict["rest_remainder"] = rest_remainder
        if rfq_creator_order_id is not UNSET:
            field_dict["rfq_creator_order_id"] = rfq_creator_order_id
        if rfq_creator_subaccount is not UNSET:
            field_dict["rfq_creator_subaccount"] = rfq_creator_subaccount
        if rfq_creator_user_id is not UNSET:
            field_dict["rfq_creator_user_id"] = rfq_creator_user_id
        if rfq_target_cost_dollars is not UNSET:
            field_dict["rfq_target_cost_dollars"] = rfq_target_cost_dollars
        if yes_contracts_fp is not UNSET:
            field_dict["yes_contracts_fp"] = yes_contracts_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contracts_fp = d.pop("contracts_fp")

        created_ts = datetime.datetime.fromisoformat(d.pop("created_ts"))

        creator_id = d.pop("creator_id")

        id = d.pop("id")

        market_ticker = d.pop("market_ticker")

        no_bid_dollars = d.pop("no_bid_dollars")

        rfq_creator_id = d.pop("rfq_creator_id")

        rfq_id = d.pop("rfq_id")

        status = check_quote_status(d.pop("status"))

        updated_ts = datetime.datetime.fromisoformat(d.pop("updated_ts"))

        yes_bid_dollars = d.pop("yes_bid_dollars")

        _accepted_side = d.pop("accepted_side", UNSET)
        accepted_side: QuoteAcceptedSide | Unset
        if isinstance(_accepted_side, Unset):
            accepted_side = UNSET
        else:
            accepted_side = check_quote_accepted_side(_accepted_side)

        _accepted_ts = d.pop("accepted_ts", UNSET)
        accepted_ts: datetime.datetime | Unset
        if isinstance(_accepted_ts, Unset):
            accepted_ts = UNSET
        else:
            accepted_ts = datetime.datetime.fromisoformat(_accepted_ts)

        cancellation_reason = d.pop("cancellation_reason", UNSET)

        _cancelled_ts = d.pop("cancelled_ts", UNSET)
        cancelled_ts: datetime.datetime | Unset
        if isinstance(_cancelled_ts, Unset):
            cancelled_ts = UNSET
        else:
            cancelled_ts = datetime.datetime.fromisoformat(_cancelled_ts)

        _confirmed_ts = d.pop("confirmed_ts", UNSET)
        confirmed_ts: datetime.datetime | Unset
        if isinstance(_confirmed_ts, Unset):
            confirmed_ts = UNSET
        else:
            confirmed_ts = datetime.datetime.fromisoformat(_confirmed_ts)

        creator_order_id = d.pop("creator_order_id", UNSET)

        creator_subaccount = d.pop("creator_subaccount", UNSET)

        creator_user_id = d.pop("creator_user_id", UNSET)

        _executed_ts = d.pop("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = datetime.datetime.fromisoformat(_executed_ts)

        no_contracts_fp = d.pop("no_contracts_fp", UNSET)

        post_only = d.pop("post_only", UNSET)

        rest_remainder = d.pop("rest_remainder", UNSET)

        rfq_creator_order_id = d.pop("rfq_creator_order_id", UNSET)

        rfq_creator_subaccount = d.pop("rfq_creator_subaccount", UNSET)

        rfq_creator_user_id = d.pop("rfq_creator_user_id", UNSET)

        rfq_target_cost_dollars = d.pop("rfq_target_cost_dollars", UNSET)

        yes_contracts_fp = d.pop("yes_contracts_fp", UNSET)

        quote = cls(
            contracts_fp=contracts_fp,
            created_ts=created_ts,
            creator_id=creator_id,
            id=id,
            market_ticker=market_ticker,
            no_bid_dollars=no_bid_dollars,
            rfq_creator_id=rfq_creator_id,
            rfq_id=rfq_id,
            status=status,
            updated_ts=updated_ts,
            yes_bid_dollars=yes_bid_dollars,
            accepted_side=accepted_side,
            accepted_ts=accepted_ts,
            cancellation_reason=cancellation_reason,
            cancelled_ts=cancelled_ts,
            confirmed_ts=confirmed_ts,
            creator_order_id=creator_order_id,
            creator_subaccount=creator_subaccount,
            creator_user_id=creator_user_id,
            executed_ts=executed_ts,
            no_contracts_fp=no_contracts_fp,
            post_only=post_only,
            rest_remainder=rest_remainder,
            rfq_creator_order_id=rfq_creator_order_id,
            rfq_creator_subaccount=rfq_creator_subaccount,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_target_cost_dollars=rfq_target_cost_dollars,
            yes_contracts_fp=yes_contracts_fp,
        )

        quote.additional_properties = d
        return quote

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
