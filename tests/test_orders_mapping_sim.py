"""The documented create, sent as a V2 order, rests in the simulator at the price asked for."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal

import kalshi
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kalshi.sim import Simulator

_tickers = (f"KXMAP-26-T{n}" for n in itertools.count())


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator() as running:
        yield running


@pytest.fixture(scope="module")
def client(sim: Simulator) -> Iterator[kalshi.KalshiClient]:
    member = sim.add_member(balance_cents=10_000_000)
    with kalshi.KalshiClient(
        key_id=member.key_id, private_key=member.private_key_pem, base_url=sim.base_url
    ) as running:
        running.user_id = member.user_id  # type: ignore[attr-defined]
        yield running


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    side=st.sampled_from(["yes", "no"]),
    action=st.sampled_from(["buy", "sell"]),
    cents=st.integers(1, 99),
    count=st.integers(1, 50),
)
def test_the_resting_order_has_the_economic_price_asked_for(
    sim: Simulator, client: kalshi.KalshiClient, side: str, action: str, cents: int, count: int
) -> None:
    price = Decimal(cents) / 100
    user = client.user_id  # type: ignore[attr-defined]
    cash_before = sim.exchange.balance(user)
    created = client.orders.create(
        ticker=next(_tickers), side=side, action=action, count=count,
        **{f"{side}_price": str(price)},
    )  # fmt: skip
    order = client.orders.get(created.order_id)
    # The price of the side named is the price asked, on the order as Kalshi reads it back.
    asked = order.yes_price_dollars if side == "yes" else order.no_price_dollars
    assert Decimal(asked or "") == price
    # It holds the side bought: buying YES or selling NO holds YES; the others hold NO.
    holds_yes = (side == "yes") == (action == "buy")
    assert (order.outcome_side, order.book_side) == (("yes", "bid") if holds_yes else ("no", "ask"))
    # And it costs what that side costs: the price to buy it, one minus the price to sell.
    paid = price if action == "buy" else 1 - price
    assert cash_before - sim.exchange.balance(user) == paid * count
    assert (created.remaining_count, order.status) == (f"{count}.00", "resting")
