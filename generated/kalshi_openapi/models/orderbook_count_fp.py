from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, null_names, unread

T = TypeVar("T", bound="OrderbookCountFp")

# The keys of the body this model has an attribute for, and the patterns of nulls seen.
_ORDER = (
    "no_dollars",
    "yes_dollars",
)
_KEYS = frozenset(_ORDER)
_NULLS: dict[int, tuple[str, ...]] = {0: ()}


@_attrs_define
class OrderbookCountFp:
    """The `OrderbookCountFp` object.

    Attributes:
        no_dollars (list[list[str]] | None)
        yes_dollars (list[list[str]] | None)
    """

    no_dollars: list[list[str]] | None = None
    yes_dollars: list[list[str]] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: Collection[str] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields without a value are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.no_dollars is not None:
            field_dict["no_dollars"] = [[_v1 for _v1 in _v0] for _v0 in self.no_dollars]
        elif "no_dollars" in self._nulls:
            field_dict["no_dollars"] = None
        if self.yes_dollars is not None:
            field_dict["yes_dollars"] = [[_v1 for _v1 in _v0] for _v0 in self.yes_dollars]
        elif "yes_dollars" in self._nulls:
            field_dict["yes_dollars"] = None
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
            no_dollars = d["no_dollars"]
            yes_dollars = d["yes_dollars"]
        except KeyError:
            return cls._read_tolerant(src_dict)
        _null = 0  # one bit per key, in the order of _ORDER: the keys that hold null
        if no_dollars.__class__ is list:
            _read: list[Any] = []
            for _item in no_dollars:
                if _item.__class__ is list:
                    _out1: list[Any] = []
                    for _item1 in _item:
                        if _item1.__class__ is not str:
                            return cls._read_tolerant(src_dict)
                        else:
                            _out1.append(_item1)
                    _read.append(_out1)
                else:
                    return cls._read_tolerant(src_dict)
            no_dollars = _read
        elif no_dollars is None:
            no_dollars = []
        else:
            return cls._read_tolerant(src_dict)
        if yes_dollars.__class__ is list:
            _read: list[Any] = []
            for _item in yes_dollars:
                if _item.__class__ is list:
                    _out1: list[Any] = []
                    for _item1 in _item:
                        if _item1.__class__ is not str:
                            return cls._read_tolerant(src_dict)
                        else:
                            _out1.append(_item1)
                    _read.append(_out1)
                else:
                    return cls._read_tolerant(src_dict)
            yes_dollars = _read
        elif yes_dollars is None:
            yes_dollars = []
        else:
            return cls._read_tolerant(src_dict)
        orderbook_count_fp = cls.__new__(cls)
        orderbook_count_fp.no_dollars = no_dollars
        orderbook_count_fp.yes_dollars = yes_dollars
        orderbook_count_fp.additional_properties = (
            {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _KEYS}
        )
        # One tuple of names per pattern of nulls, shared by the models that have it.
        _names = _NULLS.get(_null)
        orderbook_count_fp._nulls = (
            _names if _names is not None else null_names(_NULLS, _ORDER, _null)
        )
        return orderbook_count_fp

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
        no_dollars = _pop("no_dollars", MISSING)
        if no_dollars.__class__ is list:
            _read: list[Any] = []
            for _item in no_dollars:
                if _item.__class__ is list:
                    _out1: list[Any] = []
                    for _item1 in _item:
                        if _item1.__class__ is not str:
                            d["no_dollars"] = no_dollars
                        else:
                            _out1.append(_item1)
                    _read.append(_out1)
                else:
                    d["no_dollars"] = no_dollars
            no_dollars = _read
        elif no_dollars is None:
            no_dollars = []
        else:
            no_dollars = unread(no_dollars, "no_dollars", d, _marks)
        yes_dollars = _pop("yes_dollars", MISSING)
        if yes_dollars.__class__ is list:
            _read: list[Any] = []
            for _item in yes_dollars:
                if _item.__class__ is list:
                    _out1: list[Any] = []
                    for _item1 in _item:
                        if _item1.__class__ is not str:
                            d["yes_dollars"] = yes_dollars
                        else:
                            _out1.append(_item1)
                    _read.append(_out1)
                else:
                    d["yes_dollars"] = yes_dollars
            yes_dollars = _read
        elif yes_dollars is None:
            yes_dollars = []
        else:
            yes_dollars = unread(yes_dollars, "yes_dollars", d, _marks)
        # Every attribute is set here, as cls(...) would, without the cost of keyword passing.
        orderbook_count_fp = cls.__new__(cls)
        orderbook_count_fp.no_dollars = no_dollars
        orderbook_count_fp.yes_dollars = yes_dollars
        orderbook_count_fp.additional_properties = d
        orderbook_count_fp._nulls = _marks
        return orderbook_count_fp

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
