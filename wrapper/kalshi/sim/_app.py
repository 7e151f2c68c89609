"""Assembling the ASGI application that serves the simulated Trade API."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Route

from ._clock import Clock
from ._engine import Exchange
from ._http import http_exception, make_endpoint
from ._routes import OPERATIONS
from ._settings import SimSettings
from ._validation import SpecSource

API_PREFIX = "/trade-api/v2"


def create_app(
    exchange: Exchange | None = None,
    settings: SimSettings | None = None,
    clock: Clock | None = None,
    *,
    middleware: Sequence[Middleware] = (),
) -> Starlette:
    """Build the Starlette app serving Kalshi's Trade API v2 from a simulated exchange.

    Without `exchange` a new one is made from `settings` and `clock`. `middleware` wraps the
    API (outermost first), e.g. for fault injection.
    """
    if exchange is None:
        exchange = Exchange(settings, clock)
    elif settings not in (None, exchange.settings) or clock not in (None, exchange.clock):
        raise ValueError("give settings and clock to the Exchange, not also to create_app")
    spec = SpecSource(exchange.settings.spec_path)
    routes = [
        Route(
            API_PREFIX + operation.template,
            make_endpoint(operation, exchange, spec),
            methods=[operation.method],
            name=f"{operation.method} {operation.template}",
        )
        for operation in OPERATIONS
    ]
    app = Starlette(
        routes=routes,
        middleware=list(middleware),
        exception_handlers={HTTPException: http_exception},
    )
    app.state.exchange = exchange
    return app
