"""KalshiClient and AsyncKalshiClient: the settings users give, and the resources attached.

The request loop they run on is `_base_client`; each resource is built on first use. The
hand-written resources are properties here; every other one comes from the generated
declaration `kalshi_openapi.resources.RESOURCES`, read on the first access of an attribute
the class does not have (so `import kalshi` imports no generated module).
"""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient, _AsyncPools, cookies_when_set
from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_ENVIRONMENT,
    ENV_KEY_ID,
    ENV_PRIVATE_KEY,
    ENV_PRIVATE_KEY_PATH,
)
from ._group_routes import MAX_GROUP_ROUTES, GroupRoutes

if TYPE_CHECKING:
    from kalshi_openapi.resources import AsyncResources as _AsyncResources
    from kalshi_openapi.resources import SyncResources as _SyncResources

    from ._auth import PrivateKey
    from ._ratelimit import RateLimit
    from .resources.exchange import AsyncExchangeResource, ExchangeResource
    from .resources.order_groups import AsyncOrderGroupsResource, OrderGroupsResource
    from .resources.orders import AsyncOrdersResource, OrdersResource
    from .streaming._connection import WsConnect
    from .streaming._session import AsyncWebSocket
    from .streaming._sync import WebSocket

__all__ = ["MAX_GROUP_ROUTES", "AsyncKalshiClient", "GroupRoutes", "KalshiClient"]


def _attach(client: Any, name: str, twin: int) -> Any:
    """The generated resource `name` of a client (twin 1: async), built once and kept."""
    if name.startswith("_"):
        raise AttributeError(f"{type(client).__name__!r} object has no attribute {name!r}")
    from kalshi_openapi.resources import RESOURCES

    declared = RESOURCES.get(name)
    if declared is None:
        raise AttributeError(f"{type(client).__name__!r} object has no attribute {name!r}")
    import importlib

    module = importlib.import_module(f"kalshi_openapi.resources.{declared[0]}")
    resource = getattr(module, declared[1 + twin])(client)
    client.__dict__[name] = resource
    return resource


if not TYPE_CHECKING:

    class _SyncResources:
        """Attaches the generated resources of a KalshiClient on first use."""

        def __getattr__(self, name: str) -> Any:
            return _attach(self, name, 0)

    class _AsyncResources:
        """Attaches the generated resources of an AsyncKalshiClient on first use."""

        def __getattr__(self, name: str) -> Any:
            return _attach(self, name, 1)


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


def _ws_settings(
    ws_url: str | None, ws_connect: WsConnect | None, allow_unknown_host: bool
) -> tuple[str | None, WsConnect | None]:
    """A client's feed settings, the URL checked now (a derived one when it is used)."""
    if ws_url is not None:
        from .streaming._url import check_ws_url

        ws_url = check_ws_url(ws_url, allow_unknown_host=allow_unknown_host)
    if ws_connect is not None and not callable(ws_connect):
        raise TypeError("ws_connect must be a callable (url, headers) -> awaitable connection")
    return ws_url, ws_connect


def _make_ws(client: KalshiClient | AsyncKalshiClient, options: dict[str, Any]) -> AsyncWebSocket:
    from .streaming._factory import make_session

    ws_url, ws_connect = client._ws
    return make_session(
        signer=client._signer,
        base_url=client.base_url,
        ws_url=ws_url,
        ws_connect=ws_connect,
        allow_unknown_host=client._settings["allow_unknown_host"],
        options=options,
    )


class KalshiClient(SyncAPIClient, _SyncResources):
    """Synchronous client for Kalshi's Trade API; one pooled connection set per client.

    `timeout` is the deadline of a whole call in seconds: all its attempts, body reads and
    backoff waits. `max_retries` is how many times a failed attempt may be repeated. A given
    `http_client` is used as it is (its base_url is neither used nor changed; redirects are
    never followed; its cookie jar, kept in place, is handed only the answers that set a
    cookie); `close()` closes it too.
    """

    def __init__(
        self,
        *,
        key_id: str | None = None,
        private_key: str | bytes | PrivateKey | None = None,
        private_key_path: str | os.PathLike[str] | None = None,
        environment: str = "prod",
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        allow_unknown_host: bool = False,
        rate_limit: str | RateLimit | None = None,
        ws_url: str | None = None,
        ws_connect: WsConnect | None = None,
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
        self._ws = _ws_settings(ws_url, ws_connect, allow_unknown_host)
        if http_client is not None:  # used as given: requests carry absolute URLs
            self._http = http_client
        else:
            self._http = httpx.Client(**self._http_options())
        cookies_when_set(self._http)

    @classmethod
    def from_env(cls, **overrides: Any) -> KalshiClient:
        """A client set up from KALSHI_API_KEY_ID, KALSHI_PRIVATE_KEY_PATH and KALSHI_ENV."""
        return cls(**{**_env_settings(), **overrides})

    # Documented with the plain resource base, so not a subclass of the generated class.
    @cached_property
    def order_groups(self) -> OrderGroupsResource:  # type: ignore[override]
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

    def websocket(self, **options: Any) -> WebSocket:
        """A blocking session on the real-time feed: `with client.websocket() as ws:`.

        Options are `AsyncWebSocket`'s: heartbeat, command_timeout, queue_size,
        backoff_base, backoff_cap, rng.
        """
        from .streaming._sync import WebSocket

        return WebSocket(_make_ws(self, options))  # bad settings raise here, in this thread

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | None = None
    ) -> KalshiClient:
        """A client sharing this one's connections and key, with other retry or timeout settings.

        `timeout` is the deadline of each whole call made through the returned client.
        """
        return self._copy(max_retries, timeout)


class AsyncKalshiClient(AsyncAPIClient, _AsyncResources):
    """Asynchronous client for Kalshi's Trade API; signs off the event loop.

    `timeout`, `max_retries` and `http_client` mean what they mean for KalshiClient. Without
    an `http_client`, the client opens a pool per event loop it is used on, so it works
    across `asyncio.run()` calls; a given one is tied to the loop it was first used on.
    """

    def __init__(
        self,
        *,
        key_id: str | None = None,
        private_key: str | bytes | PrivateKey | None = None,
        private_key_path: str | os.PathLike[str] | None = None,
        environment: str = "prod",
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        allow_unknown_host: bool = False,
        rate_limit: str | RateLimit | None = None,
        ws_url: str | None = None,
        ws_connect: WsConnect | None = None,
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
        self._ws = _ws_settings(ws_url, ws_connect, allow_unknown_host)
        self._pools = _AsyncPools(http_client, self._http_options())

    @classmethod
    def from_env(cls, **overrides: Any) -> AsyncKalshiClient:
        """A client set up from KALSHI_API_KEY_ID, KALSHI_PRIVATE_KEY_PATH and KALSHI_ENV."""
        return cls(**{**_env_settings(), **overrides})

    # Documented with the plain resource base, so not a subclass of the generated class.
    @cached_property
    def order_groups(self) -> AsyncOrderGroupsResource:  # type: ignore[override]
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

    def websocket(self, **options: Any) -> AsyncWebSocket:
        """A session on the real-time feed: `async with client.websocket() as ws:`.

        Options: heartbeat, command_timeout, queue_size, backoff_base, backoff_cap, rng.
        """
        return _make_ws(self, options)

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | None = None
    ) -> AsyncKalshiClient:
        """A client sharing this one's connections and key, with other retry or timeout settings.

        `timeout` is the deadline of each whole call made through the returned client.
        """
        return self._copy(max_retries, timeout)
