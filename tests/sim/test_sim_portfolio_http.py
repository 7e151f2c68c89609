"""The portfolio over HTTP: balance, positions, fills, settlements, subaccounts, lifecycle
control; every answer is checked against the spec."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from kalshi.sim import Credentials, Exchange, ManualClock, create_app
from kalshi.sim._faults import FaultPlan

from .conftest import BASE_URL, TICKER, KalshiSigner, conforms, v2_order

V2 = "/portfolio/events/orders"
ORDER = "/portfolio/orders/"
MakeClient = Callable[..., httpx.AsyncClient]


@pytest.fixture
async def other(
    make_client: MakeClient, new_member: Callable[..., Credentials]
) -> AsyncIterator[httpx.AsyncClient]:
    """A client signed as a second member."""
    async with make_client(new_member()) as http:
        yield http


async def _place(http: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    response = await http.post(V2, json=v2_order(**fields))
    assert response.status_code == 201, response.text
    body: dict[str, Any] = conforms(response, V2)
    return body


async def _get(http: httpx.AsyncClient, path: str, _template: str = "", **params: Any) -> Any:
    response = await http.get(path, params=params)
    assert response.status_code == 200, response.text
    template = _template or ("/portfolio/orders/{order_id}" if path.startswith(ORDER) else path)
    return conforms(response, template)


async def test_fills_carry_the_fee_and_page_newest_first(
    client: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    await _place(other, side="ask", price="0.50", count="100")
    taken = await _place(client, side="bid", price="0.50", count="60")
    assert taken["average_fee_paid"] == "0.0175"  # 0.07 x 60 x 0.25 = 1.05, over 60
    await _place(client, side="bid", price="0.50", count="40")
    body = await _get(client, "/portfolio/fills", limit=1)
    assert [fill["count_fp"] for fill in body["fills"]] == ["40.00"]
    assert body["fills"][0]["fee_cost"] == "0.700000"
    assert body["fills"][0]["is_taker"] is True
    rest = await _get(client, "/portfolio/fills", limit=1, cursor=body["cursor"])
    assert [fill["order_id"] for fill in rest["fills"]] == [taken["order_id"]]
    assert rest["fills"][0]["fee_cost"] == "1.050000"
    assert rest["cursor"] == ""
    maker = await _get(other, "/portfolio/fills")
    assert {(f["is_taker"], f["fee_cost"], f["book_side"]) for f in maker["fills"]} == {
        (False, "0.000000", "ask")
    }
    only = await _get(client, "/portfolio/fills", order_id=taken["order_id"])
    assert len(only["fills"]) == 1


async def test_positions_of_markets_and_events(
    client: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    await _place(other, side="ask", price="0.52", count="3")
    await _place(client, side="bid", price="0.52", count="3")
    await _place(client, side="bid", price="0.10", count="5", ticker="KXOTHER-26-A")
    body = await _get(client, "/portfolio/positions")
    assert body["market_positions"] == [
        {
            "ticker": TICKER,
            "exchange_index": 0,
            "total_traded_dollars": "1.560000",
            "position_fp": "3.00",
            "market_exposure_dollars": "1.560000",
            "realized_pnl_dollars": "0.000000",
            "fees_paid_dollars": "0.052500",  # 0.07 x 3 x 0.52 x 0.48 = 0.052416, ceiled
            "last_updated_ts": body["market_positions"][0]["last_updated_ts"],
        }
    ]
    assert [e["event_ticker"] for e in body["event_positions"]] == ["KXTEST-26"]
    assert body["event_positions"][0]["total_cost_shares_fp"] == "3.00"
    none = await _get(client, "/portfolio/positions", event_ticker="KXOTHER-26")
    assert none["market_positions"] == []
    settled = await _get(client, "/portfolio/positions", settlement_status="settled")
    assert settled["market_positions"] == []
    # Close the position: it stays listed, but not under count_filter=position.
    await _place(other, side="bid", price="0.60", count="3")
    await _place(client, side="ask", price="0.60", count="3")
    everything = await _get(client, "/portfolio/positions")
    [closed] = everything["market_positions"]
    assert (closed["position_fp"], closed["realized_pnl_dollars"]) == ("0.00", "0.240000")
    open_only = await _get(client, "/portfolio/positions", count_filter="position")
    assert open_only["market_positions"] == []
    traded = await _get(client, "/portfolio/positions", count_filter="position,total_traded")
    assert [p["ticker"] for p in traded["market_positions"]] == [TICKER]


async def test_settlement_pays_out_and_is_listed(
    client: httpx.AsyncClient, other: httpx.AsyncClient, exchange: Exchange, member: Credentials
) -> None:
    await _place(other, side="ask", price="0.40", count="10")
    await _place(client, side="bid", price="0.40", count="10")
    before = (await _get(client, "/portfolio/balance"))["balance"]
    exchange.settle_market(TICKER, "yes")
    after = await _get(client, "/portfolio/balance")
    assert after["balance"] == before + 1000
    body = await _get(client, "/portfolio/settlements")
    assert len(body["settlements"]) == 1
    record = body["settlements"][0]
    assert (record["market_result"], record["yes_count_fp"], record["revenue"]) == (
        "yes",
        "10.00",
        1000,
    )
    assert (record["yes_total_cost_dollars"], record["fee_cost"], record["value"]) == (
        "4.000000",
        "0.168000",
        100,
    )
    lost = (await _get(other, "/portfolio/settlements"))["settlements"][0]
    assert (lost["no_count_fp"], lost["no_total_cost_dollars"], lost["revenue"]) == (
        "10.00",
        "6.000000",
        0,
    )
    positions = await _get(client, "/portfolio/positions", settlement_status="settled")
    [position] = positions["market_positions"]
    assert (position["position_fp"], position["realized_pnl_dollars"]) == ("0.00", "6.000000")
    market = (await _get(client, f"/markets/{TICKER}", _template="/markets/{ticker}"))["market"]
    assert (market["status"], market["result"]) == ("finalized", "yes")
    assert market["settlement_value_dollars"] == "1.0000"
    refused = await client.post(V2, json=v2_order())
    assert (refused.status_code, refused.json()["error"]["code"]) == (400, "market_closed")


async def test_subaccounts_are_opened_funded_and_listed(client: httpx.AsyncClient) -> None:
    created = await client.post("/portfolio/subaccounts", json={})
    assert created.status_code == 201
    assert conforms(created, "/portfolio/subaccounts") == {"subaccount_number": 1}
    transfer_id = str(uuid.uuid4())
    move = {
        "client_transfer_id": transfer_id,
        "from_subaccount": 0,
        "to_subaccount": 1,
        "amount_cents": 2_500,
    }
    for _ in range(2):  # the same client id moves the money once
        moved = await client.post("/portfolio/subaccounts/transfer", json=move)
        assert moved.status_code == 200, moved.text
        conforms(moved, "/portfolio/subaccounts/transfer")
    balances = await _get(client, "/portfolio/subaccounts/balances")
    assert [(b["subaccount_number"], b["balance"]) for b in balances["subaccount_balances"]] == [
        (0, "9975.0000"),
        (1, "25.0000"),
    ]
    one = await _get(client, "/portfolio/balance", subaccount=1)
    assert (one["balance"], one["balance_dollars"]) == (2_500, "25.0000")
    transfers = await _get(client, "/portfolio/subaccounts/transfers")
    assert [t["amount_cents"] for t in transfers["transfers"]] == [2_500]
    too_much = await client.post(
        "/portfolio/subaccounts/transfer",
        json={**move, "client_transfer_id": str(uuid.uuid4()), "amount_cents": 10**9},
    )
    assert (too_much.status_code, too_much.json()["error"]["code"]) == (
        400,
        "insufficient_balance",
    )
    unopened = await client.post(
        "/portfolio/subaccounts/transfer",
        json={**move, "client_transfer_id": str(uuid.uuid4()), "to_subaccount": 7},
    )
    assert unopened.status_code == 400


async def test_an_expired_order_reads_canceled_in_get_and_list(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    expires = clock.now_ms() // 1000 + 5
    placed = await _place(client, expiration_time=expires)
    clock.set(expires * 1000)
    order = await _get(client, f"/portfolio/orders/{placed['order_id']}")
    assert order["order"]["status"] == "canceled"
    listed = await _get(client, "/portfolio/orders")
    assert [o["status"] for o in listed["orders"]] == ["canceled"]
    canceled = await client.delete(f"{V2}/{placed['order_id']}")
    assert canceled.status_code == 404


async def test_control_api_pauses_and_settles(exchange: Exchange, member: Credentials) -> None:
    app = create_app(exchange, faults=FaultPlan())
    transport = httpx.ASGITransport(app=app)
    auth = KalshiSigner(member, exchange.clock)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL, auth=auth) as api:
        kept = await _place(api, price="0.10")
        dropped = await _place(api, price="0.11", cancel_order_on_pause=True)
        async with httpx.AsyncClient(transport=transport, base_url="http://sim.test") as control:
            paused = await control.post("/_sim/pause", json={"scope": "trading"})
            assert paused.json() == {"paused": "trading", "canceled": 1}
            status = await _get(api, "/exchange/status")
            assert (status["exchange_active"], status["trading_active"]) == (True, False)
            refused = await api.post(V2, json=v2_order())
            assert refused.json()["error"]["code"] == "trading_paused"
            assert (await control.delete("/_sim/pause")).json()["paused"] is None
            order = await _get(api, f"/portfolio/orders/{dropped['order_id']}")
            assert order["order"]["status"] == "canceled"
            settled = await control.post("/_sim/settle", json={"ticker": TICKER, "result": "no"})
            assert settled.json() == {"ticker": TICKER, "result": "no", "settlements": 0}
            again = await control.post("/_sim/settle", json={"ticker": TICKER, "result": "no"})
            assert again.status_code == 400
            unknown = await control.post("/_sim/settle", json={"ticker": "NOPE", "result": "no"})
            assert unknown.status_code == 404
        order = await _get(api, f"/portfolio/orders/{kept['order_id']}")
        assert order["order"]["status"] == "canceled"  # settlement canceled it


async def test_a_scheduled_pause_is_a_maintenance_window(
    client: httpx.AsyncClient, exchange: Exchange, clock: ManualClock
) -> None:
    start = clock.now_ms() + 60_000
    exchange.schedule_pause("trading", start, start + 3_600_000)
    schedule = await _get(client, "/exchange/schedule")
    [window] = schedule["schedule"]["maintenance_windows"]
    assert window["start_datetime"] < window["end_datetime"]
    clock.advance(ms=60_000)
    status = await _get(client, "/exchange/status")
    assert status["trading_active"] is False
