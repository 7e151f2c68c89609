"""The indexed router finds the route Starlette's linear search finds, for every path."""

from __future__ import annotations

import re
from typing import Any

import pytest
from kalshi.sim import create_app
from kalshi.sim._router import IndexedRouter
from starlette.routing import BaseRoute, Match, Route, Router

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")


def _scope(method: str, path: str) -> dict[str, Any]:
    return {"type": "http", "method": method, "path": path, "root_path": "", "headers": []}


def _linear(routes: list[BaseRoute], scope: dict[str, Any]) -> tuple[BaseRoute | None, Match]:
    """What `Router.app` picks: the first full match, else the first partial one."""
    partial = None
    for route in routes:
        match, _ = route.matches(scope)
        if match is Match.FULL:
            return route, match
        if match is Match.PARTIAL and partial is None:
            partial = route
    return partial, Match.PARTIAL if partial is not None else Match.NONE


def _paths(routes: list[BaseRoute]) -> list[str]:
    """A concrete path for every route (each parameter a few ways), and some near misses."""
    paths = {"/", "/nope", "/trade-api/v2", "/trade-api/v2/", "/trade-api/ws/v2"}
    for route in routes:
        if not isinstance(route, Route):
            continue
        for value in ("x1", "trades", "create", "order_groups", "7"):
            path = re.sub(r"\{[^}]+\}", value, route.path)
            paths |= {path, path + "/", path + "/extra", path.rsplit("/", 1)[0]}
    return sorted(paths)


@pytest.fixture(scope="module")
def router() -> IndexedRouter:
    app = create_app()
    assert isinstance(app.router, IndexedRouter)
    return app.router


def test_every_route_is_indexed(router: IndexedRouter) -> None:
    plain = [route for route in router.routes if type(route) is Route]
    assert len(plain) > 100
    assert router._everywhere == [
        (index, route) for index, route in enumerate(router.routes) if type(route) is not Route
    ]


def test_the_first_full_match_is_the_linear_search_s(router: IndexedRouter) -> None:
    """For every method and path: the candidates hold every match, and the same one first."""
    routes = list(router.routes)
    checked = 0
    for path in _paths(routes):
        candidates = router.candidates(path)
        for method in METHODS:
            scope = _scope(method, path)
            every = [route for route in routes if route.matches(scope)[0] is not Match.NONE]
            assert all(route in candidates for route in every), (method, path)
            expected, match = _linear(routes, scope)
            if match is Match.FULL:
                found = next(r for r in candidates if r.matches(scope)[0] is Match.FULL)
                assert found is expected, (method, path)
                checked += 1
    assert checked > 200


def test_literal_segments_win_over_parameters_whatever_the_order() -> None:
    """Order is kept: of two routes that both fit, the one listed first serves."""

    async def endpoint(request: Any) -> Any:
        raise AssertionError

    first, second = Route("/a/{x}", endpoint), Route("/a/b", endpoint)
    for routes in ([first, second], [second, first]):
        router = IndexedRouter(routes)
        assert router.candidates("/a/b") == routes
        assert router.candidates("/a/c") == [first]
        assert _linear(routes, _scope("GET", "/a/b"))[0] is routes[0]


def test_a_path_parameter_route_is_tried_for_every_path() -> None:
    async def endpoint(request: Any) -> Any:
        raise AssertionError

    spanning = Route("/files/{rest:path}", endpoint)
    plain = Route("/files/one", endpoint)
    router = IndexedRouter([plain, spanning])
    assert router.candidates("/files/a/b/c") == [spanning]
    assert router.candidates("/files/one") == [plain, spanning]
    assert isinstance(router, Router)
