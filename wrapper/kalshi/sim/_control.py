"""The simulator's control API, outside Kalshi's: the fault plan and the clock over HTTP.

- `GET /_sim/faults` the plan and the count of requests received; `POST` adds one fault (a
  JSON object, see `kalshi.sim._faults`); `DELETE` clears both.
- `GET /_sim/clock` the exchange's time; `POST` `{"advance_ms": N}` or `{"set_ms": N}` moves a
  `ManualClock` (409 for any other clock).

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
from ._faults import CONTROL_PATH, FaultPlan, fault_from_json
from ._lifecycle_control import lifecycle_routes

CLOCK_PATH = "/_sim/clock"
LAST_MS = 253_402_300_799_999
"""The latest time the clock may show: 9999-12-31T23:59:59.999Z, the last a timestamp can name."""
_CLOCK_FIELDS = ("advance_ms", "set_ms")


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

    every = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
    return [
        Route(CONTROL_PATH, faults, methods=every, name="sim faults"),
        Route(CLOCK_PATH, clock, methods=every, name="sim clock"),
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
