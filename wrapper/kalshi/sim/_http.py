"""The request pipeline shared by every endpoint: auth, content type, validation, errors.

Whatever happens inside, the client gets a well-formed JSON answer in Kalshi's nested error
shape: an unexpected exception is logged and answered with 500 `internal_server_error`, and an
operation of the spec that the simulator does not serve with 501 `not_implemented`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._auth import authenticate, signed_path
from ._engine import Exchange
from ._errors import SimError, not_found
from ._routes import Call, Operation, Reply
from ._validation import SpecSource

logger = logging.getLogger("kalshi.sim")

Endpoint = Callable[[Request], Awaitable[Response]]
_UNEXPECTED = SimError(
    500, "internal_server_error", details="the simulator failed while serving this request"
)


def make_endpoint(operation: Operation, exchange: Exchange, spec: SpecSource) -> Endpoint:
    """Wrap an operation's handler in the full request pipeline."""

    async def endpoint(request: Request) -> Response:
        try:
            status, body = await _serve(operation, exchange, spec, request)
        except SimError as error:
            status, body = error.status, error.body()
        except Exception:
            logger.exception("unexpected error in %s %s", request.method, operation.template)
            status, body = _UNEXPECTED.status, _UNEXPECTED.body()
        if logger.isEnabledFor(logging.DEBUG):  # building the URL costs more than serving a get
            logger.debug("%s %s -> %d", request.method, request.url.path, status)
        if body is None:
            return Response(status_code=status)
        return JSONResponse(body, status_code=status)

    return endpoint


def not_implemented(method: str, template: str) -> SimError:
    """501 for an operation of the spec that the simulator does not serve."""
    return SimError(
        501,
        "not_implemented",
        "not implemented",
        details=f"{method} {template} is not served by kalshi.sim",
    )


def make_unserved_endpoint(method: str, template: str) -> Endpoint:
    """An endpoint answering 501 `not_implemented` for a spec operation the simulator lacks."""
    error = not_implemented(method, template)

    async def endpoint(request: Request) -> Response:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s -> 501", request.method, request.url.path)
        return JSONResponse(error.body(), status_code=error.status)

    return endpoint


async def http_exception(request: Request, exc: Exception) -> Response:
    """Answer routing failures in Kalshi's shape: an unserved path or method gets 404."""
    status = exc.status_code if isinstance(exc, HTTPException) else 404
    if status in (404, 405):
        error = not_found()
    else:
        error = SimError(status, "bad_request") if status < 500 else _UNEXPECTED
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s -> %d", request.method, request.url.path, error.status)
    return JSONResponse(error.body(), status_code=error.status)


async def _serve(
    operation: Operation, exchange: Exchange, spec: SpecSource, request: Request
) -> Reply:
    user_id = ""
    if operation.signed:
        raw_path = request.scope.get("raw_path") or request.url.path.encode("utf-8")
        user_id = authenticate(exchange, request.headers, request.method, signed_path(raw_path))
    params: dict[str, Any] = dict(request.path_params)
    body: dict[str, Any] = {}
    if operation.checked:  # the retired V1 writes answer 410 whatever the request holds
        validator = spec.validator()
        # Without a query string there is no query to parse (Starlette would parse b"").
        query = request.query_params if request.scope.get("query_string") else {}
        params.update(
            validator.parameters(operation.method, operation.template, request.path_params, query)
        )
        if operation.reads_body:
            _check_content_type(request.headers.get("content-type", ""))
            body = validator.body(
                operation.method,
                operation.template,
                await request.body(),
                types_only=operation.item_rules,
            )
    with exchange.lock:
        return operation.handler(exchange, Call(user_id, params, body))


def _check_content_type(header: str) -> None:
    """A request with a body must declare it JSON, even an empty one, as on the live server."""
    if header.split(";", 1)[0].strip().lower() != "application/json":
        raise SimError(
            400,
            "invalid_content_type",
            details="Content-Type must be application/json",
            shape="flat",
        )
