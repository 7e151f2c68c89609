"""The simulator's control API, outside Kalshi's: the fault plan and the clock over HTTP.

- `GET /_sim/faults` the plan and the count of requests received; `POST` adds one fault (a
  JSON object, see `kalshi.sim._faults`); `DELETE` clears both.
- `GET /_sim/feed` the feed's faults; `POST` sets them from a JSON object with any of
  `drop_now` (true: close every feed connection now), `drop_after_frames` (N or null),
  `skip_seq` (N: the next N sequenced frames jump their seq) and `no_ping` (bool); `DELETE`
  clears them.
- `GET /_sim/clock` the exchange's time; `POST` `{"advance_ms": N}` or `{"set_ms": N}` moves a
  `ManualClock` (409 for any other clock).
- `GET /_sim/journal` the requests the API saw, oldest first (`{"entries": [...]}`; query
  `method`, `path` (a trailing '*' matches a prefix), `status`, `key_id` filter them);
  `DELETE` clears it.
- `POST /_sim/reset` puts the exchange back to its scenario's start (see `_reset.py`) and
  clears the fault plan.

Refusals use Kalshi's nested error shape: 400 `invalid_parameters` with `details` naming the
field, and the plan and the clock are left as they were.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._clock import ManualClock
from ._engine import Exchange
from ._errors import SimError, invalid_parameters
from ._faults import CONTROL_PATH, FaultPlan, FeedFaults, check_count, fault_from_json
from ._lifecycle_control import lifecycle_routes

CLOCK_PATH = "/_sim/clock"
JOURNAL_PATH = "/_sim/journal"
RESET_PATH = "/_sim/reset"
LAST_MS = 253_402_300_799_999
"""The latest time the clock may show: 9999-12-31T23:59:59.999Z, the last a timestamp can name."""
_CLOCK_FIELDS = ("advance_ms", "set_ms")
FEED_PATH = "/_sim/feed"
_FEED_FIELDS = ("drop_now", "drop_after_frames", "skip_seq", "no_ping")


def control_routes(exchange: Exchange, plan: FaultPlan) -> list[Route]:
    """The routes serving `/_sim/faults` for `plan` and `/_sim/clock` for `exchange`'s clock."""

    async def faults(request: Request) -> Response:
        if request.method == "POST":
            try:
                fault = fault_from_json(await _json_body(request))
            except (TypeError, ValueError) as error:
                return _error(invalid_parameters(f"fault plan refused: {error}"))
            plan.put(fault)
        elif request.method == "DELETE":
            plan.clear()
        elif request.method != "GET":
            return _error(_method_not_allowed(request.method, "GET, POST, DELETE"))
        return JSONResponse(plan.describe())

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            try:
                field, value = _clock_move(await _json_body(request))
            except (TypeError, ValueError) as error:
                return _error(invalid_parameters(f"clock move refused: {error}"))
            refusal = _move_clock(exchange, field, value)
            if refusal is not None:
                return _error(refusal)
        elif request.method != "GET":
            return _error(_method_not_allowed(request.method, "GET, POST"))
        return JSONResponse(_clock_state(exchange))

    async def feed(request: Request) -> Response:
        if request.method == "POST":
            try:
                _set_feed_faults(plan.feed, await _json_body(request))
            except (TypeError, ValueError) as error:
                return _error(invalid_parameters(f"feed fault refused: {error}"))
        elif request.method == "DELETE":
            plan.feed.clear()
        elif request.method != "GET":
            return _error(_method_not_allowed(request.method, "GET, POST, DELETE"))
        return JSONResponse(plan.feed.describe())

    async def journal(request: Request) -> Response:
        if request.method == "DELETE":
            exchange.journal.clear()
            return JSONResponse({"entries": []})
        if request.method != "GET":
            return _error(_method_not_allowed(request.method, "GET, DELETE"))
        query = request.query_params
        status = query.get("status")
        if status is not None and not status.isdigit():
            return _error(invalid_parameters("journal filter refused: status must be a number"))
        entries = exchange.journal.filter(
            query.get("method"),
            query.get("path"),
            status=None if status is None else int(status),
            key_id=query.get("key_id"),
        )
        return JSONResponse({"entries": [entry.to_json() for entry in entries]})

    async def reset(request: Request) -> Response:
        if request.method != "POST":
            return _error(_method_not_allowed(request.method, "POST"))
        exchange.reset()
        plan.clear()
        return JSONResponse(_clock_state(exchange))

    every = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
    return [
        Route(FEED_PATH, feed, methods=every, name="sim feed faults"),
        Route(CONTROL_PATH, faults, methods=every, name="sim faults"),
        Route(CLOCK_PATH, clock, methods=every, name="sim clock"),
        Route(JOURNAL_PATH, journal, methods=every, name="sim journal"),
        Route(RESET_PATH, reset, methods=every, name="sim reset"),
        *lifecycle_routes(exchange),
    ]


async def _json_body(request: Request) -> Any:
    """The request body decoded as JSON; ValueError when it is not JSON."""
    raw = await request.body()
    if not raw.strip():
        raise ValueError("the body is empty; send one JSON object")
    try:
        return json.loads(raw)
    except RecursionError:
        raise ValueError("the body is not valid JSON (nested too deeply)") from None
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError
        raise ValueError(f"the body is not valid JSON ({error})") from None


def _set_feed_faults(feed: FeedFaults, data: object) -> None:
    """Check a feed-fault body fully, then apply it."""
    if not isinstance(data, dict) or not data:
        raise TypeError("the body must be one non-empty JSON object")
    unknown = sorted(str(name) for name in data if name not in _FEED_FIELDS)
    if unknown:
        raise TypeError(f"unknown feed fault field(s) {', '.join(unknown)}")
    for name in ("drop_now", "no_ping"):
        if name in data and not isinstance(data[name], bool):
            raise TypeError(f"{name} must be true or false, got {data[name]!r}")
    for name in ("drop_after_frames", "skip_seq"):
        if name in data:
            check_count(name, data[name], nullable=name == "drop_after_frames")
    if "drop_after_frames" in data:
        feed.drop_after(data["drop_after_frames"])
    if "skip_seq" in data:
        feed.skip(data["skip_seq"])
    if "no_ping" in data:
        feed.no_ping = data["no_ping"]
    if data.get("drop_now"):
        feed.drop_now()


def _clock_move(data: object) -> tuple[str, int]:
    """Check a clock body: exactly one of advance_ms and set_ms, an integer."""
    if not isinstance(data, dict):
        raise TypeError('the body must be one JSON object, {"advance_ms": N} or {"set_ms": N}')
    unknown = sorted(str(name) for name in data if name not in _CLOCK_FIELDS)
    if unknown:
        raise TypeError(f"unknown clock field(s) {', '.join(unknown)}; use advance_ms or set_ms")
    given = [name for name in _CLOCK_FIELDS if name in data]
    if len(given) != 1:
        raise ValueError("give exactly one of advance_ms and set_ms")
    field = given[0]
    value = data[field]
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{field} must be an integer number of milliseconds, got {value!r}")
    if value < 0:
        raise ValueError(f"{field} must not be negative, got {value}")
    return field, value


def _move_clock(exchange: Exchange, field: str, value: int) -> SimError | None:
    """Move the exchange's manual clock, or say why not."""
    clock = exchange.clock
    if not isinstance(clock, ManualClock):
        return SimError(
            409,
            "clock_not_manual",
            "the clock cannot be moved",
            details=f"the exchange reads a {type(clock).__name__}; only a manual clock moves "
            "(python -m kalshi.sim --control --manual-clock, or Simulator(clock=ManualClock()))",
        )
    # Under the exchange's lock, so no request sees the time change halfway through.
    with exchange.lock:
        target = clock.now_ms() + value if field == "advance_ms" else value
        if target > LAST_MS:
            return invalid_parameters(
                f"clock move refused: {field} would put the clock past {LAST_MS} "
                "(9999-12-31T23:59:59.999Z)"
            )
        clock.set(target)
    return None


def _clock_state(exchange: Exchange) -> dict[str, Any]:
    return {"now_ms": exchange.clock.now_ms(), "manual": isinstance(exchange.clock, ManualClock)}


def _method_not_allowed(method: str, allowed: str) -> SimError:
    return SimError(
        405, "method_not_allowed", details=f"{method} is not served here; use {allowed}"
    )


def _error(error: SimError) -> Response:
    return JSONResponse(error.body(), status_code=error.status)
