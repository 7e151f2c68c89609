"""The request journal and reset: in Python and over the control API."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from kalshi.sim import (
    Credentials,
    Exchange,
    FaultPlan,
    ManualClock,
    OrderRequest,
    SimSettings,
    Simulator,
    asgi_transport,
    create_app,
)
from starlette.middleware import Middleware

from .conftest import BASE_URL, TICKER, KalshiSigner, v2_order

ORDERS = "/trade-api/v2/portfolio/events/orders"
ROOT = BASE_URL.removesuffix("/trade-api/v2")


@pytest.fixture
async def api(exchange: Exchange, member: Credentials) -> AsyncIterator[httpx.AsyncClient]:
    """A signed in-process client of an app serving the control API."""
    faults = FaultPlan()
    app = create_app(exchange, faults=faults)
    async with httpx.AsyncClient(
        transport=asgi_transport(app),
        base_url=BASE_URL,
        auth=KalshiSigner(member, exchange.clock),
    ) as http:
        http.faults = faults  # type: ignore[attr-defined]
        yield http


async def test_journal_records_method_path_query_body_key_status_and_time(
    api: httpx.AsyncClient, exchange: Exchange, member: Credentials, clock: ManualClock
) -> None:
    created = await api.post("/portfolio/events/orders", json=v2_order())
    assert created.status_code == 201
    clock.advance(2)
    listed = await api.get("/portfolio/orders", params={"ticker": TICKER, "limit": "5"})
    assert listed.status_code == 200
    refused = await api.post("/portfolio/events/orders", json=v2_order(price="1.50"))
    assert refused.status_code == 400

    first, second, third = exchange.journal.entries
    assert (first.method, first.path, first.status) == ("POST", ORDERS, 201)
    assert first.body == v2_order() and first.query == ()
    assert first.key_id == member.key_id
    assert second.method == "GET" and second.params == {"ticker": TICKER, "limit": "5"}
    assert second.body is None
    assert second.at_ms == first.at_ms + 2000
    assert third.status == 400 and third.body["price"] == "1.50"
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.status = 500  # type: ignore[misc]


async def test_journal_filter_by_method_path_prefix_and_status(
    api: httpx.AsyncClient, exchange: Exchange
) -> None:
    await api.post("/portfolio/events/orders", json=v2_order())
    await api.get("/portfolio/balance")
    await api.get("/exchange/status")
    journal = exchange.journal
    assert [e.path for e in journal.filter("get")] == [
        "/trade-api/v2/portfolio/balance",
        "/trade-api/v2/exchange/status",
    ]
    assert len(journal.filter(path="/portfolio/events/orders")) == 1
    assert len(journal.filter(path="/portfolio/*")) == 2
    assert len(journal.filter(status=201)) == 1
    assert journal.filter(where=lambda entry: entry.key_id is None) == []


async def test_journal_records_faulted_answers_and_cut_connections(
    api: httpx.AsyncClient, exchange: Exchange
) -> None:
    faults: FaultPlan = api.faults  # type: ignore[attr-defined]
    faults.add("status", method="GET", path="/trade-api/v2/exchange/status", status=503)
    faults.add("drop_before", method="GET", path="/trade-api/v2/portfolio/balance")
    faults.add("drop_after", method="GET", path="/trade-api/v2/markets")
    assert (await api.get("/exchange/status")).status_code == 503
    with pytest.raises(httpx.RemoteProtocolError):
        await api.get("/portfolio/balance")
    with pytest.raises(httpx.RemoteProtocolError):
        await api.get("/markets")
    assert [entry.status for entry in exchange.journal] == [503, None, None]


async def test_control_api_serves_and_clears_the_journal(
    api: httpx.AsyncClient, exchange: Exchange, member: Credentials
) -> None:
    await api.post("/portfolio/events/orders", json=v2_order())
    await api.get("/portfolio/balance")
    shown = (await api.get(ROOT + "/_sim/journal")).json()["entries"]
    assert [(e["method"], e["status"], e["key_id"]) for e in shown] == [
        ("POST", 201, member.key_id),
        ("GET", 200, member.key_id),
    ]
    assert shown[0]["body"] == v2_order()
    only_posts = await api.get(ROOT + "/_sim/journal", params={"method": "POST"})
    assert len(only_posts.json()["entries"]) == 1
    refused = await api.get(ROOT + "/_sim/journal", params={"status": "x"})
    assert refused.status_code == 400
    # The control API's own requests are not journaled.
    assert len(exchange.journal) == 2
    assert (await api.delete(ROOT + "/_sim/journal")).status_code == 200
    assert len(exchange.journal) == 0


async def test_journal_keeps_only_the_latest_entries(member: Credentials) -> None:
    exchange = Exchange(SimSettings(journal_limit=2), ManualClock())
    async with httpx.AsyncClient(
        transport=asgi_transport(create_app(exchange)), base_url=BASE_URL
    ) as http:
        for path in ("/exchange/status", "/markets", "/series"):
            await http.get(path)
    assert [entry.path.rsplit("/", 1)[1] for entry in exchange.journal] == ["markets", "series"]


# --- reset -------------------------------------------------------------------------------------


def _bid(count: str = "10", price: str = "0.40") -> OrderRequest:
    return OrderRequest(TICKER, "bid", Decimal(price), Decimal(count))


def test_reset_clears_orders_positions_groups_and_restores_cash(
    exchange: Exchange, member: Credentials, new_member: object, clock: ManualClock
) -> None:
    other = exchange.add_member(balance_cents=5_000)
    opening = exchange.balance(member.user_id)
    exchange.place_order(member.user_id, _bid())
    exchange.place_order(other, OrderRequest(TICKER, "ask", Decimal("0.40"), Decimal("4")))
    exchange.create_group(member.user_id, limit=Decimal(5))
    assert exchange.position(member.user_id, TICKER) == 4
    start = exchange.started_ms
    clock.advance(120)

    exchange.reset()

    assert clock.now_ms() == start
    assert exchange.orders(member.user_id) == [] and exchange.groups(member.user_id) == []
    assert exchange.position(member.user_id, TICKER) == 0 and exchange.trades() == []
    assert exchange.balance(member.user_id) == opening
    assert exchange.balance(other) == Decimal("50")
    assert exchange.market(TICKER).book.best("bid") is None
    # Members and keys survive: the same key still finds the same member, who can trade.
    assert exchange.key(member.key_id) is not None
    assert exchange.key(member.key_id)[0] == member.user_id  # type: ignore[index]
    assert exchange.place_order(member.user_id, _bid()).status == "resting"


def test_reset_frees_client_order_ids_and_forgets_added_scenarios(
    exchange: Exchange, member: Credentials
) -> None:
    request = dataclasses.replace(_bid(), client_order_id="abc")
    exchange.place_order(member.user_id, request)
    exchange.add_scenario({"markets": [{"ticker": "KXNEW-26-X"}]})
    assert exchange.listed("KXNEW-26-X") is not None
    exchange.reset()
    assert exchange.listed("KXNEW-26-X") is None
    assert exchange.place_order(member.user_id, request).client_order_id == "abc"


async def test_control_reset_clears_exchange_faults_and_journal(
    api: httpx.AsyncClient, exchange: Exchange, member: Credentials
) -> None:
    assert (await api.post("/portfolio/events/orders", json=v2_order())).status_code == 201
    faults: FaultPlan = api.faults  # type: ignore[attr-defined]
    faults.add("status", path="/trade-api/v2/markets", times=-1)
    answer = await api.post(ROOT + "/_sim/reset")
    assert answer.status_code == 200 and answer.json()["now_ms"] == exchange.started_ms
    assert exchange.orders(member.user_id) == [] and len(exchange.journal) == 0
    assert (await api.get("/markets")).status_code == 200
    assert (await api.get(ROOT + "/_sim/reset")).status_code == 405


class _HoldAfterAnswer:
    """Middleware that, once the answer is sent, waits for the test before it returns."""

    def __init__(self, app: Any, *, gate: threading.Event) -> None:
        self.app = app
        self.gate = gate

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)
        if scope["type"] == "http":
            await asyncio.get_running_loop().run_in_executor(None, self.gate.wait, 10)


def test_a_request_is_journaled_before_its_client_has_the_answer() -> None:
    gate = threading.Event()
    with Simulator(middleware=[Middleware(_HoldAfterAnswer, gate=gate)]) as sim:
        try:
            with httpx.Client(base_url=sim.base_url, timeout=10) as http:
                assert http.get("/exchange/status").status_code == 200
                # The client has its answer: the journal must already hold the request.
                assert [entry.status for entry in sim.journal] == [200]
        finally:
            gate.set()
