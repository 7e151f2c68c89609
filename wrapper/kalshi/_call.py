"""A request to make and how to read its answer: what both client twins execute."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ._retry import Safety

T = TypeVar("T")


class MalformedResponse(ValueError):
    """Raised by a parser when a success body lacks what its operation promises.

    The request loop turns it (and any other exception from a parser) into APIResponseError.
    """


class Call(Generic[T]):
    """One API operation, built and validated, ready to send; `parse` reads the JSON reply."""

    __slots__ = (
        "authenticated",
        "cost",
        "json",
        "maybe_landed",
        "method",
        "on_outcome_unknown",
        "params",
        "parse",
        "safety",
        "url",
    )

    def __init__(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        safety: Safety = Safety.REPEATABLE,
        authenticated: bool = True,
        on_outcome_unknown: str | None = None,
        cost: int | None = None,
    ) -> None:
        # kwargs is what a generated operation's _get_kwargs returns.
        self.method: str = kwargs["method"].upper()
        self.url: str = kwargs["url"]
        self.params: dict[str, Any] | None = kwargs.get("params") or None
        self.json: Any = kwargs.get("json")
        self.parse = parse
        self.safety = safety
        self.authenticated = authenticated
        # For a request sent at most once: how to find out what happened when it is unclear.
        self.on_outcome_unknown = on_outcome_unknown
        # Rate-limit tokens the request costs (None: Kalshi's default).
        self.cost = cost
        # Set once an attempt failed after it may have reached the server.
        self.maybe_landed = False

    def __repr__(self) -> str:
        return f"Call({self.method} {self.url})"


class Page(Generic[T]):
    """One page of a cursor-paged list: its items and the cursor of the next page."""

    __slots__ = ("cursor", "items")

    def __init__(self, items: list[T], cursor: str | None) -> None:
        self.items = items
        self.cursor = cursor or None


def ignore(_: Any) -> None:
    """Parser for operations whose successful answer carries nothing (`{}`)."""
    return None
