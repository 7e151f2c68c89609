"""A market's order book kept from `orderbook_snapshot` and `orderbook_delta` frames.

Kalshi's book has bids only, on both legs: a YES bid at p and a NO bid at 1 - p are the two
sides of one price. The feed reports NO levels in NO-leg price (its default), so the best YES
ask is 1 - the best NO bid. Frames are applied from their decoded dicts: no model is built on
this path, which runs once per delta.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

ONE = Decimal(1)
_ZERO = Decimal(0)
_PRICES: dict[str, Decimal] = {}  # price text -> Decimal: a book sees few distinct prices
_PRICE_CACHE_SIZE = 10_000


def _price(text: str) -> Decimal:
    price = _PRICES.get(text)
    if price is None:
        price = Decimal(text)
        if len(_PRICES) < _PRICE_CACHE_SIZE:
            _PRICES[text] = price
    return price


def _levels(pairs: Any) -> dict[Decimal, Decimal]:
    levels: dict[Decimal, Decimal] = {}
    for price, count in pairs or ():
        amount = Decimal(count)
        if amount > 0:
            levels[_price(price)] = amount
    return levels


class Orderbook:
    """One market's book: `yes` and `no` map price (dollars) to resting contracts, both Decimal.

    `ready` is False until the first snapshot and again from a sequence gap or a reconnect
    until the fresh snapshot: a book that is not ready is never handed out. `seq` is the
    sequence number of the last frame applied.
    """

    __slots__ = ("market_ticker", "no", "ready", "seq", "yes")

    def __init__(self, market_ticker: str) -> None:
        self.market_ticker = market_ticker
        self.yes: dict[Decimal, Decimal] = {}
        self.no: dict[Decimal, Decimal] = {}
        self.seq: int | None = None
        self.ready = False

    def apply_snapshot(self, msg: Mapping[str, Any], seq: int | None) -> None:
        """Replace both sides with a snapshot's `yes_dollars_fp` / `no_dollars_fp` levels."""
        self.yes = _levels(msg.get("yes_dollars_fp"))
        self.no = _levels(msg.get("no_dollars_fp"))
        self.seq = seq
        self.ready = True

    def apply_delta(self, msg: Mapping[str, Any], seq: int | None) -> None:
        """Add a delta's signed `delta_fp` to its side's level at `price_dollars` (0 removes it)."""
        side = self.yes if msg["side"] == "yes" else self.no
        price = _price(msg["price_dollars"])
        count = side.get(price, _ZERO) + Decimal(msg["delta_fp"])
        if count > 0:
            side[price] = count
        else:
            side.pop(price, None)
        self.seq = seq

    def invalidate(self) -> None:
        """Forget the levels: the book waits for a fresh snapshot."""
        self.yes = {}
        self.no = {}
        self.ready = False

    @property
    def best_yes_bid(self) -> Decimal | None:
        """The highest YES bid, or None when no YES bid rests."""
        return max(self.yes) if self.yes else None

    @property
    def best_no_bid(self) -> Decimal | None:
        """The highest NO bid (NO-leg price), or None."""
        return max(self.no) if self.no else None

    @property
    def best_yes_ask(self) -> Decimal | None:
        """The cheapest YES a buyer can take: 1 - the best NO bid, or None."""
        best = self.best_no_bid
        return None if best is None else ONE - best

    @property
    def best_no_ask(self) -> Decimal | None:
        """The cheapest NO a buyer can take: 1 - the best YES bid, or None."""
        best = self.best_yes_bid
        return None if best is None else ONE - best

    @property
    def spread(self) -> Decimal | None:
        """best_yes_ask - best_yes_bid, or None when either side is empty."""
        bid, ask = self.best_yes_bid, self.best_yes_ask
        return None if bid is None or ask is None else ask - bid

    def copy(self) -> Orderbook:
        """A detached copy of the book as it is now (the live one keeps changing)."""
        book = Orderbook(self.market_ticker)
        book.yes = dict(self.yes)
        book.no = dict(self.no)
        book.seq = self.seq
        book.ready = self.ready
        return book

    def __repr__(self) -> str:
        return (
            f"Orderbook({self.market_ticker!r}, seq={self.seq}, yes={len(self.yes)} levels, "
            f"no={len(self.no)} levels, bid={self.best_yes_bid}, ask={self.best_yes_ask})"
        )
