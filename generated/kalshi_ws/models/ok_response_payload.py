from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ok_response_payload_type import OkResponsePayloadType
from ..types import MISSING, lazy_fields, null_names, unread

T = TypeVar("T", bound="OkResponsePayload")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "type",
    "id",
    "msg",
    "seq",
    "sid",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class OkResponsePayload:
    """The `OkResponsePayload` object.

    Attributes:
        type_ (OkResponsePayloadType | None)
        id (int | None)
        msg (OkResponsePayloadMsg | None)
        seq (int | None)
        sid (int | None)
    """

    type_: OkResponsePayloadType | None = None
    id: int | None = None
    msg: OkResponsePayloadMsg | None = None
    seq: int | None = None
    sid: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type" in self._nulls:
            field_dict["type"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.msg is not None:
            field_dict["msg"] = self.msg.to_dict()
        elif "msg" in self._nulls:
            field_dict["msg"] = None
        if self.seq is not None:
            field_dict["seq"] = self.seq
        elif "seq" in self._nulls:
            field_dict["seq"] = None
        if self.sid is not None:
            field_dict["sid"] = self.sid
        elif "sid" in self._nulls:
            field_dict["sid"] = None
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
            type_ = d["type"]
            id = d["id"]
            msg = d["msg"]
            seq = d["seq"]
            sid = d["sid"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if type_.__class__ is not str:
            if type_ is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if id.__class__ is not int:
            if id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if msg.__class__ is not dict:
            if msg is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if seq.__class__ is not int:
            if seq is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        if sid.__class__ is not int:
            if sid is not None:
                return cls._read_tolerant(src_dict)
            _null |= 16
        ok_response_payload = cls.__new__(cls)
        ok_response_payload.type_ = type_
        ok_response_payload.id = id
        ok_response_payload._raw_msg = msg
        ok_response_payload.seq = seq
        ok_response_payload.sid = sid
        ok_response_payload.additional_properties = (
            {} if len(d) == 5 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        ok_response_payload._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return ok_response_payload

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
        type_ = _pop("type", MISSING)
        if type_.__class__ is not str:
            type_ = unread(type_, "type", d, _marks)
        id = _pop("id", MISSING)
        if id.__class__ is not int:
            id = unread(id, "id", d, _marks)
        msg = _pop("msg", MISSING)
        if msg.__class__ is dict:
            msg = OkResponsePayloadMsg.from_dict(msg)
        else:
            msg = unread(msg, "msg", d, _marks)
        seq = _pop("seq", MISSING)
        if seq.__class__ is not int:
            seq = unread(seq, "seq", d, _marks)
        sid = _pop("sid", MISSING)
        if sid.__class__ is not int:
            sid = unread(sid, "sid", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        ok_response_payload = cls.__new__(cls)
        ok_response_payload.type_ = type_
        ok_response_payload.id = id
        ok_response_payload.msg = msg
        ok_response_payload.seq = seq
        ok_response_payload.sid = sid
        ok_response_payload.additional_properties = d
        ok_response_payload._nulls = _marks
        return ok_response_payload

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
from ..models.ok_response_payload_msg import OkResponsePayloadMsg  # noqa: E402

# Dates, date-times and nested models are read on first access (openapi/README.md, "Lean parsing").
lazy_fields(
    OkResponsePayload,
    times={},
    models={
        "msg": OkResponsePayloadMsg.from_dict,
    },
    lists={},
)
