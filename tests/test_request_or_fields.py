"""The orders' writes take `request=` (a request model) or the fields as kwargs, never both."""

from __future__ import annotations

from typing import Any

import kalshi
import pytest
from conftest import Api
from kalshi.resources.orders import CreateOrderRequest
from pytest_httpx import HTTPXMock

V2 = {"ticker": "T", "side": "bid", "price": "0.3", "count": "2",
      "time_in_force": "good_till_canceled", "self_trade_prevention_type": "maker"}  # fmt: skip
AMEND = {"ticker": "T", "side": "bid", "price": "0.41", "count": "6"}


def _both(name: str) -> Any:
    """A call of write `name` with a request model and one field besides."""
    calls: dict[str, Any] = {
        "create": lambda c: c.orders.create(
            request=CreateOrderRequest(
                ticker="T", side="yes", action="buy", count=1, yes_price="0.5"
            ),
            ticker="U",
        ),
        "create_v2": lambda c: c.orders.create_v2(
            request=kalshi.CreateOrderV2Request(**V2), ticker="U"
        ),
        "batch_create_v2": lambda c: c.orders.batch_create_v2(
            request=kalshi.BatchCreateOrdersV2Request(orders=[]), orders=[V2]
        ),
        "amend_v2": lambda c: c.orders.amend_v2(
            "o1", request=kalshi.AmendOrderV2Request(**AMEND), ticker="U"
        ),
        "decrease_v2": lambda c: c.orders.decrease_v2(
            "o1", request=kalshi.DecreaseOrderV2Request(reduce_by="1"), reduce_to="1"
        ),
    }
    return calls[name]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("create", r"pass either request= or order fields, not both \(got ticker\)"),
        ("create_v2", r"pass either request= or fields, not both \(got ticker\)"),
        ("batch_create_v2", r"pass either request= or fields, not both \(got orders\)"),
        ("amend_v2", r"pass either request= or fields, not both \(got ticker\)"),
        ("decrease_v2", r"pass either request= or fields, not both \(got reduce_to\)"),
    ],
)
async def test_a_request_model_and_fields_together_are_refused_before_sending(
    api: Api, httpx_mock: HTTPXMock, name: str, message: str
) -> None:
    with pytest.raises(TypeError, match=f"^{message}$"):
        await api(_both(name))
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("create", "CreateOrderRequest"),
        ("create_v2", "CreateOrderV2Request"),
        ("batch_create_v2", "BatchCreateOrdersV2Request"),
        ("batch_cancel_v2", "BatchCancelOrdersV2Request"),
        ("amend_v2", "AmendOrderV2Request"),
        ("decrease_v2", "DecreaseOrderV2Request"),
    ],
)
async def test_a_request_of_another_type_is_refused_before_sending(
    api: Api, httpx_mock: HTTPXMock, name: str, model: str
) -> None:
    args = ("o1",) if name in ("amend_v2", "decrease_v2") else ()
    with pytest.raises(TypeError, match=f"^request must be a {model}, got dict$"):
        await api(lambda c: getattr(c.orders, name)(*args, request={"ticker": "T"}))
    assert httpx_mock.get_requests() == []


async def test_a_generated_write_names_what_it_got_both_of(api: Api, httpx_mock: HTTPXMock) -> None:
    quotes = api.client.communications.quotes
    from kalshi_openapi.models import CreateQuoteRequest

    request = CreateQuoteRequest(rfq_id="r1", yes_bid="0.5", no_bid="0.4", rest_remainder=False)
    with pytest.raises(
        TypeError, match=r"^pass either request= or fields, not both \(got rfq_id\)$"
    ):
        await api(lambda c: quotes.create(request=request, rfq_id="r2"))
    assert httpx_mock.get_requests() == []
