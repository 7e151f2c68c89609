from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.milestone_details import MilestoneDetails
    from ..models.milestone_source_ids import MilestoneSourceIds


T = TypeVar("T", bound="Milestone")


@_attrs_define
class Milestone:
    """
    Attributes:
        category (str):
        details (MilestoneDetails):
        id (str):
        last_updated_ts (datetime.datetime):
        notification_message (str):
        primary_event_tickers (list[str]):
        related_event_tickers (list[str]):
        start_date (datetime.datetime):
        title (str):
        type_ (str):
        end_date (datetime.datetime | None | Unset):
        source_id (None | str | Unset):
        source_ids (MilestoneSourceIds | Unset):
    """

    category: str
    details: MilestoneDetails
    id: str
    last_updated_ts: datetime.datetime
    notification_message: str
    primary_event_tickers: list[str]
    related_event_tickers: list[str]
    start_date: datetime.datetime
    title: str
    type_: str
    end_date: datetime.datetime | Unset | None = UNSET
    source_id: str | Unset | None = UNSET
    source_ids: MilestoneSourceIds | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        details = self.details.to_dict()

        id = self.id

        last_updated_ts = self.last_updated_ts.isoformat()

        notification_message = self.notification_message

        primary_event_tickers = self.primary_event_tickers

        related_event_tickers = self.related_event_tickers

        start_date = self.start_date.isoformat()

        title = self.title

        type_ = self.type_

        end_date: str | Unset | None
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        source_id: str | Unset | None
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        source_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_ids, Unset):
            source_ids = self.source_ids.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "details": details,
                "id": id,
                "last_updated_ts": last_updated_ts,
                "notification_message": notification_message,
                "primary_event_tickers": primary_event_tickers,
                "related_event_tickers": related_event_tickers,
                "start_date": start_date,
                "title": title,
                "type": type_,
            }
        )
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_ids is not UNSET:
            field_dict["source_ids"] = source_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.milestone_details import MilestoneDetails
        from ..models.milestone_source_ids import MilestoneSourceIds

        d = dict(src_dict)
        category = d.pop("category")

        details = MilestoneDetails.from_dict(d.pop("details"))

        id = d.pop("id")

        last_updated_ts = datetime.datetime.fromisoformat(d.pop("last_updated_ts"))

        notification_message = d.pop("notification_message")

        primary_event_tickers = cast(list[str], d.pop("primary_event_tickers"))

        related_event_tickers = cast(list[str], d.pop("related_event_tickers"))

        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

        title = d.pop("title")

        type_ = d.pop("type")

        def _parse_end_date(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_source_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        _source_ids = d.pop("source_ids", UNSET)
        source_ids: MilestoneSourceIds | Unset
        if isinstance(_source_ids, Unset):
            source_ids = UNSET
        else:
            source_ids = MilestoneSourceIds.from_dict(_source_ids)

        milestone = cls(
            category=category,
            details=details,
            id=id,
            last_updated_ts=last_updated_ts,
            notification_message=notification_message,
            primary_event_tickers=primary_event_tickers,
            related_event_tickers=related_event_tickers,
            start_date=start_date,
            title=title,
            type_=type_,
            end_date=end_date,
            source_id=source_id,
            source_ids=source_ids,
        )

        milestone.additional_properties = d
        return milestone

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
