"""Candlesticks built from trades, and queue positions of resting orders."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from kalshi.sim import Credentials, ManualClock, Order

from .conftest import TICKER, conforms

CANDLES = "/series/{series_ticker}/markets/{ticker}/candlesticks"
BATCH = "/markets/candlesticks"
EVENT = "/series/{series_ticker}/events/{ticker}/candlesticks"
HOUR_MS = 3_600_000


@pytest.fixture
def clock() -> ManualClock:
    """A clock at the start of an hour, so that periods line up with the test's steps."""
    return ManualClock(1_800_000_000_000 - 1_800_000_000_000 % HOUR_MS)


def trade(place: Callable[..., Order], seller: str, buyer: str, cents: int, count: int) -> None:
    """A resting ask taken by a bid: one trade at `cents` (YES), taker side bid."""
    place(seller, "no", "buy", 100 - cents, count)
    place(buyer, "yes", "buy", cents, count)


def candle_params(start_ms: int, end_ms: int, interval: int) -> dict[str, Any]:
    return {"start_ts": start_ms // 1000, "end_ts": end_ms // 1000, "period_interval": interval}


async def test_a_candle_sums_up_the_trades_of_its_period(
    client: httpx.AsyncClient,
    clock: ManualClock,
    place: Callable[..., Order],
    member: Credentials,
    new_member: Callable[..., Credentials],
) -> None:
    other = new_member().user_id
    start = clock.now_ms()
    trade(place, other, member.user_id, 40, 3)
    clock.advance(600)
    trade(place, other, member.user_id, 55, 2)
    clock.advance(600)
    place(member.user_id, "yes", "buy", 30, 4)  # rests: a bid
    place(other, "no", "buy", 70, 4)  # sells YES into it at 0.30, taker side ask
    clock.advance(3_000)  # next hour
    trade(place, other, member.user_id, 45, 1)

    response = await client.get(
        f"/series/KXTEST/markets/{TICKER}/candlesticks",
        params=candle_params(start, start + 2 * HOUR_MS, 60),
    )
    body = conforms(response, CANDLES)
    assert body["ticker"] == TICKER
    first, second = body["candlesticks"]
    assert first["end_period_ts"] == (start + HOUR_MS) // 1000
    assert first["price"] == {
        "open_dollars": "0.4000",
        "high_dollars": "0.5500",
        "low_dollars": "0.3000",
        "close_dollars": "0.3000",
        "mean_dollars": format((Decimal("1.2") + Decimal("1.1") + Decimal("1.2")) / 9, ".4f"),
        "previous_dollars": None,
        "min_dollars": "0.3000",
        "max_dollars": "0.5500",
    }
    assert first["volume_fp"] == "9.00"
    assert first["yes_bid"]["close_dollars"] == "0.3000"
    assert first["yes_ask"]["high_dollars"] == "0.5500"
    assert second["end_period_ts"] == (start + 2 * HOUR_MS) // 1000
    assert (second["price"]["open_dollars"], second["volume_fp"]) == ("0.4500", "1.00")
    assert second["price"]["previous_dollars"] == "0.3000"
    assert second["yes_bid"]["close_dollars"] == "0.3000", "no bid print: the last one carries"

    minutes = conforms(
        await client.get(
            f"/series/KXTEST/markets/{TICKER}/candlesticks",
            params=candle_params(start, start + 2 * HOUR_MS, 1),
        ),
        CANDLES,
    )["candlesticks"]
    assert [c["volume_fp"] for c in minutes] == ["3.00", "2.00", "4.00", "1.00"]


async def test_the_window_and_the_latest_candle_before_it(
    client: httpx.AsyncClient,
    clock: ManualClock,
    place: Callable[..., Order],
    member: Credentials,
    new_member: Callable[..., Credentials],
) -> None:
    other = new_member().user_id
    start = clock.now_ms()
    trade(place, other, member.user_id, 40, 1)
    clock.advance(2 * 3600)
    trade(place, other, member.user_id, 60, 1)
    later = start + 2 * HOUR_MS
    path = f"/series/KXTEST/markets/{TICKER}/candlesticks"
    window = candle_params(later, later + HOUR_MS, 60)
    only = conforms(await client.get(path, params=window), CANDLES)["candlesticks"]
    both = conforms(
        await client.get(path, params={**window, "include_latest_before_start": True}), CANDLES
    )["candlesticks"]
    assert [c["price"]["close_dollars"] for c in only] == ["0.6000"]
    assert [c["price"]["close_dollars"] for c in both] == ["0.4000", "0.6000"]


async def test_batch_and_event_candlesticks_conform(
    client: httpx.AsyncClient,
    clock: ManualClock,
    place: Callable[..., Order],
    member: Credentials,
    new_member: Callable[..., Credentials],
) -> None:
    other = new_member().user_id
    start = clock.now_ms()
    trade(place, other, member.user_id, 40, 2)
    trade(place, other, member.user_id, 35, 1)
    params = candle_params(start, start + HOUR_MS, 60)
    batch = conforms(
        await client.get(BATCH, params={**params, "market_tickers": f"{TICKER},KXOTHER-26-A"}),
        BATCH,
    )
    volumes = {
        m["market_ticker"]: [c["volume_fp"] for c in m["candlesticks"]] for m in batch["markets"]
    }
    assert volumes == {TICKER: ["3.00"], "KXOTHER-26-A": []}
    event = conforms(
        await client.get("/series/KXTEST/events/KXTEST-26/candlesticks", params=params), EVENT
    )
    assert event["market_tickers"] == [TICKER]
    assert [c["volume_fp"] for c in event["market_candlesticks"][0]] == ["3.00"]


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        (f"/series/KXTEST/markets/{TICKER}/candlesticks", {"period_interval": 5}, 400),
        (f"/series/KXNOPE/markets/{TICKER}/candlesticks", {}, 404),
        ("/markets/candlesticks", {"period_interval": 5, "market_tickers": TICKER}, 400),
        ("/markets/candlesticks", {"start_ts": 9, "market_tickers": TICKER}, 400),
    ],
)
async def test_bad_candlestick_queries_are_refused(
    client: httpx.AsyncClient, path: str, params: dict[str, Any], status: int
) -> None:
    query = {"start_ts": 0, "end_ts": 1, "period_interval": 60, **params}
    response = await client.get(path, params=query)
    assert response.status_code == status, response.text


async def test_queue_position_counts_contracts_ahead_at_the_same_price(
    client: httpx.AsyncClient,
    place: Callable[..., Order],
    member: Credentials,
    new_member: Callable[..., Credentials],
    exchange: Any,
) -> None:
    first, second = new_member().user_id, new_member().user_id
    ahead = place(first, "yes", "buy", 40, 5)
    place(first, "yes", "buy", 41, 7)  # a better price is not at the same level
    place(second, "yes", "buy", 40, 3)
    mine = place(member.user_id, "yes", "buy", 40, 2)
    path = f"/portfolio/orders/{mine.order_id}/queue_position"
    template = "/portfolio/orders/{order_id}/queue_position"

    async def position() -> str:
        return str(conforms(await client.get(path), template)["queue_position_fp"])

    assert await position() == "8.00"
    place(new_member().user_id, "no", "buy", 60, 9)  # sells 7 at 0.41, then 2 of 5 at 0.40
    assert await position() == "6.00"
    exchange.cancel_order(first, ahead.order_id)
    assert await position() == "3.00"
    listed = conforms(
        await client.get("/portfolio/orders/queue_positions", params={"market_tickers": TICKER}),
        "/portfolio/orders/queue_positions",
    )
    assert listed == {
        "queue_positions": [
            {"order_id": mine.order_id, "market_ticker": TICKER, "queue_position_fp": "3.00"}
        ]
    }


async def test_queue_position_of_someone_elses_or_a_done_order_is_404(
    client: httpx.AsyncClient,
    place: Callable[..., Order],
    member: Credentials,
    new_member: Callable[..., Credentials],
    exchange: Any,
) -> None:
    theirs = place(new_member().user_id, "yes", "buy", 40, 5)
    mine = place(member.user_id, "yes", "buy", 30, 5)
    exchange.cancel_order(member.user_id, mine.order_id)
    for order in (theirs, mine):
        response = await client.get(f"/portfolio/orders/{order.order_id}/queue_position")
        assert response.status_code == 404
        conforms(response, "/portfolio/orders/{order_id}/queue_position")
