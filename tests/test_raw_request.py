"""client.request: any API path, signed, retried by its operation's safety, errors mapped."""

from __future__ import annotations

import json
from typing import Any

import kalshi
import pytest
from conftest import BASE, Api, make_client, verify_signature
from pytest_httpx import HTTPXMock


@pytest.fixture(params=["sync", "async"])
def retrying(request: pytest.FixtureRequest, private_pem: str, no_backoff: None) -> Api:
    return Api(make_client(str(request.param), private_pem, max_retries=2))


async def test_a_get_is_signed_and_returns_the_decoded_json(
    api: Api, httpx_mock: HTTPXMock, rsa_key: Any
) -> None:
    httpx_mock.add_response(
        url=f"{BASE}/markets?limit=1&status=open", json={"markets": [], "cursor": "c"}
    )
    body = await api(lambda c: c.request("get", "/markets", params={"limit": 1, "status": "open"}))
    assert body == {"markets": [], "cursor": "c"}
    verify_signature(httpx_mock.get_requests()[0], rsa_key)


async def test_the_api_prefix_may_be_given_and_a_body_is_sent(
    api: Api, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="DELETE", url=f"{BASE}/portfolio/events/orders/batched",
                            json={"orders": []})  # fmt: skip
    sent = {"orders": [{"order_id": "o1"}]}
    body = await api(
        lambda c: c.request("DELETE", "/trade-api/v2/portfolio/events/orders/batched", json=sent)
    )
    assert body == {"orders": []}
    assert json.loads(httpx_mock.get_requests()[0].content) == sent


async def test_an_empty_answer_is_none(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="DELETE", url=f"{BASE}/portfolio/events/orders", status_code=204)
    assert await api(lambda c: c.request("DELETE", "/portfolio/events/orders")) is None


async def test_a_spec_read_is_retried(retrying: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/portfolio/orders/o1", status_code=503)
    httpx_mock.add_response(url=f"{BASE}/portfolio/orders/o1", json={"order": {"order_id": "o1"}})
    assert await retrying(lambda c: c.request("GET", "/portfolio/orders/o1")) == {
        "order": {"order_id": "o1"}
    }


async def test_a_keyed_create_is_retried(retrying: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=f"{BASE}/portfolio/events/orders", status_code=502)
    httpx_mock.add_response(method="POST", url=f"{BASE}/portfolio/events/orders", status_code=201,
                            json={"order_id": "o1"})  # fmt: skip
    body = await retrying(
        lambda c: c.request("POST", "/portfolio/events/orders", json={"client_order_id": "k"})
    )
    assert body == {"order_id": "o1"} and len(httpx_mock.get_requests()) == 2


@pytest.mark.parametrize("path", ["/portfolio/order_groups/create", "/not/in/the/spec"])
async def test_a_create_without_a_key_and_an_unknown_write_are_sent_once(
    retrying: Api, httpx_mock: HTTPXMock, path: str
) -> None:
    httpx_mock.add_response(method="POST", url=f"{BASE}{path}", status_code=503)
    with pytest.raises(kalshi.InternalServerError) as caught:
        await retrying(lambda c: c.request("POST", path, json={}))
    assert caught.value.outcome_unknown and "before sending it again" in str(caught.value)
    assert len(httpx_mock.get_requests()) == 1


async def test_errors_are_the_sdks(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/markets/NOPE", status_code=404,
                            json={"error": {"code": "not_found", "message": "not found"}})  # fmt: skip
    with pytest.raises(kalshi.NotFoundError) as caught:
        await api(lambda c: c.request("GET", "/markets/NOPE"))
    assert caught.value.code == "not_found" and not caught.value.outcome_unknown


async def test_costs_come_from_the_operation(
    api: Api, httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kalshi._ratelimit import TIERS, RateLimiter

    limiter = RateLimiter(TIERS["premier"])
    costs: list[tuple[Any, int]] = []
    monkeypatch.setattr(limiter, "reserve", lambda b, c: costs.append((b.value, c)) or 0.0)
    api.client._limiter = limiter
    httpx_mock.add_response(method="DELETE", url=f"{BASE}/portfolio/events/orders/o%201",
                            json={"order_id": "o 1", "reduced_by": "1.00", "ts_ms": 1})  # fmt: skip
    httpx_mock.add_response(url=f"{BASE}/exchange/status", json={})
    await api(lambda c: c.request("DELETE", "/portfolio/events/orders/o%201"))
    await api(lambda c: c.request("GET", "/exchange/status"))
    assert costs == [("write", 2), ("read", 10)]


@pytest.mark.parametrize(
    ("method", "path", "error"),
    [("GET", "https://evil.example/x", ValueError), ("GET", "markets", ValueError),
     ("GET", "/markets?limit=1", ValueError), ("FETCH", "/markets", ValueError),
     (None, "/markets", ValueError), ("GET", 5, ValueError)],
)  # fmt: skip
async def test_bad_requests_raise_before_sending(
    api: Api, httpx_mock: HTTPXMock, method: Any, path: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        await api(lambda c: c.request(method, path))
    with pytest.raises(TypeError):
        await api(lambda c: c.request("GET", "/markets", params=[("a", 1)]))
    assert httpx_mock.get_requests() == []
