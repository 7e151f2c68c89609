"""Assembling the ASGI application that serves the simulated Trade API."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Route, WebSocketRoute

from ._clock import Clock
from ._control import control_routes
from ._engine import Exchange
from ._faults import FaultMiddleware, FaultPlan
from ._feed import WS_PATH, FeedHub, feed_endpoint
from ._harness import harness_middleware
from ._http import http_exception, make_endpoint, make_unserved_endpoint
from ._router import IndexedRouter
from ._routes import OPERATIONS
from ._settings import SimSettings
from ._spec import spec_operations
from ._validation import SpecSource

API_PREFIX = "/trade-api/v2"


def create_app(
    exchange: Exchange | None = None,
    settings: SimSettings | None = None,
    clock: Clock | None = None,
    *,
    middleware: Sequence[Middleware] = (),
    faults: FaultPlan | None = None,
) -> Starlette:
    """Build the Starlette app serving Kalshi's Trade API v2 from a simulated exchange.

    Without `exchange` a new one is made from `settings` and `clock`. `middleware` wraps the
    API (outermost first). With `faults` the app applies that fault plan (outside
    `middleware`) and serves the control API, `/_sim/faults` and `/_sim/clock`; without it
    those paths answer 404 like any other unknown path.
    """
    if exchange is None:
        exchange = Exchange(settings, clock)
    elif settings not in (None, exchange.settings) or clock not in (None, exchange.clock):
        raise ValueError("give settings and clock to the Exchange, not also to create_app")
    spec = SpecSource(exchange.settings.spec_path)
    served = {(operation.method, operation.template) for operation in OPERATIONS}
    routes = [
        Route(
            API_PREFIX + operation.template,
            make_endpoint(operation, exchange, spec),
            methods=[operation.method],
            name=f"{operation.method} {operation.template}",
        )
        for operation in OPERATIONS
    ] + [
        Route(
            API_PREFIX + template,
            make_unserved_endpoint(method, template),
            methods=[method],
            name=f"{method} {template}",
        )
        for method, template in spec_operations(exchange.settings.spec_path)
        if (method, template) not in served
    ]
    # A literal segment wins over a parameter at the same place, whatever the order of
    # declaration: `/markets/trades` is never read as the ticker "trades".
    routes.sort(key=lambda route: _specificity(route.path))
    hub = FeedHub(exchange, None if faults is None else faults.feed)
    wrappers = list(middleware)
    if faults is not None:
        routes += control_routes(exchange, faults)
        wrappers.insert(0, Middleware(FaultMiddleware, plan=faults))
    wrappers = harness_middleware(exchange, wrappers, faulted=faults is not None)
    app = Starlette(
        routes=[*routes, WebSocketRoute(WS_PATH, feed_endpoint(hub), name="feed")],
        middleware=wrappers,
        exception_handlers={HTTPException: http_exception},
    )
    # Same routes, same answers; a request tries only the routes its path could match.
    app.router = IndexedRouter(app.router.routes)
    app.state.exchange = exchange
    app.state.feed = hub
    return app


def _specificity(path: str) -> tuple[int, ...]:
    """Sort key putting, segment by segment, literal segments before `{parameter}` ones."""
    return tuple(1 if segment.startswith("{") else 0 for segment in path.split("/"))
