"""Control API for the exchange's lifecycle, outside Kalshi's: settle a market, pause trading.

- `POST /_sim/settle` `{"ticker": T, "result": "yes"|"no"}` determines and settles a market now
  and answers how many positions it paid out.
- `GET /_sim/pause` the pause state; `POST` `{"scope": "trading"|"exchange"}` pauses (resting
  orders with `cancel_order_on_pause` are canceled); `DELETE` resumes.

Refusals use Kalshi's nested error shape (400 `invalid_parameters`, 404 for an unknown market).
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._engine import Exchange
from ._errors import SimError, invalid_parameters

SETTLE_PATH = "/_sim/settle"
PAUSE_PATH = "/_sim/pause"


def lifecycle_routes(exchange: Exchange) -> list[Route]:
    """The routes serving `/_sim/settle` and `/_sim/pause` for `exchange`."""

    async def settle(request: Request) -> Response:
        try:
            body = await _object(request)
            ticker, result = body.get("ticker"), body.get("result")
            if not isinstance(ticker, str) or not isinstance(result, str):
                raise invalid_parameters('send {"ticker": "...", "result": "yes" or "no"}')
            records = exchange.settle_market(ticker, result)
        except SimError as error:
            return _error(error)
        return JSONResponse({"ticker": ticker, "result": result, "settlements": len(records)})

    async def pause(request: Request) -> Response:
        canceled = 0
        try:
            if request.method == "POST":
                scope = (await _object(request)).get("scope", "trading")
                if not isinstance(scope, str):
                    raise invalid_parameters("scope must be trading or exchange")
                canceled = exchange.pause(scope)
            elif request.method == "DELETE":
                exchange.resume()
        except SimError as error:
            return _error(error)
        return JSONResponse({"paused": exchange.paused, "canceled": canceled})

    return [
        Route(SETTLE_PATH, settle, methods=["POST"], name="sim settle"),
        Route(PAUSE_PATH, pause, methods=["GET", "POST", "DELETE"], name="sim pause"),
    ]


async def _object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        data = json.loads(raw) if raw.strip() else {}
    except ValueError:
        raise invalid_parameters("the body is not valid JSON") from None
    if not isinstance(data, dict):
        raise invalid_parameters("the body must be one JSON object")
    return data


def _error(error: SimError) -> Response:
    return JSONResponse(error.body(), status_code=error.status)
