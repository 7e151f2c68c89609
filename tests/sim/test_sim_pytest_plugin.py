"""The pytest plugin: the fixtures run a strategy's tests, and the plugin costs nothing
to a project without the simulator's extras."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "simulator.md"
INI = "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"


def documented_strategy_test() -> str:
    """The example test file of docs/simulator.md, as the docs show it."""
    text = DOCS.read_text(encoding="utf-8")
    found = re.search(r"```python\n(# test_strategy\.py\n.*?)```", text, re.DOTALL)
    assert found is not None, "docs/simulator.md lost its strategy test example"
    return found.group(1)


def test_the_documented_strategy_test_passes(pytester: pytest.Pytester) -> None:
    pytester.makeini(INI)
    pytester.makepyfile(test_strategy=documented_strategy_test())
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_fixtures_reset_between_tests_and_see_a_broken_strategy(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        test_broken="""
        def test_places_an_order(kalshi_client, kalshi_sim):
            kalshi_client.orders.create_v2(
                ticker="KXDEMO-26-YES", side="bid", price="0.40", count=2,
                time_in_force="good_till_canceled", self_trade_prevention_type="taker_at_cross",
            )
            assert len(kalshi_sim.exchange.orders(kalshi_sim.credentials.user_id)) == 1

        def test_sees_no_order_of_the_previous_test(kalshi_sim):
            assert kalshi_sim.exchange.orders(kalshi_sim.credentials.user_id) == []

        def test_a_wrong_expectation_fails(kalshi_client, kalshi_sim):
            assert kalshi_client.portfolio.balance().balance == 1
        """
    )
    pytester.makeini(INI)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)


def test_ini_scenario_brings_its_traders(pytester: pytest.Pytester) -> None:
    scenario = {
        "markets": [{"ticker": "KXPLUG-26-A"}],
        "liquidity": [{"ticker": "KXPLUG-26-A", "side": "ask", "price": "0.61", "count": "9"}],
    }
    (pytester.path / "market.json").write_text(json.dumps(scenario), encoding="utf-8")
    pytester.makeini(INI + "kalshi_sim_scenario = market.json\n")
    pytester.makepyfile(
        test_scenario="""
        def test_liquidity_is_there(kalshi_sim):
            best = kalshi_sim.exchange.market("KXPLUG-26-A").book.best("ask")
            assert str(best.yes_price) == "0.61"
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_projects_without_the_sim_extras_still_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A package shadowing starlette that fails to import stands for an install without it.
    blocked = pytester.mkdir("blocked")
    (blocked / "starlette").mkdir()
    (blocked / "starlette" / "__init__.py").write_text(
        "raise ImportError('starlette is not installed')\n"
    )
    pytester.makepyfile(test_plain="def test_plain():\n    assert 1 + 1 == 2\n")
    pytester.makepyfile(test_needs_it="def test_uses_sim(kalshi_sim):\n    pass\n")
    monkeypatch.setenv("PYTHONPATH", str(blocked))
    # Only our plugin, loaded as pytest loads it, to keep the child interpreter quick.
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    result = pytester.runpytest_subprocess(
        "-p", "kalshi.sim.pytest_plugin", "-p", "no:cacheprovider"
    )
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*starlette is not installed*"])


def test_the_plugin_is_registered_by_the_package() -> None:
    from importlib.metadata import entry_points

    (found,) = [ep for ep in entry_points(group="pytest11") if ep.name == "kalshi"]
    assert found.value == "kalshi.sim.pytest_plugin"


def test_dir_lists_the_names_loaded_on_first_use() -> None:
    import subprocess
    import sys

    script = "import kalshi.sim as s; print(sorted(set(s.__all__) - set(dir(s))))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
