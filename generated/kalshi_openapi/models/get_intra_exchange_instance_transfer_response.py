from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.intra_exchange_instance_transfer import IntraExchangeInstanceTransfer


T = TypeVar("T", bound="GetIntraExchangeInstanceTransferResponse")


@_attrs_define
class GetIntraExchangeInstanceTransferResponse:
    """
    Attributes:
        transfer (IntraExchangeInstanceTransfer):
    """

    transfer: IntraExchangeInstanceTransfer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer = self.transfer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer": transfer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intra_exchange_instance_transfer import IntraExchangeInstanceTransfer

        d = dict(src_dict)
        transfer = IntraExchangeInstanceTransfer.from_dict(d.pop("transfer"))

        get_intra_exchange_instance_transfer_response = cls(
            transfer=transfer,
        )

        get_intra_exchange_instance_transfer_response.additional_properties = d
        return get_intra_exchange_instance_transfer_response

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
