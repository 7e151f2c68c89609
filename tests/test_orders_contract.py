"""Contract tests for orders and exchange status."""

from __future__ import annotations

import json
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


async def test_create_as_documented(api: Api, httpx_mock: HTTPXMock, rsa_key: Any) -> None:
    httpx_mock.add_response(
        method="POST", url=ORDERS, status_code=201, json={"order": wire_order()}
    )
    order = await api(
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
    assert sent == {"ticker": "KXPRES-24-DJT", "side": "yes", "action": "buy", "count": 10,
                    "yes_price_dollars": "0.6500", "order_group_id": "g1"}  # fmt: skip
    verify_signature(request, rsa_key)
    assert isinstance(order, kalshi.Order)
    assert (order.order_id, order.status, order.remaining_count_fp) == ("o1", "resting", "10.00")
    assert order.created_time is not None and order.created_time.year == 2026


async def test_create_with_a_request_object_and_no_price(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST", url=ORDERS, status_code=201, json={"order": wire_order()}
    )
    request = CreateOrderRequest(
        ticker="T-1", side="no", action="buy", count=3, no_price=Decimal("0.3"),
        client_order_id="mine-1", time_in_force="good_till_canceled", post_only=True, subaccount=2,
    )  # fmt: skip
    await api(lambda c: c.orders.create(request=request))
    sent = json.loads(httpx_mock.get_requests()[0].content)
    assert sent == {"ticker": "T-1", "side": "no", "action": "buy", "count": 3, "no_price_dollars": "0.3000",
                    "client_order_id": "mine-1", "time_in_force": "good_till_canceled",
                    "post_only": True, "subaccount": 2}  # fmt: skip


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


async def test_get_and_cancel(api: Api, httpx_mock: HTTPXMock, rsa_key: Any) -> None:
    httpx_mock.add_response(method="GET", url=f"{ORDERS}/o%2F1", json={"order": wire_order("o/1")})
    httpx_mock.add_response(method="DELETE", url=f"{ORDERS}/o1?subaccount=1",
                            json={"order": wire_order(status="canceled"), "reduced_by_fp": "10.00"})  # fmt: skip
    order = await api(lambda c: c.orders.get("o/1"))
    assert order.order_id == "o/1"
    canceled = await api(lambda c: c.orders.cancel("o1", subaccount=1))
    assert isinstance(canceled, kalshi.CanceledOrder)
    assert (canceled.order.status, canceled.reduced_by_fp) == ("canceled", "10.00")
    for request in httpx_mock.get_requests():
        verify_signature(request, rsa_key)


async def test_list_pages_through_the_cursor(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{ORDERS}?ticker=T&status=resting&limit=2",
                            json={"orders": [wire_order("a"), wire_order("b")], "cursor": "p2"})  # fmt: skip
    httpx_mock.add_response(url=f"{ORDERS}?ticker=T&status=resting&limit=2&cursor=p2",
                            json={"orders": [wire_order("c")], "cursor": ""})  # fmt: skip
    orders = await api.collect(api.client.orders.list(ticker="T", status="resting", page_size=2))
    assert [o.order_id for o in orders] == ["a", "b", "c"]
    assert len(httpx_mock.get_requests()) == 2


async def test_list_is_lazy(api: Api, httpx_mock: HTTPXMock) -> None:
    api.client.orders.list(ticker="T")
    assert httpx_mock.get_requests() == []


def _retrying(kind: str, private_pem: str, retries: int = 2) -> Api:
    from conftest import make_client

    return Api(make_client(kind, private_pem, max_retries=retries))


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
        mine = wire_order("mine", client_order_id=created["id"], ticker="T")
        return httpx.Response(200, json={"orders": [wire_order("other"), mine], "cursor": ""})

    httpx_mock.add_callback(first, method="POST", url=ORDERS)
    conflict = {"error": {"code": "order_already_exists", "message": "exists"}}
    httpx_mock.add_response(method="POST", url=ORDERS, status_code=409, json=conflict)
    httpx_mock.add_callback(listing, method="GET", url=f"{ORDERS}?ticker=T")
    order = await _create_t(api)
    assert order.order_id == "mine"
    posts = [r for r in httpx_mock.get_requests() if r.method == "POST"]
    assert len(posts) == 2
    assert {json.loads(r.content)["client_order_id"] for r in posts} == {created["id"]}


def _lost_then_conflict(httpx_mock: HTTPXMock, created: dict[str, str]) -> None:
    """The first create times out after landing; the retry hears 409 order_already_exists."""

    def first(request: httpx.Request) -> httpx.Response:
        created["id"] = json.loads(request.content)["client_order_id"]
        raise httpx.ReadTimeout("lost answer", request=request)

    httpx_mock.add_callback(first, method="POST", url=ORDERS)
    conflict = {"error": {"code": "order_already_exists", "message": "exists"}}
    httpx_mock.add_response(method="POST", url=ORDERS, status_code=409, json=conflict)


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
        mine = [wire_order("mine", client_order_id=created["id"], ticker="T")] if lists >= 3 else []
        return httpx.Response(200, json={"orders": mine, "cursor": ""})

    httpx_mock.add_callback(listing, method="GET", url=f"{ORDERS}?ticker=T", is_reusable=True)
    order = await _create_t(api)
    assert order.order_id == "mine" and lists == 3


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_an_older_order_reusing_the_id_is_not_taken_for_the_new_one(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    api = _retrying(kind, private_pem)
    created: dict[str, str] = {}
    _lost_then_conflict(httpx_mock, created)

    def listing(request: httpx.Request) -> httpx.Response:
        # Same client_order_id, but a sell: an earlier order of the caller's, not this one.
        old = wire_order("old", client_order_id=created["id"], ticker="T", action="sell")
        return httpx.Response(200, json={"orders": [old], "cursor": ""})

    httpx_mock.add_callback(listing, method="GET", url=f"{ORDERS}?ticker=T", is_reusable=True)
    with pytest.raises(kalshi.ConflictError) as caught:
        await _create_t(api)
    error = caught.value
    assert error.outcome_unknown and error.client_order_id == created["id"]
    assert created["id"] in str(error) and "orders.list()" in str(error)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_create_that_timed_out_every_time_names_its_client_order_id(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, no_backoff: None
) -> None:
    api = _retrying(kind, private_pem, retries=1)
    ids: list[str] = []

    def lost(request: httpx.Request) -> httpx.Response:
        ids.append(json.loads(request.content)["client_order_id"])
        raise httpx.ReadTimeout("lost answer", request=request)

    httpx_mock.add_callback(lost, method="POST", url=ORDERS, is_reusable=True)
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
        return httpx.Response(201, content=b'{"order": {"order_id": "mi')

    def listing(request: httpx.Request) -> httpx.Response:
        mine = wire_order("mine", client_order_id=created["id"], ticker="T")
        return httpx.Response(200, json={"orders": [mine], "cursor": ""})

    httpx_mock.add_callback(cut_short, method="POST", url=ORDERS)
    httpx_mock.add_callback(listing, method="GET", url=f"{ORDERS}?ticker=T")
    order = await _create_t(api)
    assert order.order_id == "mine"
    assert len([r for r in httpx_mock.get_requests() if r.method == "POST"]) == 1  # not resent


async def test_a_first_attempt_conflict_is_an_error(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=ORDERS, status_code=409,
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
    httpx_mock.add_response(method="POST", url=ORDERS, status_code=429)
    conflict = {"error": {"code": "order_already_exists", "message": "exists"}}
    httpx_mock.add_response(method="POST", url=ORDERS, status_code=409, json=conflict)
    with pytest.raises(kalshi.ConflictError) as caught:
        await _create_t(_retrying(kind, private_pem))
    assert caught.value.retries_taken == 1 and not caught.value.outcome_unknown
    assert [r.method for r in httpx_mock.get_requests()] == ["POST", "POST"]  # no lookup


async def test_exchange_status_is_public(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/exchange/status",
                            json={"exchange_active": True, "trading_active": False, "new": 1})  # fmt: skip
    status = await api(lambda c: c.exchange.status())
    assert (status.exchange_active, status.trading_active, status["new"]) == (True, False, 1)
    (request,) = httpx_mock.get_requests()
    assert "KALSHI-ACCESS-SIGNATURE" not in request.headers
