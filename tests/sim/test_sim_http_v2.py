"""The V2 order family over HTTP: shapes, statuses, per-item batches, amend and decrease rules.

Every answer is also checked against the spec's schema for its status.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import httpx
import pytest
from kalshi.sim import Credentials, Exchange, ManualClock, SimSettings

from .conftest import TICKER, conforms, v2_order

V2 = "/portfolio/events/orders"
ONE = V2 + "/{order_id}"
BATCH = V2 + "/batched"
AMEND = ONE + "/amend"
DECREASE = ONE + "/decrease"
V1 = "/portfolio/orders"
MakeClient = Callable[..., httpx.AsyncClient]
CREATED_KEYS = {"order_id", "client_order_id", "fill_count", "remaining_count", "ts_ms"}
FILLED_KEYS = CREATED_KEYS | {"average_fill_price", "average_fee_paid"}
GONE = {
    "error": {
        "code": "deprecated_v1_order_endpoint",
        "message": "Please switch to the V2 endpoints",
        "details": "https://docs.kalshi.com/api-reference/orders/create-order-v2",
    }
}


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


async def _read(http: httpx.AsyncClient, order_id: str) -> dict[str, Any]:
    order: dict[str, Any] = (await http.get(f"{V1}/{order_id}")).json()["order"]
    return order


# --- create ---------------------------------------------------------------------------------


async def test_create_resting_answers_201_with_no_averages_and_no_status(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    body = await _place(client, client_order_id="mine-1", price="0.4")
    assert set(body) == CREATED_KEYS
    assert body["client_order_id"] == "mine-1"
    assert (body["fill_count"], body["remaining_count"]) == ("0.00", "10.00")
    assert body["ts_ms"] == clock.now_ms()
    order = await _read(client, body["order_id"])
    assert (order["status"], order["yes_price_dollars"]) == ("resting", "0.4000")


async def test_taker_fills_at_the_resting_price_and_ioc_leaves_nothing(
    client: httpx.AsyncClient, other: httpx.AsyncClient, exchange: Exchange, member: Credentials
) -> None:
    await _place(other, side="ask", price="0.52", count="4")
    body = await _place(client, price="0.99", count="10", time_in_force="immediate_or_cancel")
    assert set(body) == FILLED_KEYS
    assert (body["fill_count"], body["remaining_count"]) == ("4.00", "0.00")
    # Fee 0.07 x 4 x 0.52 x 0.48 = 0.069888 -> 0.0699: 0.0175 a contract, as Kalshi's demo showed.
    assert (body["average_fill_price"], body["average_fee_paid"]) == ("0.5200", "0.0175")
    assert exchange.position(member.user_id, TICKER) == 4
    order = await _read(client, body["order_id"])
    assert (order["status"], order["fill_count_fp"], order["initial_count_fp"]) == (
        "canceled",
        "4.00",
        "10.00",
    )


async def test_average_fill_price_spans_levels(
    client: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    await _place(other, side="ask", price="0.40", count="1")
    await _place(other, side="ask", price="0.43", count="2")
    body = await _place(client, price="0.50", count="3")
    assert (body["fill_count"], body["average_fill_price"]) == ("3.00", "0.4200")
    assert body["remaining_count"] == "0.00"
    assert (await _read(client, body["order_id"]))["status"] == "executed"


async def test_an_ask_fill_reports_the_yes_price(
    client: httpx.AsyncClient, other: httpx.AsyncClient, exchange: Exchange, member: Credentials
) -> None:
    await _place(other, side="bid", price="0.61", count="2")
    body = await _place(client, side="ask", price="0.55", count="2")
    assert (body["fill_count"], body["average_fill_price"]) == ("2.00", "0.6100")
    assert exchange.position(member.user_id, TICKER) == -2
    # The taker's trade fee: 0.07 x 2 x 0.61 x 0.39 = 0.033306, ceiled to 0.0334.
    assert exchange.balance(member.user_id) == Decimal("10000") - Decimal("0.78") - Decimal(
        "0.0334"
    )
    assert body["average_fee_paid"] == "0.0167"


async def test_unknown_fields_are_ignored_and_reads_show_the_group(
    client: httpx.AsyncClient,
) -> None:
    group = await client.post("/portfolio/order_groups/create", json={"contracts_limit": 5})
    group_id = group.json()["order_group_id"]
    body = await _place(client, buy_max_cost=99, action="sell", order_group_id=group_id)
    order = await _read(client, body["order_id"])
    assert order["order_group_id"] == group_id
    assert (order["book_side"], order["side"], order["action"]) == ("bid", "yes", "buy")


@pytest.mark.parametrize(("field", "value"), [("count", 5), ("count", 2.5), ("price", 0.5)])
async def test_a_json_number_for_count_or_price_is_the_flat_400(
    client: httpx.AsyncClient, field: str, value: object
) -> None:
    response = await client.post(V2, json=v2_order(**{field: value}))
    assert response.status_code == 400
    body = conforms(response, V2)
    assert set(body) == {"code", "message", "details"}
    assert body["code"] == "bad_request"


async def test_fill_or_kill_that_cannot_fill_trades_nothing(
    client: httpx.AsyncClient, other: httpx.AsyncClient, exchange: Exchange, member: Credentials
) -> None:
    maker = await _place(other, side="ask", price="0.40", count="3")
    killed = await _place(client, price="0.60", count="5", time_in_force="fill_or_kill")
    assert set(killed) == CREATED_KEYS
    assert (killed["fill_count"], killed["remaining_count"]) == ("0.00", "0.00")
    assert (await _read(other, maker["order_id"]))["remaining_count_fp"] == "3.00"
    assert exchange.position(member.user_id, TICKER) == 0
    assert exchange.balance(member.user_id) == Decimal("10000")
    assert (await _read(client, killed["order_id"]))["status"] == "canceled"
    filled = await _place(client, price="0.60", count="3", time_in_force="fill_or_kill")
    assert (filled["fill_count"], filled["average_fill_price"]) == ("3.00", "0.4000")


async def test_expiration_rules(client: httpx.AsyncClient, clock: ManualClock) -> None:
    now_s = clock.now_ms() // 1000
    cases = [
        ({"expiration_time": now_s - 1}, "Expiration timestamp must be in the future"),
        (
            {"expiration_time": now_s + 60, "time_in_force": "immediate_or_cancel"},
            "Cannot specify both immediate_or_cancel and expiration_ts",
        ),
        (
            {"expiration_time": now_s + 60, "time_in_force": "fill_or_kill"},
            "expiration_time is only allowed with good_till_canceled",
        ),
    ]
    for fields, details in cases:
        response = await client.post(V2, json=v2_order(**fields))
        assert response.status_code == 400, fields
        assert conforms(response, V2)["error"] == {
            "code": "invalid_parameters",
            "message": "invalid parameters",
            "details": details,
        }
    body = await _place(client, expiration_time=now_s + 60)
    order = await _read(client, body["order_id"])
    assert order["expiration_time"].endswith("Z")
    assert order["status"] == "resting"
    clock.advance(61)
    assert (await _read(client, body["order_id"]))["status"] == "canceled"


async def test_reduce_only_needs_immediate_or_cancel(client: httpx.AsyncClient) -> None:
    response = await client.post(V2, json=v2_order(reduce_only=True))
    assert response.status_code == 400
    assert response.json()["error"]["details"] == "reduce_only requires immediate_or_cancel"


async def test_reduce_only_never_opens_or_grows_a_position(
    client: httpx.AsyncClient, other: httpx.AsyncClient, exchange: Exchange, member: Credentials
) -> None:
    ioc = {"reduce_only": True, "time_in_force": "immediate_or_cancel"}
    await _place(other, side="bid", price="0.50", count="20")
    opened = await _place(client, side="ask", price="0.50", count="5", **ioc)
    assert (opened["fill_count"], opened["remaining_count"]) == ("0.00", "0.00")
    assert exchange.position(member.user_id, TICKER) == 0

    await _place(other, side="ask", price="0.60", count="20")
    await _place(client, side="bid", price="0.60", count="3")
    assert exchange.position(member.user_id, TICKER) == 3
    grown = await _place(client, side="bid", price="0.60", count="2", **ioc)
    assert grown["fill_count"] == "0.00"
    assert exchange.position(member.user_id, TICKER) == 3

    closed = await _place(client, side="ask", price="0.50", count="5", **ioc)
    assert (closed["fill_count"], closed["remaining_count"]) == ("3.00", "0.00")
    assert exchange.position(member.user_id, TICKER) == 0
    order = await _read(client, closed["order_id"])
    assert (order["status"], order["initial_count_fp"]) == ("canceled", "5.00")


# --- batch create ---------------------------------------------------------------------------


async def test_batch_create_answers_per_item_in_request_order(client: httpx.AsyncClient) -> None:
    items = [
        v2_order(client_order_id="a", price="0.10"),
        v2_order(client_order_id="b", price="0.105"),
        v2_order(client_order_id="c", price="0.12"),
        v2_order(client_order_id="a", price="0.13"),
        {"ticker": TICKER},
    ]
    response = await client.post(BATCH, json={"orders": items})
    assert response.status_code == 201
    results = conforms(response, BATCH)["orders"]
    assert [item["client_order_id"] for item in results] == ["a", "b", "c", "a", None]
    good = [results[0], results[2]]
    for item in good:
        assert set(item) == CREATED_KEYS
        assert (await _read(client, item["order_id"]))["status"] == "resting"
    assert (await _read(client, results[2]["order_id"]))["yes_price_dollars"] == "0.1200"
    for item in results[1], results[3], results[4]:
        assert set(item) == {"order_id", "client_order_id", "error"}
        assert item["order_id"] == ""
    assert results[1]["error"]["code"] == "invalid_price"
    assert results[3]["error"] == {
        "code": "order_already_exists",
        "message": "order already exists",
    }
    assert results[4]["error"]["code"] == "invalid_parameters"


async def test_batch_create_size_limits(
    client: httpx.AsyncClient, exchange: Exchange, member: Credentials
) -> None:
    assert exchange.settings.max_batch_create == 10
    empty = await client.post(BATCH, json={"orders": []})
    assert (empty.status_code, conforms(empty, BATCH)["error"]["code"]) == (
        400,
        "invalid_parameters",
    )
    too_many = await client.post(BATCH, json={"orders": [v2_order()] * 11})
    assert too_many.status_code == 400
    assert too_many.json()["error"]["details"] == "a batch holds at most 10 orders"
    assert exchange.orders(member.user_id) == []
    full = await client.post(BATCH, json={"orders": [v2_order()] * 10})
    assert [item["remaining_count"] for item in full.json()["orders"]] == ["10.00"] * 10


@pytest.mark.parametrize("settings", [SimSettings(max_batch_create=2)], ids=["two"])
async def test_batch_create_limit_is_a_setting(client: httpx.AsyncClient) -> None:
    assert (await client.post(BATCH, json={"orders": [v2_order()] * 3})).status_code == 400
    assert (await client.post(BATCH, json={"orders": [v2_order()] * 2})).status_code == 201


async def test_a_wrong_json_type_in_one_item_fails_the_whole_batch(
    client: httpx.AsyncClient, exchange: Exchange, member: Credentials
) -> None:
    items = [v2_order(), v2_order(count=3)]
    response = await client.post(BATCH, json={"orders": items})
    assert response.status_code == 400
    assert conforms(response, BATCH)["code"] == "bad_request"
    assert exchange.orders(member.user_id) == []


# --- cancel, batch cancel, cancel all -------------------------------------------------------


async def test_cancel_answers_reduced_by_and_404s_what_does_not_rest(
    client: httpx.AsyncClient, other: httpx.AsyncClient, clock: ManualClock
) -> None:
    placed = await _place(client, client_order_id="c-1", count="6")
    clock.advance(ms=7)
    response = await client.delete(f"{V2}/{placed['order_id']}")
    assert response.status_code == 200
    assert conforms(response, ONE) == {
        "order_id": placed["order_id"],
        "client_order_id": "c-1",
        "reduced_by": "6.00",
        "ts_ms": clock.now_ms(),
    }
    await _place(other, side="ask", price="0.10", count="1")
    executed = await _place(client, price="0.10", count="1")
    unknown = "0b0c7c36-3b5e-4a51-9b0e-6cf0e0d7a001"
    for order_id in placed["order_id"], executed["order_id"], unknown:
        gone = await client.delete(f"{V2}/{order_id}")
        assert gone.status_code == 404
        assert conforms(gone, ONE) == {"error": {"code": "not_found", "message": "not found"}}


async def test_cancel_matches_subaccount_and_market_ticker(client: httpx.AsyncClient) -> None:
    placed = await _place(client)
    path = f"{V2}/{placed['order_id']}"
    assert (await client.delete(path, params={"subaccount": 1})).status_code == 404
    assert (await client.delete(path, params={"market_ticker": "KXOTHER-1"})).status_code == 404
    routed = await client.delete(path, params={"market_ticker": TICKER, "exchange_index": -1})
    assert routed.status_code == 200


async def test_batch_cancel_reads_a_body_on_delete_and_answers_per_item(
    client: httpx.AsyncClient,
) -> None:
    first = await _place(client, count="2")
    second = await _place(client, count="3")
    unknown = "0b0c7c36-3b5e-4a51-9b0e-6cf0e0d7a001"
    body = {
        "orders": [
            {"order_id": first["order_id"]},
            {"order_id": unknown},
            {"order_id": second["order_id"], "subaccount": 0, "market_ticker": TICKER},
            {"order_id": first["order_id"]},
        ]
    }
    response = await client.request("DELETE", BATCH, json=body)
    assert response.status_code == 200
    results = conforms(response, BATCH)["orders"]
    assert [item["order_id"] for item in results] == [
        first["order_id"],
        unknown,
        second["order_id"],
        first["order_id"],
    ]
    assert [item["reduced_by"] for item in results] == ["2.00", "0.00", "3.00", "0.00"]
    assert set(results[0]) == {"order_id", "client_order_id", "reduced_by", "ts_ms"}
    for failed in results[1], results[3]:
        assert set(failed) == {"order_id", "reduced_by", "error"}
        assert failed["error"]["code"] == "not_found"
    empty = await client.request("DELETE", BATCH, json={"orders": []})
    assert empty.status_code == 400


@pytest.mark.parametrize(
    "settings",
    [SimSettings(starting_balances_cents=MappingProxyType({0: 100_000, 1: 100_000}))],
    ids=["two_subaccounts"],
)
async def test_cancel_all_is_204_and_scoped_by_subaccount(client: httpx.AsyncClient) -> None:
    primary = [await _place(client) for _ in range(2)]
    numbered = [await _place(client, subaccount=1) for _ in range(2)]
    scoped = await client.delete(V2, params={"subaccount": 1})
    assert (scoped.status_code, scoped.content) == (204, b"")
    assert conforms(scoped, V2) is None
    statuses = [(await _read(client, o["order_id"]))["status"] for o in primary + numbered]
    assert statuses == ["resting", "resting", "canceled", "canceled"]
    numbered.append(await _place(client, subaccount=1))
    everything = await client.delete(V2)
    assert (everything.status_code, everything.content) == (204, b"")
    statuses = [(await _read(client, o["order_id"]))["status"] for o in primary + numbered]
    assert statuses == ["canceled"] * 5


async def test_cancel_all_leaves_other_members_alone(
    client: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    theirs = await _place(other)
    await _place(client)
    assert (await client.delete(V2)).status_code == 204
    assert (await _read(other, theirs["order_id"]))["status"] == "resting"


# --- amend ----------------------------------------------------------------------------------


async def _queue(client: httpx.AsyncClient) -> tuple[str, str]:
    """Two bids of 5 at 0.40, the first placed first."""
    first = await _place(client, price="0.40", count="5")
    second = await _place(client, price="0.40", count="5")
    return first["order_id"], second["order_id"]


async def _amend(http: httpx.AsyncClient, order_id: str, **fields: Any) -> httpx.Response:
    body = {"ticker": TICKER, "side": "bid", "price": "0.40", "count": "5", **fields}
    return await http.post(f"{V2}/{order_id}/amend", json=body)


async def _hit(other: httpx.AsyncClient, count: str) -> None:
    """Another member sells `count` at 0.40 into the bids."""
    await _place(other, side="ask", price="0.40", count=count)


async def test_amend_down_keeps_queue_priority(
    client: httpx.AsyncClient, other: httpx.AsyncClient, clock: ManualClock
) -> None:
    first, second = await _queue(client)
    response = await _amend(client, first, count="3")
    assert response.status_code == 200
    assert conforms(response, AMEND) == {
        "order_id": first,
        "client_order_id": (await _read(client, first))["client_order_id"],
        "remaining_count": "3.00",
        "ts_ms": clock.now_ms(),
    }
    await _hit(other, "3")
    assert (await _read(client, first))["status"] == "executed"
    assert (await _read(client, second))["fill_count_fp"] == "0.00"


async def test_amend_up_goes_to_the_back(
    client: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    first, second = await _queue(client)
    assert (await _amend(client, first, count="8")).json()["remaining_count"] == "8.00"
    await _hit(other, "3")
    assert (await _read(client, first))["fill_count_fp"] == "0.00"
    assert (await _read(client, second))["fill_count_fp"] == "3.00"


async def test_amend_price_change_goes_to_the_back(
    client: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    first, second = await _queue(client)
    moved = await _amend(client, first, price="0.39")
    assert set(conforms(moved, AMEND)) == {"order_id", "client_order_id", "ts_ms"}
    await _amend(client, first, price="0.40")
    assert (await _read(client, first))["yes_price_dollars"] == "0.4000"
    await _hit(other, "3")
    assert (await _read(client, first))["fill_count_fp"] == "0.00"
    assert (await _read(client, second))["fill_count_fp"] == "3.00"


async def test_amend_of_the_expiry_only_keeps_priority(
    client: httpx.AsyncClient, other: httpx.AsyncClient, clock: ManualClock
) -> None:
    first, second = await _queue(client)
    later = clock.now_ms() // 1000 + 3600
    response = await _amend(client, first, expiration_time=later)
    assert set(conforms(response, AMEND)) == {"order_id", "client_order_id", "ts_ms"}
    assert (await _read(client, first))["expiration_time"].endswith("Z")
    await _hit(other, "3")
    assert (await _read(client, first))["fill_count_fp"] == "3.00"
    assert (await _read(client, second))["fill_count_fp"] == "0.00"


async def test_amend_expiry_clear_and_replace(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    now_s = clock.now_ms() // 1000
    placed = await _place(client, price="0.40", count="5", expiration_time=now_s + 10)
    order_id = placed["order_id"]
    assert (await _amend(client, order_id, expiration_time=now_s + 100)).status_code == 200
    clock.advance(11)
    assert (await _read(client, order_id))["status"] == "resting"
    assert (await _amend(client, order_id, expiration_time=0)).status_code == 200
    assert "expiration_time" not in await _read(client, order_id)
    clock.advance(100)
    assert (await _read(client, order_id))["status"] == "resting"
    past = await _amend(client, order_id, expiration_time=now_s)
    assert past.status_code == 400
    assert past.json()["error"]["details"] == "Expiration timestamp must be in the future"


async def test_amend_that_crosses_fills(
    client: httpx.AsyncClient, other: httpx.AsyncClient, exchange: Exchange, member: Credentials
) -> None:
    await _place(other, side="ask", price="0.55", count="2")
    placed = await _place(client, price="0.50", count="5")
    response = await _amend(client, placed["order_id"], price="0.60", count="5")
    assert response.status_code == 200
    body = conforms(response, AMEND)
    assert set(body) == FILLED_KEYS
    assert (body["fill_count"], body["remaining_count"]) == ("2.00", "3.00")
    # The fee: 0.07 x 2 x 0.55 x 0.45 = 0.03465, ceiled to 0.0347, so 0.01735 a contract.
    assert (body["average_fill_price"], body["average_fee_paid"]) == ("0.5500", "0.0174")
    assert exchange.position(member.user_id, TICKER) == 2
    # 2 filled at 0.55 (plus the fee), 3 resting at 0.60
    assert exchange.balance(member.user_id) == (
        Decimal("10000") - Decimal("1.10") - Decimal("0.0347") - Decimal("1.80")
    )
    # The count is the new total: 2 filled + 1 resting.
    smaller = await _amend(client, placed["order_id"], price="0.60", count="3")
    assert smaller.json()["remaining_count"] == "1.00"
    order = await _read(client, placed["order_id"])
    assert (order["initial_count_fp"], order["fill_count_fp"]) == ("3.00", "2.00")
    too_small = await _amend(client, placed["order_id"], price="0.60", count="2")
    assert (too_small.status_code, too_small.json()["error"]["code"]) == (
        400,
        "invalid_amend_qty_for_order",
    )


async def test_amend_mismatches_and_client_ids(client: httpx.AsyncClient) -> None:
    placed = await _place(client, price="0.40", count="5", client_order_id="old")
    taken = await _place(client, price="0.30", count="1", client_order_id="taken")
    order_id = placed["order_id"]
    ticker = await _amend(client, order_id, ticker="KXOTHER-1")
    assert (ticker.status_code, conforms(ticker, AMEND)["error"]["code"]) == (
        400,
        "order_ticker_mismatch",
    )
    side = await _amend(client, order_id, side="ask")
    assert (side.status_code, side.json()["error"]["code"]) == (400, "order_side_mismatch")
    wrong_id = await _amend(client, order_id, client_order_id="nope")
    assert wrong_id.json()["error"]["code"] == "order_id_and_client_order_id_mismatch"
    reused = await _amend(client, order_id, updated_client_order_id="taken")
    assert (reused.status_code, reused.json()["error"]["code"]) == (409, "order_already_exists")
    renamed = await _amend(client, order_id, client_order_id="old", updated_client_order_id="new")
    assert renamed.json()["client_order_id"] == "new"
    assert (await _read(client, order_id))["client_order_id"] == "new"
    again = await client.post(V2, json=v2_order(client_order_id="new"))
    assert again.status_code == 409
    await client.delete(f"{V2}/{taken['order_id']}")
    canceled = await _amend(client, taken["order_id"], price="0.30", count="1")
    assert canceled.status_code == 404
    assert conforms(canceled, AMEND)["error"]["code"] == "not_found"


# --- decrease -------------------------------------------------------------------------------


async def test_decrease_by_and_to(
    client: httpx.AsyncClient, exchange: Exchange, member: Credentials, clock: ManualClock
) -> None:
    placed = await _place(client, price="0.40", count="10", client_order_id="d")
    path = f"{V2}/{placed['order_id']}/decrease"
    by = await client.post(path, json={"reduce_by": "3"})
    assert by.status_code == 200
    assert conforms(by, DECREASE) == {
        "order_id": placed["order_id"],
        "client_order_id": "d",
        "remaining_count": "7.00",
        "ts_ms": clock.now_ms(),
    }
    assert exchange.balance(member.user_id) == Decimal("10000") - Decimal("2.80")
    to = await client.post(path, json={"reduce_to": "2.5"})
    assert to.json()["remaining_count"] == "2.50"
    order = await _read(client, placed["order_id"])
    assert (order["status"], order["remaining_count_fp"]) == ("resting", "2.50")
    for body in ({}, {"reduce_by": "1", "reduce_to": "1"}):
        bad = await client.post(path, json=body)
        assert (bad.status_code, conforms(bad, DECREASE)["error"]["code"]) == (
            400,
            "invalid_parameters",
        )
    up = await client.post(path, json={"reduce_to": "3"})
    assert up.status_code == 400
    zero = await client.post(path, json={"reduce_to": "0"})
    assert zero.json()["remaining_count"] == "0.00"
    assert (await _read(client, placed["order_id"]))["status"] == "canceled"
    assert exchange.balance(member.user_id) == Decimal("10000")
    assert (await client.post(path, json={"reduce_by": "1"})).status_code == 404


async def test_decrease_by_more_than_rests_cancels(client: httpx.AsyncClient) -> None:
    placed = await _place(client, count="4")
    path = f"{V2}/{placed['order_id']}/decrease"
    response = await client.post(path, json={"reduce_by": "9"})
    assert response.json()["remaining_count"] == "0.00"
    assert (await _read(client, placed["order_id"]))["status"] == "canceled"


async def test_decrease_keeps_queue_priority(
    client: httpx.AsyncClient, other: httpx.AsyncClient
) -> None:
    first, second = await _queue(client)
    await client.post(f"{V2}/{first}/decrease", json={"reduce_to": "2"})
    await _hit(other, "2")
    assert (await _read(client, first))["status"] == "executed"
    assert (await _read(client, second))["fill_count_fp"] == "0.00"


# --- retired V1 writes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", V1, {"ticker": TICKER, "side": "yes", "action": "buy", "count": 1}),
        ("POST", V1, "not even json"),
        ("POST", V1 + "/batched", {"orders": []}),
        ("DELETE", V1 + "/batched", {"ids": ["x"]}),
        ("DELETE", V1 + "/0b0c7c36-3b5e-4a51-9b0e-6cf0e0d7a001", None),
        ("DELETE", V1 + "/not-a-uuid?subaccount=zzz", None),
        ("POST", V1 + "/0b0c7c36-3b5e-4a51-9b0e-6cf0e0d7a001/amend", {}),
        ("POST", V1 + "/0b0c7c36-3b5e-4a51-9b0e-6cf0e0d7a001/decrease", {"reduce_by": 1}),
    ],
)
async def test_v1_writes_answer_410(
    client: httpx.AsyncClient, method: str, path: str, body: object
) -> None:
    content = None if body is None else (body if isinstance(body, str) else None)
    json_body = None if body is None or isinstance(body, str) else body
    response = await client.request(method, path, content=content, json=json_body)
    assert (response.status_code, response.json()) == (410, GONE)


async def test_v1_writes_still_need_a_signature(make_client: MakeClient) -> None:
    async with make_client(None) as anonymous:
        response = await anonymous.post(V1, json={})
    assert response.status_code == 401
