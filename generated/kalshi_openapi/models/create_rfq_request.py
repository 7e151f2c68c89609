from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRFQRequest")


@_attrs_define
class CreateRFQRequest:
    """
    Attributes:
        market_ticker (str):
        rest_remainder (bool):
        contracts (int | Unset):
        contracts_fp (str | Unset):
        replace_existing (bool | Unset):  Default: False.
        subaccount (int | Unset):
        subtrader_id (str | Unset):
        target_cost_centi_cents (int | Unset):
        target_cost_dollars (str | Unset):
    """

    market_ticker: str
    rest_remainder: bool
    contracts: int | Unset = UNSET
    contracts_fp: str | Unset = UNSET
    replace_existing: bool | Unset = False
    subaccount: int | Unset = UNSET
    subtrader_id: str | Unset = UNSET
    target_cost_centi_cents: int | Unset = UNSET
    target_cost_dollars: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        rest_remainder = self.rest_remainder

        contracts = self.contracts

        contracts_fp = self.contracts_fp

        replace_existing = self.replace_existing

        subaccount = self.subaccount

        subtrader_id = self.subtrader_id

        target_cost_centi_cents = self.target_cost_centi_cents

        target_cost_dollars = self.target_cost_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_ticker": market_ticker,
                "rest_remainder": rest_remainder,
            }
        )
        if contracts is not UNSET:
            field_dict["contracts"] = contracts
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if replace_existing is not UNSET:
            field_dict["replace_existing"] = replace_existing
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if target_cost_centi_cents is not UNSET:
            field_dict["target_cost_centi_cents"] = target_cost_centi_cents
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker")

        rest_remainder = d.pop("rest_remainder")

        contracts = d.pop("contracts", UNSET)

        contracts_fp = d.pop("contracts_fp", UNSET)

        replace_existing = d.pop("replace_existing", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        subtrader_id = d.pop("subtrader_id", UNSET)

        target_cost_centi_cents = d.pop("target_cost_centi_cents", UNSET)

        target_cost_dollars = d.pop("target_cost_dollars", UNSET)

        create_rfq_request = cls(
            market_ticker=market_ticker,
            rest_remainder=rest_remainder,
            contracts=contracts,
            contracts_fp=contracts_fp,
            replace_existing=replace_existing,
            subaccount=subaccount,
            subtrader_id=subtrader_id,
            target_cost_centi_cents=target_cost_centi_cents,
            target_cost_dollars=target_cost_dollars,
        )

        create_rfq_request.additional_properties = d
        return create_rfq_request

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
