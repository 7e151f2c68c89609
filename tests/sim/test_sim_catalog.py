"""The market catalog: scenarios, the default one, closed tickers, market status, price grids."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from kalshi.sim import Exchange, ManualClock, OrderRequest, SimError, SimSettings, Simulator
from kalshi.sim.__main__ import main
from kalshi.sim._catalog import PRICE_STRUCTURES, Scenario, on_grid

from .conftest import v2_order

ORDERS = "/portfolio/events/orders"
GRID = {
    "series": [
        {
            "ticker": "KXGRID",
            "title": "Grid tests",
            "fee_type": "flat",
            "fee_multiplier": 0.5,
            "events": [
                {
                    "event_ticker": "KXGRID-26",
                    "title": "Grid event",
                    "markets": [
                        {"ticker": "KXGRID-26-TAPER", "price_level_structure": "tapered_deci_cent"},
                        {
                            "ticker": "KXGRID-26-CUSTOM",
                            "price_level_structure": "custom",
                            "price_ranges": [{"start": "0", "end": "1", "step": "0.05"}],
                        },
                        {"ticker": "KXGRID-26-LATER", "open_time": "2999-01-01T00:00:00Z"},
                        {"ticker": "KXGRID-26-OVER", "close_time": "2001-01-01T00:00:00Z"},
                        {"ticker": "KXGRID-26-HALT", "status": "inactive"},
                    ],
                    "market_pattern": "KXGRID-26-P[0-9]+",
                }
            ],
        }
    ],
    "markets": [{"ticker": "KXLOOSE-26-A"}],
}


@pytest.fixture
def settings() -> SimSettings:
    """The grid scenario instead of the default one."""
    return SimSettings(scenario=GRID)


async def _order(client: httpx.AsyncClient, ticker: str, price: str) -> httpx.Response:
    return await client.post(ORDERS, json=v2_order(ticker=ticker, price=price, count="1"))


def test_the_default_scenario_lists_every_ticker_the_examples_and_tests_use(
    clock: ManualClock,
) -> None:
    exchange = Exchange(SimSettings(), clock)
    listed = {market.ticker for market in exchange.listed_markets()}
    assert {
        "KXPRES-24-DJT",
        "KXDEMO-26-YES",
        "KXFAULT-26-T",
        "KXE2E-26-T",
        "KXED-26-T",
        "KXCONTROL-26-T",
        "KXTEST-26-YES",
        "KXOTHER-26-A",
        "KXOTHER-1",
        "KXHIGHNY-26JAN02-T40",
    } <= listed
    assert exchange.catalog.events["KXPRES-24"].series_ticker == "KXPRES"
    assert exchange.catalog.by_pattern("KXMAP-26-T12") is not None
    assert exchange.catalog.by_pattern("KXMAP-26-X") is None


async def test_an_unlisted_ticker_is_404_market_not_found(client: httpx.AsyncClient) -> None:
    response = await _order(client, "KXNOPE-26-A", "0.50")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "market_not_found"


def test_an_open_catalog_trades_any_ticker_matching_the_pattern(clock: ManualClock) -> None:
    exchange = Exchange(SimSettings(scenario=GRID, open_catalog=True), clock)
    user = exchange.create_member().user_id
    request = OrderRequest(
        ticker="KXNOPE-26-A", book_side="bid", count=Decimal(1), yes_price=Decimal("0.5")
    )
    assert exchange.place_order(user, request).status == "resting"
    assert "KXNOPE-26-A" in {market.ticker for market in exchange.listed_markets()}
    assert exchange.catalog.events["KXNOPE-26"].series_ticker == "KXNOPE"
    closed = Exchange(SimSettings(scenario=GRID), clock)
    with pytest.raises(SimError, match="market_not_found"):
        closed.place_order(closed.create_member().user_id, request)


async def test_a_pattern_opens_a_market_on_first_use(client: httpx.AsyncClient) -> None:
    assert (await _order(client, "KXGRID-26-P7", "0.50")).status_code == 201
    assert (await _order(client, "KXGRID-26-Q7", "0.50")).status_code == 404
    listed = await client.get("/markets/KXGRID-26-P7")
    assert listed.json()["market"]["event_ticker"] == "KXGRID-26"


@pytest.mark.parametrize(
    ("ticker", "price", "accepted"),
    [
        ("KXGRID-26-TAPER", "0.055", True),  # 0.001 steps below 0.10
        ("KXGRID-26-TAPER", "0.955", True),  # and from 0.90
        ("KXGRID-26-TAPER", "0.555", False),  # whole cents in the middle
        ("KXGRID-26-TAPER", "0.55", True),
        ("KXGRID-26-CUSTOM", "0.35", True),
        ("KXGRID-26-CUSTOM", "0.36", False),
        ("KXLOOSE-26-A", "0.105", False),  # linear_cent, the default
        ("KXLOOSE-26-A", "0.10", True),
    ],
)
async def test_orders_off_the_market_price_grid_are_invalid_price(
    client: httpx.AsyncClient, ticker: str, price: str, accepted: bool
) -> None:
    response = await _order(client, ticker, price)
    if accepted:
        assert response.status_code == 201, response.text
    else:
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "invalid_price"


async def test_an_amend_off_the_grid_is_invalid_price(client: httpx.AsyncClient) -> None:
    created = await _order(client, "KXGRID-26-CUSTOM", "0.35")
    order_id = created.json()["order_id"]
    body = {"ticker": "KXGRID-26-CUSTOM", "side": "bid", "price": "0.36", "count": "1"}
    response = await client.post(f"{ORDERS}/{order_id}/amend", json=body)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_price"


@pytest.mark.parametrize(
    ("ticker", "code"),
    [
        ("KXGRID-26-LATER", "market_inactive"),
        ("KXGRID-26-HALT", "market_inactive"),
        ("KXGRID-26-OVER", "market_closed"),
    ],
)
async def test_a_market_that_is_not_open_refuses_orders(
    client: httpx.AsyncClient, ticker: str, code: str
) -> None:
    response = await _order(client, ticker, "0.50")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == code


async def test_a_market_closes_at_its_close_time(clock: ManualClock) -> None:
    start = clock.now_ms()
    scenario = {"markets": [{"ticker": "KXSOON-26-A", "close_time": start // 1000 + 60}]}
    exchange = Exchange(SimSettings(scenario=scenario), clock)
    spec = exchange.catalog.markets["KXSOON-26-A"]
    assert spec.status_at(clock.now_ms(), exchange.started_ms) == "active"
    clock.advance(61_000)
    assert spec.status_at(clock.now_ms(), exchange.started_ms) == "closed"


def test_a_scenario_loads_from_json_and_yaml_files(tmp_path: Path) -> None:
    as_json = tmp_path / "catalog.json"
    as_json.write_text(json.dumps(GRID))
    as_yaml = tmp_path / "catalog.yaml"
    as_yaml.write_text(
        "series:\n  - ticker: KXY\n    events:\n      - event_ticker: KXY-26\n"
        "        markets:\n          - ticker: KXY-26-A\n            title: From YAML\n"
    )
    from_json = Scenario.load(str(as_json))
    assert from_json == Scenario.load(GRID)
    assert from_json.series[0].fee_type == "flat"
    from_yaml = Scenario.load(as_yaml)
    assert [(m.ticker, m.event_ticker, m.title) for m in from_yaml.markets] == [
        ("KXY-26-A", "KXY-26", "From YAML")
    ]
    assert from_yaml.events[0].series_ticker == "KXY"


@pytest.mark.parametrize(
    ("scenario", "message"),
    [
        ({"markets": [{"ticker": "A-1", "colour": "red"}]}, "unknown fields colour"),
        ({"markets": [{"ticker": "A-1", "price_level_structure": "nope"}]}, "unknown"),
        ({"markets": [{"ticker": "A-1", "price_ranges": []}]}, "empty"),
        ({"markets": [{"ticker": "A-1", "open_time": "soon"}]}, "RFC 3339"),
        ({"markets": [{"title": "no ticker"}]}, "ticker"),
        ({"events": [{"event_ticker": "E", "market_pattern": "("}]}, "market_pattern"),
        ({"series": {"ticker": "S"}}, "list of objects"),
    ],
)
def test_a_bad_scenario_is_refused_with_a_reason(scenario: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Scenario.load(scenario)


def test_scenario_reaches_the_simulator_and_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    simulator = Simulator(scenario=GRID)
    assert "KXGRID-26-TAPER" in simulator.exchange.catalog.markets
    assert "KXPRES-24-DJT" not in simulator.exchange.catalog.markets
    bad = tmp_path / "bad.json"
    bad.write_text('{"markets": [{"ticker": "A-1", "colour": "red"}]}')
    with pytest.raises(SystemExit) as stopped:
        main(["--port", "0", "--scenario", str(bad)])
    assert stopped.value.code == 2
    assert "unknown fields colour" in capsys.readouterr().err


def test_add_scenario_lists_more_markets_at_run_time(exchange: Exchange) -> None:
    exchange.add_scenario({"markets": [{"ticker": "KXLATE-26-A"}]})
    assert exchange.market("KXLATE-26-A").spec.event_ticker == "KXLATE-26"
    assert "KXGRID-26-TAPER" in exchange.catalog.markets


def test_price_structures_agree_on_whole_cents() -> None:
    for cents in range(1, 100):
        price = Decimal(cents) / 100
        assert all(on_grid(price, bands) for bands in PRICE_STRUCTURES.values()), price
    assert not on_grid(Decimal(0), PRICE_STRUCTURES["linear_cent"])
    assert not on_grid(Decimal(1), PRICE_STRUCTURES["deci_cent"])


def test_settings_stay_replaceable(settings: SimSettings) -> None:
    assert replace(settings, open_catalog=True).scenario is GRID
