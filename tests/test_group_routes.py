"""The routes a client remembers for order groups: bounded, and forgotten when a group is gone."""

from __future__ import annotations

from typing import Any

import kalshi
import pytest
from conftest import BASE, Api
from kalshi._group_routes import MAX_GROUP_ROUTES, GroupRoutes
from pytest_httpx import HTTPXMock

GROUPS = f"{BASE}/portfolio/order_groups"
NOT_FOUND = {"error": {"code": "not_found", "message": "order group not found"}}


def test_the_routes_stay_bounded() -> None:
    routes = GroupRoutes()
    for n in range(50_000):
        routes.remember(f"g{n}", n % 64, 0)
    assert len(routes) == MAX_GROUP_ROUTES
    assert routes.lookup("g49999") == (49999 % 64, 0)
    assert routes.lookup(f"g{50_000 - MAX_GROUP_ROUTES}") == ((50_000 - MAX_GROUP_ROUTES) % 64, 0)
    assert routes.lookup(f"g{50_000 - MAX_GROUP_ROUTES - 1}") == (None, None)
    assert routes.lookup("g0") == (None, None)


def test_the_least_recently_used_route_goes_first() -> None:
    routes = GroupRoutes(max_size=3)
    routes.remember("a", 1, 0)
    routes.remember("b", 2, 0)
    routes.remember("c", 3, 0)
    assert routes.lookup("a") == (1, 0)  # a is used: b is now the oldest
    routes.remember("d", 4, 0)
    assert routes.lookup("b") == (None, None)
    assert [routes.lookup(g) for g in "acd"] == [(1, 0), (3, 0), (4, 0)]
    routes.remember("c", 5, 1)  # seen again elsewhere: updated, and the newest
    routes.remember("e", 6, 0)
    assert routes.lookup("a") == (None, None)
    assert routes.lookup("c") == (5, 1)
    assert len(routes) == 3


def test_a_bound_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="max_size"):
        GroupRoutes(max_size=0)


async def _created_on_subaccount_3(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{GROUPS}/create",
        status_code=201,
        json={"order_group_id": "g1", "subaccount": 3, "exchange_index": 0},
    )
    await api(lambda c: c.order_groups.create(contracts_limit=10, subaccount=3))
    assert api.client._routes.lookup("g1") == (3, 0)


# (name, call answered 404, URL it is sent to)
GONE: list[tuple[str, Any, str, str]] = [
    ("get", lambda c: c.order_groups.get("g1"), "GET", f"{GROUPS}/g1"),
    ("get-sub", lambda c: c.order_groups.get("g1", subaccount=3), "GET", f"{GROUPS}/g1?subaccount=3"),
    ("delete", lambda c: c.order_groups.delete("g1", subaccount=3), "DELETE", f"{GROUPS}/g1?subaccount=3"),
    ("reset", lambda c: c.order_groups.reset("g1", subaccount=3), "PUT", f"{GROUPS}/g1/reset?subaccount=3"),
    ("trigger", lambda c: c.order_groups.trigger("g1", subaccount=3, exchange_index=0), "PUT", f"{GROUPS}/g1/trigger?subaccount=3&exchange_index=0"),
    ("limit", lambda c: c.order_groups.update_limit("g1", contracts_limit=5), "PUT", f"{GROUPS}/g1/limit?subaccount=3&exchange_index=0"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "action", "method", "url"), GONE, ids=[g[0] for g in GONE])
async def test_a_404_where_the_group_lives_forgets_it(
    api: Api, httpx_mock: HTTPXMock, name: str, action: Any, method: str, url: str
) -> None:
    await _created_on_subaccount_3(api, httpx_mock)
    httpx_mock.add_response(method=method, url=url, status_code=404, json=NOT_FOUND)
    with pytest.raises(kalshi.NotFoundError):
        await api(action)
    assert api.client._routes.lookup("g1") == (None, None)
    assert len(api.client._routes) == 0


# A 404 from a subaccount or shard other than the remembered one says nothing of where the
# group lives: the route is kept.
MISSED: list[tuple[str, Any, str, str]] = [
    ("get-other-sub", lambda c: c.order_groups.get("g1", subaccount=5), "GET", f"{GROUPS}/g1?subaccount=5"),
    ("delete-default-sub", lambda c: c.order_groups.delete("g1"), "DELETE", f"{GROUPS}/g1"),
    ("reset-other-sub", lambda c: c.order_groups.reset("g1", subaccount=4), "PUT", f"{GROUPS}/g1/reset?subaccount=4"),
    ("trigger-other-shard", lambda c: c.order_groups.trigger("g1", subaccount=3, exchange_index=1), "PUT", f"{GROUPS}/g1/trigger?subaccount=3&exchange_index=1"),
    ("limit-other-shard", lambda c: c.order_groups.update_limit("g1", contracts_limit=5, exchange_index=2), "PUT", f"{GROUPS}/g1/limit?subaccount=3&exchange_index=2"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "action", "method", "url"), MISSED, ids=[m[0] for m in MISSED])
async def test_a_404_elsewhere_keeps_the_route(
    api: Api, httpx_mock: HTTPXMock, name: str, action: Any, method: str, url: str
) -> None:
    await _created_on_subaccount_3(api, httpx_mock)
    httpx_mock.add_response(method=method, url=url, status_code=404, json=NOT_FOUND)
    with pytest.raises(kalshi.NotFoundError):
        await api(action)
    assert api.client._routes.lookup("g1") == (3, 0)


async def test_after_a_404_the_limit_goes_to_the_default_subaccount(
    api: Api, httpx_mock: HTTPXMock
) -> None:
    await _created_on_subaccount_3(api, httpx_mock)
    httpx_mock.add_response(method="GET", url=f"{GROUPS}/g1", status_code=404, json=NOT_FOUND)
    with pytest.raises(kalshi.NotFoundError):
        await api(lambda c: c.order_groups.get("g1"))
    httpx_mock.add_response(method="PUT", url=f"{GROUPS}/g1/limit", json={})
    await api(lambda c: c.order_groups.update_limit("g1", contracts_limit=5))


async def test_other_errors_keep_the_route(api: Api, httpx_mock: HTTPXMock) -> None:
    await _created_on_subaccount_3(api, httpx_mock)
    httpx_mock.add_response(method="GET", url=f"{GROUPS}/g1", status_code=500, json={})
    with pytest.raises(kalshi.InternalServerError):
        await api(lambda c: c.order_groups.get("g1"))
    assert api.client._routes.lookup("g1") == (3, 0)
