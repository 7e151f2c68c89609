"""KalshiClient and AsyncKalshiClient: configuration, the request loop, and resources."""

from __future__ import annotations

import contextlib
import logging
import math
import os
import random
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _retry
from ._auth import KalshiAuth, Signer, load_private_key, signing_turn, signing_turn_over
from ._call import Call, Page
from ._config import check_signed_destination, resolve_base_url
from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_ENVIRONMENT,
    ENV_KEY_ID,
    ENV_PRIVATE_KEY,
    ENV_PRIVATE_KEY_PATH,
    MAX_RETRIES_LIMIT,
)
from ._errors import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
    add_outcome_unknown,
    make_status_error,
)
from ._flow import Flow, run_async, run_sync
from ._ratelimit import RateLimit, make_limiter
from ._validation import check_int

if TYPE_CHECKING:
    from typing import Self

    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    from .resources.exchange import AsyncExchangeResource, ExchangeResource
    from .resources.order_groups import AsyncOrderGroupsResource, OrderGroupsResource
    from .resources.orders import AsyncOrdersResource, OrdersResource

T = TypeVar("T")
_log = logging.getLogger("kalshi")
_RESOURCES = ("order_groups", "orders", "exchange")
_URL_CACHE_SIZE = 512


# How many order groups a client remembers the subaccount and shard of (least recently
# used forgotten first).
MAX_GROUP_ROUTES = 10_000


class GroupRoutes:
    """Where this client has seen each order group live: id -> (subaccount, exchange_index).

    Holds at most `max_size` groups, forgetting the least recently used first, so a
    long-running client's memory stays bounded however many groups it sees.
    """

    def __init__(self, max_size: int = MAX_GROUP_ROUTES) -> None:
        self.max_size = check_int("max_size", max_size, 1)
        self._routes: OrderedDict[str, tuple[int | None, int | None]] = OrderedDict()
        self._lock = threading.Lock()

    def remember(self, group_id: str, subaccount: int | None, exchange_index: int | None) -> None:
        """Record the subaccount and shard a group was created on or seen on."""
        with self._lock:
            self._routes[group_id] = (subaccount, exchange_index)
            self._routes.move_to_end(group_id)
            while len(self._routes) > self.max_size:
                self._routes.popitem(last=False)

    def forget(self, group_id: str) -> None:
        """Drop a deleted group."""
        with self._lock:
            self._routes.pop(group_id, None)

    def forget_missing(
        self, group_id: str, subaccount: int | None, exchange_index: int | None
    ) -> None:
        """Drop a group Kalshi answered 404 for, unless that request went somewhere else.

        subaccount is the one the request went to (None: all of them, as a GET without one
        searches); exchange_index the shard it named (None: not named). A 404 from another
        subaccount or shard than the remembered one says nothing about where the group is.
        """
        with self._lock:
            known = self._routes.get(group_id)
            if known is None:
                return
            known_subaccount, known_exchange = known
            if subaccount is not None and subaccount != (known_subaccount or 0):
                return
            if None not in (exchange_index, known_exchange) and exchange_index != known_exchange:
                return
            del self._routes[group_id]

    def lookup(self, group_id: str) -> tuple[int | None, int | None]:
        """The recorded (subaccount, exchange_index), or (None, None) for an unknown group."""
        with self._lock:
            route = self._routes.get(group_id)
            if route is None:
                return (None, None)
            self._routes.move_to_end(group_id)
            return route

    def __len__(self) -> int:
        """How many groups are remembered."""
        return len(self._routes)


class _BaseClient:
    """What both twins share: configuration, request preparation, errors, retry timing."""

    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        *,
        key_id: str | None,
        private_key: str | bytes | RSAPrivateKey | None,
        private_key_path: str | os.PathLike[str] | None,
        environment: str,
        base_url: str | None,
        timeout: float,
        max_retries: int,
        allow_unknown_host: bool,
        rate_limit: str | RateLimit | None,
    ) -> None:
        self.base_url = resolve_base_url(environment, base_url)
        self._limiter = make_limiter(rate_limit)
        has_key = private_key is not None or private_key_path is not None
        if key_id is not None and not has_key:
            raise ValueError("key_id was given without private_key or private_key_path")
        if has_key and key_id is None:
            raise ValueError("a private key was given without key_id")
        self._signer: Signer | None = None
        if key_id is not None:
            check_signed_destination(self.base_url, allow_unknown_host=allow_unknown_host)
            self._signer = Signer(key_id, load_private_key(private_key, private_key_path))
        self._auth: KalshiAuth | None = KalshiAuth(self._signer) if self._signer else None
        self.timeout = _check_timeout(timeout)
        self._timeout = httpx.Timeout(self.timeout)
        self.max_retries = check_int("max_retries", max_retries, 0, MAX_RETRIES_LIMIT)
        self._routes = GroupRoutes()
        self._rng = random.Random()
        self._owns_http = True
        # The pool's base_url and the URLs merged with it, kept as one pair so that a thread
        # never files a URL built on an old base_url among those of a new one.
        self._urls: tuple[httpx.URL | None, dict[str, httpx.URL]] = (None, {})

    @property
    def key_id(self) -> str | None:
        """The API key id requests are signed with (an identifier, not a secret)."""
        return self._signer.key_id if self._signer else None

    def _http_options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "timeout": self._timeout,
            "follow_redirects": False,  # a redirect would carry the signature headers along
            "headers": {"Accept": "application/json"},
        }

    def _url(self, path: str) -> httpx.URL:
        """The absolute URL of an API path, merged with the pool's base_url as httpx does.

        Remembered per path: parsing a URL is a large part of what httpx does per request,
        and a ready httpx.URL passes through its request building without being parsed again.
        """
        base = self._http.base_url
        known_base, urls = self._urls
        if base is not known_base:  # first use, or the pool's base_url was replaced
            urls = {}
            self._urls = (base, urls)
        url = urls.get(path)
        if url is None:
            merged = base.raw_path + httpx.URL(path).raw_path.lstrip(b"/")
            url = base.copy_with(raw_path=merged)
            if len(urls) >= _URL_CACHE_SIZE:
                # Drop the newest: fixed paths, filed first, stay; paths with ids come and go.
                # (popitem is one atomic step, safe with other threads using the client.)
                with contextlib.suppress(KeyError):
                    urls.popitem()
            urls[path] = url
        return url

    def _auth_for(self, call: Call[Any]) -> KalshiAuth | None:
        if not call.authenticated:
            return None
        if self._auth is None:
            raise MissingCredentialsError(
                f"{call.method} {call.url} needs an API key: pass key_id and private_key (or "
                "private_key_path) to the client, or use KalshiClient.from_env()"
            )
        return self._auth

    def _result(self, call: Call[T], response: httpx.Response, retries: int) -> T:
        if response.status_code >= 400:
            error = make_status_error(response, key_id=self.key_id)
            error.retries_taken = retries
            if call.on_outcome_unknown and response.status_code >= 500:
                _mark_unknown(error, call)
            raise error
        try:
            data = response.json() if response.content else {}
        except ValueError:
            unreadable = APIResponseError(
                f"{call.method} {call.url} answered {response.status_code} with a body that is "
                "not JSON",
                response=response,
            )
            unreadable.retries_taken = retries
            if call.on_outcome_unknown:
                _mark_unknown(unreadable, call)
            raise unreadable from None
        return call.parse(data)

    def _transport_error(
        self, exc: httpx.TransportError, call: Call[Any], retries: int
    ) -> APIConnectionError:
        sent = _retry.was_sent(exc)
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        kind = "timed out" if cls is APITimeoutError else "failed"
        where = "after it was sent" if sent else "before it was sent"
        error = cls(
            f"{call.method} {call.url} {kind} {where}: {type(exc).__name__}",
            request=getattr(exc, "_request", None),
            sent=sent,
        )
        error.retries_taken = retries
        if sent and call.on_outcome_unknown:
            _mark_unknown(error, call)
        return error

    def _after_failure(
        self, call: Call[Any], exc: httpx.TransportError, attempt: int, started: float
    ) -> float:
        """Seconds to wait before retrying a failed send; raises when it is not retried."""
        _log_request(call, type(exc).__name__, started)
        if _retry.was_sent(exc):
            call.maybe_landed = True
        if attempt < self.max_retries and _retry.should_retry_exception(exc, call.safety):
            delay = _retry.backoff_delay(attempt, None, self._rng)
            if delay is not None:
                return delay
        raise self._transport_error(exc, call, attempt) from exc

    def _after_response(
        self, call: Call[Any], response: httpx.Response, attempt: int, started: float
    ) -> float | None:
        """Seconds to wait before retrying this answer, or None to take it as final."""
        if _log.isEnabledFor(logging.DEBUG):
            _log_request(call, response.status_code, started)
        status = response.status_code
        if status < 400 or attempt >= self.max_retries:
            return None
        if not _retry.should_retry_status(status, call.safety):
            return None
        if status != 429:  # a gateway error may come after the exchange acted
            call.maybe_landed = True
        retry_after = _retry.parse_retry_after(response.headers)
        return _retry.backoff_delay(attempt, retry_after, self._rng)

    def _copy(self, max_retries: int | None, timeout: float | None) -> Self:
        clone = object.__new__(type(self))
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if k not in _RESOURCES})
        clone._owns_http = False  # the pool stays the original's to close
        if max_retries is not None:
            clone.max_retries = check_int("max_retries", max_retries, 0, MAX_RETRIES_LIMIT)
        if timeout is not None:
            clone.timeout = _check_timeout(timeout)
            clone._timeout = httpx.Timeout(clone.timeout)
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, key_id={self.key_id!r})"


def _check_timeout(timeout: Any) -> float:
    """A timeout in seconds that can work: a finite number above zero (bool refused)."""
    if not isinstance(timeout, bool) and isinstance(timeout, int | float):
        with contextlib.suppress(OverflowError):  # an int too large for a float
            seconds = float(timeout)
            if math.isfinite(seconds) and seconds > 0:
                return seconds
    raise ValueError(f"timeout must be a finite, positive number of seconds, got {timeout!r}")


def _log_request(call: Call[Any], status: int | str, started: float) -> None:
    # Method, path, status and latency only: never headers, bodies or query values.
    elapsed_ms = (time.perf_counter() - started) * 1e3
    _log.debug("%s %s -> %s in %.1f ms", call.method, call.url, status, elapsed_ms)


def _mark_unknown(
    error: APIStatusError | APIConnectionError | APIResponseError, call: Call[Any]
) -> None:
    once = call.safety is _retry.Safety.ONCE
    again = "so it was not sent again" if once else "and no attempt brought a clear answer"
    add_outcome_unknown(
        error,
        f"The outcome is unknown: the request may have reached Kalshi and taken effect, "
        f"{again}. {call.on_outcome_unknown}",
    )


def _env_settings() -> dict[str, Any]:
    env = os.environ.get(ENV_ENVIRONMENT, "prod")
    settings: dict[str, Any] = {"key_id": os.environ.get(ENV_KEY_ID) or None}
    if env.startswith(("http://", "https://")):
        settings["base_url"] = env
    else:
        settings["environment"] = env
    if os.environ.get(ENV_PRIVATE_KEY_PATH):
        settings["private_key_path"] = os.environ[ENV_PRIVATE_KEY_PATH]
    elif os.environ.get(ENV_PRIVATE_KEY):
        settings["private_key"] = os.environ[ENV_PRIVATE_KEY]
    return settings


class KalshiClient(_BaseClient):
    """Synchronous client for Kalshi's Trade API; one pooled connection set per client."""

    _http: httpx.Client

    def __init__(
        self,
        *,
        key_id: str | None = None,
        private_key: str | bytes | RSAPrivateKey | None = None,
        private_key_path: str | os.PathLike[str] | None = None,
        environment: str = "prod",
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        allow_unknown_host: bool = False,
        rate_limit: str | RateLimit | None = None,
    ) -> None:
        super().__init__(
            key_id=key_id,
            private_key=private_key,
            private_key_path=private_key_path,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_unknown_host=allow_unknown_host,
            rate_limit=rate_limit,
        )
        if http_client is not None:
            http_client.base_url = httpx.URL(self.base_url)
            self._http = http_client
        else:
            self._http = httpx.Client(**self._http_options())

    @classmethod
    def from_env(cls, **overrides: Any) -> KalshiClient:
        """A client set up from KALSHI_API_KEY_ID, KALSHI_PRIVATE_KEY_PATH and KALSHI_ENV."""
        return cls(**{**_env_settings(), **overrides})

    @cached_property
    def order_groups(self) -> OrderGroupsResource:
        """Order groups: shared contract limits that cancel their orders when tripped."""
        from .resources.order_groups import OrderGroupsResource

        return OrderGroupsResource(self)

    @cached_property
    def orders(self) -> OrdersResource:
        """Orders: create, get, cancel, list."""
        from .resources.orders import OrdersResource

        return OrdersResource(self)

    @cached_property
    def exchange(self) -> ExchangeResource:
        """Exchange status (public)."""
        from .resources.exchange import ExchangeResource

        return ExchangeResource(self)

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | None = None
    ) -> KalshiClient:
        """A client sharing this one's connections and key, with other retry or timeout settings."""
        return self._copy(max_retries, timeout)

    def _execute(self, call: Call[T]) -> T:
        auth = self._auth_for(call)
        attempt = 0
        while True:
            if self._limiter is not None:
                time.sleep(self._limiter.reserve(call.method, call.url, call.cost))
            started = time.perf_counter()
            try:
                response = self._http.request(
                    call.method, self._url(call.url), params=call.params, json=call.json, auth=auth,
                    timeout=self._timeout,
                )  # fmt: skip
            except httpx.TransportError as exc:
                delay = self._after_failure(call, exc, attempt, started)
            else:
                wait = self._after_response(call, response, attempt, started)
                if wait is None:
                    return self._result(call, response, attempt)
                delay = wait
            time.sleep(delay)
            attempt += 1

    def _run(self, flow: Flow[T]) -> T:
        return run_sync(self._execute, flow)

    def _paginate(self, first: Callable[[str | None], Call[Page[T]]]) -> Iterator[T]:
        cursor: str | None = None
        seen: set[str] = set()
        while True:
            page = self._execute(first(cursor))
            yield from page.items
            if page.cursor is None or page.cursor in seen:
                return
            seen.add(page.cursor)
            cursor = page.cursor

    def close(self) -> None:
        """Close the connection pool (a client from with_options leaves it to the original)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncKalshiClient(_BaseClient):
    """Asynchronous client for Kalshi's Trade API; signs off the event loop."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        *,
        key_id: str | None = None,
        private_key: str | bytes | RSAPrivateKey | None = None,
        private_key_path: str | os.PathLike[str] | None = None,
        environment: str = "prod",
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        allow_unknown_host: bool = False,
        rate_limit: str | RateLimit | None = None,
    ) -> None:
        super().__init__(
            key_id=key_id,
            private_key=private_key,
            private_key_path=private_key_path,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_unknown_host=allow_unknown_host,
            rate_limit=rate_limit,
        )
        if http_client is not None:
            http_client.base_url = httpx.URL(self.base_url)
            self._http = http_client
        else:
            self._http = httpx.AsyncClient(**self._http_options())

    @classmethod
    def from_env(cls, **overrides: Any) -> AsyncKalshiClient:
        """A client set up from KALSHI_API_KEY_ID, KALSHI_PRIVATE_KEY_PATH and KALSHI_ENV."""
        return cls(**{**_env_settings(), **overrides})

    @cached_property
    def order_groups(self) -> AsyncOrderGroupsResource:
        """Order groups: shared contract limits that cancel their orders when tripped."""
        from .resources.order_groups import AsyncOrderGroupsResource

        return AsyncOrderGroupsResource(self)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        """Orders: create, get, cancel, list."""
        from .resources.orders import AsyncOrdersResource

        return AsyncOrdersResource(self)

    @cached_property
    def exchange(self) -> AsyncExchangeResource:
        """Exchange status (public)."""
        from .resources.exchange import AsyncExchangeResource

        return AsyncExchangeResource(self)

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | None = None
    ) -> AsyncKalshiClient:
        """A client sharing this one's connections and key, with other retry or timeout settings."""
        return self._copy(max_retries, timeout)

    async def _execute(self, call: Call[T]) -> T:
        import asyncio  # here, not at the top: a sync-only program need not load it

        auth = self._auth_for(call)
        loop = asyncio.get_running_loop()
        attempt = 0
        while True:
            if self._limiter is not None:
                await asyncio.sleep(self._limiter.reserve(call.method, call.url, call.cost))
            if auth is not None:
                await signing_turn(loop)
            started = time.perf_counter()
            try:
                response = await self._http.request(
                    call.method, self._url(call.url), params=call.params, json=call.json, auth=auth,
                    timeout=self._timeout,
                )  # fmt: skip
            except httpx.TransportError as exc:
                delay = self._after_failure(call, exc, attempt, started)
            else:
                wait = self._after_response(call, response, attempt, started)
                if wait is None:
                    return self._result(call, response, attempt)
                delay = wait
            finally:
                if auth is not None:
                    signing_turn_over(loop)
            await asyncio.sleep(delay)
            attempt += 1

    async def _run(self, flow: Flow[T]) -> T:
        return await run_async(self._execute, flow)

    async def _paginate(self, first: Callable[[str | None], Call[Page[T]]]) -> AsyncIterator[T]:
        cursor: str | None = None
        seen: set[str] = set()
        while True:
            page = await self._execute(first(cursor))
            for item in page.items:
                yield item
            if page.cursor is None or page.cursor in seen:
                return
            seen.add(page.cursor)
            cursor = page.cursor

    async def aclose(self) -> None:
        """Close the connection pool (a client from with_options leaves it to the original)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
