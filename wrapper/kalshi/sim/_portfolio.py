"""A member's portfolio records: per-market holdings, fills, settlements and transfers."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ._fixed import ONE, ZERO
from ._orders import BookSide


@dataclass
class Holding:
    """One subaccount's position in one market and its running statistics.

    `position` is signed (YES positive, NO negative); `cost` is what the contracts held now
    cost; netting one YES against one NO realizes `1 - yes cost - no cost` (sim choice, fees
    excluded).
    """

    ticker: str
    exchange_index: int
    position: Decimal = ZERO
    cost: Decimal = ZERO
    total_traded: Decimal = ZERO
    volume: Decimal = ZERO
    """Contracts traded (the feed's `volume_fp`)."""
    realized_pnl: Decimal = ZERO
    fees_paid: Decimal = ZERO
    updated_ms: int = 0
    settled: bool = False

    def trade(self, book_side: BookSide, unit_cost: Decimal, count: Decimal, fee: Decimal) -> None:
        """Add a fill: `count` contracts bought (a bid YES, an ask NO) at `unit_cost` each."""
        self.total_traded += unit_cost * count
        self.volume += count
        self.fees_paid += fee
        delta = count if book_side == "bid" else -count
        held = self.position
        closing = min(abs(held), count) if held * delta < 0 else ZERO
        if closing:
            average = self.cost / abs(held)
            self.cost -= average * closing
            self.realized_pnl += (ONE - average - unit_cost) * closing
        self.cost += unit_cost * (count - closing)
        self.position = held + delta
        if not self.position:
            self.cost = ZERO


@dataclass(frozen=True)
class FillRecord:
    """One side of a trade as its member sees it (`GET /portfolio/fills`)."""

    trade_id: str
    seq: int
    user_id: str
    order_id: str
    ticker: str
    book_side: BookSide
    yes_price: Decimal
    count: Decimal
    is_taker: bool
    fee: Decimal
    subaccount: int
    exchange_index: int
    created_ms: int


@dataclass(frozen=True)
class SettlementRecord:
    """A member's holding in a market paid out at settlement (`GET /portfolio/settlements`)."""

    seq: int
    ticker: str
    event_ticker: str
    exchange_index: int
    subaccount: int
    result: str
    yes_count: Decimal
    yes_cost: Decimal
    no_count: Decimal
    no_cost: Decimal
    revenue: Decimal
    fee: Decimal
    value_cents: int | None
    settled_ms: int


@dataclass(frozen=True)
class Transfer:
    """Cash moved between two subaccounts of one member."""

    transfer_id: str
    seq: int
    client_transfer_id: str
    from_subaccount: int
    to_subaccount: int
    amount_cents: int
    exchange_index: int
    created_ms: int
