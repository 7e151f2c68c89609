"""A Starlette router that tries only the routes a request's path could match.

Starlette's `Router` tries every route in turn, a regular expression each: with the spec's
131 operations, a request matched about 80 of them before its own. `IndexedRouter` keeps the
routes in a tree of path segments (a literal segment, or any segment for a `{parameter}`), so
a request tries only the few routes whose segments fit its path, in the routes' own order:
the first of them that matches fully is the one the linear search would have found. Anything
else (no full match: a 404, a 405 for another method, a trailing-slash redirect, and every
non-HTTP scope) is left to `Router.app`, unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from starlette._utils import get_route_path
from starlette.convertors import PathConvertor
from starlette.routing import BaseRoute, Match, Route, Router
from starlette.types import Receive, Scope, Send

_PARAMETER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::[A-Za-z_][A-Za-z0-9_]*)?\}")


class _Node:
    """The routes whose paths end at this point of the tree, and the branches below it."""

    __slots__ = ("any", "literal", "routes")

    def __init__(self) -> None:
        self.literal: dict[str, _Node] = {}
        self.any: _Node | None = None
        self.routes: list[tuple[int, BaseRoute]] = []


class IndexedRouter(Router):
    """`Router` finding a request's route among the few whose path segments fit its path."""

    def __init__(self, routes: Sequence[BaseRoute]) -> None:
        super().__init__(list(routes))
        self._root = _Node()
        self._everywhere: list[tuple[int, BaseRoute]] = []
        """Routes that may match any path (not a plain `Route` or a segment the tree cannot
        index): candidates for every request."""
        for index, route in enumerate(self.routes):
            segments = _segments(route)
            if segments is None:
                self._everywhere.append((index, route))
                continue
            node = self._root
            for segment in segments:
                if segment is None:
                    node.any = node.any or _Node()
                    node = node.any
                else:
                    node = node.literal.setdefault(segment, _Node())
            node.routes.append((index, route))

    def candidates(self, path: str) -> list[BaseRoute]:
        """The routes that could match `path` (a superset of those that do), in route order."""
        found: list[tuple[int, BaseRoute]] = list(self._everywhere)
        _collect(self._root, path.split("/"), 0, found)
        if len(found) > 1:
            found.sort(key=lambda pair: pair[0])
        return [route for _, route in found]

    async def app(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve through the first route that fully matches; anything else as `Router` does."""
        if scope["type"] == "http":
            for route in self.candidates(get_route_path(scope)):
                match, child_scope = route.matches(scope)
                if match is Match.FULL:
                    if "router" not in scope:
                        scope["router"] = self
                    scope["route"] = route
                    scope.update(child_scope)
                    await route.handle(scope, receive, send)
                    return
        await super().app(scope, receive, send)


def _segments(route: BaseRoute) -> list[str | None] | None:
    """A route's path segments, None for a parameter's; None when the tree cannot hold it."""
    if type(route) is not Route:
        return None
    segments: list[str | None] = []
    for segment in route.path.split("/"):
        if "{" not in segment and "}" not in segment:
            segments.append(segment)
            continue
        whole = _PARAMETER.fullmatch(segment)
        if whole is None or isinstance(route.param_convertors.get(whole[1]), PathConvertor):
            return None  # a parameter inside a segment, or one that spans segments
        segments.append(None)
    return segments


def _collect(node: _Node, parts: list[str], at: int, found: list[tuple[int, Any]]) -> None:
    if at == len(parts):
        found.extend(node.routes)
        return
    child = node.literal.get(parts[at])
    if child is not None:
        _collect(child, parts, at + 1, found)
    if node.any is not None:
        _collect(node.any, parts, at + 1, found)
