"""Kalshi's rate limits in the simulator: off by default, per member, refilled by the clock."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from kalshi._ratelimit import TIERS
from kalshi.sim import Credentials, Exchange, ManualClock, SimSettings, asgi_transport, create_app
from kalshi.sim.__main__ import _parser
from kalshi.sim._limits import request_cost

from .conftest import BASE_URL, KalshiSigner, v2_order

BASIC = TIERS["basic"]  # read 200/s, 1 s burst; write 100/s, 1 s burst


@pytest.fixture
def settings() -> SimSettings:
    return SimSettings(rate_limit="basic")


@pytest.fixture
async def api(exchange: Exchange, member: Credentials) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=asgi_transport(create_app(exchange)),
        base_url=BASE_URL,
        auth=KalshiSigner(member, exchange.clock),
    ) as http:
        yield http


def test_costs_come_from_the_operation_table() -> None:
    read, write = "read", "write"
    cases = {
        ("POST", "/trade-api/v2/portfolio/events/orders", None): (write, 10),
        ("DELETE", "/trade-api/v2/portfolio/events/orders/abc", None): (write, 2),
        ("GET", "/trade-api/v2/portfolio/orders/abc", None): (read, 2),
        ("GET", "/trade-api/v2/markets", None): (read, 10),
        ("POST", "/trade-api/v2/portfolio/events/orders/batched", '{"orders": [1, 2, 3]}'): (
            write,
            30,
        ),
    }
    for (method, path, body), (bucket, cost) in cases.items():
        found = request_cost(method, path, None if body is None else json.loads(body))
        assert found is not None
        assert (found[0].value, found[1]) == (bucket, cost), (method, path)
    assert request_cost("GET", "/trade-api/v2/nowhere", None) is None


async def test_write_burst_over_budget_gets_kalshis_429(
    api: httpx.AsyncClient, exchange: Exchange
) -> None:
    budget = int(BASIC.write_per_second * BASIC.write_burst_seconds) // 10  # 10 creates
    statuses = [
        (await api.post("/portfolio/events/orders", json=v2_order(count="1"))).status_code
        for _ in range(budget + 2)
    ]
    assert statuses == [201] * budget + [429, 429]
    refused = exchange.journal.filter(status=429)[-1]
    assert refused.method == "POST"
    answer = await api.post("/portfolio/events/orders", json=v2_order(count="1"))
    assert answer.status_code == 429
    assert answer.json() == {"error": "too many requests"}
    assert "retry-after" not in answer.headers
    # Refused requests never reached the exchange, and reads have their own bucket.
    assert len(exchange.orders(exchange.key(api.auth.credentials.key_id)[0])) == budget  # type: ignore[attr-defined,index]
    assert (await api.get("/portfolio/balance")).status_code == 200


async def test_budget_refills_with_the_injected_clock(
    api: httpx.AsyncClient, clock: ManualClock
) -> None:
    for _ in range(10):
        assert (
            await api.post("/portfolio/events/orders", json=v2_order(count="1"))
        ).status_code == 201
    assert (await api.post("/portfolio/events/orders", json=v2_order(count="1"))).status_code == 429
    clock.advance(ms=99)  # 9.9 tokens: not yet one create
    assert (await api.post("/portfolio/events/orders", json=v2_order(count="1"))).status_code == 429
    clock.advance(ms=1)  # 10 tokens
    assert (await api.post("/portfolio/events/orders", json=v2_order(count="1"))).status_code == 201
    assert (await api.post("/portfolio/events/orders", json=v2_order(count="1"))).status_code == 429
    clock.advance(10)  # far more than a second: the bucket is full, not fuller
    statuses = [
        (await api.post("/portfolio/events/orders", json=v2_order(count="1"))).status_code
        for _ in range(11)
    ]
    assert statuses == [201] * 10 + [429]


async def test_a_batch_bills_per_item_and_must_fit_whole(
    api: httpx.AsyncClient, clock: ManualClock
) -> None:
    batch = {"orders": [v2_order(count="1") for _ in range(6)]}
    assert (await api.post("/portfolio/events/orders/batched", json=batch)).status_code == 201
    # 40 tokens left: a batch of 6 (60) does not fit, a single create (10) does.
    assert (await api.post("/portfolio/events/orders/batched", json=batch)).status_code == 429
    assert (await api.post("/portfolio/events/orders", json=v2_order(count="1"))).status_code == 201


async def test_members_have_their_own_buckets_and_reset_refills(
    exchange: Exchange, new_member: object, api: httpx.AsyncClient
) -> None:
    for _ in range(10):
        await api.post("/portfolio/events/orders", json=v2_order(count="1"))
    assert (await api.post("/portfolio/events/orders", json=v2_order(count="1"))).status_code == 429
    other = new_member()  # type: ignore[operator]
    async with httpx.AsyncClient(
        transport=asgi_transport(create_app(exchange)),
        base_url=BASE_URL,
        auth=KalshiSigner(other, exchange.clock),
    ) as second:
        assert (
            await second.post("/portfolio/events/orders", json=v2_order(count="1"))
        ).status_code == 201
    exchange.reset()
    assert (await api.post("/portfolio/events/orders", json=v2_order(count="1"))).status_code == 201


async def test_off_by_default() -> None:
    clock = ManualClock()
    exchange = Exchange(SimSettings(), clock)
    assert exchange.rate_limits is None
    trader = exchange.create_member()
    async with httpx.AsyncClient(
        transport=asgi_transport(create_app(exchange)),
        base_url=BASE_URL,
        auth=KalshiSigner(trader, clock),
    ) as http:
        statuses = {
            (await http.post("/portfolio/events/orders", json=v2_order(count="1"))).status_code
            for _ in range(15)
        }
    assert statuses == {201}


def test_cli_flag_names_the_tiers() -> None:
    assert _parser().parse_args(["--rate-limit", "premier"]).rate_limit == "premier"
    assert _parser().parse_args([]).rate_limit is None
    with pytest.raises(SystemExit):
        _parser().parse_args(["--rate-limit", "gold"])


def test_unknown_tier_is_refused() -> None:
    with pytest.raises(ValueError, match="basic"):
        Exchange(SimSettings(rate_limit="gold"))
