"""The request loop both clients share: signing, one deadline per call, retries, rate limit, errors.

It knows no resource: `SyncAPIClient` and `AsyncAPIClient` execute `Call`s (and flows of them)
and `request()` any path; `KalshiClient` and `AsyncKalshiClient` (in `_client`) add the
configuration users see and attach the resources.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import random
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _retry
from ._auth import KalshiAuth, Signer, load_private_key, signing_turn, signing_turn_over
from ._call import Call, MalformedResponse
from ._config import api_path_prefix, check_signed_destination, resolve_base_url
from ._constants import (
    DEADLINE_GRACE,
    MAX_RETRIES_LIMIT,
)
from ._errors import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    KalshiError,
    MissingCredentialsError,
    add_outcome_unknown,
    make_status_error,
)
from ._flow import Flow, run_async, run_sync
from ._group_routes import GroupRoutes
from ._validation import check_int

if TYPE_CHECKING:
    import asyncio
    from typing import Self

    from ._auth import PrivateKey
    from ._ratelimit import RateLimit, RateLimiter


T = TypeVar("T")
_log = logging.getLogger("kalshi")
_URL_CACHE_SIZE = 512
_HTTP_METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")
_CHECK_FIRST = "Check whether it took effect before sending it again."


class _CookiesWhenSet(httpx.Cookies):
    """A pool's cookies, handed a response only when the response sets a cookie.

    httpx offers every response to the cookie jar, and to do so builds a urllib request from
    the request and an email message from the response's headers: a third of a call's own
    work in `make bench`, spent even on answers that set no cookie. A response with
    `Set-Cookie` (or `Set-Cookie2`) goes to the jar as before; one without would have added
    nothing to it, so the jar holds what it would have held.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


def cookies_when_set(http: httpx.Client | httpx.AsyncClient) -> None:
    """Give a pool (the SDK's or a caller's) cookies that skip responses setting none.

    The same jar stays in place, so cookies already held, and any the caller reads or sets
    through `http.cookies`, are the same ones. Left alone if httpx changes how a client keeps
    its cookies (the pool is then as httpx made it).
    """
    held = getattr(http, "_cookies", None)
    if type(held) is httpx.Cookies:
        http._cookies = _CookiesWhenSet(held.jar)


def _decoded(data: Any) -> Any:
    """Parser of `request()`: the decoded JSON as it is (None for an empty body)."""
    return data


class _BaseClient:
    """What both twins share: configuration, request preparation, errors, retry timing."""

    def __init__(
        self,
        *,
        key_id: str | None,
        private_key: str | bytes | PrivateKey | None,
        private_key_path: str | os.PathLike[str] | None,
        environment: str,
        base_url: str | None,
        timeout: float,
        max_retries: int,
        allow_unknown_host: bool,
        rate_limit: str | RateLimit | None,
    ) -> None:
        self.base_url = resolve_base_url(environment, base_url)
        self._limiter: RateLimiter | None = None
        if rate_limit is not None:  # the limiter's module is loaded only for a client that has one
            from ._ratelimit import make_limiter

            self._limiter = make_limiter(rate_limit)
        has_key = private_key is not None or private_key_path is not None
        if key_id is not None and not has_key:
            raise ValueError("key_id was given without private_key or private_key_path")
        if has_key and key_id is None:
            raise ValueError("a private key was given without key_id")
        self._signer: Signer | None = None
        key = None
        if key_id is not None:
            check_signed_destination(self.base_url, allow_unknown_host=allow_unknown_host)
            key = load_private_key(private_key, private_key_path)
            self._signer = Signer(key_id, key)
        self._auth: KalshiAuth | None = KalshiAuth(self._signer) if self._signer else None
        self.timeout = _check_timeout(timeout)
        self.max_retries = check_int("max_retries", max_retries, 0, MAX_RETRIES_LIMIT)
        self._routes = GroupRoutes()
        self._rng = random.Random()
        self._owns_http = True
        # This client's base_url, parsed, and the URLs built on it, kept together so that a
        # thread never files a URL built on an old base_url among those of a new one.
        self._urls: tuple[str | None, httpx.URL, dict[str, httpx.URL]] = (None, httpx.URL(), {})
        # What this client was built from (the key as loaded), for with_options() to build anew.
        self._settings: dict[str, Any] = {
            "key_id": key_id, "private_key": key, "private_key_path": None,
            "environment": environment, "base_url": self.base_url, "timeout": self.timeout,
            "max_retries": self.max_retries, "allow_unknown_host": allow_unknown_host,
            "rate_limit": rate_limit,
        }  # fmt: skip

    @property
    def key_id(self) -> str | None:
        """The API key id requests are signed with (an identifier, not a secret)."""
        return self._signer.key_id if self._signer else None

    def _http_options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "follow_redirects": False,  # a redirect would carry the signature headers along
            "headers": {"Accept": "application/json"},
        }

    def _url(self, path: str) -> httpx.URL:
        """The absolute URL of an API path on this client's own base_url.

        Absolute, so that an http_client given by the caller (and perhaps shared with another
        SDK client) is never asked for its base_url, nor changed. Remembered per path: parsing
        a URL is a large part of what httpx does per request, and a ready httpx.URL passes
        through its request building without being parsed again.
        """
        known, base, urls = self._urls
        if self.base_url is not known:  # first use, or base_url was replaced
            known = self.base_url
            base = httpx.URL(known.rstrip("/") + "/")
            urls = {}
            self._urls = (known, base, urls)
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

    def _raw_call(self, method: Any, path: Any, params: Any, json: Any) -> Call[Any]:
        """The call behind `request()`: checked, and given the policy of the operation it hits."""
        if not isinstance(method, str) or method.upper() not in _HTTP_METHODS:
            raise ValueError(f"method must be one of {', '.join(_HTTP_METHODS)}, got {method!r}")
        if not isinstance(path, str) or not path.startswith("/") or "://" in path:
            raise ValueError(f"path must be an API path such as '/markets', got {path!r}")
        if "?" in path or "#" in path:
            raise ValueError("give query parameters as params=, not in the path")
        prefix = api_path_prefix(self.base_url)
        if path.startswith(prefix + "/"):
            path = path[len(prefix) :]
        if params is not None and not isinstance(params, Mapping):
            raise TypeError(f"params must be a mapping, got {type(params).__name__}")
        method = method.upper()
        from ._operations import operation_for

        row = operation_for(method, path)
        kwargs = {"method": method, "url": path, "params": dict(params or {}), "json": json}
        return Call(
            kwargs,
            _decoded,
            operation=row.operation_id if row is not None else None,
            authenticated=self._signer is not None,
            on_outcome_unknown=None if method == "GET" else _CHECK_FIRST,
        )

    def _auth_for(self, call: Call[Any]) -> KalshiAuth | None:
        if not call.authenticated:
            return None
        if self._auth is None:
            raise MissingCredentialsError(
                f"{call.method} {call.url} needs an API key: pass key_id and private_key (or "
                "private_key_path) to the client, or use KalshiClient.from_env()"
            )
        return self._auth

    def _result(self, call: Call[T], response: httpx.Response, retries: int, note: str = "") -> T:
        """The parsed answer of a final response; raises for anything but a usable success."""
        status = response.status_code
        if status >= 300:
            error: APIStatusError | APIResponseError
            if status >= 400:
                error = make_status_error(response, key_id=self.key_id)
            else:
                error = _redirect_error(call, response)
            if note:
                add_note(error, note)
            error.retries_taken = retries
            raise error
        try:
            data = response.json() if response.content else None
        except (ValueError, RecursionError) as exc:  # not JSON, too deep, a huge integer
            reason = f"a body that is not JSON it can read ({type(exc).__name__})"
            raise self._unusable(call, response, retries, reason) from exc
        try:
            return call.parse(data)
        except KalshiError:
            raise
        except MalformedResponse as exc:
            raise self._unusable(call, response, retries, str(exc)) from exc
        except Exception as exc:  # a parser tripped over a shape it did not expect
            reason = f"a body of an unexpected shape ({type(exc).__name__})"
            raise self._unusable(call, response, retries, reason) from exc

    def _unusable(
        self, call: Call[Any], response: httpx.Response, retries: int, reason: str
    ) -> APIResponseError:
        """The error for a success status whose body cannot be taken as the answer."""
        if not 400 <= response.status_code < 500:  # not a refusal: it may have acted
            call.maybe_landed = True
        error = APIResponseError(
            f"{call.method} {call.url} answered {response.status_code} with {reason}",
            response=response,
        )
        error.retries_taken = retries
        return error

    def _deadline_note(self, *, passed: bool) -> str:
        if passed:
            return f"the call's deadline of {self.timeout:g} s passed"
        return f"not retried: the call's deadline of {self.timeout:g} s would pass first"

    def _transport_error(
        self, exc: httpx.TransportError, call: Call[Any], retries: int, note: str = ""
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
        if note:
            add_note(error, note)
        error.retries_taken = retries
        return error

    def _broken_connection(
        self, call: Call[Any], closed: bool, exc: BaseException, retries: int
    ) -> APIConnectionError:
        """The error for a send that failed outside HTTP: a closed client, another loop."""
        if closed:
            what = "the client was closed before it was sent"
        else:
            call.maybe_landed = True  # it failed mid-flight: it may have left
            what = (
                "failed in flight: the client was closed meanwhile, or its connections belong "
                f"to another event loop ({type(exc).__name__}: {exc})"
            )
        error = APIConnectionError(
            f"{call.method} {call.url} {what}", request=None, sent=not closed
        )
        error.retries_taken = retries
        return error

    def _after_failure(
        self,
        call: Call[Any],
        exc: httpx.TransportError,
        attempt: int,
        started: float,
        deadline: float,
    ) -> float:
        """Seconds to wait before retrying a failed send; raises when it is not retried."""
        _log_request(call, type(exc).__name__, started)
        if _retry.was_sent(exc):
            call.maybe_landed = True
        now = time.monotonic()
        note = self._deadline_note(passed=True) if now >= deadline else ""
        if (
            not note
            and attempt < self.max_retries
            and _retry.should_retry_exception(exc, call.safety)
        ):
            delay = _retry.backoff_delay(attempt, None, self._rng)
            if delay is not None and now + delay < deadline:
                return delay
            if delay is not None:
                note = self._deadline_note(passed=False)
        raise self._transport_error(exc, call, attempt, note) from exc

    def _after_response(
        self,
        call: Call[Any],
        response: httpx.Response,
        attempt: int,
        started: float,
        deadline: float,
    ) -> float | None:
        """Seconds to wait before retrying this answer, or None to take it as final."""
        if _log.isEnabledFor(logging.DEBUG):
            _log_request(call, response.status_code, started)
        status = response.status_code
        if status < 300:
            return None
        if status < 400 or status >= 500:  # a gateway error may come after the exchange acted
            call.maybe_landed = True
        if status < 400 or attempt >= self.max_retries:
            return None
        if not _retry.should_retry_status(status, call.safety):
            return None
        retry_after = _retry.parse_retry_after(response.headers)
        delay = _retry.backoff_delay(attempt, retry_after, self._rng)
        if delay is not None and time.monotonic() + delay >= deadline:
            self._result(call, response, attempt, self._deadline_note(passed=False))
        return delay

    def _copy(self, max_retries: int | None, timeout: float | None) -> Self:
        """A client configured anew from this one's settings, with these changed, that shares
        this one's key, connections, rate-limit budget and group routes."""
        settings = dict(self._settings)
        if max_retries is not None:
            settings["max_retries"] = max_retries
        if timeout is not None:
            settings["timeout"] = timeout
        clone = object.__new__(type(self))
        # Every other setting checked as at construction; the key is not loaded again nor a
        # Signer built, as the clone takes this one's below.
        _BaseClient.__init__(clone, **{**settings, "key_id": None, "private_key": None})
        clone._settings = settings
        for shared in ("_signer", "_auth", "_limiter", "_routes", "_http", "_pools", "_ws"):
            if shared in self.__dict__:
                setattr(clone, shared, self.__dict__[shared])
        clone._owns_http = False  # the pool stays the original's to close
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


class _SyncBody(httpx.SyncByteStream):
    """A response body that stops with a timeout once the call's deadline has passed."""

    __slots__ = ("_deadline", "_stream")

    def __init__(self, stream: httpx.SyncByteStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        # The first chunk is bounded by the attempt's read timeout (the time left) and is often
        # the whole body: it is taken as it comes. Each further one must come in time.
        first = True
        for chunk in self._stream:
            if not first and time.monotonic() >= self._deadline:
                raise httpx.ReadTimeout("the call's deadline passed while its body was read")
            first = False
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncBody(httpx.AsyncByteStream):
    """The async twin of _SyncBody."""

    __slots__ = ("_deadline", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    async def __aiter__(self) -> AsyncIterator[bytes]:
        first = True
        async for chunk in self._stream:
            if not first and time.monotonic() >= self._deadline:
                raise httpx.ReadTimeout("the call's deadline passed while its body was read")
            first = False
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


def _read(response: httpx.Response, deadline: float) -> httpx.DecodingError | None:
    """Read the body within the deadline; a body that fails to decode is returned, not raised."""
    response.stream = _SyncBody(response.stream, deadline)  # type: ignore[arg-type]
    try:
        response.read()
    except httpx.DecodingError as exc:
        response.close()
        return exc
    except BaseException:
        response.close()
        raise
    return None


async def _aread(response: httpx.Response, deadline: float) -> httpx.DecodingError | None:
    """The async twin of _read."""
    response.stream = _AsyncBody(response.stream, deadline)  # type: ignore[arg-type]
    try:
        await response.aread()
    except httpx.DecodingError as exc:
        await response.aclose()
        return exc
    except BaseException:
        await response.aclose()
        raise
    return None


def _log_request(call: Call[Any], status: int | str, started: float) -> None:
    # Method, path, status and latency only: never headers, bodies or query values.
    elapsed_ms = (time.perf_counter() - started) * 1e3
    _log.debug("%s %s -> %s in %.1f ms", call.method, call.url, status, elapsed_ms)


def _redirect_error(call: Call[Any], response: httpx.Response) -> APIResponseError:
    """A 3xx: never followed (the signature would go along), never taken as success."""
    location = response.headers.get("location", "")
    try:
        host = httpx.URL(location).host or "this same host"
    except (httpx.InvalidURL, ValueError, TypeError):
        host = "an unreadable location"
    return APIResponseError(
        f"{call.method} {call.url} answered {response.status_code}, a redirect to {host}; "
        "redirects are not followed (the signature headers would go along) and are not a "
        "success: check base_url",
        response=response,
    )


def add_note(error: KalshiError, note: str) -> None:
    """Append a clause to an error's message."""
    error.args = (f"{error.args[0]} ({note})" if error.args else note,)
    if isinstance(error, APIStatusError):
        error.message = f"{error.message} ({note})"


def _finish(error: KalshiError, call: Call[Any]) -> None:
    """Mark an error outcome unknown when any attempt of its call may have landed."""
    if call.maybe_landed and call.on_outcome_unknown and not error.outcome_unknown:
        _mark_unknown(error, call)


def _mark_unknown(error: KalshiError, call: Call[Any]) -> None:
    once = call.safety is _retry.Safety.ONCE
    again = "so it was not sent again" if once else "and no attempt brought a clear answer"
    add_outcome_unknown(
        error,
        f"The outcome is unknown: the request may have reached Kalshi and taken effect, "
        f"{again}. {call.on_outcome_unknown}",
    )


class _AsyncPools:
    """An async client's connections: one pool per event loop when the SDK made the pool.

    Connections belong to the event loop they were opened on, and `asyncio.run` makes a new
    loop each time: a pool of its own is opened afresh for each loop. A pool the caller gave
    cannot be replaced; using it from a second loop after its first loop closed is an error.
    """

    __slots__ = ("client", "closed", "given", "loop", "options", "others")

    def __init__(self, given: httpx.AsyncClient | None, options: dict[str, Any]) -> None:
        self.given = given
        self.options = options
        self.client = given if given is not None else httpx.AsyncClient(**options)
        cookies_when_set(self.client)
        self.loop: asyncio.AbstractEventLoop | None = None  # the loop client was used on
        self.others: dict[asyncio.AbstractEventLoop, httpx.AsyncClient] = {}
        self.closed = False

    def for_loop(self, loop: asyncio.AbstractEventLoop, call: Call[Any]) -> httpx.AsyncClient:
        """The pool to use on this loop."""
        if loop is self.loop:
            return self.client
        if self.loop is None or self.closed:  # first use (or closed: the send will say so)
            self.loop = loop
            return self.client
        if self.given is not None:
            if not self.loop.is_closed():
                return self.client  # the caller's pool, shared between loops at their risk
            raise APIConnectionError(
                f"{call.method} {call.url} was not sent: the http_client given to this "
                "AsyncKalshiClient was used on an event loop that has closed, and its "
                "connections cannot serve another event loop (each asyncio.run() makes a new "
                "one). Use the client within one event loop, or leave out http_client so "
                "that it opens a pool per event loop.",
                request=None,
                sent=False,
            )
        self.others = {old: c for old, c in self.others.items() if not old.is_closed()}
        if not self.loop.is_closed():
            self.others[self.loop] = self.client
        # A pool of a closed loop is dropped unclosed: its sockets die with that loop's objects.
        kept = self.others.pop(loop, None)
        if kept is None:
            kept = httpx.AsyncClient(**self.options)
            cookies_when_set(kept)
        self.client = kept
        self.loop = loop
        return self.client

    async def aclose(self) -> None:
        """Close the pool of the running loop; pools of closed loops are dropped."""
        import asyncio

        self.closed = True
        if self.loop is None or self.loop is asyncio.get_running_loop():
            await self.client.aclose()
        else:
            with contextlib.suppress(RuntimeError):  # its loop is gone
                await self.client.aclose()
        self.others.clear()


class SyncAPIClient(_BaseClient):
    """The blocking request loop: executes calls on one pooled `httpx.Client`."""

    _http: httpx.Client

    def _execute(self, call: Call[T]) -> T:
        try:
            return self._attempts(call)
        except KalshiError as error:
            _finish(error, call)
            raise

    def _attempts(self, call: Call[T]) -> T:
        auth = self._auth_for(call)
        http = self._http
        deadline = 0.0
        attempt = 0
        while True:
            if self._limiter is not None:
                time.sleep(self._limiter.reserve(call.bucket, call.cost))
            started = time.perf_counter()
            if attempt == 0:
                deadline = time.monotonic() + self.timeout
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise APITimeoutError(
                    f"{call.method} {call.url}: {self._deadline_note(passed=True)} before retry "
                    f"{attempt} could be sent",
                    request=None,
                    sent=False,
                )
            if http.is_closed:
                raise self._broken_connection(call, True, RuntimeError("closed"), attempt)
            try:
                request = http.build_request(
                    call.method, self._url(call.url), params=call.params, json=call.json,
                    timeout=remaining,
                )  # fmt: skip
                response = http.send(request, auth=auth, stream=True, follow_redirects=False)
                undecodable = _read(response, deadline)
            except httpx.TransportError as exc:
                delay = self._after_failure(call, exc, attempt, started, deadline)
            except RuntimeError as exc:
                if not http.is_closed:
                    raise
                # The pool was closed by another thread meanwhile.
                raise self._broken_connection(call, False, exc, attempt) from exc
            else:
                if undecodable is not None:
                    reason = f"a body that could not be decoded ({undecodable})"
                    raise self._unusable(call, response, attempt, reason) from undecodable
                wait = self._after_response(call, response, attempt, started, deadline)
                if wait is None:
                    return self._result(call, response, attempt)
                delay = wait
            time.sleep(delay)
            attempt += 1

    def _run(self, flow: Flow[T]) -> T:
        return run_sync(self._execute, flow)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
    ) -> Any:
        """Any API request, signed, retried and rate-limited; returns the decoded JSON.

        `path` is relative to the API (`"/markets"`, or with the `/trade-api/v2` prefix). A
        path of a spec operation gets that operation's retry safety and token cost; any other
        is treated as a write (never sent again once it may have reached Kalshi). Errors are
        the SDK's. The way to reach what the resources do not cover yet.
        """
        return self._execute(self._raw_call(method, path, params, json))

    def close(self) -> None:
        """Close the connection pool (a client from with_options leaves it to the original)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_BaseClient):
    """The asyncio request loop: executes calls on a pool per event loop."""

    _pools: _AsyncPools

    @property
    def _http(self) -> httpx.AsyncClient:
        """The connection pool of the event loop this client was last used on."""
        return self._pools.client

    async def _execute(self, call: Call[T]) -> T:
        try:
            return await self._attempts(call)
        except KalshiError as error:
            _finish(error, call)
            raise

    async def _attempts(self, call: Call[T]) -> T:
        import asyncio  # here, not at the top: a sync-only program need not load it

        auth = self._auth_for(call)
        loop = asyncio.get_running_loop()
        http = self._pools.for_loop(loop, call)
        deadline = 0.0
        attempt = 0
        while True:
            if self._limiter is not None:
                await asyncio.sleep(self._limiter.reserve(call.bucket, call.cost))
            if auth is not None:
                await signing_turn(loop)
            started = time.perf_counter()
            if attempt == 0:
                deadline = time.monotonic() + self.timeout
            try:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise APITimeoutError(
                        f"{call.method} {call.url}: {self._deadline_note(passed=True)} before "
                        f"retry {attempt} could be sent",
                        request=None,
                        sent=False,
                    )
                if http.is_closed:
                    raise self._broken_connection(call, True, RuntimeError("closed"), attempt)
                request = http.build_request(
                    call.method, self._url(call.url), params=call.params, json=call.json,
                    timeout=remaining,
                )  # fmt: skip
                # httpx bounds each socket operation; this bounds them all together (a server
                # dripping its headers byte by byte), just after httpx's own timeouts would.
                async with asyncio.timeout(remaining + DEADLINE_GRACE):
                    response = await http.send(
                        request, auth=auth, stream=True, follow_redirects=False
                    )
                    undecodable = await _aread(response, deadline)
            except httpx.TransportError as exc:
                delay = self._after_failure(call, exc, attempt, started, deadline)
            except TimeoutError:  # the deadline passed mid-request: it may have been sent
                cut = httpx.ReadTimeout("the call's deadline passed", request=request)
                delay = self._after_failure(call, cut, attempt, started, deadline)
            except RuntimeError as exc:
                if not (http.is_closed or "loop" in str(exc)):
                    raise
                # Closed meanwhile, or a connection of an event loop that has closed.
                raise self._broken_connection(call, False, exc, attempt) from exc
            else:
                if undecodable is not None:
                    reason = f"a body that could not be decoded ({undecodable})"
                    raise self._unusable(call, response, attempt, reason) from undecodable
                wait = self._after_response(call, response, attempt, started, deadline)
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

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
    ) -> Any:
        """Any API request, signed, retried and rate-limited; returns the decoded JSON.

        The async twin of `KalshiClient.request`.
        """
        return await self._execute(self._raw_call(method, path, params, json))

    async def aclose(self) -> None:
        """Close the connection pool (a client from with_options leaves it to the original)."""
        if self._owns_http:
            await self._pools.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
