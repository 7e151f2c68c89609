from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exchange_index_status import ExchangeIndexStatus


T = TypeVar("T", bound="ExchangeStatus")


@_attrs_define
class ExchangeStatus:
    """
    Attributes:
        exchange_active (bool):
        trading_active (bool):
        exchange_estimated_resume_time (datetime.datetime | None | Unset):
        exchange_index_statuses (list[ExchangeIndexStatus] | Unset):
        intra_exchange_transfers_active (bool | Unset):
    """

    exchange_active: bool
    trading_active: bool
    exchange_estimated_resume_time: datetime.datetime | Unset | None = UNSET
    exchange_index_statuses: list[ExchangeIndexStatus] | Unset = UNSET
    intra_exchange_transfers_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_active = self.exchange_active

        trading_active = self.trading_active

        exchange_estimated_resume_time: str | Unset | None
        if isinstance(self.exchange_estimated_resume_time, Unset):
            exchange_estimated_resume_time = UNSET
        elif isinstance(self.exchange_estimated_resume_time, datetime.datetime):
            exchange_estimated_resume_time = self.exchange_estimated_resume_time.isoformat()
        else:
            exchange_estimated_resume_time = self.exchange_estimated_resume_time

        exchange_index_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exchange_index_statuses, Unset):
            exchange_index_statuses = []
            for exchange_index_statuses_item_data in self.exchange_index_statuses:
                exchange_index_statuses_item = exchange_index_statuses_item_data.to_dict()
                exchange_index_statuses.append(exchange_index_statuses_item)

        intra_exchange_transfers_active = self.intra_exchange_transfers_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange_active": exchange_active,
                "trading_active": trading_active,
            }
        )
        if exchange_estimated_resume_time is not UNSET:
            field_dict["exchange_estimated_resume_time"] = exchange_estimated_resume_time
        if exchange_index_statuses is not UNSET:
            field_dict["exchange_index_statuses"] = exchange_index_statuses
        if intra_exchange_transfers_active is not UNSET:
            field_dict["intra_exchange_transfers_active"] = intra_exchange_transfers_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exchange_index_status import ExchangeIndexStatus

        d = dict(src_dict)
        exchange_active = d.pop("exchange_active")

        trading_active = d.pop("trading_active")

        def _parse_exchange_estimated_resume_time(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exchange_estimated_resume_time_type_0 = datetime.datetime.fromisoformat(data)

                return exchange_estimated_resume_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        exchange_estimated_resume_time = _parse_exchange_estimated_resume_time(
            d.pop("exchange_estimated_resume_time", UNSET)
        )

        _exchange_index_statuses = d.pop("exchange_index_statuses", UNSET)
        exchange_index_statuses: list[ExchangeIndexStatus] | Unset = UNSET
        if _exchange_index_statuses is not UNSET:
            exchange_index_statuses = []
            for exchange_index_statuses_item_data in _exchange_index_statuses:
                exchange_index_statuses_item = ExchangeIndexStatus.from_dict(
                    exchange_index_statuses_item_data
                )

                exchange_index_statuses.append(exchange_index_statuses_item)

        intra_exchange_transfers_active = d.pop("intra_exchange_transfers_active", UNSET)

        exchange_status = cls(
            exchange_active=exchange_active,
            trading_active=trading_active,
            exchange_estimated_resume_time=exchange_estimated_resume_time,
            exchange_index_statuses=exchange_index_statuses,
            intra_exchange_transfers_active=intra_exchange_transfers_active,
        )

        exchange_status.additional_properties = d
        return exchange_status

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
