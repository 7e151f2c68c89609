"""The blocking session mirrors the async one: every public method and property has a twin."""

from __future__ import annotations

import inspect
import pydoc
from pathlib import Path
from typing import Any

import pytest
from kalshi.streaming._session import AsyncWebSocket
from kalshi.streaming._sync import WebSocket

# Where the two differ by nature: the context-manager protocol of each kind.
RENAMED = {"__aenter__": "__enter__", "__aexit__": "__exit__"}


def public(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in vars(cls).items()
        if not name.startswith("_") or name in RENAMED
    }


def shape(function: Any) -> list[tuple[str, Any, Any]]:
    """A callable's parameters by name, kind and default (the types differ: sync vs async)."""
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


ASYNC = public(AsyncWebSocket)


def test_every_public_member_of_the_async_session_is_counted() -> None:
    methods = {n for n, m in ASYNC.items() if inspect.isfunction(m)}
    assert {"open", "close", "subscribe", "subscribe_ticker", "orderbook"} <= methods
    assert len([n for n in methods if n.startswith("subscribe_")]) == 10
    assert "subscriptions" in ASYNC


@pytest.mark.parametrize("name", sorted(ASYNC))
def test_the_blocking_session_has_each_twin_with_the_same_parameters(name: str) -> None:
    mine = ASYNC[name]
    twin = inspect.getattr_static(WebSocket, RENAMED.get(name, name), None)
    assert twin is not None, f"WebSocket has no {RENAMED.get(name, name)}"
    if isinstance(mine, property):
        assert isinstance(twin, property)
        return
    assert inspect.isfunction(twin) and not inspect.iscoroutinefunction(twin)
    assert shape(twin) == shape(mine)
    assert inspect.getdoc(twin)


@pytest.mark.parametrize("name", [n for n in sorted(ASYNC) if n.startswith("subscribe")])
def test_a_blocking_subscribe_shows_its_signature_and_doc_in_help(name: str) -> None:
    mine, twin = getattr(AsyncWebSocket, name), getattr(WebSocket, name)
    assert inspect.getdoc(twin) == inspect.getdoc(mine)
    assert inspect.signature(twin).return_annotation == "SyncSubscription"
    shown = pydoc.render_doc(twin, renderer=pydoc.plaintext)
    assert f"{name}(self, /, " in shown and "-> 'SyncSubscription'" in shown
    assert str(inspect.getdoc(mine)).splitlines()[0] in shown


def test_the_blocking_twins_are_typed_for_type_checkers(tmp_path: Path) -> None:
    """mypy sees each twin's parameters and its blocking return type."""
    from mypy import api

    root = Path(__file__).resolve().parent.parent
    snippet = tmp_path / "typed_twins.py"
    snippet.write_text(
        "from kalshi.streaming._sync import SyncSubscription, WebSocket\n"
        "\n"
        "\n"
        "def calls(ws: WebSocket) -> None:\n"
        '    sub: SyncSubscription = ws.subscribe_ticker("A")\n'
        "    groups: SyncSubscription = ws.subscribe_order_group()\n"
        "    listed: list[dict[str, object]] = ws.list_subscriptions()\n"
        "    ws.subscribe_ticker(1)  # line 8: not a ticker\n"
        "    ws.subscribe_orderbook_delta()  # line 9: tickers left out\n"
        '    ws.subscribe("ticker").nonexistent  # line 10: a SyncSubscription has none\n'
    )
    out, err, status = api.run(
        ["--config-file", str(root / "pyproject.toml"), "--cache-dir",
         str(root / ".mypy_cache"), str(snippet)]
    )  # fmt: skip
    errors = sorted(int(line.split(":")[1]) for line in out.splitlines() if ": error:" in line)
    assert errors == [8, 9, 10], out + err
    assert status == 1
