from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="ErrorResponsePayloadMsg")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "code",
    "msg",
    "market_id",
    "market_ticker",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class ErrorResponsePayloadMsg:
    """The `ErrorResponsePayloadMsg` object.

    Attributes:
        code (int | None)
        msg (str | None)
        market_id (str | None)
        market_ticker (str | None)
    """

    code: int | None = None
    msg: str | None = None
    market_id: str | None = None
    market_ticker: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code is not None:
            field_dict["code"] = self.code
        elif "code" in self._nulls:
            field_dict["code"] = None
        if self.msg is not None:
            field_dict["msg"] = self.msg
        elif "msg" in self._nulls:
            field_dict["msg"] = None
        if self.market_id is not None:
            field_dict["market_id"] = self.market_id
        elif "market_id" in self._nulls:
            field_dict["market_id"] = None
        if self.market_ticker is not None:
            field_dict["market_ticker"] = self.market_ticker
        elif "market_ticker" in self._nulls:
            field_dict["market_ticker"] = None
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
            code = d["code"]
            msg = d["msg"]
            market_id = d["market_id"]
            market_ticker = d["market_ticker"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if code.__class__ is not int:
            if code is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if msg.__class__ is not str:
            if msg is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if market_id.__class__ is not str:
            if market_id is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        if market_ticker.__class__ is not str:
            if market_ticker is not None:
                return cls._read_tolerant(src_dict)
            _null |= 8
        error_response_payload_msg = cls.__new__(cls)
        error_response_payload_msg.code = code
        error_response_payload_msg.msg = msg
        error_response_payload_msg.market_id = market_id
        error_response_payload_msg.market_ticker = market_ticker
        error_response_payload_msg.additional_properties = (
            {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        error_response_payload_msg._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return error_response_payload_msg

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
        code = _pop("code", MISSING)
        if code.__class__ is not int:
            code = unread(code, "code", d, _marks)
        msg = _pop("msg", MISSING)
        if msg.__class__ is not str:
            msg = unread(msg, "msg", d, _marks)
        market_id = _pop("market_id", MISSING)
        if market_id.__class__ is not str:
            market_id = unread(market_id, "market_id", d, _marks)
        market_ticker = _pop("market_ticker", MISSING)
        if market_ticker.__class__ is not str:
            market_ticker = unread(market_ticker, "market_ticker", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        error_response_payload_msg = cls.__new__(cls)
        error_response_payload_msg.code = code
        error_response_payload_msg.msg = msg
        error_response_payload_msg.market_id = market_id
        error_response_payload_msg.market_ticker = market_ticker
        error_response_payload_msg.additional_properties = d
        error_response_payload_msg._nulls = _marks
        return error_response_payload_msg

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
