from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="CfbenchmarksValuePayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "avg_60s_data",
    "data",
    "index_id",
    "received_at",
    "last_60s_windowed_average_15min",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class CfbenchmarksValuePayloadMsg:
    """The `CfbenchmarksValuePayloadMsg` object.

    Attributes:
        avg_60s_data (CfbenchmarksAvgData | None)
        data (str | None)
        index_id (str | None)
        received_at (int | None)
        last_60s_windowed_average_15min (CfbenchmarksAvgData | None)
    """

    avg_60s_data: CfbenchmarksAvgData | None = None
    data: str | None = None
    index_id: str | None = None
    received_at: int | None = None
    last_60s_windowed_average_15min: CfbenchmarksAvgData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.avg_60s_data is not None:
            field_dict["avg_60s_data"] = self.avg_60s_data.to_dict()
        elif "avg_60s_data" in self._nulls:
            field_dict["avg_60s_data"] = None
        if self.data is not None:
            field_dict["data"] = self.data
        elif "data" in self._nulls:
            field_dict["data"] = None
        if self.index_id is not None:
            field_dict["index_id"] = self.index_id
        elif "index_id" in self._nulls:
            field_dict["index_id"] = None
        if self.received_at is not None:
            field_dict["received_at"] = self.received_at
        elif "received_at" in self._nulls:
            field_dict["received_at"] = None
        if self.last_60s_windowed_average_15min is not None:
            field_dict["last_60s_windowed_average_15min"] = (
                self.last_60s_windowed_average_15min.to_dict()
            )
        elif "last_60s_windowed_average_15min" in self._nulls:
            field_dict["last_60s_windowed_average_15min"] = None
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
            avg_60s_data = d["avg_60s_data"]
            data = d["data"]
            index_id = d["index_id"]
            received_at = d["received_at"]
            last_60s_windowed_average_15min = d["last_60s_windowed_average_15min"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if avg_60s_data.__class__ is not dict:
            if avg_60s_data is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if data.__class__ is not str:
            if data is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if index_id.__class__ is not str:
            if index_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if received_at.__class__ is not int:
            if received_at is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if last_60s_windowed_average_15min.__class__ is not dict:
            if last_60s_windowed_average_15min is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        cfbenchmarks_value_payload_msg = cls.__new__(cls)
        cfbenchmarks_value_payload_msg._raw_avg_60s_data = avg_60s_data
        cfbenchmarks_value_payload_msg.data = data
        cfbenchmarks_value_payload_msg.index_id = index_id
        cfbenchmarks_value_payload_msg.received_at = received_at
        cfbenchmarks_value_payload_msg._raw_last_60s_windowed_average_15min = (
            last_60s_windowed_average_15min
        )
        cfbenchmarks_value_payload_msg.additional_properties = (
            {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        cfbenchmarks_value_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return cfbenchmarks_value_payload_msg

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
        avg_60s_data = _pop("avg_60s_data", MISSING)
        if avg_60s_data.__class__ is dict:
            avg_60s_data = CfbenchmarksAvgData.from_dict(avg_60s_data)
        else:
            avg_60s_data = unread(avg_60s_data, "avg_60s_data", d, _marks)
        data = _pop("data", MISSING)
        if data.__class__ is not str:
            data = unread(data, "data", d, _marks)
        index_id = _pop("index_id", MISSING)
        if index_id.__class__ is not str:
            index_id = unread(index_id, "index_id", d, _marks)
        received_at = _pop("received_at", MISSING)
        if received_at.__class__ is not int:
            received_at = unread(received_at, "received_at", d, _marks)
        last_60s_windowed_average_15min = _pop("last_60s_windowed_average_15min", MISSING)
        if last_60s_windowed_average_15min.__class__ is dict:
            last_60s_windowed_average_15min = CfbenchmarksAvgData.from_dict(
                last_60s_windowed_average_15min
            )
        else:
            last_60s_windowed_average_15min = unread(
                last_60s_windowed_average_15min, "last_60s_windowed_average_15min", d, _marks
            )
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        cfbenchmarks_value_payload_msg = cls.__new__(cls)
        cfbenchmarks_value_payload_msg.avg_60s_data = avg_60s_data
        cfbenchmarks_value_payload_msg.data = data
        cfbenchmarks_value_payload_msg.index_id = index_id
        cfbenchmarks_value_payload_msg.received_at = received_at
        cfbenchmarks_value_payload_msg.last_60s_windowed_average_15min = (
            last_60s_windowed_average_15min
        )
        cfbenchmarks_value_payload_msg.additional_properties = d
        cfbenchmarks_value_payload_msg._nulls = _marks
        return cfbenchmarks_value_payload_msg

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
from ..models.cfbenchmarks_avg_data import CfbenchmarksAvgData  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    CfbenchmarksValuePayloadMsg,
    times={},
    models={
        "avg_60s_data": CfbenchmarksAvgData.from_dict,
        "last_60s_windowed_average_15min": CfbenchmarksAvgData.from_dict,
    },
    lists={},
)
