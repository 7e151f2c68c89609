"""Orders placed through V2 and read through V1, balance, market and status over HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from kalshi.sim import Credentials, ManualClock

from .conftest import conforms, v2_order

ORDERS = "/portfolio/orders"
V2 = "/portfolio/events/orders"
TICKER = "KXTEST-26-YES"
MakeClient = Callable[..., httpx.AsyncClient]
ORDER_FIELDS = {
    "order_id",
    "user_id",
    "client_order_id",
    "ticker",
    "side",
    "action",
    "outcome_side",
    "book_side",
    "type",
    "status",
    "yes_price_dollars",
    "no_price_dollars",
    "fill_count_fp",
    "remaining_count_fp",
    "initial_count_fp",
    "taker_fill_cost_dollars",
    "maker_fill_cost_dollars",
    "taker_fees_dollars",
    "maker_fees_dollars",
    "created_time",
    "last_update_time",
    "self_trade_prevention_type",
    "cancel_order_on_pause",
    "subaccount_number",
    "exchange_index",
}


def _order(**fields: Any) -> dict[str, Any]:
    return v2_order(**fields)


async def test_create_get_and_cancel(client: httpx.AsyncClient, member: Credentials) -> None:
    created = await client.post(V2, json=_order(price="0.65", client_order_id="c1"))
    assert created.status_code == 201
    placed = conforms(created, V2)
    order_id = placed["order_id"]
    assert placed["client_order_id"] == "c1"

    fetched = await client.get(f"{ORDERS}/{order_id}")
    order = fetched.json()["order"]
    assert set(order) == ORDER_FIELDS
    assert order["user_id"] == member.user_id
    assert order["client_order_id"] == "c1"
    assert (order["outcome_side"], order["book_side"], order["type"]) == ("yes", "bid", "limit")
    assert (order["side"], order["action"]) == ("yes", "buy")
    assert (order["yes_price_dollars"], order["no_price_dollars"]) == ("0.6500", "0.3500")
    assert (order["initial_count_fp"], order["remaining_count_fp"]) == ("10.00", "10.00")
    assert order["fill_count_fp"] == "0.00"
    assert order["taker_fees_dollars"] == "0.000000"
    assert order["status"] == "resting"
    assert order["created_time"].endswith("Z")

    canceled = await client.delete(f"{V2}/{order_id}")
    assert canceled.status_code == 200
    assert conforms(canceled, V2 + "/{order_id}")["reduced_by"] == "10.00"
    after = (await client.get(f"{ORDERS}/{order_id}")).json()["order"]
    assert (after["status"], after["remaining_count_fp"]) == ("canceled", "0.00")
    again = await client.delete(f"{V2}/{order_id}")
    assert again.status_code == 404
    assert conforms(again, V2 + "/{order_id}")["error"]["code"] == "not_found"


async def test_ask_reads_as_a_no_order(client: httpx.AsyncClient) -> None:
    created = await client.post(V2, json=_order(side="ask", price="0.70", count="2.5"))
    order_id = created.json()["order_id"]
    order = (await client.get(f"{ORDERS}/{order_id}")).json()["order"]
    assert (order["outcome_side"], order["book_side"]) == ("no", "ask")
    assert (order["side"], order["action"]) == ("no", "buy")
    assert (order["yes_price_dollars"], order["no_price_dollars"]) == ("0.7000", "0.3000")
    assert order["initial_count_fp"] == "2.50"
    assert "order_group_id" not in order
    assert "expiration_time" not in order


async def test_duplicate_client_order_id_is_409(client: httpx.AsyncClient) -> None:
    first = await client.post(V2, json=_order(client_order_id="same"))
    assert first.status_code == 201
    second = await client.post(V2, json=_order(client_order_id="same"))
    assert second.status_code == 409
    assert conforms(second, V2)["error"]["code"] == "order_already_exists"


async def test_price_rules(client: httpx.AsyncClient) -> None:
    for price in ("0.655", "0.6550", "1.00", "0", "abc", "0.0000", "0.12345", "-0.10"):
        off_grid = await client.post(V2, json=_order(price=price))
        assert off_grid.status_code == 400, price
        assert off_grid.json()["error"]["code"] == "invalid_price", price
    for fine in ("0.5", "0.50", "0.5000", "0.01", "0.99"):
        assert (await client.post(V2, json=_order(price=fine))).status_code == 201, fine
    missing = {key: value for key, value in _order().items() if key != "price"}
    assert (await client.post(V2, json=missing)).json()["error"]["code"] == "invalid_parameters"


async def test_count_rules(client: httpx.AsyncClient) -> None:
    for count in ("0", "0.00", "1.555", "-1", "1e3", "ten"):
        bad = await client.post(V2, json=_order(count=count))
        assert bad.status_code == 400, count
        assert bad.json()["error"]["code"] == "invalid_order_size", count
    missing = {key: value for key, value in _order().items() if key != "count"}
    assert (await client.post(V2, json=missing)).json()["error"]["code"] == "invalid_parameters"
    fractional = await client.post(V2, json=_order(count="0.01"))
    assert conforms(fractional, V2)["remaining_count"] == "0.01"


async def test_insufficient_balance_over_http(
    make_client: MakeClient, new_member: Callable[..., Credentials]
) -> None:
    async with make_client(new_member(balance_cents=50)) as http:
        response = await http.post(V2, json=_order())
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "insufficient_balance"


async def test_post_only_cross_over_http(
    client: httpx.AsyncClient, make_client: MakeClient, new_member: Callable[..., Credentials]
) -> None:
    async with make_client(new_member()) as other:
        await other.post(V2, json=_order(side="ask", price="0.60"))
    response = await client.post(V2, json=_order(price="0.60", post_only=True))
    assert response.status_code == 400
    assert response.json() == {
        "error": {"code": "invalid_order", "message": "invalid order", "details": "post only cross"}
    }


async def test_list_pages_with_cursor(client: httpx.AsyncClient, clock: ManualClock) -> None:
    ids = []
    for cents in range(1, 6):
        created = await client.post(V2, json=_order(price=f"0.0{cents}", count="1"))
        ids.append(created.json()["order_id"])
        clock.advance(ms=1)
    seen: list[str] = []
    cursor = ""
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get(ORDERS, params=params)).json()
        seen += [order["order_id"] for order in page["orders"]]
        cursor = page["cursor"]
        pages += 1
        if cursor == "":
            break
    assert pages == 3
    assert seen == list(reversed(ids))


async def test_list_filters(client: httpx.AsyncClient) -> None:
    kept = await client.post(V2, json=_order(price="0.05"))
    other = await client.post(V2, json=_order(ticker="KXOTHER-26-A", price="0.05"))
    await client.delete(f"{V2}/{other.json()['order_id']}")
    by_ticker = (await client.get(ORDERS, params={"ticker": TICKER})).json()
    assert [o["order_id"] for o in by_ticker["orders"]] == [kept.json()["order_id"]]
    by_status = (await client.get(ORDERS, params={"status": "canceled"})).json()
    assert [o["ticker"] for o in by_status["orders"]] == ["KXOTHER-26-A"]
    by_event = (await client.get(ORDERS, params={"event_ticker": "KXOTHER-26,NOPE"})).json()
    assert len(by_event["orders"]) == 1
    bad_status = await client.get(ORDERS, params={"status": "open"})
    assert bad_status.json()["error"]["code"] == "invalid_parameters"
    garbage_cursor = await client.get(ORDERS, params={"cursor": "%%%"})
    assert garbage_cursor.status_code == 200


async def test_orders_of_others_are_not_found(
    client: httpx.AsyncClient, make_client: MakeClient, new_member: Callable[..., Credentials]
) -> None:
    created = await client.post(V2, json=_order(price="0.05"))
    order_id = created.json()["order_id"]
    async with make_client(new_member()) as other:
        assert (await other.get(f"{ORDERS}/{order_id}")).status_code == 404
        assert (await other.delete(f"{V2}/{order_id}")).status_code == 404
        assert (await other.get(ORDERS)).json() == {"orders": [], "cursor": ""}


async def test_balance_and_market_after_a_trade(
    client: httpx.AsyncClient, make_client: MakeClient, new_member: Callable[..., Credentials]
) -> None:
    await client.post(V2, json=_order(price="0.60", count="10"))
    async with make_client(new_member()) as other:
        await other.post(V2, json=_order(side="ask", price="0.60", count="4"))
    balance = (await client.get("/portfolio/balance")).json()
    assert balance["balance"] == 1_000_000 - 600
    assert balance["balance_dollars"] == "9994.0000"
    assert balance["portfolio_value"] == 240
    assert isinstance(balance["updated_ts"], int)
    market = (await client.get(f"/markets/{TICKER}")).json()["market"]
    assert market["yes_bid_dollars"] == "0.6000"
    assert market["yes_bid_size_fp"] == "6.00"
    assert market["yes_ask_dollars"] == "1.0000"
    assert market["no_ask_dollars"] == "0.4000"
    assert market["last_price_dollars"] == "0.6000"
    assert market["volume_fp"] == "4.00"
    assert market["open_interest_fp"] == "4.00"
    assert market["event_ticker"] == "KXTEST-26"
    assert market["status"] == "active"


async def test_unknown_market_is_404(make_client: MakeClient) -> None:
    async with make_client(None) as http:
        response = await http.get("/markets/lower-case-is-not-a-ticker")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


async def test_exchange_status(make_client: MakeClient) -> None:
    async with make_client(None) as http:
        body = (await http.get("/exchange/status")).json()
    assert body["exchange_active"] is True
    assert body["trading_active"] is True


async def test_market_balance_and_status_answers_fit_the_spec(client: httpx.AsyncClient) -> None:
    await client.post(V2, json=_order(price="0.60", count="10"))
    market = conforms(await client.get(f"/markets/{TICKER}"), "/markets/{ticker}")["market"]
    assert market["settlement_bounds_type"] == "default"
    conforms(await client.get("/portfolio/balance"), "/portfolio/balance")
    conforms(await client.get("/exchange/status"), "/exchange/status")
