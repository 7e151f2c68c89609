"""A request to make and how to read its answer: what both client twins execute."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ._retry import DEFAULT_COST, Bucket, Safety

T = TypeVar("T")

# Rows of the operation table given ahead of it by hand-written resources: operationId to
# (safety, bucket, cost, cost per item). A call whose operation is here does not load the
# whole table; tests/test_client.py holds every entry equal to the table's row.
POLICIES: dict[str, tuple[Safety, Bucket, int, bool]] = {}


class MalformedResponse(ValueError):
    """Raised by a parser when a success body lacks what its operation promises.

    The request loop turns it (and any other exception from a parser) into APIResponseError.
    """


class Call(Generic[T]):
    """One API operation, built and validated, ready to send; `parse` reads the JSON reply."""

    __slots__ = (
        "authenticated",
        "bucket",
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
        operation: str | None = None,
        safety: Safety | None = None,
        items: int = 1,
        authenticated: bool = True,
        on_outcome_unknown: str | None = None,
    ) -> None:
        # kwargs is what a generated operation's _get_kwargs returns; `operation` is its
        # operationId, whose row of the operation table gives the policy: retry safety (unless
        # `safety` overrides it for this call), token bucket and cost (per item for a batch).
        self.method: str = kwargs["method"].upper()
        self.url: str = kwargs["url"]
        self.params: dict[str, Any] | None = kwargs.get("params") or None
        self.json: Any = kwargs.get("json")
        self.parse = parse
        self.authenticated = authenticated
        # For a request that may land once unseen: how to find out what happened.
        self.on_outcome_unknown = on_outcome_unknown
        policy = None
        if operation is not None:
            policy = POLICIES.get(operation)
            if policy is None:
                row = _operations().OPERATIONS[operation]
                policy = (row.safety, row.bucket, row.cost, row.cost_per_item)
        if policy is not None:
            row_safety, self.bucket, cost, per_item = policy
            self.safety = safety or row_safety
            if safety is None and row_safety is Safety.KEYED and not _carries_key(self.json):
                # The key is optional on some creates: without it Kalshi cannot deduplicate.
                self.safety = Safety.ONCE
            self.cost = cost * (items if per_item else 1)
        else:  # a path the table does not know: a write unless it is a GET
            self.safety = safety or (Safety.REPEATABLE if self.method == "GET" else Safety.ONCE)
            self.bucket = Bucket.READ if self.method == "GET" else Bucket.WRITE
            self.cost = DEFAULT_COST
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


def _is_key(name: str, value: Any) -> bool:
    """Whether a body field is a client-given id (client_order_id, client_transfer_id...)."""
    return name.startswith("client_") and name.endswith("_id") and bool(value)


def _carries_key(body: Any) -> bool:
    """Whether a JSON body carries a client-given id: itself, or in every item of a batch."""
    if not isinstance(body, dict):
        return False
    if any(_is_key(name, value) for name, value in body.items()):
        return True
    return any(
        isinstance(value, list)
        and value
        and all(
            isinstance(item, dict) and any(_is_key(n, x) for n, x in item.items()) for item in value
        )
        for value in body.values()
    )


def _operations() -> Any:
    """The operation table, imported on the first call rather than with the package."""
    from . import _operations as table

    return table
