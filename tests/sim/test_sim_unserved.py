"""Routing: unserved spec operations answer 501, unknown paths 404, handler crashes 500."""

from __future__ import annotations

import logging

import httpx
import pytest
from kalshi.sim import Exchange
from kalshi.sim._routes import OPERATIONS
from kalshi.sim._spec import spec_operations

SERVED = {(operation.method, operation.template) for operation in OPERATIONS}
UNSERVED = sorted(set(spec_operations()) - SERVED)


def _concrete(template: str) -> str:
    """A request path for a template, with a UUID-shaped value for every parameter."""
    parts = [
        "0b0c7c36-3b5e-4a51-9b0e-6cf0e0d7a001" if part.startswith("{") else part
        for part in template.split("/")
    ]
    return "/".join(parts)


def test_the_spec_has_operations_the_simulator_does_not_serve() -> None:
    assert ("GET", "/communications/block-trade-proposals") in UNSERVED
    assert set(spec_operations()) >= SERVED, "every served operation is in the spec"


@pytest.mark.parametrize(("method", "template"), UNSERVED)
async def test_every_unserved_spec_operation_answers_501(
    client: httpx.AsyncClient, method: str, template: str
) -> None:
    response = await client.request(method, _concrete(template))
    assert response.status_code == 501
    assert response.json() == {
        "error": {
            "code": "not_implemented",
            "message": "not implemented",
            "details": f"{method} {template} is not served by kalshi.sim",
        }
    }


@pytest.mark.parametrize(
    ("method", "path", "template"),
    [
        (
            "POST",
            "/communications/block-trade-proposals/0b0c7c36-3b5e-4a51-9b0e-6cf0e0d7a001/accept",
            "/communications/block-trade-proposals/{block_trade_proposal_id}/accept",
        ),
        (
            "GET",
            "/portfolio/summary/total_resting_order_value",
            "/portfolio/summary/total_resting_order_value",
        ),
    ],
)
async def test_a_literal_path_is_not_swallowed_by_a_parameter_route(
    client: httpx.AsyncClient, method: str, path: str, template: str
) -> None:
    response = await client.request(method, path)
    assert response.status_code == 501, response.text
    assert response.json()["error"]["details"] == f"{method} {template} is not served by kalshi.sim"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/portfolio/orders/queue_positions?market_tickers=KXTEST-26-YES", {"queue_positions": []}),
        (
            "/markets/candlesticks?market_tickers=KXTEST-26-YES&start_ts=0&end_ts=1&period_interval=1",
            {"markets": [{"market_ticker": "KXTEST-26-YES", "candlesticks": []}]},
        ),
    ],
)
async def test_a_served_literal_path_reaches_its_own_handler(
    client: httpx.AsyncClient, path: str, expected: object
) -> None:
    response = await client.get(path)
    assert response.status_code == 200, response.text
    assert response.json() == expected


async def test_the_v2_batch_cancel_is_still_served_and_not_read_as_an_order_id(
    client: httpx.AsyncClient,
) -> None:
    response = await client.request(
        "DELETE",
        "/portfolio/events/orders/batched",
        json={"orders": [{"order_id": "0b0c7c36-3b5e-4a51-9b0e-6cf0e0d7a001"}]},
    )
    assert response.status_code == 200
    assert response.json()["orders"][0]["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/no/such/path"),
        ("GET", "/portfolio/orders/0b0c7c36-3b5e-4a51-9b0e-6cf0e0d7a001/nothing"),
        ("PATCH", "/portfolio/balance"),  # a spec path, but not with this method
    ],
)
async def test_a_path_outside_the_spec_stays_404(
    client: httpx.AsyncClient, method: str, path: str
) -> None:
    response = await client.request(method, path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


async def test_an_unexpected_handler_error_is_logged_and_answered_with_500(
    client: httpx.AsyncClient,
    exchange: Exchange,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(exchange, "list_groups", explode)
    with caplog.at_level(logging.ERROR, logger="kalshi.sim"):
        response = await client.get("/portfolio/order_groups")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "internal_server_error"
    assert any("unexpected error" in record.getMessage() for record in caplog.records)
