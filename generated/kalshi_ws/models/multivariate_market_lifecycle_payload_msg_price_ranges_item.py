from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="MultivariateMarketLifecyclePayloadMsgPriceRangesItem")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "end",
    "start",
    "step",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class MultivariateMarketLifecyclePayloadMsgPriceRangesItem:
    """The `MultivariateMarketLifecyclePayloadMsgPriceRangesItem` object.

    Attributes:
        end (str | None)
        start (str | None)
        step (str | None)
    """

    end: str | None = None
    start: str | None = None
    step: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.end is not None:
            field_dict["end"] = self.end
        elif "end" in self._nulls:
            field_dict["end"] = None
        if self.start is not None:
            field_dict["start"] = self.start
        elif "start" in self._nulls:
            field_dict["start"] = None
        if self.step is not None:
            field_dict["step"] = self.step
        elif "step" in self._nulls:
            field_dict["step"] = None
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
            end = d["end"]
            start = d["start"]
            step = d["step"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if end.__class__ is not str:
            if end is not None:
                return cls._read_tolerant(src_dict)
            _null |= 1
        if start.__class__ is not str:
            if start is not None:
                return cls._read_tolerant(src_dict)
            _null |= 2
        if step.__class__ is not str:
            if step is not None:
                return cls._read_tolerant(src_dict)
            _null |= 4
        multivariate_market_lifecycle_payload_msg_price_ranges_item = cls.__new__(cls)
        multivariate_market_lifecycle_payload_msg_price_ranges_item.end = end
        multivariate_market_lifecycle_payload_msg_price_ranges_item.start = start
        multivariate_market_lifecycle_payload_msg_price_ranges_item.step = step
        multivariate_market_lifecycle_payload_msg_price_ranges_item.additional_properties = (
            {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        multivariate_market_lifecycle_payload_msg_price_ranges_item._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return multivariate_market_lifecycle_payload_msg_price_ranges_item

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
        end = _pop("end", MISSING)
        if end.__class__ is not str:
            end = unread(end, "end", d, _marks)
        start = _pop("start", MISSING)
        if start.__class__ is not str:
            start = unread(start, "start", d, _marks)
        step = _pop("step", MISSING)
        if step.__class__ is not str:
            step = unread(step, "step", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        multivariate_market_lifecycle_payload_msg_price_ranges_item = cls.__new__(cls)
        multivariate_market_lifecycle_payload_msg_price_ranges_item.end = end
        multivariate_market_lifecycle_payload_msg_price_ranges_item.start = start
        multivariate_market_lifecycle_payload_msg_price_ranges_item.step = step
        multivariate_market_lifecycle_payload_msg_price_ranges_item.additional_properties = d
        multivariate_market_lifecycle_payload_msg_price_ranges_item._nulls = _marks
        return multivariate_market_lifecycle_payload_msg_price_ranges_item

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
