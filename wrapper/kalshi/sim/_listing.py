"""Order listings: filters, newest-first paging and opaque cursors."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ._orders import Order, Status

MAX_PAGE = 1000
_Item = TypeVar("_Item")


@dataclass(frozen=True)
class OrderQuery:
    """Filters and paging of an order listing; None means no filter."""

    ticker: str | None = None
    event_tickers: frozenset[str] | None = None
    status: Status | None = None
    min_ts: int | None = None
    max_ts: int | None = None
    subaccount: int | None = None
    exchange_index: int | None = None
    limit: int = 100
    cursor: str = ""


@dataclass(frozen=True)
class OrderPage:
    """One page of orders, newest first, and the cursor of the next page ("" on the last)."""

    orders: list[Order]
    cursor: str


def event_ticker_of(ticker: str) -> str:
    """The event a market ticker belongs to: the ticker without its last dash segment."""
    return ticker.rsplit("-", 1)[0]


def paginate(newest_first: Iterable[Order], query: OrderQuery) -> OrderPage:
    """Filter orders (given newest first) and cut the page the query's cursor points at.

    An unreadable cursor starts from the first page, as the live server answers 200 to one.
    """
    after = _decode_cursor(query.cursor) if query.cursor else None
    matches = [
        order
        for order in newest_first
        if (after is None or order.seq < after) and _matches(order, query)
    ]
    page = matches[: query.limit]
    cursor = _encode_cursor(page[-1].seq) if len(matches) > query.limit else ""
    return OrderPage(page, cursor)


def _matches(order: Order, query: OrderQuery) -> bool:
    created_s = order.created_ms // 1000
    return (
        (query.ticker is None or order.ticker == query.ticker)
        and (query.event_tickers is None or event_ticker_of(order.ticker) in query.event_tickers)
        and (query.status is None or order.status == query.status)
        and (query.min_ts is None or created_s >= query.min_ts)
        and (query.max_ts is None or created_s <= query.max_ts)
        and (query.subaccount is None or order.subaccount == query.subaccount)
        and (query.exchange_index is None or order.exchange_index == query.exchange_index)
    )


def offset_page(items: Sequence[_Item], limit: int, cursor: str) -> tuple[list[_Item], str]:
    """The page of a fixed-order listing that a cursor points at, and the next page's cursor.

    An unreadable cursor starts from the first page; the last page's cursor is "".
    """
    start = _decode_cursor(cursor, "off") or 0
    end = start + limit
    return list(items[start:end]), _encode_cursor(end, "off") if end < len(items) else ""


def seq_page(
    newest_first: Sequence[_Item], seq_of: Callable[[_Item], int], limit: int, cursor: str
) -> tuple[list[_Item], str]:
    """A page of a newest-first listing keyed by sequence numbers, stable while items arrive."""
    after = _decode_cursor(cursor) if cursor else None
    matches = [item for item in newest_first if after is None or seq_of(item) < after]
    page = matches[:limit]
    return page, _encode_cursor(seq_of(page[-1])) if len(matches) > limit else ""


def _encode_cursor(number: int, prefix: str = "seq") -> str:
    return base64.urlsafe_b64encode(f"{prefix}:{number}".encode()).decode("ascii")


def _decode_cursor(cursor: str, expected: str = "seq") -> int | None:
    try:
        text = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("ascii")
    except (binascii.Error, UnicodeError, ValueError):
        return None
    prefix, _, number = text.partition(":")
    return int(number) if prefix == expected and number.isdigit() else None


def csv_filter(value: Any) -> frozenset[str] | None:
    """A comma-separated filter as a set; None when not sent."""
    if value is None:
        return None
    return frozenset(item.strip() for item in str(value).split(",") if item.strip())


def differs(params: Mapping[str, Any], name: str, actual: str) -> bool:
    """Whether an equality filter was sent and the value does not match it."""
    value = params.get(name)
    return value is not None and str(value) != actual


def outside(params: Mapping[str, Any], low: str, high: str, value: int) -> bool:
    """Whether a value falls outside an optional [low, high] filter."""
    lowest, highest = params.get(low), params.get(high)
    return (isinstance(lowest, int) and value < lowest) or (
        isinstance(highest, int) and value > highest
    )


def cursor_of(params: Mapping[str, Any]) -> str:
    """The request's cursor, or "" for the first page."""
    cursor = params.get("cursor")
    return cursor if isinstance(cursor, str) else ""
