"""Bases of every resource, and helpers for calling generated operations.

The generated resource classes (`kalshi_openapi.resources`) declare one `Endpoint` per
operation and give each method's arguments to `_call`, `_page` or `_all` here, which check
them, build the request with the operation's generated `_get_kwargs`, and parse the answer
with its generated response model.
"""

from __future__ import annotations

import datetime
import functools
import importlib
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, cast

import attrs
from kalshi_openapi.types import UNSET

from .. import _validation as v
from .._call import Call, ignore
from .._models import require_list, require_object
from .._pages import AsyncPage, Page, check_max_pages

if TYPE_CHECKING:
    from .._client import AsyncKalshiClient, KalshiClient

T = TypeVar("T")
P = ParamSpec("P")
_ACCEPTED: dict[Any, frozenset[str]] = {}
_DEFAULTED: dict[Any, dict[str, Any]] = {}


class Endpoint:
    """One operation as the generated resources call it: what to import, check and read.

    Names are resolved on first use, so that importing a resource module imports no
    operation or model module.
    """

    __slots__ = (
        "_get_kwargs",
        "_parse",
        "authenticated",
        "body",
        "bounds",
        "cursor",
        "fields",
        "items",
        "module",
        "operation_id",
        "path",
        "required",
        "response",
    )

    def __init__(
        self,
        operation_id: str,
        module: str,
        *,
        path: tuple[str, ...] = (),
        response: str | None = None,
        body: str | None = None,
        fields: tuple[str, ...] = (),
        required: tuple[str, ...] = (),
        bounds: dict[str, tuple[int | float | None, int | float | None]] | None = None,
        authenticated: bool = True,
        items: str | None = None,
        cursor: str | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.module = module  # under kalshi_openapi.api
        self.path = path
        self.response = response
        self.body = body
        self.fields = fields
        self.required = required
        self.bounds = bounds or {}
        self.authenticated = authenticated
        self.items = items
        self.cursor = cursor
        self._get_kwargs: Callable[..., dict[str, Any]] | None = None
        self._parse: Callable[[Any], Any] | None = None

    def __repr__(self) -> str:
        return f"Endpoint({self.operation_id})"

    def get_kwargs(self) -> Callable[..., dict[str, Any]]:
        """The generated `_get_kwargs` of the operation."""
        if self._get_kwargs is None:
            module = importlib.import_module(f"kalshi_openapi.api.{self.module}")
            self._get_kwargs = module._get_kwargs
        return self._get_kwargs

    def parse(self) -> Callable[[Any], Any]:
        """The parser of a successful answer: the response model's from_dict, or None.

        The model reads whatever the object holds, but an answer that is no object at all, or
        a page whose items are not a list of objects, is refused (`MalformedResponse`, which
        the request loop turns into an APIResponseError): nothing is invented from it.
        """
        if self._parse is None:
            self._parse = _parser(_model(self.response), self.items) if self.response else ignore
        return self._parse

    def call(self, given: dict[str, Any], cursor: str | None = None) -> Call[Any]:
        """The Call for a generated method's arguments (its `locals()`)."""
        given = {name: value for name, value in given.items() if name != "self"}
        given.pop("max_pages", None)
        if cursor is not None:
            given["cursor"] = cursor
        args = [_path_arg(name, given.pop(name)) for name in self.path]
        params: dict[str, Any] = {}
        if self.body is not None:
            params["body"] = self._request(given.pop("request", None), given)
        for name, value in given.items():
            if value is not None and name in self.bounds:
                _check_bound(name, value, *self.bounds[name])
            params[name] = value
        kwargs = operation_kwargs(self.get_kwargs(), *args, **params)
        return Call(
            kwargs, self.parse(), operation=self.operation_id, authenticated=self.authenticated
        )

    def _request(self, request: Any, given: dict[str, Any]) -> Any:
        """The body: `request=` (a generated request model) or the fields given, not both."""
        model = _model(self.body or "")
        fields = v.request_or_fields(request, model, {n: given.pop(n) for n in self.fields})
        if fields is None:
            return request
        missing = [name for name in self.required if name not in fields]
        if missing:
            raise TypeError(f"missing required argument(s): {', '.join(missing)}")
        return model.from_dict({name: _json(value) for name, value in fields.items()})

    def page_of(self, response: Any) -> tuple[list[Any], str | None]:
        """The items and next cursor of a parsed page."""
        items = getattr(response, self.items or "", None)
        cursor = getattr(response, self.cursor or "", None)
        return (items if isinstance(items, list) else []), (
            cursor if isinstance(cursor, str) and cursor else None
        )


def _parser(model: Any, items: str | None) -> Callable[[Any], Any]:
    def parse(data: Any) -> Any:
        body = require_object(data)
        if items is not None:
            for item in require_list(body, items):
                require_object(item)
        return model.from_dict(body)

    return parse


def _model(name: str) -> Any:
    return getattr(importlib.import_module("kalshi_openapi.models"), name)


def _path_arg(name: str, value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        raise TypeError(f"{name} must be given, got {value!r}")
    if isinstance(value, int):
        return value
    return v.check_id(name, value)


def _check_bound(name: str, value: Any, low: float | None, high: float | None) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number, got {type(value).__name__}")
    if (low is not None and value < low) or (high is not None and value > high):
        span = f"{'' if low is None else low}..{'' if high is None else high}"
        raise ValueError(f"{name} must be in {span}, got {value}")


def _json(value: Any) -> Any:
    """A field value as JSON: models by their to_dict, datetimes as ISO 8601."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _json(item) for key, item in value.items()}
    return value


class SyncResource:
    """Base of the resources of a KalshiClient."""

    def __init__(self, client: KalshiClient) -> None:
        self._client = client

    def _call(self, endpoint: Endpoint, given: dict[str, Any]) -> Any:
        """Send one operation and return its parsed answer."""
        return self._client._execute(endpoint.call(given))

    def _page(self, endpoint: Endpoint, given: dict[str, Any]) -> Page[Any]:
        """The first page of a paged operation; further pages follow its cursor."""
        max_pages = check_max_pages(given.get("max_pages"))
        given = {**given, "cursor": given.get("cursor")}

        def fetch(cursor: str | None) -> Page[Any]:
            response = self._client._execute(endpoint.call(given, cursor))
            items, next_cursor = endpoint.page_of(response)
            return Page(items, next_cursor, response, fetch, max_pages=max_pages)

        return fetch(None)

    def _all(self, endpoint: Endpoint, given: dict[str, Any]) -> Iterator[Any]:
        """Every item of a paged operation, at most `max_pages` pages."""
        check_max_pages(given.get("max_pages"))
        endpoint.call(given)  # checks the arguments now, before any iteration
        return iter(self._page_lazily(endpoint, given))

    def _page_lazily(self, endpoint: Endpoint, given: dict[str, Any]) -> Iterator[Any]:
        yield from self._page(endpoint, given)


class AsyncResource:
    """Base of the resources of an AsyncKalshiClient."""

    def __init__(self, client: AsyncKalshiClient) -> None:
        self._client = client

    async def _call(self, endpoint: Endpoint, given: dict[str, Any]) -> Any:
        """Send one operation and return its parsed answer."""
        return await self._client._execute(endpoint.call(given))

    async def _page(self, endpoint: Endpoint, given: dict[str, Any]) -> AsyncPage[Any]:
        """The first page of a paged operation; further pages follow its cursor."""
        max_pages = check_max_pages(given.get("max_pages"))
        given = {**given, "cursor": given.get("cursor")}

        async def fetch(cursor: str | None) -> AsyncPage[Any]:
            response = await self._client._execute(endpoint.call(given, cursor))
            items, next_cursor = endpoint.page_of(response)
            return AsyncPage(items, next_cursor, response, fetch, max_pages=max_pages)

        return await fetch(None)

    def _all(self, endpoint: Endpoint, given: dict[str, Any]) -> AsyncIterator[Any]:
        """Every item of a paged operation, at most `max_pages` pages (for `async for`)."""
        check_max_pages(given.get("max_pages"))
        endpoint.call(given)  # checks the arguments now, before any iteration
        return self._page_lazily(endpoint, given)

    async def _page_lazily(self, endpoint: Endpoint, given: dict[str, Any]) -> AsyncIterator[Any]:
        page = await self._page(endpoint, given)
        async for item in page:
            yield item


def awaited(
    method: Callable[Concatenate[Any, P], T],
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, T]]:
    """The async twin of a sync resource method that only hands a flow or a Call to its client.

    The twin runs the same body with the async resource as `self`, whose client's `_run` and
    `_execute` return awaitables, and awaits what it returns. It keeps the method's signature,
    overloads (for type checkers and `typing.get_overloads`) and docstring, so the arguments
    are written and checked once for both twins.
    """

    async def twin(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> T:
        pending: Any = method(self, *args, **kwargs)
        return cast(T, await pending)

    functools.update_wrapper(twin, method)
    return twin


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
