"""Contains some shared types for properties"""

import datetime
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


class _Missing:
    """The value `from_dict` reads for a key the body does not have."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


def unread(value: Any, name: str, extra: dict[str, Any], nulls: list[str]) -> None:
    """A response field that holds no readable value: None; a value of the wrong shape goes to `extra`."""
    if value is None:
        nulls.append(name)
    elif value is not MISSING:
        extra[name] = value
    return None


def unread_request(value: Any, name: str, extra: dict[str, Any], absent: list[str]) -> None:
    """A request-model field that holds no readable value: None, remembered as absent for `to_dict`."""
    if value is not None:
        absent.append(name)
        if value is not MISSING:
            extra[name] = value
    return None


def null_names(
    known: dict[int, tuple[str, ...]], keys: tuple[str, ...], mask: int
) -> tuple[str, ...]:
    """The keys whose bits are set in mask; kept in known (a model meets few patterns) for next time."""
    names = tuple(key for i, key in enumerate(keys) if mask >> i & 1)
    if len(known) < 256:
        known[mask] = names
    return names


class _Lazy:
    """A field the fast path of `from_dict` stores as the body had it, to be read on first access."""

    __slots__ = ("name", "raw", "read")

    def __init__(self, name: str, raw: Any, read: Callable[[Any], Any]) -> None:
        self.name = name
        self.raw = raw  # the slot's own descriptor
        self.read = read

    def __set__(self, obj: Any, value: Any) -> None:
        self.raw.__set__(obj, value)

    def __delete__(self, obj: Any) -> None:
        self.raw.__delete__(obj)


class _LazyTime(_Lazy):
    """A date or date-time kept as its string until read; one that does not parse reads None."""

    __slots__ = ()

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        value = self.raw.__get__(obj, owner)
        if value.__class__ is str:
            try:
                parsed = self.read(value)
            except ValueError:
                parsed = None
                obj._raw_additional_properties[self.name] = value
            self.raw.__set__(obj, parsed)
            return parsed
        return value


class _LazyModel(_Lazy):
    """A nested model kept as its object until read."""

    __slots__ = ()

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        value = self.raw.__get__(obj, owner)
        if value.__class__ is dict:
            value = self.read(value)
            self.raw.__set__(obj, value)
        return value


class _LazyModels(_Lazy):
    """A list of nested models kept as its list of objects until read."""

    __slots__ = ()

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        value = self.raw.__get__(obj, owner)
        if value and value.__class__ is list and value[0].__class__ is dict:
            read = self.read
            value = [read(item) for item in value]
            self.raw.__set__(obj, value)
        return value


class _Extras:
    """`additional_properties` of a model with lazy times: a time that does not parse belongs there."""

    __slots__ = ("raw", "times")

    def __init__(self, raw: Any, times: tuple[_LazyTime, ...]) -> None:
        self.raw = raw
        self.times = times

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        if obj._times_kept:  # set by the fast path of from_dict: read every time kept
            for time in self.times:
                time.__get__(obj, owner)
            obj._times_kept = False
        return self.raw.__get__(obj, owner)

    def __set__(self, obj: Any, value: Any) -> None:
        self.raw.__set__(obj, value)


def lazy_fields(
    cls: type,
    times: Mapping[str, Callable[[str], Any]],
    models: Mapping[str, Callable[[Any], Any]],
    lists: Mapping[str, Callable[[Any], Any]],
) -> None:
    """Make the named fields of a slotted model read on first access (see openapi/README.md).

    Each field's slot stays reachable as `_raw_<name>`, which the fast path of `from_dict`
    stores the body's value in; so does `additional_properties`, as `_raw_additional_properties`.
    """
    lazy: list[_Lazy] = []
    for kind, fields in ((_LazyTime, times), (_LazyModel, models), (_LazyModels, lists)):
        for name, read in fields.items():
            raw = cls.__dict__[name]
            setattr(cls, "_raw_" + name, raw)
            descriptor = kind(name, raw, read)
            setattr(cls, name, descriptor)
            lazy.append(descriptor)
    extras = cls.__dict__["additional_properties"]
    cls._raw_additional_properties = extras
    clocks = tuple(d for d in lazy if isinstance(d, _LazyTime))
    if clocks:
        cls.additional_properties = _Extras(extras, clocks)


def to_json(value: Any) -> Any:
    """The JSON form of a value read by `from_dict` (a model, a date, a list of those, or as it came)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "MISSING",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "lazy_fields",
    "null_names",
    "to_json",
    "unread",
    "unread_request",
]
