"""Conservation of money: whatever members do, no cash is made or lost.

Over a random session of orders, RFQ executions (`Exchange.cross`), amends, cancels, decreases,
transfers and settlements among several members, no member's cash goes below zero, and the
members' cash (every subaccount), the cash held by resting orders, the open positions valued
at $1 per YES+NO pair (settled markets hold none) and the fees the exchange kept always add
up to the cash the members started with.
"""

from __future__ import annotations

import contextlib
import random
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from kalshi.sim import Exchange, ManualClock, OrderAmend, OrderRequest, SimError, SimSettings

MARKETS = ("KXCONS-1-CENT", "KXCONS-1-DECI")
SCENARIO = {
    "series": [{"ticker": "KXCONS", "fee_type": "quadratic_with_maker_fees"}],
    "events": [
        {
            "event_ticker": "KXCONS-1",
            "series_ticker": "KXCONS",
            "markets": [
                {"ticker": MARKETS[0]},
                {"ticker": MARKETS[1], "price_level_structure": "tapered_deci_cent"},
            ],
        }
    ],
}
"""A whole-cent market and a tapered deci-cent one, on a series with maker fees."""
PRICES = (("0.44", "0.47", "0.50", "0.53", "0.56"), ("0.081", "0.087", "0.09", "0.093", "0.099"))
"""Few prices close together, so that orders meet; deci-cent ones on the tapered market."""
MEMBERS = 3
START_CENTS = 5_000


def _session(rng: random.Random, length: int) -> list[tuple[Any, ...]]:
    """Mostly orders (bids and asks near each other, so they meet), some cancels, decreases
    and transfers, and a settlement of each market somewhere in the second half."""
    steps: list[tuple[Any, ...]] = []
    for _ in range(length):
        roll = rng.random()
        who = rng.randrange(MEMBERS)
        if roll < 0.65:
            market = rng.randrange(len(MARKETS))
            steps.append(
                (
                    "order",
                    who,
                    market,
                    rng.choice(("bid", "ask")),
                    rng.randrange(len(PRICES[market])),
                    rng.randint(1, 2_000),  # hundredths of a contract
                    rng.choice(("good_till_canceled", "immediate_or_cancel", "fill_or_kill")),
                )
            )
        elif roll < 0.75:
            market = rng.randrange(len(MARKETS))
            steps.append(
                (
                    "cross",
                    who,
                    (who + rng.randint(1, MEMBERS - 1)) % MEMBERS,
                    market,
                    rng.choice(("bid", "ask")),
                    rng.randrange(len(PRICES[market])),
                    rng.choice((0, rng.randint(1, 2_000))),  # 0: all the taker's cash buys
                )
            )
        elif roll < 0.85:
            steps.append(("cancel", who, rng.randrange(50)))
        elif roll < 0.89:
            steps.append(("amend", who, rng.randrange(50), rng.randrange(5), rng.randint(1, 500)))
        elif roll < 0.93:
            steps.append(("decrease", who, rng.randrange(50), rng.randint(1, 500)))
        else:
            steps.append(("transfer", who, rng.randint(1, 3_000)))
    for market in range(len(MARKETS)):
        at = rng.randint(length // 2, length)
        steps.insert(at, ("settle", market, rng.choice(("yes", "no"))))
    return steps


def _price(market: int, choice: int) -> Decimal:
    return Decimal(PRICES[market][choice])


def _total(exchange: Exchange, users: list[str]) -> Decimal:
    with exchange.lock:
        total = exchange.fees_collected
        for user in users:
            member = exchange.member(user)
            total += sum(member.balances.values(), Decimal(0))
            total += sum(
                (order.reserved + order.fee_hold for order in exchange.orders(user)),
                Decimal(0),
            )
            assert all(
                order.reserved == order.fee_hold == 0
                for order in exchange.orders(user)
                if not order.is_live
            )
            total += sum((held for held in member.positions.values() if held > 0), Decimal(0))
        return total


def _run(exchange: Exchange, users: list[str], step: tuple[Any, ...]) -> None:
    kind = step[0]
    if kind == "order":
        _, who, market, side, choice, hundredths, tif = step
        exchange.place_order(
            users[who],
            OrderRequest(
                ticker=MARKETS[market],
                book_side=side,
                yes_price=_price(market, choice),
                count=Decimal(hundredths) / 100,
                time_in_force=tif,
            ),
        )
    elif kind == "cross":
        _, taker, maker, market, side, choice, hundredths = step
        price, count = _price(market, choice), Decimal(hundredths) / 100
        if not hundredths:
            unit = price if side == "bid" else 1 - price
            count = (exchange.balance(users[taker]) / unit).quantize(Decimal("0.01"), "ROUND_FLOOR")
        other = "ask" if side == "bid" else "bid"
        exchange.cross(
            users[taker],
            OrderRequest(ticker=MARKETS[market], book_side=side, yes_price=price, count=count),
            users[maker],
            OrderRequest(ticker=MARKETS[market], book_side=other, yes_price=price, count=count),
        )
    elif kind == "amend":
        _, who, pick, choice, extra = step
        live = [order for order in exchange.orders(users[who]) if order.is_live]
        if not live:
            return
        order = live[pick % len(live)]
        market = MARKETS.index(order.ticker)
        amend = OrderAmend(
            order.ticker,
            order.book_side,
            _price(market, choice),
            order.fill_count + order.remaining + Decimal(extra) / 100,
        )
        exchange.amend_order(users[who], order.order_id, amend)
    elif kind in ("cancel", "decrease"):
        live = [order for order in exchange.orders(users[step[1]]) if order.is_live]
        if not live:
            return
        order = live[step[2] % len(live)]
        if kind == "cancel":
            exchange.cancel_order(users[step[1]], order.order_id)
        else:
            by = Decimal(step[3]) / 100
            exchange.decrease_order(users[step[1]], order.order_id, reduce_by=by)
    elif kind == "transfer":
        _, who, cents = step
        user = users[who]
        exchange.transfer(
            user,
            client_transfer_id=f"{user}-{cents}-{exchange.clock.now_ms()}",
            from_subaccount=0,
            to_subaccount=1,
            amount_cents=cents,
        )
    else:
        exchange.settle_market(MARKETS[step[1]], step[2])


@settings(max_examples=100, deadline=None)
@given(rng=st.randoms(use_true_random=False), length=st.integers(5, 60), cents=st.booleans())
def test_cash_positions_and_fees_are_conserved(
    rng: random.Random, length: int, cents: bool
) -> None:
    session = _session(rng, length)
    precision = Decimal("0.01") if cents else Decimal("0.0001")
    clock = ManualClock(1_800_000_000_000)
    exchange = Exchange(SimSettings(scenario=SCENARIO, balance_precision=precision), clock)
    users = [exchange.add_member(balance_cents=START_CENTS) for _ in range(MEMBERS)]
    for user in users:
        exchange.create_subaccount(user)
    start = _total(exchange, users)
    assert start == MEMBERS * Decimal(START_CENTS) / 100
    for step in session:
        clock.advance(ms=1)
        with contextlib.suppress(SimError):  # a refused request moves nothing
            _run(exchange, users, step)
        assert _total(exchange, users) == start, step
        for user in users:
            assert all(cash >= 0 for cash in exchange.member(user).balances.values()), step
        for ticker in MARKETS:  # kept as positions change; a recount must agree
            held = [exchange.position(user, ticker, sub) for user in users for sub in (0, 1)]
            assert exchange.open_interest(ticker) == sum(h for h in held if h > 0), step
    assert exchange.fees_collected >= 0
