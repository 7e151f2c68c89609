"""`python -m kalshi.sim --scenario FILE --control`: the scenario's traders, the journal and
reset over HTTP, and scenario files in YAML."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import httpx
import pytest
import yaml
from kalshi.sim import Exchange, ManualClock, SimSettings
from kalshi.sim.__main__ import main

from .test_sim_faults_control import PREFIX, _Cli

TICKER = "KXCLI-26-A"
SCENARIO = {
    "markets": [{"ticker": TICKER}],
    "liquidity": [{"ticker": TICKER, "side": "ask", "price": "0.55", "count": "20"}],
    "orders": [
        {
            "after_s": 60,
            "ticker": TICKER,
            "side": "bid",
            "price": "0.56",
            "count": "4",
            "trader": "taker",
        },
        {"after_s": 90, "ticker": TICKER, "side": "bid", "price": "0.56", "count": "4"},
    ],
}


def test_cli_runs_the_scenarios_traders_and_serves_journal_and_reset(tmp_path: Path) -> None:
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(SCENARIO), encoding="utf-8")
    cli = _Cli(
        "--control", "--manual-clock", "--scenario", str(path),
        "--credentials-file", str(tmp_path / "demo.pem"),
    )  # fmt: skip
    try:
        root = cli.line().removesuffix(PREFIX)
        with httpx.Client(base_url=root, timeout=10) as http:
            book = http.get(f"{PREFIX}/markets/{TICKER}/orderbook").json()
            assert book["orderbook_fp"]["no_dollars"] == [["0.4500", "20.00"]]
            assert (
                http.get(f"{PREFIX}/markets/trades", params={"ticker": TICKER}).json()["trades"]
                == []
            )
            http.post("/_sim/clock", json={"advance_ms": 60_000})
            trades = http.get(f"{PREFIX}/markets/trades", params={"ticker": TICKER}).json()
            assert [t["count_fp"] for t in trades["trades"]] == ["4.00"]

            journal = http.get("/_sim/journal").json()["entries"]
            assert [(e["method"], e["status"]) for e in journal] == [("GET", 200)] * 3
            assert journal[1]["query"] == [["ticker", TICKER]]

            assert http.post("/_sim/reset").status_code == 200
            assert http.get("/_sim/journal").json()["entries"] == []
            again = http.get(f"{PREFIX}/markets/trades", params={"ticker": TICKER}).json()
            assert again["trades"] == []
            assert http.delete("/_sim/journal").status_code == 200
    finally:
        cli.stop()


def test_yaml_scenario_with_traders(tmp_path: Path) -> None:
    path = tmp_path / "scenario.yaml"
    path.write_text(yaml.safe_dump(SCENARIO), encoding="utf-8")
    clock = ManualClock(1_800_000_000_000)
    exchange = Exchange(SimSettings(scenario=str(path)), clock)
    best = exchange.market(TICKER).book.best("ask")
    assert best is not None and best.remaining == 20
    clock.advance(90)
    # The taker's bid fills against the house; the house's own bid never meets its ask.
    assert [trade.count for trade in exchange.trades()] == [4]
    assert exchange.position(exchange.traders.members["taker"], TICKER) == 4
    assert exchange.market(TICKER).book.best("ask").remaining == 16  # type: ignore[union-attr]


def test_cli_yaml_scenario_without_pyyaml_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "scenario.yaml"
    path.write_text(yaml.safe_dump(SCENARIO), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "yaml", None)  # as if PyYAML were not installed
    with pytest.raises(SystemExit) as exit_:
        main(["--scenario", str(path), "--port", "0"])
    assert exit_.value.code == 2
    assert "PyYAML" in capsys.readouterr().err
