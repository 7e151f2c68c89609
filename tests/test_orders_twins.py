"""The async orders resource is its sync twin awaited: one signature, docstring and check."""

from __future__ import annotations

import inspect
import typing

import pytest
from conftest import Api
from kalshi.resources.orders import AsyncOrdersResource, OrdersResource
from pytest_httpx import HTTPXMock

WRITTEN = sorted(
    name for name, member in vars(OrdersResource).items()
    if not name.startswith("_") and inspect.isfunction(member)
)  # fmt: skip


def test_every_hand_written_method_has_an_async_twin() -> None:
    assert "create_v2" in WRITTEN
    assert [name for name in WRITTEN if name not in vars(AsyncOrdersResource)] == []


@pytest.mark.parametrize("name", WRITTEN)
def test_the_async_twin_keeps_the_signature_docstring_and_overloads(name: str) -> None:
    sync, twin = getattr(OrdersResource, name), getattr(AsyncOrdersResource, name)
    assert inspect.iscoroutinefunction(twin)
    assert not inspect.iscoroutinefunction(sync)
    assert inspect.signature(twin) == inspect.signature(sync)
    assert twin.__doc__ == sync.__doc__ and (twin.__doc__ or "").strip()
    overloads = [inspect.signature(o) for o in typing.get_overloads(sync)]
    assert [inspect.signature(o) for o in typing.get_overloads(twin)] == overloads


async def test_cancel_all_sends_one_delete_and_returns_none(
    api: Api, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="DELETE", json={})
    assert await api(lambda c: c.orders.cancel_all_v2(subaccount=2)) is None
    (request,) = httpx_mock.get_requests()
    assert (request.method, request.url.path) == ("DELETE", "/trade-api/v2/portfolio/events/orders")
    assert request.url.params["subaccount"] == "2"


async def test_a_bad_argument_is_refused_the_same_by_both_twins(
    api: Api, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(ValueError, match="give exactly one of reduce_by and reduce_to"):
        await api(lambda c: c.orders.decrease_v2("o1"))
    assert httpx_mock.get_requests() == []
