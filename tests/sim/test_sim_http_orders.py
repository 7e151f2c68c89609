"""Order, balance, market and status endpoints over HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from kalshi.sim import Credentials, ManualClock

ORDERS = "/portfolio/orders"
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
    return {"ticker": TICKER, "side": "yes", "action": "buy", "count": 10, **fields}


async def test_create_get_and_cancel(client: httpx.AsyncClient, member: Credentials) -> None:
    created = await client.post(ORDERS, json=_order(yes_price_dollars="0.65", client_order_id="c1"))
    assert created.status_code == 201
    order = created.json()["order"]
    assert set(order) == ORDER_FIELDS
    assert order["user_id"] == member.user_id
    assert order["client_order_id"] == "c1"
    assert (order["outcome_side"], order["book_side"], order["type"]) == ("yes", "bid", "limit")
    assert (order["yes_price_dollars"], order["no_price_dollars"]) == ("0.6500", "0.3500")
    assert (order["initial_count_fp"], order["remaining_count_fp"]) == ("10.00", "10.00")
    assert order["fill_count_fp"] == "0.00"
    assert order["taker_fees_dollars"] == "0.0000"
    assert order["created_time"].endswith("Z")

    fetched = await client.get(f"{ORDERS}/{order['order_id']}")
    assert fetched.json() == {"order": order}

    canceled = await client.delete(f"{ORDERS}/{order['order_id']}")
    assert canceled.status_code == 200
    body = canceled.json()
    assert body["reduced_by_fp"] == "10.00"
    assert body["order"]["status"] == "canceled"
    assert body["order"]["remaining_count_fp"] == "0.00"
    again = await client.delete(f"{ORDERS}/{order['order_id']}")
    assert again.status_code == 404
    assert again.json()["error"]["code"] == "not_found"


async def test_no_side_order_fields(client: httpx.AsyncClient) -> None:
    body = {"ticker": TICKER, "side": "no", "action": "buy", "no_price": 30, "count_fp": "2.5"}
    created = await client.post(ORDERS, json=body)
    order = created.json()["order"]
    assert (order["outcome_side"], order["book_side"]) == ("no", "ask")
    assert (order["yes_price_dollars"], order["no_price_dollars"]) == ("0.7000", "0.3000")
    assert order["initial_count_fp"] == "2.50"
    assert "order_group_id" not in order


async def test_duplicate_client_order_id_is_409(client: httpx.AsyncClient) -> None:
    first = await client.post(ORDERS, json=_order(yes_price=10, client_order_id="same"))
    assert first.status_code == 201
    second = await client.post(ORDERS, json=_order(yes_price=10, client_order_id="same"))
    assert second.status_code == 409
    assert second.json()["error"]["code"] == "order_already_exists"


async def test_price_rules(client: httpx.AsyncClient) -> None:
    two_prices = await client.post(ORDERS, json=_order(yes_price=10, no_price=90))
    assert two_prices.status_code == 400
    assert two_prices.json()["error"]["code"] == "invalid_order"
    assert "exactly one of" in two_prices.json()["error"]["details"]
    no_price = await client.post(ORDERS, json=_order())
    assert no_price.json()["error"]["code"] == "invalid_order"
    for price in ("0.655", "1.00", "0", "abc", "0.0000"):
        off_grid = await client.post(ORDERS, json=_order(yes_price_dollars=price))
        assert off_grid.status_code == 400, price
        assert off_grid.json()["error"]["code"] == "invalid_price", price


async def test_count_rules(client: httpx.AsyncClient) -> None:
    mismatch = await client.post(ORDERS, json=_order(count=3, count_fp="4", yes_price=5))
    assert mismatch.json()["error"]["code"] == "invalid_parameters"
    missing = await client.post(
        ORDERS, json={"ticker": TICKER, "side": "yes", "action": "buy", "yes_price": 5}
    )
    assert missing.json()["error"]["code"] == "invalid_parameters"


async def test_insufficient_balance_over_http(
    make_client: MakeClient, new_member: Callable[..., Credentials]
) -> None:
    async with make_client(new_member(balance_cents=50)) as http:
        response = await http.post(ORDERS, json=_order(yes_price=10))
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "insufficient_balance"


async def test_post_only_cross_over_http(
    client: httpx.AsyncClient, make_client: MakeClient, new_member: Callable[..., Credentials]
) -> None:
    async with make_client(new_member()) as other:
        await other.post(ORDERS, json=_order(side="no", no_price=40))
    response = await client.post(ORDERS, json=_order(yes_price=60, post_only=True))
    assert response.status_code == 400
    assert response.json() == {
        "error": {"code": "invalid_order", "message": "invalid order", "details": "post only cross"}
    }


async def test_list_pages_with_cursor(client: httpx.AsyncClient, clock: ManualClock) -> None:
    ids = []
    for cents in range(1, 6):
        created = await client.post(ORDERS, json=_order(yes_price=cents, count=1))
        ids.append(created.json()["order"]["order_id"])
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
    kept = await client.post(ORDERS, json=_order(yes_price=5))
    other = await client.post(ORDERS, json=_order(ticker="KXOTHER-26-A", yes_price=5))
    await client.delete(f"{ORDERS}/{other.json()['order']['order_id']}")
    by_ticker = (await client.get(ORDERS, params={"ticker": TICKER})).json()
    assert [o["order_id"] for o in by_ticker["orders"]] == [kept.json()["order"]["order_id"]]
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
    created = await client.post(ORDERS, json=_order(yes_price=5))
    order_id = created.json()["order"]["order_id"]
    async with make_client(new_member()) as other:
        assert (await other.get(f"{ORDERS}/{order_id}")).status_code == 404
        assert (await other.delete(f"{ORDERS}/{order_id}")).status_code == 404
        assert (await other.get(ORDERS)).json() == {"orders": [], "cursor": ""}


async def test_balance_and_market_after_a_trade(
    client: httpx.AsyncClient, make_client: MakeClient, new_member: Callable[..., Credentials]
) -> None:
    await client.post(ORDERS, json=_order(yes_price=60, count=10))
    async with make_client(new_member()) as other:
        await other.post(ORDERS, json=_order(side="no", no_price=40, count=4))
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
