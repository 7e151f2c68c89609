"""Market data reads: markets, order books, trades, events, series and the schedule."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from kalshi.sim import Credentials, Exchange, ManualClock, Order, SimSettings, create_app

from .conftest import BASE_URL, conforms

SCENARIO = {
    "series": [
        {
            "ticker": "KXA",
            "title": "Series A",
            "category": "Economics",
            "tags": ["Rates"],
            "fee_type": "quadratic_with_maker_fees",
            "fee_multiplier": 0.5,
            "frequency": "monthly",
            "events": [
                {
                    "event_ticker": "KXA-26",
                    "title": "Event A",
                    "mutually_exclusive": True,
                    "markets": [
                        {"ticker": "KXA-26-X", "title": "X", "yes_sub_title": "X wins"},
                        {"ticker": "KXA-26-Y", "price_level_structure": "deci_cent"},
                        {"ticker": "KXA-26-Z", "open_time": "2999-01-01T00:00:00Z"},
                    ],
                }
            ],
        },
        {
            "ticker": "KXB",
            "title": "Series B",
            "category": "Sports",
            "events": [{"event_ticker": "KXB-26", "markets": [{"ticker": "KXB-26-Q"}]}],
        },
    ]
}


@pytest.fixture
def settings() -> SimSettings:
    """A small two-series scenario."""
    return SimSettings(scenario=SCENARIO)


@pytest.fixture
async def public(exchange: Exchange) -> AsyncIterator[httpx.AsyncClient]:
    """An unsigned client: market data is public."""
    transport = httpx.ASGITransport(app=create_app(exchange))
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        yield client


async def test_markets_lists_the_catalog_with_the_spec_shape(public: httpx.AsyncClient) -> None:
    body = conforms(await public.get("/markets"), "/markets")
    assert [market["ticker"] for market in body["markets"]] == [
        "KXA-26-X",
        "KXA-26-Y",
        "KXA-26-Z",
        "KXB-26-Q",
    ]
    assert body["cursor"] == ""
    first = body["markets"][0]
    assert (first["event_ticker"], first["title"], first["yes_sub_title"]) == (
        "KXA-26",
        "X",
        "X wins",
    )
    deci = body["markets"][1]
    assert deci["price_level_structure"] == "deci_cent"
    assert deci["price_ranges"] == [{"start": "0.0000", "end": "1.0000", "step": "0.0010"}]
    assert body["markets"][2]["status"] == "initialized"


@pytest.mark.parametrize(
    ("query", "tickers"),
    [
        ({"event_ticker": "KXB-26"}, ["KXB-26-Q"]),
        ({"series_ticker": "KXA"}, ["KXA-26-X", "KXA-26-Y", "KXA-26-Z"]),
        ({"status": "unopened"}, ["KXA-26-Z"]),
        ({"status": "open", "series_ticker": "KXA"}, ["KXA-26-X", "KXA-26-Y"]),
        ({"status": "settled"}, []),
        ({"tickers": "KXB-26-Q,KXA-26-Y"}, ["KXA-26-Y", "KXB-26-Q"]),
        ({"min_close_ts": 32503680000}, ["KXA-26-Z"]),  # closes a year after 2999-01-01
    ],
)
async def test_market_filters(
    public: httpx.AsyncClient, query: dict[str, Any], tickers: list[str]
) -> None:
    body = conforms(await public.get("/markets", params=query), "/markets")
    assert [market["ticker"] for market in body["markets"]] == tickers


async def test_markets_page_with_a_cursor(public: httpx.AsyncClient) -> None:
    seen: list[str] = []
    cursor = ""
    for _ in range(3):
        response = await public.get("/markets", params={"limit": 3, "cursor": cursor})
        body = conforms(response, "/markets")
        seen += [market["ticker"] for market in body["markets"]]
        cursor = body["cursor"]
        if not cursor:
            break
    assert seen == ["KXA-26-X", "KXA-26-Y", "KXA-26-Z", "KXB-26-Q"]
    over = await public.get("/markets", params={"limit": 1001})
    assert over.status_code == 400


async def test_get_market_and_an_unknown_one(public: httpx.AsyncClient) -> None:
    body = conforms(await public.get("/markets/KXB-26-Q"), "/markets/{ticker}")
    assert body["market"]["ticker"] == "KXB-26-Q"
    missing = await public.get("/markets/KXNOPE-26-A")
    assert missing.status_code == 404


@pytest.fixture
def book(
    exchange: Exchange, new_member: Callable[..., Credentials], place: Callable[..., Order]
) -> None:
    """Resting YES bids at 0.30 (5 + 2) and 0.40 (1); NO bids at 0.45 (3) and 0.50 (4)."""
    maker = new_member().user_id
    place(maker, "yes", "buy", 30, 5, ticker="KXA-26-X")
    place(maker, "yes", "buy", 30, 2, ticker="KXA-26-X")
    place(maker, "yes", "buy", 40, 1, ticker="KXA-26-X")
    place(maker, "no", "buy", 45, 3, ticker="KXA-26-X")
    place(maker, "no", "buy", 50, 4, ticker="KXA-26-X")


@pytest.mark.usefixtures("book")
async def test_the_orderbook_has_yes_and_no_bids_best_last(public: httpx.AsyncClient) -> None:
    path = "/markets/KXA-26-X/orderbook"
    body = conforms(await public.get(path), "/markets/{ticker}/orderbook")
    assert body == {
        "orderbook_fp": {
            "yes_dollars": [["0.3000", "7.00"], ["0.4000", "1.00"]],
            "no_dollars": [["0.4500", "3.00"], ["0.5000", "4.00"]],
        }
    }
    top = conforms(await public.get(path, params={"depth": 1}), "/markets/{ticker}/orderbook")
    assert top["orderbook_fp"] == {
        "yes_dollars": [["0.4000", "1.00"]],
        "no_dollars": [["0.5000", "4.00"]],
    }
    market = (await public.get("/markets/KXA-26-X")).json()["market"]
    assert (market["yes_bid_dollars"], market["yes_ask_dollars"]) == ("0.4000", "0.5000")


@pytest.mark.usefixtures("book")
async def test_orderbooks_for_several_tickers(public: httpx.AsyncClient) -> None:
    response = await public.get(
        "/markets/orderbooks", params=[("tickers", "KXA-26-X"), ("tickers", "KXB-26-Q")]
    )
    body = conforms(response, "/markets/orderbooks")
    assert [entry["ticker"] for entry in body["orderbooks"]] == ["KXA-26-X", "KXB-26-Q"]
    assert body["orderbooks"][0]["orderbook_fp"]["yes_dollars"][-1] == ["0.4000", "1.00"]
    assert body["orderbooks"][1]["orderbook_fp"] == {"yes_dollars": [], "no_dollars": []}
    unknown = await public.get("/markets/KXNOPE-26-A/orderbook")
    assert conforms(unknown, "/markets/{ticker}/orderbook")["orderbook_fp"]["yes_dollars"] == []


async def test_trades_record_fills_newest_first_and_page(
    public: httpx.AsyncClient,
    clock: ManualClock,
    new_member: Callable[..., Credentials],
    place: Callable[..., Order],
) -> None:
    maker, taker = new_member().user_id, new_member().user_id
    place(maker, "yes", "buy", 30, 5, ticker="KXA-26-X")
    place(taker, "yes", "sell", 30, 2, ticker="KXA-26-X")  # takes 2 at 0.30, taker asks
    clock.advance(1_000)
    place(maker, "no", "buy", 60, 3, ticker="KXB-26-Q")
    place(taker, "yes", "buy", 40, 3, ticker="KXB-26-Q")  # takes 3 at YES 0.40, taker bids
    body = conforms(await public.get("/markets/trades"), "/markets/trades")
    trades = body["trades"]
    assert [(t["ticker"], t["count_fp"], t["yes_price_dollars"]) for t in trades] == [
        ("KXB-26-Q", "3.00", "0.4000"),
        ("KXA-26-X", "2.00", "0.3000"),
    ]
    assert (trades[0]["taker_book_side"], trades[0]["taker_outcome_side"]) == ("bid", "yes")
    assert (trades[1]["taker_book_side"], trades[1]["no_price_dollars"]) == ("ask", "0.7000")
    only = await public.get("/markets/trades", params={"ticker": "KXA-26-X"})
    assert [t["ticker"] for t in conforms(only, "/markets/trades")["trades"]] == ["KXA-26-X"]
    first = conforms(await public.get("/markets/trades", params={"limit": 1}), "/markets/trades")
    assert first["cursor"]
    rest = await public.get("/markets/trades", params={"limit": 1, "cursor": first["cursor"]})
    second = conforms(rest, "/markets/trades")
    assert [t["ticker"] for t in second["trades"]] == ["KXA-26-X"]
    assert second["cursor"] == ""
    blocks = await public.get("/markets/trades", params={"is_block_trade": "true"})
    assert conforms(blocks, "/markets/trades")["trades"] == []


async def test_events_list_filter_nest_and_page(public: httpx.AsyncClient) -> None:
    body = conforms(await public.get("/events"), "/events")
    assert [event["event_ticker"] for event in body["events"]] == ["KXA-26", "KXB-26"]
    assert "markets" not in body["events"][0]
    assert body["events"][0]["series_ticker"] == "KXA"
    nested = await public.get("/events", params={"with_nested_markets": "true", "limit": 1})
    page = conforms(nested, "/events")
    assert [m["ticker"] for m in page["events"][0]["markets"]] == [
        "KXA-26-X",
        "KXA-26-Y",
        "KXA-26-Z",
    ]
    assert page["cursor"]
    unopened = await public.get("/events", params={"status": "unopened"})
    assert [e["event_ticker"] for e in conforms(unopened, "/events")["events"]] == ["KXA-26"]
    series = await public.get("/events", params={"series_ticker": "KXB"})
    assert [e["event_ticker"] for e in conforms(series, "/events")["events"]] == ["KXB-26"]


async def test_get_event_and_an_unknown_one(public: httpx.AsyncClient) -> None:
    body = conforms(await public.get("/events/KXB-26"), "/events/{event_ticker}")
    assert body["event"]["event_ticker"] == "KXB-26"
    assert [market["ticker"] for market in body["markets"]] == ["KXB-26-Q"]
    missing = await public.get("/events/KXNOPE-26")
    assert missing.status_code == 404  # the spec documents the 404 without a body
    assert missing.json()["error"]["code"] == "not_found"


async def test_series_list_filter_and_get(public: httpx.AsyncClient) -> None:
    body = conforms(await public.get("/series"), "/series")
    assert [series["ticker"] for series in body["series"]] == ["KXA", "KXB"]
    first = body["series"][0]
    assert (first["fee_type"], first["fee_multiplier"], first["frequency"]) == (
        "quadratic_with_maker_fees",
        0.5,
        "monthly",
    )
    sports = conforms(await public.get("/series", params={"category": "Sports"}), "/series")
    assert [series["ticker"] for series in sports["series"]] == ["KXB"]
    tagged = conforms(await public.get("/series", params={"tags": "Rates,Other"}), "/series")
    assert [series["ticker"] for series in tagged["series"]] == ["KXA"]
    one = await public.get("/series/KXA", params={"include_volume": "true"})
    assert conforms(one, "/series/{series_ticker}")["series"]["volume_fp"] == "0.00"
    assert (await public.get("/series/KXNOPE")).status_code == 404


async def test_the_schedule_is_always_open(public: httpx.AsyncClient) -> None:
    body = conforms(await public.get("/exchange/schedule"), "/exchange/schedule")
    hours = body["schedule"]["standard_hours"]
    assert len(hours) == 1
    assert hours[0]["monday"] == [{"open_time": "00:00", "close_time": "24:00"}]
    assert body["schedule"]["maintenance_windows"] == []
