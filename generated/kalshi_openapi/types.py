"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
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
    "to_json",
    "unread",
    "unread_request",
]
