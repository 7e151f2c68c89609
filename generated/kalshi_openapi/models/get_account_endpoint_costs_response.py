from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.endpoint_token_cost import EndpointTokenCost


T = TypeVar("T", bound="GetAccountEndpointCostsResponse")


@_attrs_define
class GetAccountEndpointCostsResponse:
    """
    Attributes:
        default_cost (int):
        endpoint_costs (list[EndpointTokenCost]):
    """

    default_cost: int
    endpoint_costs: list[EndpointTokenCost]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_cost = self.default_cost

        endpoint_costs = []
        for endpoint_costs_item_data in self.endpoint_costs:
            endpoint_costs_item = endpoint_costs_item_data.to_dict()
            endpoint_costs.append(endpoint_costs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_cost": default_cost,
                "endpoint_costs": endpoint_costs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_token_cost import EndpointTokenCost

        d = dict(src_dict)
        default_cost = d.pop("default_cost")

        endpoint_costs = []
        _endpoint_costs = d.pop("endpoint_costs")
        for endpoint_costs_item_data in _endpoint_costs:
            endpoint_costs_item = EndpointTokenCost.from_dict(endpoint_costs_item_data)

            endpoint_costs.append(endpoint_costs_item)

        get_account_endpoint_costs_response = cls(
            default_cost=default_cost,
            endpoint_costs=endpoint_costs,
        )

        get_account_endpoint_costs_response.additional_properties = d
        return get_account_endpoint_costs_response

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
