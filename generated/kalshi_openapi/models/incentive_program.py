from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incentive_program_incentive_type import (
    IncentiveProgramIncentiveType,
    check_incentive_program_incentive_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncentiveProgram")


@_attrs_define
class IncentiveProgram:
    """
    Attributes:
        end_date (datetime.datetime):
        id (str):
        incentive_description (str):
        incentive_type (IncentiveProgramIncentiveType):
        market_id (str):
        market_ticker (str):
        paid_out (bool):
        period_reward (int):
        start_date (datetime.datetime):
        discount_factor_bps (int | None | Unset):
        max_reward_per_account (int | None | Unset):
        target_size_fp (str | Unset):
    """

    end_date: datetime.datetime
    id: str
    incentive_description: str
    incentive_type: IncentiveProgramIncentiveType
    market_id: str
    market_ticker: str
    paid_out: bool
    period_reward: int
    start_date: datetime.datetime
    discount_factor_bps: int | Unset | None = UNSET
    max_reward_per_account: int | Unset | None = UNSET
    target_size_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_date = self.end_date.isoformat()

        id = self.id

        incentive_description = self.incentive_description

        incentive_type: str = self.incentive_type

        market_id = self.market_id

        market_ticker = self.market_ticker

        paid_out = self.paid_out

        period_reward = self.period_reward

        start_date = self.start_date.isoformat()

        discount_factor_bps: int | Unset | None
        if isinstance(self.discount_factor_bps, Unset):
            discount_factor_bps = UNSET
        else:
            discount_factor_bps = self.discount_factor_bps

        max_reward_per_account: int | Unset | None
        if isinstance(self.max_reward_per_account, Unset):
            max_reward_per_account = UNSET
        else:
            max_reward_per_account = self.max_reward_per_account

        target_size_fp = self.target_size_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_date": end_date,
                "id": id,
                "incentive_description": incentive_description,
                "incentive_type": incentive_type,
                "market_id": market_id,
                "market_ticker": market_ticker,
                "paid_out": paid_out,
                "period_reward": period_reward,
                "start_date": start_date,
            }
        )
        if discount_factor_bps is not UNSET:
            field_dict["discount_factor_bps"] = discount_factor_bps
        if max_reward_per_account is not UNSET:
            field_dict["max_reward_per_account"] = max_reward_per_account
        if target_size_fp is not UNSET:
            field_dict["target_size_fp"] = target_size_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_date = datetime.datetime.fromisoformat(d.pop("end_date"))

        id = d.pop("id")

        incentive_description = d.pop("incentive_description")

        incentive_type = check_incentive_program_incentive_type(d.pop("incentive_type"))

        market_id = d.pop("market_id")

        market_ticker = d.pop("market_ticker")

        paid_out = d.pop("paid_out")

        period_reward = d.pop("period_reward")

        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

        def _parse_discount_factor_bps(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        discount_factor_bps = _parse_discount_factor_bps(d.pop("discount_factor_bps", UNSET))

        def _parse_max_reward_per_account(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_reward_per_account = _parse_max_reward_per_account(
            d.pop("max_reward_per_account", UNSET)
        )

        target_size_fp = d.pop("target_size_fp", UNSET)

        incentive_program = cls(
            end_date=end_date,
            id=id,
            incentive_description=incentive_description,
            incentive_type=incentive_type,
            market_id=market_id,
            market_ticker=market_ticker,
            paid_out=paid_out,
            period_reward=period_reward,
            start_date=start_date,
            discount_factor_bps=discount_factor_bps,
            max_reward_per_account=max_reward_per_account,
            target_size_fp=target_size_fp,
        )

        incentive_program.additional_properties = d
        return incentive_program

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
