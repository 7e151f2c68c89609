"""Other traders from a scenario: resting liquidity, scripted orders, seeded random flows."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from kalshi.sim import Exchange, ManualClock, OrderRequest, SimSettings, TraderPlan

MARKET = "KXFLOW-26-A"
START_MS = 1_800_000_000_000
MARKETS: dict[str, Any] = {
    "markets": [{"ticker": MARKET}, {"ticker": "KXFLOW-26-B"}],
}


def scenario(**traders: Any) -> dict[str, Any]:
    return {**MARKETS, **traders}


def exchange_of(document: dict[str, Any]) -> tuple[Exchange, ManualClock]:
    clock = ManualClock(START_MS)
    return Exchange(SimSettings(scenario=document), clock), clock


def buy(
    exchange: Exchange, *, price: str, count: str, side: str = "bid", ticker: str = MARKET
) -> tuple[str, Any]:
    user = exchange.add_member(balance_cents=100_000)
    request = OrderRequest(
        ticker, side, Decimal(price), Decimal(count), time_in_force="immediate_or_cancel"
    )  # type: ignore[arg-type]
    return user, exchange.place_order(user, request)


def tape(exchange: Exchange) -> list[tuple[str, Decimal, Decimal, str, int]]:
    return [
        (t.ticker, t.count, t.yes_price, t.taker_book_side, t.created_ms) for t in exchange.trades()
    ]


FLOW = {"ticker": MARKET, "rate_per_s": 2, "mid": "0.50", "band": "0.03", "seed": 11}


def test_liquidity_rests_at_start_and_fills_a_taker() -> None:
    exchange, _ = exchange_of(
        scenario(liquidity=[{"ticker": MARKET, "side": "ask", "price": "0.55", "count": "20"}])
    )
    best = exchange.market(MARKET).book.best("ask")
    assert best is not None and best.yes_price == Decimal("0.55") and best.remaining == 20
    user, order = buy(exchange, price="0.60", count="5")
    assert order.fill_count == 5 and exchange.position(user, MARKET) == 5
    assert exchange.trades()[0].yes_price == Decimal("0.55")
    assert exchange.traders.house == best.user_id


def test_scripted_orders_arrive_at_their_time_and_not_before() -> None:
    exchange, clock = exchange_of(
        scenario(
            orders=[
                {
                    "after_s": 30,
                    "ticker": MARKET,
                    "side": "ask",
                    "price": "0.45",
                    "count": "3",
                    "time_in_force": "good_till_canceled",
                }
            ]
        )
    )
    user = exchange.add_member(balance_cents=100_000)
    resting = exchange.place_order(user, OrderRequest(MARKET, "bid", Decimal("0.50"), Decimal(5)))
    clock.advance(29.999)
    assert exchange.get_order(user, resting.order_id).fill_count == 0
    clock.advance(ms=1)
    assert exchange.get_order(user, resting.order_id).fill_count == 3
    (trade,) = exchange.trades()
    assert trade.created_ms == START_MS + 30_000 and trade.yes_price == Decimal("0.50")


def test_flow_orders_are_placed_at_their_own_times_when_the_clock_jumps() -> None:
    exchange, clock = exchange_of(scenario(flows=[FLOW]))
    clock.advance(600)
    assert exchange.trades()  # the exchange catches up when next used
    placed = [
        order
        for members in exchange.traders.flow_members
        for member in members
        for order in exchange.orders(member)
    ]
    # About rate * time orders, each stamped inside the ten minutes, on the cent grid near mid.
    assert 900 < len(placed) < 1500
    times = sorted(order.created_ms for order in placed)
    assert times[0] > START_MS and times[-1] <= START_MS + 600_000
    assert len(set(times)) > 100
    prices = {order.yes_price for order in placed}
    assert prices <= {Decimal("0.47") + Decimal("0.01") * i for i in range(7)}
    assert {order.count for order in placed} <= {Decimal(n) for n in range(1, 11)}


def test_fills_happen_without_the_test_placing_both_sides() -> None:
    exchange, clock = exchange_of(scenario(flows=[FLOW]))
    user = exchange.add_member(balance_cents=100_000)
    bid = exchange.place_order(user, OrderRequest(MARKET, "bid", Decimal("0.52"), Decimal(50)))
    clock.advance(120)
    filled = exchange.get_order(user, bid.order_id).fill_count
    assert filled > 0 and exchange.position(user, MARKET) == filled


def test_same_seed_same_trades_whatever_the_clock_steps() -> None:
    first, clock1 = exchange_of(scenario(flows=[FLOW]))
    clock1.advance(300)
    second, clock2 = exchange_of(scenario(flows=[FLOW]))
    for _ in range(300):
        clock2.advance(1)
        second.trades()
    assert tape(first) and tape(first) == tape(second)
    other, clock3 = exchange_of(scenario(flows=[{**FLOW, "seed": 12}]))
    clock3.advance(300)
    assert tape(other) != tape(first)


def test_reset_replays_liquidity_and_flows_from_the_start() -> None:
    exchange, clock = exchange_of(
        scenario(
            liquidity=[{"ticker": "KXFLOW-26-B", "side": "bid", "price": "0.30", "count": "7"}],
            flows=[FLOW],
        )
    )
    clock.advance(200)
    before = tape(exchange)
    buy(
        exchange, price="0.20", count="7", side="ask", ticker="KXFLOW-26-B"
    )  # takes the house's bid
    assert exchange.market("KXFLOW-26-B").book.best("bid") is None
    house = exchange.traders.house
    exchange.reset()
    assert exchange.traders.house == house
    best = exchange.market("KXFLOW-26-B").book.best("bid")
    assert best is not None and best.remaining == 7
    clock.advance(200)
    assert tape(exchange) == before


def test_flow_stops_at_stop_s_and_expiring_orders_leave_the_book() -> None:
    exchange, clock = exchange_of(
        scenario(flows=[{**FLOW, "band": "0.20", "stop_s": 10, "expire_after_s": 5}])
    )
    clock.advance(10)
    exchange.trades()
    members = exchange.traders.flow_members[0]
    count = sum(len(exchange.orders(member)) for member in members)
    clock.advance(100)
    exchange.trades()
    assert sum(len(exchange.orders(member)) for member in members) == count
    book = exchange.market(MARKET).book
    assert book.best("bid") is None and book.best("ask") is None


def test_scenario_file_with_traders(tmp_path: Path) -> None:
    path = tmp_path / "traders.json"
    path.write_text(json.dumps(scenario(flows=[FLOW])), encoding="utf-8")
    file_exchange = Exchange(SimSettings(scenario=str(path)), ManualClock(START_MS))
    dict_exchange, clock = exchange_of(scenario(flows=[FLOW]))
    file_exchange.clock.advance(60)  # type: ignore[attr-defined]
    clock.advance(60)
    assert tape(file_exchange) == tape(dict_exchange) != []


def test_a_scenario_file_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "traders.json"
    path.write_text(json.dumps(scenario(flows=[FLOW])), encoding="utf-8")
    reads: list[str] = []
    real = Path.read_text

    def counted(self: Path, *args: Any, **kwargs: Any) -> str:
        if self == path:
            reads.append(str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", counted)
    exchange = Exchange(SimSettings(scenario=str(path)), ManualClock(START_MS))
    assert reads == [str(path)]  # the markets and the traders come from the one read
    assert exchange.traders is not None and exchange.market(MARKET)


@pytest.mark.parametrize(
    ("traders", "message"),
    [
        ({"liquidity": [{"ticker": MARKET, "side": "buy", "price": "0.5", "count": "1"}]}, "side"),
        ({"liquidity": [{"ticker": MARKET, "side": "bid", "price": "1.5", "count": "1"}]}, "price"),
        ({"orders": [{"ticker": MARKET, "side": "bid", "price": "0.5", "count": "1"}]}, "after_s"),
        ({"flows": [{"ticker": MARKET, "mid": "0.5"}]}, "rate_per_s"),
        ({"flows": [{**FLOW, "min_count": 5, "max_count": 2}]}, "min_count"),
        ({"flows": [{**FLOW, "colour": "red"}]}, "colour"),
        ({"house": {"balance_cents": -1}}, "balance_cents"),
        (
            {
                "liquidity": [
                    {"ticker": MARKET, "side": "bid", "price": "0.5", "count": "1", "trader": ""}
                ]
            },
            "trader",
        ),
    ],
)
def test_bad_trader_keys_are_refused(traders: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        TraderPlan.from_mapping(scenario(**traders))
