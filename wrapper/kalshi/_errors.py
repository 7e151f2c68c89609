"""The SDK's exceptions, and the one place where an HTTP error response becomes one."""

from __future__ import annotations

import contextlib
import copy
import pickle
import re
from typing import Any

import httpx

from ._auth import SIGNATURE_HEADER

__all__ = [
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "KalshiError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamInterrupted",
    "SubscriptionOverflow",
    "SubscriptionTerminated",
    "WebSocketCommandError",
    "WebSocketConnectionError",
    "WebSocketError",
    "WebSocketHandshakeError",
    "WebSocketTimeoutError",
]

# Codes Kalshi sends on 401, and what to do about each.
_AUTH_HINTS = {
    "header_timestamp_expired": "the request timestamp was outside the server's window: "
    "check this machine's clock (for example with NTP)",
    "signature_is_missing_from_headers": "the request carried no signature headers",
}
OUTCOME_UNKNOWN = "outcome_unknown"


class KalshiError(Exception):
    """Base class of every error this SDK raises."""

    outcome_unknown: bool = False
    """True when the request may have taken effect though no answer said so: check first."""

    client_order_id: str | None = None
    """On errors from `orders.create`: the id the order was sent with (given or generated).

    Creating the order again with this same id is safe: if an earlier attempt landed,
    Kalshi refuses the repeat with 409 order_already_exists.
    """

    client_order_ids: list[str] | None = None
    """On errors from `orders.batch_create_v2`: the ids of the batch's orders, in order."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by fields, not by calling __init__ again (its arguments are keyword-only).

        The kept httpx request and response travel with their signature headers blanked;
        one that cannot be pickled (a custom stream, say) is left out as None.
        """
        state = {name: _picklable(value) for name, value in self.__dict__.items()}
        return _rebuild, (type(self), self.args, state)


def _rebuild(cls: type[KalshiError], args: tuple[Any, ...], state: dict[str, Any]) -> KalshiError:
    """Unpickle an error: make it without __init__, then restore its fields."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def _picklable(value: Any) -> Any:
    """A field as a pickle may carry it: requests and responses without their signatures."""
    if isinstance(value, httpx.Request):
        value = without_signature(value)
    elif isinstance(value, httpx.Response):
        value = _without_signatures(value)
    else:
        return value
    try:
        pickle.dumps(value)
    except Exception:  # e.g. a default_encoding given as a function
        return None
    return value


def _without_signatures(response: httpx.Response) -> httpx.Response:
    """A copy of a response whose every request (sent, redirect, history) has no signature."""
    shown = copy.copy(response)
    with contextlib.suppress(RuntimeError):  # a response built without a request
        shown.request = without_signature(response.request)  # type: ignore[assignment]
    shown.next_request = without_signature(response.next_request)
    shown.history = [_without_signatures(earlier) for earlier in response.history]
    return shown


def without_signature(request: httpx.Request | None) -> httpx.Request | None:
    """The request as an error may show it: a copy with its signature header blanked.

    Kalshi's signature does not cover the body, so one leaked while its timestamp is fresh
    could be replayed with another body; errors keep the request for diagnosis, not that.
    """
    if request is None or SIGNATURE_HEADER not in request.headers:
        return request
    shown = copy.copy(request)
    shown.headers = request.headers.copy()
    shown.headers[SIGNATURE_HEADER] = "[redacted]"
    return shown


def add_outcome_unknown(error: KalshiError, note: str) -> None:
    """Mark an error as one whose request may have taken effect, and say how to check."""
    error.outcome_unknown = True
    error.args = (f"{error.args[0]}. {note}" if error.args else note,)
    if isinstance(error, APIStatusError):
        error.message = f"{error.message}. {note}"


def _shown(response: httpx.Response) -> httpx.Response:
    """The response an error keeps, its request's signature blanked."""
    try:
        request = response.request
    except RuntimeError:  # a response built without a request
        return response
    shown = without_signature(request)
    if shown is not None:
        response.request = shown
    return response


class MissingCredentialsError(KalshiError):
    """An authenticated endpoint was called on a client without an API key."""


class APIConnectionError(KalshiError):
    """The request failed at the connection level; see `sent` for whether it left."""

    def __init__(self, message: str, *, request: httpx.Request | None, sent: bool) -> None:
        super().__init__(message)
        self.request = without_signature(request)
        self.sent = sent
        self.retries_taken = 0


class APITimeoutError(APIConnectionError):
    """The request timed out; if `sent` is True the server may have acted on it."""


class APIResponseError(KalshiError):
    """An answer that cannot be taken as success: a redirect, or a body unreadable or lacking.

    A success status whose body is not JSON, cannot be decoded, or lacks what the operation
    promises; or a 3xx redirect, which is never followed.
    """

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = _shown(response)
        self.status_code = response.status_code
        self.retries_taken = 0


class APIStatusError(KalshiError):
    """Kalshi answered with an error status; `code`, `message` and `details` come from its body."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None,
        details: Any,
        body: Any,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.response = _shown(response)
        self.status_code = response.status_code
        self.code = code
        self.details = details
        self.body = body
        self.request_id = response.headers.get("x-request-id")
        self.retries_taken = 0

    def __str__(self) -> str:
        code = f" {self.code}" if self.code else ""
        return f"{self.status_code}{code}: {self.message}"


class BadRequestError(APIStatusError):
    """400: the request was malformed or refused by validation."""


class AuthenticationError(APIStatusError):
    """401: the key, signature or timestamp was not accepted."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or not visible on this subaccount)."""


class ConflictError(APIStatusError):
    """409: the resource already exists, e.g. a reused client_order_id."""


class RateLimitError(APIStatusError):
    """429: too many requests; nothing was done."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class WebSocketError(KalshiError):
    """A failure of the real-time feed; `code` is Kalshi's feed error code when it sent one."""

    def __init__(self, message: str, *, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class WebSocketConnectionError(WebSocketError):
    """The feed could not be reached, or its connection was lost while a command waited."""


class WebSocketHandshakeError(WebSocketError):
    """The server refused the WebSocket upgrade with an HTTP status (401: key or signature)."""

    def __init__(self, message: str, *, status: int, body: bytes = b"") -> None:
        super().__init__(message)
        self.status = status
        self.body = body


class WebSocketTimeoutError(WebSocketError):
    """A feed command got no reply within the session's command timeout."""


class WebSocketCommandError(WebSocketError):
    """The feed answered a command with an error; `code` and `message` are Kalshi's."""

    def __init__(
        self, message: str, *, code: int | None, command: str, market_ticker: str | None = None
    ) -> None:
        super().__init__(message, code=code)
        self.message = message
        self.command = command
        self.market_ticker = market_ticker

    def __str__(self) -> str:
        return f"{self.command}: error {self.code}: {self.message}"


class SubscriptionTerminated(WebSocketCommandError):
    """A terminal feed error (10 channel error, 17 internal error, 25 buffer overflow)."""


class SubscriptionOverflow(WebSocketError):
    """A private channel's queue filled up: `dropped` messages were lost; resync from REST."""

    def __init__(self, message: str, *, channel: str, dropped: int) -> None:
        super().__init__(message)
        self.channel = channel
        self.dropped = dropped


class StreamInterrupted(WebSocketError):
    """A private channel may have missed messages (a reconnect or a sequence gap): resync."""

    def __init__(self, message: str, *, channel: str, reason: str) -> None:
        super().__init__(message)
        self.channel = channel
        self.reason = reason


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def parse_error_body(response: httpx.Response) -> tuple[str | None, str, Any, Any]:
    """Read (code, message, details, body) from both error shapes Kalshi sends.

    Nested `{"error": {"code", "message", "details"}}`, flat `{"code", "message"}`, bare
    `{"msg"}`, `{"error": "text"}`, or a body that is not JSON at all (an HTML gateway page).
    """
    try:
        body: Any = response.json()
    except (ValueError, RecursionError):  # not JSON, too deeply nested, a huge integer
        text = response.text.strip()
        return None, _readable(text) or response.reason_phrase or "error", None, text
    error = body.get("error", body) if isinstance(body, dict) else body
    if isinstance(error, str):
        return None, error, None, body
    if not isinstance(error, dict):
        return None, response.reason_phrase or "error", None, body
    code = error.get("code")
    # The bare shape {"msg": "..."} comes from query-parameter validation.
    message = error.get("message") or error.get("msg") or code or response.reason_phrase or "error"
    return (str(code) if code is not None else None), str(message), error.get("details"), body


# How much of a body that is not JSON is read for a message: a title comes early.
READABLE_PREFIX = 64 * 1024


def _readable(text: str) -> str:
    """A short plain-text message from a body that is not JSON (an HTML page's title).

    Reads the first READABLE_PREFIX characters only, in time linear in them: the body is
    whatever a gateway sent, and a backtracking pattern on it could hold the thread for
    minutes.
    """
    if len(text) > READABLE_PREFIX:
        text = text[:READABLE_PREFIX]
        if text.rfind("<") > text.rfind(">"):
            text = text[: text.rfind("<")]  # a tag cut in two is not text
    title = _title(text)
    if title is not None:
        text = title
    elif "<" in text:
        text = _strip_tags(text)
    return " ".join(text.split())[:200]


def _title(text: str) -> str | None:
    """The text between the first <title ...> and the next </title>, if both are there.

    The patterns are compiled on first use (and kept by `re`), not at import: compiling them
    took 0.7 ms of `import kalshi`, for bodies that are rarely HTML.
    """
    opened = re.search("<title", text, re.IGNORECASE)
    if opened is None:
        return None
    start = text.find(">", opened.end())
    if start == -1:
        return None
    closed = re.compile("</title>", re.IGNORECASE).search(text, start + 1)
    return None if closed is None else text[start + 1 : closed.start()]


def _strip_tags(text: str) -> str:
    """Each '<', then at least one character, then the next '>' becomes a space."""
    parts: list[str] = []
    done = 0
    while True:
        opened = text.find("<", done)
        if opened == -1:
            break
        closed = text.find(">", opened + 1)
        if closed == -1:  # no tag can end after this: the rest is text
            break
        if closed == opened + 1:  # "<>" is not a tag
            parts.append(text[done : opened + 1])
            done = opened + 1
            continue
        parts.append(text[done:opened])
        parts.append(" ")
        done = closed + 1
    parts.append(text[done:])
    return "".join(parts)


def make_status_error(response: httpx.Response, *, key_id: str | None) -> APIStatusError:
    """Build the typed exception for an error response."""
    code, message, details, body = parse_error_body(response)
    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    if status == 401:
        message = _explain_auth_failure(code, message, details, key_id)
    return cls(message, response=response, code=code, details=details, body=body)


def _explain_auth_failure(code: str | None, message: str, details: Any, key_id: str | None) -> str:
    """A 401's message with a hint at its cause (REST calls and the feed's handshake alike)."""
    hint = _AUTH_HINTS.get(code or "")
    detail_text = str(details or "")
    if hint is None and "SIGNATURE" in detail_text.upper():
        hint = (
            f"the signature made with key id {key_id!r} was rejected: check that the private "
            "key belongs to this key id and to this environment (demo and prod keys differ)"
        )
    elif hint is None and "NOT_FOUND" in detail_text.upper():
        hint = f"key id {key_id!r} is not known to this environment (demo and prod keys differ)"
    elif hint is None:
        hint = (
            f"check that {f'key id {key_id!r}' if key_id else 'the key id'} and its private key "
            "belong to this environment (demo and prod keys differ), and this machine's clock"
        )
    return f"{message} ({hint})"
