from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, unread_request

T = TypeVar("T", bound="CreateRFQRequest")


@_attrs_define
class CreateRFQRequest:
    """The `CreateRFQRequest` object of a request body.

    Attributes:
        market_ticker (str | None)
        rest_remainder (bool | None)
        contracts (int | None | Unset)
        contracts_fp (str | None | Unset)
        obscure_creator_id (bool | None | Unset)
        replace_existing (bool | None | Unset)
        subaccount (int | None | Unset)
        subtrader_id (str | None | Unset)
        target_cost_centi_cents (int | None | Unset)
        target_cost_dollars (str | None | Unset)
        target_cost_excludes_fees (bool | None | Unset)
    """

    market_ticker: str | None
    rest_remainder: bool | None
    contracts: int | Unset | None = UNSET
    contracts_fp: str | Unset | None = UNSET
    obscure_creator_id: bool | Unset | None = False
    replace_existing: bool | Unset | None = False
    subaccount: int | Unset | None = UNSET
    subtrader_id: str | Unset | None = UNSET
    target_cost_centi_cents: int | Unset | None = UNSET
    target_cost_dollars: str | Unset | None = UNSET
    target_cost_excludes_fees: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields left UNSET are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.market_ticker is None:
            if "market_ticker" not in self._absent:
                field_dict["market_ticker"] = None
        elif not isinstance(self.market_ticker, Unset):
            field_dict["market_ticker"] = self.market_ticker
        if self.rest_remainder is None:
            if "rest_remainder" not in self._absent:
                field_dict["rest_remainder"] = None
        elif not isinstance(self.rest_remainder, Unset):
            field_dict["rest_remainder"] = self.rest_remainder
        if self.contracts is None:
            if "contracts" not in self._absent:
                field_dict["contracts"] = None
        elif not isinstance(self.contracts, Unset):
            field_dict["contracts"] = self.contracts
        if self.contracts_fp is None:
            if "contracts_fp" not in self._absent:
                field_dict["contracts_fp"] = None
        elif not isinstance(self.contracts_fp, Unset):
            field_dict["contracts_fp"] = self.contracts_fp
        if self.obscure_creator_id is None:
            if "obscure_creator_id" not in self._absent:
                field_dict["obscure_creator_id"] = None
        elif not isinstance(self.obscure_creator_id, Unset):
            field_dict["obscure_creator_id"] = self.obscure_creator_id
        if self.replace_existing is None:
            if "replace_existing" not in self._absent:
                field_dict["replace_existing"] = None
        elif not isinstance(self.replace_existing, Unset):
            field_dict["replace_existing"] = self.replace_existing
        if self.subaccount is None:
            if "subaccount" not in self._absent:
                field_dict["subaccount"] = None
        elif not isinstance(self.subaccount, Unset):
            field_dict["subaccount"] = self.subaccount
        if self.subtrader_id is None:
            if "subtrader_id" not in self._absent:
                field_dict["subtrader_id"] = None
        elif not isinstance(self.subtrader_id, Unset):
            field_dict["subtrader_id"] = self.subtrader_id
        if self.target_cost_centi_cents is None:
            if "target_cost_centi_cents" not in self._absent:
                field_dict["target_cost_centi_cents"] = None
        elif not isinstance(self.target_cost_centi_cents, Unset):
            field_dict["target_cost_centi_cents"] = self.target_cost_centi_cents
        if self.target_cost_dollars is None:
            if "target_cost_dollars" not in self._absent:
                field_dict["target_cost_dollars"] = None
        elif not isinstance(self.target_cost_dollars, Unset):
            field_dict["target_cost_dollars"] = self.target_cost_dollars
        if self.target_cost_excludes_fees is None:
            if "target_cost_excludes_fees" not in self._absent:
                field_dict["target_cost_excludes_fees"] = None
        elif not isinstance(self.target_cost_excludes_fees, Unset):
            field_dict["target_cost_excludes_fees"] = self.target_cost_excludes_fees
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
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread_request(market_ticker, "market_ticker", d, _marks)
        rest_remainder = _pop("rest_remainder", MISSING)
        if rest_remainder.__class__ is not bool:
            rest_remainder = unread_request(rest_remainder, "rest_remainder", d, _marks)
        contracts = _pop("contracts", MISSING)
        if contracts.__class__ is not int:
            contracts = unread_request(contracts, "contracts", d, _marks)
        contracts_fp = _pop("contracts_fp", MISSING)
        if contracts_fp.__class__ is not str:
            contracts_fp = unread_request(contracts_fp, "contracts_fp", d, _marks)
        obscure_creator_id = _pop("obscure_creator_id", MISSING)
        if obscure_creator_id.__class__ is not bool:
            obscure_creator_id = unread_request(obscure_creator_id, "obscure_creator_id", d, _marks)
        replace_existing = _pop("replace_existing", MISSING)
        if replace_existing.__class__ is not bool:
            replace_existing = unread_request(replace_existing, "replace_existing", d, _marks)
        subaccount = _pop("subaccount", MISSING)
        if subaccount.__class__ is not int:
            subaccount = unread_request(subaccount, "subaccount", d, _marks)
        subtrader_id = _pop("subtrader_id", MISSING)
        if subtrader_id.__class__ is not str:
            subtrader_id = unread_request(subtrader_id, "subtrader_id", d, _marks)
        target_cost_centi_cents = _pop("target_cost_centi_cents", MISSING)
        if target_cost_centi_cents.__class__ is not int:
            target_cost_centi_cents = unread_request(
                target_cost_centi_cents, "target_cost_centi_cents", d, _marks
            )
        target_cost_dollars = _pop("target_cost_dollars", MISSING)
        if target_cost_dollars.__class__ is not str:
            target_cost_dollars = unread_request(
                target_cost_dollars, "target_cost_dollars", d, _marks
            )
        target_cost_excludes_fees = _pop("target_cost_excludes_fees", MISSING)
        if target_cost_excludes_fees.__class__ is not bool:
            target_cost_excludes_fees = unread_request(
                target_cost_excludes_fees, "target_cost_excludes_fees", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        create_rfq_request = cls.__new__(cls)
        create_rfq_request.market_ticker = market_ticker
        create_rfq_request.rest_remainder = rest_remainder
        create_rfq_request.contracts = contracts
        create_rfq_request.contracts_fp = contracts_fp
        create_rfq_request.obscure_creator_id = obscure_creator_id
        create_rfq_request.replace_existing = replace_existing
        create_rfq_request.subaccount = subaccount
        create_rfq_request.subtrader_id = subtrader_id
        create_rfq_request.target_cost_centi_cents = target_cost_centi_cents
        create_rfq_request.target_cost_dollars = target_cost_dollars
        create_rfq_request.target_cost_excludes_fees = target_cost_excludes_fees
        create_rfq_request.additional_properties = d
        create_rfq_request._absent = _marks
        return create_rfq_request

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
