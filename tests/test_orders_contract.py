"""Contract tests for orders (V2 writes, the reads Kalshi kept) and exchange status."""

from __future__ import annotations

import json
import re
import uuid
from decimal import Decimal
from typing import Any

import httpx
import kalshi
import pytest
from conftest import BASE, Api, verify_signature
from kalshi import CreateOrderRequest
from pytest_httpx import HTTPXMock

ORDERS = f"{BASE}/portfolio/orders"
V2 = f"{BASE}/portfolio/events/orders"
CREATED = {
    "order_id": "o1",
    "client_order_id": "c1",
    "fill_count": "0.00",
    "remaining_count": "10.00",
    "ts_ms": 1781159370164,
}


def wire_order(order_id: str = "o1", **fields: Any) -> dict[str, Any]:
    order = {
        "order_id": order_id, "user_id": "u1", "client_order_id": "c1", "ticker": "KXPRES-24-DJT",
        "side": "yes", "action": "buy", "outcome_side": "yes", "book_side": "bid", "type": "limit",
        "status": "resting", "yes_price_dollars": "0.6500", "no_price_dollars": "0.3500",
        "fill_count_fp": "0.00", "remaining_count_fp": "10.00", "initial_count_fp": "10.00",
        "taker_fees_dollars": "0.0000", "maker_fees_dollars": "0.0000",
        "taker_fill_cost_dollars": "0.0000", "maker_fill_cost_dollars": "0.0000",
        "created_time": "2026-11-25T10:00:00.123456Z",
    }  # fmt: skip
    return {**order, **fields}


async def test_create_as_documented_is_a_v2_create(
    api: Api, httpx_mock: HTTPXMock, rsa_key: Any
) -> None:
    httpx_mock.add_response(method="POST", url=V2, status_code=201, json=CREATED)
    created = await api(
        lambda c: c.orders.create(
            ticker="KXPRES-24-DJT",
            side="yes",
            action="buy",
            count=10,
            yes_price="0.65",
            order_group_id="g1",
        )
    )
    (request,) = httpx_mock.get_requests()
    sent = json.loads(request.content)
    client_order_id = sent.pop("client_order_id")
    assert uuid.UUID(client_order_id).version == 4
    assert sent == {"ticker": "KXPRES-24-DJT", "side": "bid", "price": "0.6500", "count": "10.00",
                    "time_in_force": "good_till_canceled",
                    "self_trade_prevention_type": "taker_at_cross", "order_group_id": "g1"}  # fmt: skip
    verify_signature(request, rsa_key)
    assert isinstance(created, kalshi.CreateOrderV2Response)
    assert (created.order_id, created.fill_count, created.remaining_count, created.ts_ms) == (
        "o1",
        "0.00",
        "10.00",
        1781159370164,
    )


# (side, action, price given) -> (V2 side, V2 price): Kalshi's mapping of the legacy form.
MAPPING = [
    ("yes", "buy", {"yes_price": "0.65"}, "bid", "0.6500"),
    ("yes", "sell", {"yes_price": "0.65"}, "ask", "0.6500"),
    ("no", "buy", {"no_price": "0.35"}, "ask", "0.6500"),
    ("no", "sell", {"no_price": "0.35"}, "bid", "0.6500"),
    ("no", "buy", {"no_price": Decimal("0.0001")}, "ask", "0.9999"),
]


@pytest.mark.parametrize(("side", "action", "price", "book_side", "yes_price"), MAPPING)
async def test_the_documented_form_maps_onto_the_yes_book(
    api: Api, httpx_mock: HTTPXMock, side: str, action: str, price: dict[str, Any],
    book_side: str, yes_price: str,
) -> None:  # fmt: skip
    httpx_mock.add_response(method="POST", url=V2, status_code=201, json=CREATED)
    await api(lambda c: c.orders.create(ticker="T", side=side, action=action, count=1, **price))
    sent = json.loads(httpx_mock.get_requests()[0].content)
    assert (sent["side"], sent["price"], sent["count"]) == (book_side, yes_price, "1.00")


async def test_create_with_a_request_object_and_every_option(
    api: Api, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="POST", url=V2, status_code=201, json=CREATED)
    request = CreateOrderRequest(
        ticker="T-1", side="no", action="buy", count=3, no_price=Decimal("0.3"),
        client_order_id="mine-1", time_in_force="fill_or_kill", post_only=True, subaccount=2,
        self_trade_prevention_type="maker", expiration_ts=1900000000, cancel_order_on_pause=True,
        exchange_index=0,
    )  # fmt: skip
    await api(lambda c: c.orders.create(request=request))
    sent = json.loads(httpx_mock.get_requests()[0].content)
    assert sent == {"ticker": "T-1", "side": "ask", "price": "0.7000", "count": "3.00",
                    "client_order_id": "mine-1", "time_in_force": "fill_or_kill",
                    "self_trade_prevention_type": "maker", "expiration_time": 1900000000,
                    "post_only": True, "cancel_order_on_pause": True, "subaccount": 2,
                    "exchange_index": 0}  # fmt: skip


async def test_sell_position_floor_zero_is_sent_as_reduce_only(
    api: Api, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="POST", url=V2, status_code=201, json=CREATED)
    await api(lambda c: c.orders.create(ticker="T", side="yes", action="sell", count=2, yes_price="0.4",
                                        sell_position_floor=0, time_in_force="immediate_or_cancel"))  # fmt: skip
    sent = json.loads(httpx_mock.get_requests()[0].content)
    assert (sent["reduce_only"], sent["time_in_force"], sent["side"]) == (
        True,
        "immediate_or_cancel",
        "ask",
    )


BAD_ORDERS = [
    ({"yes_price": 65}, TypeError, "yes_price"),
    ({"yes_price": 0.65}, TypeError, "yes_price"),
    ({"yes_price": "1.00"}, ValueError, "yes_price"),
    ({"yes_price": "0.123456"}, ValueError, "yes_price"),
    ({"yes_price": "abc"}, ValueError, "yes_price"),
    ({"yes_price": "0.65", "no_price": "0.35"}, ValueError, "exactly one"),
    ({"yes_price": None}, ValueError, "exactly one"),
    ({"yes_price": "0.65", "count": 0}, ValueError, "count"),
    ({"yes_price": "0.65", "count": True}, TypeError, "count"),
    ({"yes_price": "0.65", "side": "maybe"}, ValueError, "side"),
    ({"yes_price": "0.65", "action": "hold"}, ValueError, "action"),
    ({"yes_price": "0.65", "ticker": ""}, ValueError, "ticker"),
    ({"yes_price": "0.65", "order_group_id": ""}, ValueError, "order_group_id"),
    ({"yes_price": "0.65", "subaccount": 99}, ValueError, "subaccount"),
    ({"yes_price": "0.65", "post_only": "yes"}, TypeError, "post_only"),
    ({"yes_price": "0.65", "time_in_force": "forever"}, ValueError, "time_in_force"),
    ({"yes_price": "0.65", "expiration_ts": "soon"}, TypeError, "expiration_ts"),
    # Fields of the retired endpoints that mean nothing to V2, refused with the reason.
    ({"yes_price": "0.65", "buy_max_cost": 500}, ValueError, "buy_max_cost has no V2 equivalent"),
    (
        {"yes_price": "0.65", "sell_position_floor": 5},
        ValueError,
        "sell_position_floor accepts only 0",
    ),
    ({"yes_price": "0.65", "type": "market"}, ValueError, "removed market orders"),
    # Kalshi's V2 rules, checked before sending.
    ({"yes_price": "0.65", "reduce_only": True}, ValueError, "reduce_only needs time_in_force"),
    (
        {"yes_price": "0.65", "expiration_ts": 1900000000, "time_in_force": "immediate_or_cancel"},
        ValueError,
        "cannot be combined",
    ),
]


@pytest.mark.parametrize(("change", "error", "match"), BAD_ORDERS)
async def test_bad_orders_raise_before_sending(
    api: Api, httpx_mock: HTTPXMock, change: dict[str, Any], error: type[Exception], match: str
) -> None:
    fields = {"ticker": "T", "side": "yes", "action": "buy", "count": 1, **change}
    with pytest.raises(error, match=match):
        await api(lambda c: c.orders.create(**fields))
    assert httpx_mock.get_requests() == []


async def test_request_and_fields_together_are_refused(api: Api, httpx_mock: HTTPXMock) -> None:
    request = CreateOrderRequest(ticker="T", side="yes", action="buy", count=1, yes_price="0.5")
    with pytest.raises(TypeError, match="either request= or order fields"):
        await api(lambda c: c.orders.create(request=request, count=2))
    v2 = kalshi.CreateOrderV2Request(ticker="T", side="bid", price="0.5", count="1",
                                     time_in_force="good_till_canceled",
                                     self_trade_prevention_type="maker")  # fmt: skip
    with pytest.raises(TypeError, match="either request= or fields"):
        await api(lambda c: c.orders.create_v2(request=v2, ticker="U"))


V2_FIELDS = {"ticker": "T", "side": "ask", "price": "0.3", "count": "2.5",
             "time_in_force": "immediate_or_cancel", "self_trade_prevention_type": "maker"}  # fmt: skip
V2_SENT = {"ticker": "T", "side": "ask", "price": "0.3000", "count": "2.50",
           "time_in_force": "immediate_or_cancel", "self_trade_prevention_type": "maker"}  # fmt: skip


@pytest.mark.parametrize("form", ["kwargs", "request"])
async def test_create_v2(api: Api, httpx_mock: HTTPXMock, form: str) -> None:
    httpx_mock.add_response(method="POST", url=V2, status_code=201,
                            json={**CREATED, "fill_count": "2.50", "remaining_count": "0.00",
                                  "average_fill_price": "0.3100", "average_fee_paid": "0.0151"})  # fmt: skip
    fields = {**V2_FIELDS, "client_order_id": "k1", "reduce_only": True, "exchange_index": -1}
    if form == "kwargs":
        created = await api(lambda c: c.orders.create_v2(**fields))
    else:
        request = kalshi.CreateOrderV2Request(**fields)
        created = await api(lambda c: c.orders.create_v2(request=request))
    sent = json.loads(httpx_mock.get_requests()[0].content)
    assert sent == {**V2_SENT, "client_order_id": "k1", "reduce_only": True, "exchange_index": -1}
    assert (created.average_fill_price, created.average_fee_paid) == ("0.3100", "0.0151")


@pytest.mark.parametrize(
    ("change", "error", "match"),
    [({"side": "buy"}, ValueError, "side"), ({"price": 0.3}, TypeError, "price"),
     ({"count": "1.001"}, ValueError, "count"), ({"count": 2.5}, TypeError, "count"),
     ({"time_in_force": None}, TypeError, "time_in_force"),
     ({"self_trade_prevention_type": None}, TypeError, "self_trade_prevention_type"),
     ({"exchange_index": -2}, ValueError, "exchange_index")],
)  # fmt: skip
async def test_bad_v2_orders_raise_before_sending(
    api: Api, httpx_mock: HTTPXMock, change: dict[str, Any], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        await api(lambda c: c.orders.create_v2(**{**V2_FIELDS, **change}))
    assert httpx_mock.get_requests() == []


async def test_get_and_cancel(api: Api, httpx_mock: HTTPXMock, rsa_key: Any) -> None:
    httpx_mock.add_response(method="GET", url=f"{ORDERS}/o%2F1", json={"order": wire_order("o/1")})
    httpx_mock.add_response(method="DELETE", url=f"{V2}/o1?subaccount=1",
                            json={"order_id": "o1", "reduced_by": "10.00", "ts_ms": 5})  # fmt: skip
    httpx_mock.add_response(method="DELETE", url=f"{V2}/o2?exchange_index=1&market_ticker=T",
                            json={"order_id": "o2", "client_order_id": "c2", "reduced_by": "1.00", "ts_ms": 6})  # fmt: skip
    order = await api(lambda c: c.orders.get("o/1"))
    assert order.order_id == "o/1"
    canceled = await api(lambda c: c.orders.cancel("o1", subaccount=1))
    assert isinstance(canceled, kalshi.CancelOrderV2Response)
    assert (canceled.order_id, canceled.reduced_by, canceled.ts_ms) == ("o1", "10.00", 5)
    other = await api(lambda c: c.orders.cancel_v2("o2", exchange_index=1, market_ticker="T"))
    assert (other.client_order_id, other.reduced_by) == ("c2", "1.00")
    for request in httpx_mock.get_requests():
        verify_signature(request, rsa_key)
        assert request.content == b""


async def test_cancel_all(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="DELETE", url=f"{V2}?subaccount=2", status_code=204)
    httpx_mock.add_response(method="DELETE", url=V2, status_code=204)
    assert await api(lambda c: c.orders.cancel_all_v2(subaccount=2)) is None
    assert await api(lambda c: c.orders.cancel_all_v2()) is None


async def test_amend_and_decrease(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=f"{V2}/o1/amend?subaccount=3",
                            json={"order_id": "o1", "client_order_id": "new", "remaining_count": "4.00", "ts_ms": 7})  # fmt: skip
    httpx_mock.add_response(method="POST", url=f"{V2}/o1/decrease",
                            json={"order_id": "o1", "remaining_count": "2.00", "ts_ms": 8})  # fmt: skip
    httpx_mock.add_response(method="POST", url=f"{V2}/o1/decrease?subaccount=3",
                            json={"order_id": "o1", "remaining_count": "0.00", "ts_ms": 9})  # fmt: skip
    amended = await api(lambda c: c.orders.amend_v2(
        "o1", ticker="T", side="bid", price="0.41", count=6, client_order_id="old",
        updated_client_order_id="new", expiration_time=0, subaccount=3,
    ))  # fmt: skip
    assert (amended.client_order_id, amended.remaining_count) == ("new", "4.00")
    decreased = await api(lambda c: c.orders.decrease_v2("o1", reduce_by=2))
    assert decreased.remaining_count == "2.00"
    request = kalshi.DecreaseOrderV2Request(reduce_to="0")
    await api(lambda c: c.orders.decrease_v2("o1", request=request, subaccount=3))
    bodies = [json.loads(r.content) for r in httpx_mock.get_requests()]
    assert bodies == [
        {"ticker": "T", "side": "bid", "price": "0.4100", "count": "6.00", "client_order_id": "old",
         "updated_client_order_id": "new", "expiration_time": 0},
        {"reduce_by": "2.00"},
        {"reduce_to": "0.00"},
    ]  # fmt: skip


@pytest.mark.parametrize("fields", [{}, {"reduce_by": 1, "reduce_to": 2}, {"reduce_to": -1}])
async def test_decrease_needs_exactly_one_amount(
    api: Api, httpx_mock: HTTPXMock, fields: dict[str, Any]
) -> None:
    with pytest.raises((ValueError, TypeError)):
        await api(lambda c: c.orders.decrease_v2("o1", **fields))
    assert httpx_mock.get_requests() == []


async def test_batch_create_reports_each_order_in_the_order_sent(
    api: Api, httpx_mock: HTTPXMock
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        first, second, third = json.loads(request.content)["orders"]
        # Kalshi's answer in another order: results are matched back by client_order_id.
        return httpx.Response(201, json={"orders": [
            {"order_id": "o3", "client_order_id": third["client_order_id"], "fill_count": "0.00",
             "remaining_count": "1.00", "ts_ms": 1},
            {"order_id": None, "client_order_id": second["client_order_id"],
             "error": {"code": "invalid_price", "message": "invalid price"}},
            {"order_id": "o1", "client_order_id": first["client_order_id"], "fill_count": "1.00",
             "remaining_count": "0.00", "ts_ms": 1},
        ]})  # fmt: skip

    httpx_mock.add_callback(answer, method="POST", url=f"{V2}/batched")
    orders = [
        {**V2_FIELDS, "client_order_id": "a"},
        CreateOrderRequest(ticker="T", side="no", action="buy", count=1, no_price="0.515"),
        kalshi.CreateOrderV2Request(**{**V2_FIELDS, "client_order_id": "c"}),
    ]
    result = await api(lambda c: c.orders.batch_create_v2(orders=orders))
    assert [item.order_id for item in result.orders] == ["o1", None, "o3"]
    assert [item.error.code for item in result.failed] == ["invalid_price"]
    sent = json.loads(httpx_mock.get_requests()[0].content)["orders"]
    assert [o["client_order_id"] for o in sent][::2] == ["a", "c"]
    assert uuid.UUID(sent[1]["client_order_id"]).version == 4
    assert sent[1] == {"ticker": "T", "side": "ask", "price": "0.4850", "count": "1.00",
                       "time_in_force": "good_till_canceled", "self_trade_prevention_type": "taker_at_cross",
                       "client_order_id": sent[1]["client_order_id"]}  # fmt: skip


async def test_batch_sizes_are_checked_against_the_write_bucket(
    api: Api, httpx_mock: HTTPXMock
) -> None:
    eleven = [{**V2_FIELDS, "client_order_id": f"c{i}"} for i in range(11)]
    with pytest.raises(ValueError, match="more than the write bucket holds"):
        await api(lambda c: c.orders.batch_create_v2(orders=eleven))  # Basic: 100 tokens, 10 each
    with pytest.raises(ValueError, match="at least one order"):
        await api(lambda c: c.orders.batch_create_v2(orders=[]))
    with pytest.raises(ValueError, match="more than the write bucket holds"):
        await api(lambda c: c.orders.batch_cancel_v2(orders=[f"o{i}" for i in range(51)]))
    with pytest.raises(ValueError, match="its own client_order_id"):
        await api(lambda c: c.orders.batch_create_v2(orders=[eleven[0], eleven[0]]))
    assert httpx_mock.get_requests() == []


async def test_a_higher_tier_allows_bigger_batches(httpx_mock: HTTPXMock, private_pem: str) -> None:
    from conftest import make_client

    client = make_client("sync", private_pem, rate_limit="premier")  # 2,000 write tokens
    httpx_mock.add_response(
        method="POST", url=f"{V2}/batched", status_code=201, json={"orders": []}
    )
    result = client.orders.batch_create_v2(
        orders=[{**V2_FIELDS, "client_order_id": f"c{i}"} for i in range(200)]
    )
    assert len(result.orders) == 200 and all(
        i.error.code == "missing_result" for i in result.orders
    )


async def test_batch_cancel_sends_a_body_on_delete(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="DELETE", url=f"{V2}/batched", json={"orders": [
        {"order_id": "o2", "reduced_by": "0.00", "error": {"code": "not_found", "message": "not found"}},
        {"order_id": "o1", "client_order_id": "c1", "reduced_by": "3.00", "ts_ms": 4},
    ]})  # fmt: skip
    result = await api(lambda c: c.orders.batch_cancel_v2(
        orders=["o1", {"order_id": "o2", "subaccount": 1, "exchange_index": 0, "market_ticker": "T"}]
    ))  # fmt: skip
    assert [(i.order_id, i.reduced_by) for i in result.orders] == [("o1", "3.00"), ("o2", "0.00")]
    assert [i.order_id for i in result.failed] == ["o2"]
    request = httpx_mock.get_requests()[0]
    assert json.loads(request.content) == {"orders": [
        {"order_id": "o1"}, {"order_id": "o2", "subaccount": 1, "exchange_index": 0, "market_ticker": "T"}
    ]}  # fmt: skip


async def test_each_write_costs_what_kalshi_charges(
    api: Api, httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kalshi._ratelimit import TIERS, RateLimiter

    costs: list[tuple[Any, int]] = []
    limiter = RateLimiter(TIERS["premier"])
    monkeypatch.setattr(limiter, "reserve", lambda b, c: costs.append((b, c)) or 0.0)
    api.client._limiter = limiter
    httpx_mock.add_response(method="POST", url=V2, status_code=201, json=CREATED)
    httpx_mock.add_response(
        method="DELETE", url=f"{V2}/o1", json={"order_id": "o1", "reduced_by": "1.00", "ts_ms": 1}
    )
    httpx_mock.add_response(
        method="POST", url=f"{V2}/batched", status_code=201, json={"orders": []}
    )
    httpx_mock.add_response(method="DELETE", url=f"{V2}/batched", json={"orders": []})
    await api(lambda c: c.orders.create_v2(**V2_FIELDS))
    await api(lambda c: c.orders.cancel("o1"))
    await api(
        lambda c: c.orders.batch_create_v2(
            orders=[{**V2_FIELDS, "client_order_id": f"c{i}"} for i in range(3)]
        )
    )
    await api(lambda c: c.orders.batch_cancel_v2(orders=["o1", "o2", "o3", "o4"]))
    assert [c for _, c in costs] == [10, 2, 30, 8]


async def test_list_pages_through_the_cursor(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{ORDERS}?ticker=T&status=resting&limit=2",
                            json={"orders": [wire_order("a"), wire_order("b")], "cursor": "p2"})  # fmt: skip
    httpx_mock.add_response(url=f"{ORDERS}?ticker=T&status=resting&limit=2&cursor=p2",
                            json={"orders": [wire_order("c")], "cursor": ""})  # fmt: skip
    page = await api(lambda c: c.orders.list(ticker="T", status="resting", limit=2))
    assert [o.order_id for o in page.items] == ["a", "b"] and page.cursor == "p2"
    assert len(httpx_mock.get_requests()) == 1  # one page; the next is fetched as iteration goes
    orders = await api.collect(page)
    assert [o.order_id for o in orders] == ["a", "b", "c"]
    assert len(httpx_mock.get_requests()) == 2


async def test_list_all_is_lazy_and_bounded(api: Api, httpx_mock: HTTPXMock) -> None:
    every = api.client.orders.list_all(ticker="T", limit=1, max_pages=2)
    assert httpx_mock.get_requests() == []  # nothing is fetched before the iteration starts
    for cursor in ("", "&cursor=p2"):
        httpx_mock.add_response(url=f"{ORDERS}?ticker=T&limit=1{cursor}",
                                json={"orders": [wire_order("x")], "cursor": "p2" if not cursor else "p3"})  # fmt: skip
    assert len(await api.collect(every)) == 2  # two pages, then the bound


def _retrying(kind: str, private_pem: str, retries: int = 2) -> Api:
    from conftest import make_client

    return Api(make_client(kind, private_pem, max_retries=retries))


LOOKUP = f"{ORDERS}?ticker=T&limit=200"


def landed(client_order_id: str) -> dict[str, Any]:
    """The order `_create_t` places, as the order reads show it once it landed."""
    return wire_order("mine", client_order_id=client_order_id, ticker="T", yes_price_dollars="0.5000",
                      no_price_dollars="0.5000", initial_count_fp="1.00", remaining_count_fp="1.00")  # fmt: skip


async def _create_t(api: Api) -> Any:
    """A one-contract buy on ticker T: the order the retry tests place."""
    return await api(
        lambda c: c.orders.create(ticker="T", side="yes", action="buy", count=1, yes_price="0.5")
    )


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_retried_create_that_already_landed_returns_the_order(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    api = _retrying(kind, private_pem)
    created: dict[str, str] = {}

    def first(request: httpx.Request) -> httpx.Response:
        created["id"] = json.loads(request.content)["client_order_id"]
        raise httpx.ReadTimeout("lost answer", request=request)

    def listing(request: httpx.Request) -> httpx.Response:
        mine = landed(created["id"])
        return httpx.Response(200, json={"orders": [wire_order("other"), mine], "cursor": ""})

    httpx_mock.add_callback(first, method="POST", url=V2)
    conflict = {"error": {"code": "order_already_exists", "message": "exists"}}
    httpx_mock.add_response(method="POST", url=V2, status_code=409, json=conflict)
    httpx_mock.add_callback(listing, method="GET", url=LOOKUP)
    order = await _create_t(api)
    assert (order.order_id, order.client_order_id, order.ts_ms) == ("mine", created["id"], None)
    posts = [r for r in httpx_mock.get_requests() if r.method == "POST"]
    assert len(posts) == 2
    assert {json.loads(r.content)["client_order_id"] for r in posts} == {created["id"]}


def _lost_then_conflict(httpx_mock: HTTPXMock, created: dict[str, str]) -> None:
    """The first create times out after landing; the retry hears 409 order_already_exists."""

    def first(request: httpx.Request) -> httpx.Response:
        created["id"] = json.loads(request.content)["client_order_id"]
        raise httpx.ReadTimeout("lost answer", request=request)

    httpx_mock.add_callback(first, method="POST", url=V2)
    conflict = {"error": {"code": "order_already_exists", "message": "exists"}}
    httpx_mock.add_response(method="POST", url=V2, status_code=409, json=conflict)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_landed_order_is_found_even_when_reads_lag(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    api = _retrying(kind, private_pem)
    created: dict[str, str] = {}
    _lost_then_conflict(httpx_mock, created)
    lists = 0

    def listing(request: httpx.Request) -> httpx.Response:
        nonlocal lists
        lists += 1  # the new order shows from the third read on
        mine = [landed(created["id"])] if lists >= 3 else []
        return httpx.Response(200, json={"orders": mine, "cursor": ""})

    httpx_mock.add_callback(listing, method="GET", url=LOOKUP, is_reusable=True)
    order = await _create_t(api)
    assert order.order_id == "mine" and lists == 3


OLDER = [{"action": "sell", "book_side": "ask", "side": "yes"}, {"yes_price_dollars": "0.1000"},
         {"initial_count_fp": "7.00"}, {"ticker": "U"}, {"order_group_id": "g9"}]  # fmt: skip


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("differs", OLDER)
async def test_an_older_order_reusing_the_id_is_not_taken_for_the_new_one(
    kind: str, differs: dict[str, str], private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    api = _retrying(kind, private_pem)
    created: dict[str, str] = {}
    _lost_then_conflict(httpx_mock, created)

    def listing(request: httpx.Request) -> httpx.Response:
        # Same client_order_id, but another order: an earlier one of the caller's.
        old = {**landed(created["id"]), "order_id": "old", **differs}
        return httpx.Response(200, json={"orders": [old], "cursor": ""})

    httpx_mock.add_callback(listing, method="GET", url=LOOKUP, is_reusable=True)
    with pytest.raises(kalshi.ConflictError) as caught:
        await _create_t(api)
    error = caught.value
    # The id belongs to that older order, so Kalshi refused ours: the outcome is known.
    assert not error.outcome_unknown and error.client_order_id == created["id"]


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_conflict_whose_lookup_fails_is_outcome_unknown(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    api = _retrying(kind, private_pem)
    created: dict[str, str] = {}
    _lost_then_conflict(httpx_mock, created)
    httpx_mock.add_response(method="GET", url=LOOKUP, status_code=503, is_reusable=True)
    with pytest.raises(kalshi.InternalServerError) as caught:
        await _create_t(api)
    error = caught.value
    assert error.outcome_unknown and error.client_order_id == created["id"]
    assert created["id"] in str(error)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_the_lookup_is_bounded_by_pages(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    api = _retrying(kind, private_pem)
    created: dict[str, str] = {}
    _lost_then_conflict(httpx_mock, created)
    pages = 0

    def endless(request: httpx.Request) -> httpx.Response:
        nonlocal pages
        pages += 1  # an empty page with a new cursor, every time
        return httpx.Response(200, json={"orders": [], "cursor": f"c{pages}"})

    httpx_mock.add_callback(
        endless, method="GET", url=re.compile(re.escape(LOOKUP) + ".*"), is_reusable=True
    )
    with pytest.raises(kalshi.ConflictError) as caught:
        await _create_t(api)
    assert pages == 25  # five pages in each of five rounds
    assert caught.value.outcome_unknown and "25 pages" in str(caught.value)
    assert "5 pages a round were read" in str(caught.value)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_the_lookup_stops_at_the_deadline(
    kind: str,
    private_pem: str,
    httpx_mock: HTTPXMock,
    no_backoff: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kalshi.resources import orders

    api = _retrying(kind, private_pem)
    created: dict[str, str] = {}
    _lost_then_conflict(httpx_mock, created)
    httpx_mock.add_response(method="GET", url=LOOKUP, json={"orders": [], "cursor": "next"})
    # The clock jumps past the call's deadline once the first page is read.
    now = [0.0]
    monkeypatch.setattr(orders.time, "monotonic", lambda: now[0])

    def later(request: httpx.Request) -> httpx.Response:
        now[0] = 1e9
        return httpx.Response(200, json={"orders": [], "cursor": "next"})

    httpx_mock.reset()
    _lost_then_conflict(httpx_mock, created)
    httpx_mock.add_callback(later, method="GET", url=LOOKUP)
    with pytest.raises(kalshi.ConflictError) as caught:
        await _create_t(api)
    assert "1 pages" in str(caught.value) and "deadline passed" in str(caught.value)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_create_that_timed_out_every_time_names_its_client_order_id(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    api = _retrying(kind, private_pem, retries=1)
    ids: list[str] = []

    def lost(request: httpx.Request) -> httpx.Response:
        ids.append(json.loads(request.content)["client_order_id"])
        raise httpx.ReadTimeout("lost answer", request=request)

    httpx_mock.add_callback(lost, method="POST", url=V2, is_reusable=True)
    with pytest.raises(kalshi.APITimeoutError) as caught:
        await _create_t(api)
    error = caught.value
    assert len(ids) == 2 and len(set(ids)) == 1  # both attempts carried the same id
    assert error.outcome_unknown and error.client_order_id == ids[0]
    assert ids[0] in str(error)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_an_unreadable_success_is_resolved_by_looking_the_order_up(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    api = _retrying(kind, private_pem)
    created: dict[str, str] = {}

    def cut_short(request: httpx.Request) -> httpx.Response:
        created["id"] = json.loads(request.content)["client_order_id"]
        return httpx.Response(201, content=b'{"order_id": "mi')

    def listing(request: httpx.Request) -> httpx.Response:
        mine = landed(created["id"])
        return httpx.Response(200, json={"orders": [mine], "cursor": ""})

    httpx_mock.add_callback(cut_short, method="POST", url=V2)
    httpx_mock.add_callback(listing, method="GET", url=LOOKUP)
    order = await _create_t(api)
    assert isinstance(order, kalshi.CreateOrderV2Response)
    assert (order.order_id, order.ts_ms, order.average_fill_price) == ("mine", None, None)
    assert len([r for r in httpx_mock.get_requests() if r.method == "POST"]) == 1  # not resent


async def test_a_first_attempt_conflict_is_an_error(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=V2, status_code=409,
                            json={"error": {"code": "order_already_exists", "message": "exists"}})  # fmt: skip
    with pytest.raises(kalshi.ConflictError):
        await api(lambda c: c.orders.create(ticker="T", side="yes", action="buy", count=1,
                                            yes_price="0.5", client_order_id="dup"))  # fmt: skip


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_conflict_after_a_rate_limited_attempt_is_an_error(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    # A 429 attempt did nothing, so the retry's 409 means the id was already taken before
    # this call: an error, not an order of this call to look up.
    httpx_mock.add_response(method="POST", url=V2, status_code=429)
    conflict = {"error": {"code": "order_already_exists", "message": "exists"}}
    httpx_mock.add_response(method="POST", url=V2, status_code=409, json=conflict)
    with pytest.raises(kalshi.ConflictError) as caught:
        await _create_t(_retrying(kind, private_pem))
    assert caught.value.retries_taken == 1 and not caught.value.outcome_unknown
    assert [r.method for r in httpx_mock.get_requests()] == ["POST", "POST"]  # no lookup


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_cancel_whose_retry_hears_404_reads_the_order_back(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    def lost(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("lost answer", request=request)

    httpx_mock.add_callback(lost, method="DELETE", url=f"{V2}/o1")
    httpx_mock.add_response(method="DELETE", url=f"{V2}/o1", status_code=404,
                            json={"error": {"code": "not_found", "message": "not found"}})  # fmt: skip
    httpx_mock.add_response(
        method="GET", url=f"{ORDERS}/o1", json={"order": wire_order("o1", status="canceled")}
    )
    canceled = await _retrying(kind, private_pem)(lambda c: c.orders.cancel("o1"))
    assert (canceled.order_id, canceled.client_order_id, canceled.reduced_by) == ("o1", "c1", None)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_an_amend_whose_answer_was_lost_is_read_back(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    def lost(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("lost answer", request=request)

    httpx_mock.add_callback(lost, method="POST", url=f"{V2}/o1/amend")
    httpx_mock.add_response(method="POST", url=f"{V2}/o1/amend", status_code=409,
                            json={"error": {"code": "order_already_exists", "message": "exists"}})  # fmt: skip
    amended_order = wire_order("o1", client_order_id="new", yes_price_dollars="0.4100",
                               fill_count_fp="2.00", remaining_count_fp="4.00")  # fmt: skip
    httpx_mock.add_response(method="GET", url=f"{ORDERS}/o1", json={"order": amended_order})
    amended = await _retrying(kind, private_pem)(lambda c: c.orders.amend_v2(
        "o1", ticker="T", side="bid", price="0.41", count=6, updated_client_order_id="new"))  # fmt: skip
    assert (amended.client_order_id, amended.fill_count, amended.remaining_count) == (
        "new",
        "2.00",
        "4.00",
    )


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_relative_decrease_is_never_sent_twice(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    def lost(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("lost answer", request=request)

    httpx_mock.add_callback(lost, method="POST", url=f"{V2}/o1/decrease")
    with pytest.raises(kalshi.APITimeoutError) as caught:
        await _retrying(kind, private_pem)(lambda c: c.orders.decrease_v2("o1", reduce_by=1))
    assert caught.value.outcome_unknown and "orders.get('o1')" in str(caught.value)
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_retried_batch_create_reads_back_the_orders_that_landed(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    sent: list[dict[str, Any]] = []

    def lost(request: httpx.Request) -> httpx.Response:
        sent.extend(json.loads(request.content)["orders"])
        raise httpx.ReadTimeout("lost answer", request=request)

    def retry(request: httpx.Request) -> httpx.Response:
        again = json.loads(request.content)["orders"]
        assert [o["client_order_id"] for o in again] == [o["client_order_id"] for o in sent]
        return httpx.Response(201, json={"orders": [
            {"client_order_id": again[0]["client_order_id"],
             "error": {"code": "order_already_exists", "message": "exists"}},
            {"order_id": "o2", "client_order_id": again[1]["client_order_id"], "fill_count": "0.00",
             "remaining_count": "2.50", "ts_ms": 3},
        ]})  # fmt: skip

    def listing(request: httpx.Request) -> httpx.Response:
        mine = wire_order("o1", client_order_id=sent[0]["client_order_id"], ticker="T", book_side="ask",
                          yes_price_dollars="0.3000", initial_count_fp="2.50")  # fmt: skip
        return httpx.Response(200, json={"orders": [mine], "cursor": ""})

    httpx_mock.add_callback(lost, method="POST", url=f"{V2}/batched")
    httpx_mock.add_callback(retry, method="POST", url=f"{V2}/batched")
    httpx_mock.add_callback(listing, method="GET", url=LOOKUP)
    result = await _retrying(kind, private_pem)(lambda c: c.orders.batch_create_v2(
        orders=[dict(V2_FIELDS, time_in_force="good_till_canceled"), V2_FIELDS]))  # fmt: skip
    assert [(i.order_id, i.error) for i in result.orders] == [("o1", None), ("o2", None)]
    # The result read back is built as Kalshi would have answered, less ts_ms and averages.
    assert isinstance(result, kalshi.BatchCreateOrdersV2Response) and result.failed == []
    assert result.orders[0].to_dict() == {
        "order_id": "o1",
        "client_order_id": sent[0]["client_order_id"],
        "fill_count": "0.00",
        "remaining_count": "10.00",
    }


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_retried_batch_cancel_reads_back_what_an_earlier_attempt_canceled(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    def lost(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("lost answer", request=request)

    httpx_mock.add_callback(lost, method="DELETE", url=f"{V2}/batched")
    httpx_mock.add_response(method="DELETE", url=f"{V2}/batched", json={"orders": [
        {"order_id": "o1", "reduced_by": "0.00", "error": {"code": "not_found", "message": "nf"}},
        {"order_id": "o2", "reduced_by": "0.00", "error": {"code": "not_found", "message": "nf"}},
    ]})  # fmt: skip
    httpx_mock.add_response(
        method="GET", url=f"{ORDERS}/o1", json={"order": wire_order("o1", status="canceled")}
    )
    httpx_mock.add_response(
        method="GET", url=f"{ORDERS}/o2", json={"order": wire_order("o2", status="executed")}
    )
    result = await _retrying(kind, private_pem)(
        lambda c: c.orders.batch_cancel_v2(orders=["o1", "o2"])
    )
    assert [(i.order_id, i.error is None) for i in result.orders] == [("o1", True), ("o2", False)]


async def test_exchange_status_is_public(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/exchange/status",
                            json={"exchange_active": True, "trading_active": False, "new": 1})  # fmt: skip
    status = await api(lambda c: c.exchange.status())
    assert (status.exchange_active, status.trading_active, status["new"]) == (True, False, 1)
    (request,) = httpx_mock.get_requests()
    assert "KALSHI-ACCESS-SIGNATURE" not in request.headers


def test_no_code_path_sends_a_retired_order_write() -> None:
    # Kalshi answers 410 on its first order writes; the package must not import them at all.
    import ast
    from pathlib import Path

    retired = {"create_order", "cancel_order", "amend_order", "decrease_order",
               "batch_create_orders", "batch_cancel_orders"}  # fmt: skip
    used: set[str] = set()
    for path in Path(kalshi.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("api.orders"):
                used |= {alias.name for alias in node.names}
    assert used and not used & retired, used & retired


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("answer", [{}, None, [], {"order_id": None, "ts_ms": 1}])
async def test_a_create_answered_without_an_order_is_never_success(
    kind: str, answer: Any, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    httpx_mock.add_response(method="POST", url=V2, status_code=201, json=answer)
    httpx_mock.add_response(
        method="GET", url=LOOKUP, json={"orders": [], "cursor": ""}, is_reusable=True
    )
    with pytest.raises(kalshi.APIResponseError) as caught:
        await _create_t(_retrying(kind, private_pem))
    error = caught.value
    assert error.outcome_unknown and error.client_order_id is not None
    assert len([r for r in httpx_mock.get_requests() if r.method == "POST"]) == 1  # not re-sent


@pytest.mark.parametrize("body", [{"orders": 5}, {"orders": "abc"}, {"orders": [1, 2]}, []])
async def test_a_list_of_the_wrong_type_is_an_error(
    api: Api, httpx_mock: HTTPXMock, body: Any
) -> None:
    httpx_mock.add_response(url=f"{ORDERS}?ticker=T", json=body)
    with pytest.raises(kalshi.APIResponseError):
        await api(lambda c: c.orders.list(ticker="T"))


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_redirected_create_is_not_read_back_as_landed(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    # A redirect is never followed nor a success; it is no sign that the order landed either,
    # so no lookup runs and the error names the redirect.
    httpx_mock.add_response(method="POST", url=V2, status_code=307,
                            headers={"location": "https://elsewhere.example/x"})  # fmt: skip
    with pytest.raises(kalshi.APIResponseError, match=re.escape("redirect to elsewhere.example")):
        await _create_t(_retrying(kind, private_pem))
    assert [r.method for r in httpx_mock.get_requests()] == ["POST"]
