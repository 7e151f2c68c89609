"""What the simulator's ASGI middlewares (faults, journal, rate limits) share.

One test of which requests are the API's (`is_api_request`), one way to read a request's
whole body and hand it on (`read_body`), and one way to find its API key id (`key_id_of`).
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import Message, Receive, Scope

CONTROL_PREFIX = "/_sim/"
"""Paths under this prefix belong to the simulator's control API: never faulted or counted."""
KEY_HEADER = b"kalshi-access-key"
"""The API key id's header, as ASGI names headers (lower case)."""


def is_api_request(scope: Scope) -> bool:
    """Whether a scope is an HTTP request outside the control API (websockets are not)."""
    return scope["type"] == "http" and not scope["path"].startswith(CONTROL_PREFIX)


def key_id_of(scope: Scope) -> str | None:
    """The request's `KALSHI-ACCESS-KEY`, if it sent one."""
    for name, value in scope.get("headers", ()):
        if name.lower() == KEY_HEADER:
            return str(value.decode("latin-1"))
    return None


async def read_body(receive: Receive) -> tuple[bytes, Receive]:
    """Read the whole request body; return it and a `receive` that hands it on again.

    The returned `receive` gives the body once, as one message, then asks the original one
    (which tells, in time, that the client has gone).
    """
    chunks: list[bytes] = []
    more = True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    raw = b"".join(chunks)
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": raw, "more_body": False}
        return await receive()

    return raw, replay


def decode_body(raw: bytes) -> Any:
    """A request body decoded as JSON, or None when it is empty or not JSON."""
    if not raw.strip():
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None
