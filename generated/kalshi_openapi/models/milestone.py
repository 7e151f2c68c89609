from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="Milestone")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "category",
    "details",
    "id",
    "last_updated_ts",
    "notification_message",
    "primary_event_tickers",
    "related_event_tickers",
    "start_date",
    "title",
    "type",
    "end_date",
    "source_id",
    "source_ids",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class Milestone:
    """The `Milestone` object.

    Attributes:
        category (str | None)
        details (MilestoneDetails | None)
        id (str | None)
        last_updated_ts (datetime.datetime | None)
        notification_message (str | None)
        primary_event_tickers (list[str] | None)
        related_event_tickers (list[str] | None)
        start_date (datetime.datetime | None)
        title (str | None)
        type_ (str | None)
        end_date (datetime.datetime | None)
        source_id (None | str)
        source_ids (MilestoneSourceIds | None)
    """

    category: str | None = None
    details: MilestoneDetails | None = None
    id: str | None = None
    last_updated_ts: datetime.datetime | None = None
    notification_message: str | None = None
    primary_event_tickers: list[str] | None = None
    related_event_tickers: list[str] | None = None
    start_date: datetime.datetime | None = None
    title: str | None = None
    type_: str | None = None
    end_date: datetime.datetime | None = None
    source_id: str | None = None
    source_ids: MilestoneSourceIds | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _times_kept: bool = _attrs_field(init=False, default=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.category is not None:
            field_dict["category"] = self.category
        elif "category" in self._nulls:
            field_dict["category"] = None
        if self.details is not None:
            field_dict["details"] = self.details.to_dict()
        elif "details" in self._nulls:
            field_dict["details"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.last_updated_ts is not None:
            field_dict["last_updated_ts"] = self.last_updated_ts.isoformat()
        elif "last_updated_ts" in self._nulls:
            field_dict["last_updated_ts"] = None
        if self.notification_message is not None:
            field_dict["notification_message"] = self.notification_message
        elif "notification_message" in self._nulls:
            field_dict["notification_message"] = None
        if self.primary_event_tickers is not None:
            field_dict["primary_event_tickers"] = [_v0 for _v0 in self.primary_event_tickers]
        elif "primary_event_tickers" in self._nulls:
            field_dict["primary_event_tickers"] = None
        if self.related_event_tickers is not None:
            field_dict["related_event_tickers"] = [_v0 for _v0 in self.related_event_tickers]
        elif "related_event_tickers" in self._nulls:
            field_dict["related_event_tickers"] = None
        if self.start_date is not None:
            field_dict["start_date"] = self.start_date.isoformat()
        elif "start_date" in self._nulls:
            field_dict["start_date"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._nulls:
            field_dict["title"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type" in self._nulls:
            field_dict["type"] = None
        if self.end_date is not None:
            field_dict["end_date"] = self.end_date.isoformat()
        elif "end_date" in self._nulls:
            field_dict["end_date"] = None
        if self.source_id is not None:
            field_dict["source_id"] = self.source_id
        elif "source_id" in self._nulls:
            field_dict["source_id"] = None
        if self.source_ids is not None:
            field_dict["source_ids"] = self.source_ids.to_dict()
        elif "source_ids" in self._nulls:
            field_dict["source_ids"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Any) -> T:
        """Read the model from a decoded JSON object; never raises (rules: openapi/README.md of kalshi-trade)."""
        # The common case: an object with every key, each value of its type or null. Anything
        # else (a key missing, a value of another type) is read by the tolerant path.
        if src_dict.__class__ is not dict:
            return cls._read_tolerant(src_dict)
        d: dict[str, Any] = src_dict
        try:
            category = d["category"]
            details = d["details"]
            id = d["id"]
            last_updated_ts = d["last_updated_ts"]
            notification_message = d["notification_message"]
            primary_event_tickers = d["primary_event_tickers"]
            related_event_tickers = d["related_event_tickers"]
            start_date = d["start_date"]
            title = d["title"]
            type_ = d["type"]
            end_date = d["end_date"]
            source_id = d["source_id"]
            source_ids = d["source_ids"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if category.__class__ is not str:
            if category is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if details.__class__ is not dict:
            if details is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if id.__class__ is not str:
            if id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if last_updated_ts.__class__ is not str:
            if last_updated_ts is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if notification_message.__class__ is not str:
            if notification_message is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        if primary_event_tickers.__class__ is list:
            for _item in primary_event_tickers:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif primary_event_tickers is None:
            primary_event_tickers = []
        else:
            return cls._read_tolerant(src_dict)
        if related_event_tickers.__class__ is list:
            for _item in related_event_tickers:
                if _item.__class__ is not str:
                    return cls._read_tolerant(src_dict)
        elif related_event_tickers is None:
            related_event_tickers = []
        else:
            return cls._read_tolerant(src_dict)
        if start_date.__class__ is not str:
            if start_date is not None:
                return cls._read_tolerant(src_dict)
            _null |= 128
        if title.__class__ is not str:
            if title is not None:
                return cls._read_tolerant(src_dict)
            _null |= 256
        if type_.__class__ is not str:
            if type_ is not None:
                return cls._read_tolerant(src_dict)
            _null |= 512
        if end_date.__class__ is not str:
            if end_date is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1024
        if source_id.__class__ is not str:
            if source_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2048
        if source_ids.__class__ is not dict:
            if source_ids is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4096
        milestone = cls.__new__(cls)
        milestone.category = category
        milestone._raw_details = details
        milestone.id = id
        milestone._raw_last_updated_ts = last_updated_ts
        milestone.notification_message = notification_message
        milestone.primary_event_tickers = primary_event_tickers
        milestone.related_event_tickers = related_event_tickers
        milestone._raw_start_date = start_date
        milestone.title = title
        milestone.type_ = type_
        milestone._raw_end_date = end_date
        milestone.source_id = source_id
        milestone._raw_source_ids = source_ids
        milestone._times_kept = True
        milestone._raw_additional_properties = (
            {} if len(d) == 13 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        milestone._nulls = _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        return milestone

    @classmethod
    def _read_tolerant(cls: type[T], src_dict: Any) -> T:
        """Read any body, whatever it holds: the path from_dict takes for all but the common case."""
        d: dict[str, Any]
        if src_dict.__class__ is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            d = {}
        _marks: list[str] = []
        _pop = d.pop
        category = _pop("category", MISSING)
        if category.__class__ is not str:
            category = unread(category, "category", d, _marks)
        details = _pop("details", MISSING)
        if details.__class__ is dict:
            details = MilestoneDetails.from_dict(details)
        else:
            details = unread(details, "details", d, _marks)
        id = _pop("id", MISSING)
        if id.__class__ is not str:
            id = unread(id, "id", d, _marks)
        last_updated_ts = _pop("last_updated_ts", MISSING)
        if last_updated_ts.__class__ is str:
            try:
                last_updated_ts = datetime.datetime.fromisoformat(last_updated_ts)
            except ValueError:
                last_updated_ts = unread(last_updated_ts, "last_updated_ts", d, _marks)
        else:
            last_updated_ts = unread(last_updated_ts, "last_updated_ts", d, _marks)
        notification_message = _pop("notification_message", MISSING)
        if notification_message.__class__ is not str:
            notification_message = unread(notification_message, "notification_message", d, _marks)
        primary_event_tickers = _pop("primary_event_tickers", MISSING)
        if primary_event_tickers.__class__ is list:
            for _item in primary_event_tickers:
                if _item.__class__ is not str:
                    d["primary_event_tickers"] = primary_event_tickers
                    primary_event_tickers = [
                        _item for _item in primary_event_tickers if not (_item.__class__ is not str)
                    ]
                    break
        elif primary_event_tickers is None:
            primary_event_tickers = []
        else:
            primary_event_tickers = unread(
                primary_event_tickers, "primary_event_tickers", d, _marks
            )
        related_event_tickers = _pop("related_event_tickers", MISSING)
        if related_event_tickers.__class__ is list:
            for _item in related_event_tickers:
                if _item.__class__ is not str:
                    d["related_event_tickers"] = related_event_tickers
                    related_event_tickers = [
                        _item for _item in related_event_tickers if not (_item.__class__ is not str)
                    ]
                    break
        elif related_event_tickers is None:
            related_event_tickers = []
        else:
            related_event_tickers = unread(
                related_event_tickers, "related_event_tickers", d, _marks
            )
        start_date = _pop("start_date", MISSING)
        if start_date.__class__ is str:
            try:
                start_date = datetime.datetime.fromisoformat(start_date)
            except ValueError:
                start_date = unread(start_date, "start_date", d, _marks)
        else:
            start_date = unread(start_date, "start_date", d, _marks)
        title = _pop("title", MISSING)
        if title.__class__ is not str:
            title = unread(title, "title", d, _marks)
        type_ = _pop("type", MISSING)
        if type_.__class__ is not str:
            type_ = unread(type_, "type", d, _marks)
        end_date = _pop("end_date", MISSING)
        if end_date.__class__ is str:
            try:
                end_date = datetime.datetime.fromisoformat(end_date)
            except ValueError:
                end_date = unread(end_date, "end_date", d, _marks)
        else:
            end_date = unread(end_date, "end_date", d, _marks)
        source_id = _pop("source_id", MISSING)
        if source_id.__class__ is not str:
            source_id = unread(source_id, "source_id", d, _marks)
        source_ids = _pop("source_ids", MISSING)
        if source_ids.__class__ is dict:
            source_ids = MilestoneSourceIds.from_dict(source_ids)
        else:
            source_ids = unread(source_ids, "source_ids", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        milestone = cls.__new__(cls)
        milestone.category = category
        milestone.details = details
        milestone.id = id
        milestone.last_updated_ts = last_updated_ts
        milestone.notification_message = notification_message
        milestone.primary_event_tickers = primary_event_tickers
        milestone.related_event_tickers = related_event_tickers
        milestone.start_date = start_date
        milestone.title = title
        milestone.type_ = type_
        milestone.end_date = end_date
        milestone.source_id = source_id
        milestone.source_ids = source_ids
        milestone.additional_properties = d
        milestone._nulls = _marks
        milestone._times_kept = False
        return milestone

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


# The models held by this one (imported last: see openapi/README.md, "Lean parsing").
from ..models.milestone_details import MilestoneDetails  # noqa: E402
from ..models.milestone_source_ids import MilestoneSourceIds  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    Milestone,
    times={
        "last_updated_ts": datetime.datetime.fromisoformat,
        "start_date": datetime.datetime.fromisoformat,
        "end_date": datetime.datetime.fromisoformat,
    },
    models={
        "details": MilestoneDetails.from_dict,
        "source_ids": MilestoneSourceIds.from_dict,
    },
    lists={},
)
