"""Bases of every resource, and helpers for calling generated operations."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from kalshi_openapi.types import UNSET

if TYPE_CHECKING:
    from .._client import AsyncKalshiClient, KalshiClient

T = TypeVar("T")
_ACCEPTED: dict[Any, frozenset[str]] = {}
_DEFAULTED: dict[Any, dict[str, Any]] = {}


class SyncResource:
    """Base of the resources of a KalshiClient."""

    def __init__(self, client: KalshiClient) -> None:
        self._client = client


class AsyncResource:
    """Base of the resources of an AsyncKalshiClient."""

    def __init__(self, client: AsyncKalshiClient) -> None:
        self._client = client


def _unsupported(name: str, where: str) -> ValueError:
    return ValueError(
        f"{name} is not supported by {where} in the Kalshi spec this SDK was generated from; "
        "regenerate from a newer spec (make spec, make generate)"
    )


def operation_kwargs(
    get_kwargs: Callable[..., dict[str, Any]], *args: Any, **params: Any
) -> dict[str, Any]:
    """Call a generated `_get_kwargs` with the params that are not None.

    A param left out is passed as UNSET even where the spec gives a default, so that only
    what the caller chose is sent; a param this spec's operation lacks is named in an error.
    """
    accepted = _ACCEPTED.get(get_kwargs)
    if accepted is None:
        code = get_kwargs.__code__
        accepted = frozenset(code.co_varnames[: code.co_argcount + code.co_kwonlyargcount])
        _ACCEPTED[get_kwargs] = accepted
        _DEFAULTED[get_kwargs] = {
            name: UNSET for name, default in (get_kwargs.__kwdefaults__ or {}).items()
            if default is not UNSET
        }  # fmt: skip
    kept = dict(_DEFAULTED[get_kwargs])
    for name, value in params.items():
        if value is None:
            continue
        if name not in accepted:
            raise _unsupported(name, get_kwargs.__module__.rsplit(".", 1)[-1])
        kept[name] = value
    return get_kwargs(*args, **kept)


def accepts(get_kwargs: Callable[..., dict[str, Any]], name: str) -> bool:
    """Whether a generated operation takes this parameter."""
    code = get_kwargs.__code__
    return name in code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]


def body(model: type[T], **fields: Any) -> T:
    """Build a generated request model from the fields that are not None.

    A field left out is UNSET even where the spec gives a default, so that only what the
    caller passed is sent and the server applies its own defaults.
    """
    kept: dict[str, Any] = {}
    for field in attrs.fields(model):  # type: ignore[arg-type]
        if field.init and field.default is not attrs.NOTHING:
            kept[field.name] = UNSET
    for name, value in fields.items():
        if value is None:
            continue
        if name not in kept and not _is_required(model, name):
            raise _unsupported(name, model.__name__)
        kept[name] = value
    return model(**kept)


def _is_required(model: type[Any], name: str) -> bool:
    return any(f.name == name and f.default is attrs.NOTHING for f in attrs.fields(model))
