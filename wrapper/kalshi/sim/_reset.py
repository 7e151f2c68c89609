"""Putting an exchange back to its scenario's start, cheaply enough to do before every test.

What a reset keeps: every member and API key (their user ids and key ids stay valid, so a
client need not be rebuilt), each with the cash it opened with; the settings, the clock, the
lock and the event bus's listeners, which hear an `ExchangeReset` (the feed ends its
connections: their books and sequences belong to the exchange that was). What it clears:
orders, fills, positions, order groups, used client order ids, trades, markets opened on first
use and scenarios added with `add_scenario` (the settings' scenario is listed again), the
request journal, the rate-limit buckets, pauses and scheduled actions (the scenario's market
times are scheduled again), the fees collected, and RFQs and quotes. A `ManualClock` is set
back to the exchange's start time; with any other clock the scenario's timeline (scripted
orders, flows, default market times) restarts from now. The scenario's traders rest their
liquidity again and replay their orders and flows from the start.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from . import _lifecycle
from ._accounts import Member
from ._clock import ManualClock
from ._events import ExchangeReset
from ._schedule import Scheduler

if TYPE_CHECKING:
    from ._engine import Exchange

_KEPT = frozenset(
    {"settings", "clock", "lock", "bus", "book_watch", "journal", "rate_limits", "traders",
     "_keys", "_opening_cents", "_initial_scenario", "communications"}
)  # fmt: skip
"""Attributes a reset leaves as they are; every other one comes from a fresh exchange."""


def reset_exchange(exchange: Exchange) -> None:
    """Reset `exchange` in place (see the module's docstring)."""
    from ._engine import Exchange

    with exchange.lock:
        if isinstance(exchange.clock, ManualClock):
            exchange.clock.set(exchange.started_ms)
        scenario = exchange._initial_scenario
        # A fresh exchange on the parsed scenario (no file read, no traders), whose state
        # replaces ours: whatever state the engine holds, none of it survives by oversight.
        fresh = Exchange(replace(exchange.settings, scenario=scenario), exchange.clock)
        for name, value in vars(fresh).items():
            if name not in _KEPT:
                setattr(exchange, name, value)
        now = exchange.started_ms
        for user_id, cents in exchange._opening_cents.items():
            balances = {sub: Decimal(amount) / 100 for sub, amount in cents.items()}
            exchange._members[user_id] = Member(user_id, balances, now)
        # The fresh exchange's timed actions (market opens, closes, scenario settlements) act
        # on it, not on us: schedule them again here, so that they cancel our orders and
        # reach our listeners.
        exchange.scheduler = Scheduler()
        for market in exchange._markets.values():
            _lifecycle.schedule_market(exchange, market.spec)
        exchange.journal.clear()
        if exchange.rate_limits is not None:
            exchange.rate_limits.reset()
        exchange.traders.start(exchange)
        # The RFQ book stays (bound to this exchange), emptied; members keep their public ids.
        exchange.communications.clear()
        exchange.bus.publish(ExchangeReset(exchange.clock.now_ms()))
