"""The V2 order writes: the spec's required fields are required arguments, checked before sending."""

from __future__ import annotations

import inspect
import re
import typing
from pathlib import Path
from typing import Any

import kalshi
import pytest
from conftest import Api
from kalshi.resources.orders import AsyncOrdersResource, OrdersResource
from pytest_httpx import HTTPXMock

CREATE = {"ticker": "T", "side": "bid", "price": "0.3", "count": "2",
          "time_in_force": "good_till_canceled", "self_trade_prevention_type": "maker"}  # fmt: skip
AMEND = {"ticker": "T", "side": "bid", "price": "0.41", "count": 6}
REQUIRED = {
    "create_v2": set(CREATE),
    "amend_v2": set(AMEND),
    "batch_create_v2": {"orders"},
    "batch_cancel_v2": {"orders"},
}
API_MD = Path(__file__).resolve().parent.parent / "docs" / "reference" / "api.md"


@pytest.mark.parametrize("missing", sorted(CREATE))
async def test_create_v2_without_a_required_field_is_a_type_error_before_sending(
    api: Api, httpx_mock: HTTPXMock, missing: str
) -> None:
    fields = {name: value for name, value in CREATE.items() if name != missing}
    with pytest.raises(TypeError, match=rf"create_v2\(\) missing required .*'{missing}'"):
        await api(lambda c: c.orders.create_v2(**fields))
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("missing", sorted(AMEND))
async def test_amend_v2_without_a_required_field_is_a_type_error_before_sending(
    api: Api, httpx_mock: HTTPXMock, missing: str
) -> None:
    fields = {name: value for name, value in AMEND.items() if name != missing}
    with pytest.raises(TypeError, match=rf"amend_v2\(\) missing required .*'{missing}'"):
        await api(lambda c: c.orders.amend_v2("o1", **fields))
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("method", ["batch_create_v2", "batch_cancel_v2"])
async def test_a_batch_without_orders_is_a_type_error_before_sending(
    api: Api, httpx_mock: HTTPXMock, method: str
) -> None:
    with pytest.raises(TypeError, match=rf"{method}\(\) missing required .*'orders'"):
        await api(lambda c: getattr(c.orders, method)())
    assert httpx_mock.get_requests() == []


async def test_a_request_model_alone_still_works(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        json={"order_id": "o1", "client_order_id": "c1", "fill_count": "0.00",
              "remaining_count": "2.00", "ts_ms": 1},
        status_code=201,
    )  # fmt: skip
    request = kalshi.CreateOrderV2Request(**CREATE)
    created = await api(lambda c: c.orders.create_v2(request=request))
    assert created.order_id == "o1"


@pytest.mark.parametrize("resource", [OrdersResource, AsyncOrdersResource])
@pytest.mark.parametrize("method", sorted(REQUIRED))
def test_the_field_overload_has_the_required_fields_without_defaults(
    resource: type[Any], method: str
) -> None:
    overloads = typing.get_overloads(getattr(resource, method))
    assert len(overloads) == 2
    by_request = [o for o in overloads if "request" in inspect.signature(o).parameters]
    by_fields = [o for o in overloads if "request" not in inspect.signature(o).parameters]
    assert len(by_request) == len(by_fields) == 1
    request = inspect.signature(by_request[0]).parameters["request"]
    assert (request.kind, request.default) == (inspect.Parameter.KEYWORD_ONLY, request.empty)
    parameters = inspect.signature(by_fields[0]).parameters
    required = {
        name
        for name, parameter in parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and parameter.default is parameter.empty
    }
    assert required == REQUIRED[method]


@pytest.mark.parametrize("method", sorted(REQUIRED))
def test_the_api_reference_shows_the_required_fields(method: str) -> None:
    text = API_MD.read_text(encoding="utf-8")
    section = text.split(f"### `client.orders.{method}`", 1)[1].split("\n### ", 1)[0]
    assert section.count("@overload") == 2
    for name in REQUIRED[method]:
        shown = re.search(rf"\b{name}: [^=,\n]+?(?:,|\) ->)", section)
        assert shown, f"{method}: {name} is not shown as required"
