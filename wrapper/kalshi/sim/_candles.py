"""Candlesticks built from the simulated exchange's trades.

A trade at time t falls in the period `[end - interval, end)` whose `end_period_ts` is the
next multiple of the interval after t. Simulator choices where Kalshi publishes no exact rule:
only periods with at least one trade get a candle; the price mean is volume-weighted; the
simulator keeps no history of its books, so `yes_bid` and `yes_ask` are read from the trades
(a trade whose taker sold YES printed at the bid, one whose taker bought YES at the ask; a
period without such a trade repeats the last known value, 0 before any) and
`open_interest_fp` is the market's open interest now.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ._book import Trade
from ._fixed import ZERO, format_count, format_dollars
from ._views import JSON

INTERVALS = (1, 60, 1440)
"""Period lengths Kalshi allows, in minutes."""


@dataclass(frozen=True)
class Candle:
    """One period's trades summed up."""

    end_s: int
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal
    volume: Decimal
    value: Decimal
    previous: Decimal | None
    bid: tuple[Decimal, Decimal, Decimal, Decimal]
    ask: tuple[Decimal, Decimal, Decimal, Decimal]

    def view(self, open_interest: Decimal) -> JSON:
        """The `MarketCandlestick` object."""
        mean = self.value / self.volume
        return {
            "end_period_ts": self.end_s,
            "yes_bid": _ohlc(self.bid),
            "yes_ask": _ohlc(self.ask),
            "price": {
                "open_dollars": format_dollars(self.open),
                "high_dollars": format_dollars(self.high),
                "low_dollars": format_dollars(self.low),
                "close_dollars": format_dollars(self.close),
                "mean_dollars": format_dollars(mean),
                "previous_dollars": (
                    None if self.previous is None else format_dollars(self.previous)
                ),
                "min_dollars": format_dollars(self.low),
                "max_dollars": format_dollars(self.high),
            },
            "volume_fp": format_count(self.volume),
            "open_interest_fp": format_count(open_interest),
        }


def candles(trades_oldest_first: Sequence[Trade], interval_minutes: int) -> list[Candle]:
    """Every period with a trade, oldest first, for one market's trades."""
    period_ms = interval_minutes * 60_000
    groups: dict[int, list[Trade]] = {}
    for trade in trades_oldest_first:
        end_ms = (trade.created_ms // period_ms + 1) * period_ms
        groups.setdefault(end_ms, []).append(trade)
    result: list[Candle] = []
    previous: Decimal | None = None
    last_bid = last_ask = ZERO
    for end_ms, group in groups.items():
        prices = [trade.yes_price for trade in group]
        bids = [t.yes_price for t in group if t.taker_book_side == "ask"]
        asks = [t.yes_price for t in group if t.taker_book_side == "bid"]
        bid = _quote_ohlc(bids, last_bid)
        ask = _quote_ohlc(asks, last_ask)
        last_bid, last_ask = bid[3], ask[3]
        result.append(
            Candle(
                end_s=end_ms // 1000,
                open=prices[0],
                high=max(prices),
                low=min(prices),
                close=prices[-1],
                volume=sum((trade.count for trade in group), ZERO),
                value=sum((trade.count * trade.yes_price for trade in group), ZERO),
                previous=previous,
                bid=bid,
                ask=ask,
            )
        )
        previous = prices[-1]
    return result


def select(
    all_candles: Sequence[Candle], start_s: int, end_s: int, *, latest_before_start: bool
) -> list[Candle]:
    """The candles ending in `[start_s, end_s]`, with the latest one before if asked."""
    inside = [candle for candle in all_candles if start_s <= candle.end_s <= end_s]
    if latest_before_start:
        before = [candle for candle in all_candles if candle.end_s < start_s]
        if before:
            inside.insert(0, before[-1])
    return inside


def _quote_ohlc(prices: list[Decimal], last: Decimal) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    if not prices:
        return last, last, last, last
    return prices[0], max(prices), min(prices), prices[-1]


def _ohlc(values: tuple[Decimal, Decimal, Decimal, Decimal]) -> JSON:
    first, high, low, last = values
    return {
        "open_dollars": format_dollars(first),
        "low_dollars": format_dollars(low),
        "high_dollars": format_dollars(high),
        "close_dollars": format_dollars(last),
    }
