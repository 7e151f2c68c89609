"""Requests the spec forbids get 400 in the matching Kalshi error shape."""

from __future__ import annotations

import httpx
import pytest

GROUPS = "/portfolio/order_groups"
V2 = "/portfolio/events/orders"
ORDER = {
    "ticker": "KXTEST-26-YES",
    "side": "bid",
    "count": "1",
    "price": "0.05",
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "taker_at_cross",
}


@pytest.mark.parametrize(
    ("params", "name"),
    [({"limit": 1001}, "limit"), ({"limit": 0}, "limit"), ({"subaccount": "x"}, "subaccount")],
)
async def test_bad_query_parameter_gets_the_bare_msg_body(
    client: httpx.AsyncClient, params: dict[str, object], name: str
) -> None:
    path = "/portfolio/orders" if name == "limit" else GROUPS
    response = await client.get(path, params=params)
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"msg"}
    assert body["msg"].startswith(f"Parameter validation failed for {name}")


async def test_unknown_query_parameters_are_allowed(client: httpx.AsyncClient) -> None:
    response = await client.get(GROUPS, params={"whatever": "1"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {**ORDER, "count": 1},
        {**ORDER, "count": 1.5},
        {**ORDER, "price": 0.05},
        {**ORDER, "post_only": "yes"},
        {**ORDER, "expiration_time": "soon"},
    ],
)
async def test_wrong_json_types_get_the_flat_bad_request_body(
    client: httpx.AsyncClient, body: dict[str, object]
) -> None:
    response = await client.post(V2, json=body)
    assert response.status_code == 400
    payload = response.json()
    assert payload["code"] == "bad_request"
    assert set(payload) == {"code", "message", "details"}


@pytest.mark.parametrize(
    "body",
    [
        {**ORDER, "side": "yes"},
        {**ORDER, "subaccount": -1},
        {**ORDER, "time_in_force": "forever"},
        {**ORDER, "self_trade_prevention_type": "none"},
        {key: value for key, value in ORDER.items() if key != "ticker"},
        {key: value for key, value in ORDER.items() if key != "time_in_force"},
        {key: value for key, value in ORDER.items() if key != "self_trade_prevention_type"},
    ],
)
async def test_rule_breaking_bodies_get_nested_invalid_parameters(
    client: httpx.AsyncClient, body: dict[str, object]
) -> None:
    response = await client.post(V2, json=body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_parameters"
    assert error["details"]


async def test_create_group_schema_rules(client: httpx.AsyncClient) -> None:
    below = await client.post(f"{GROUPS}/create", json={"contracts_limit": 0})
    assert below.json()["error"]["code"] == "invalid_parameters"
    negative = await client.post(f"{GROUPS}/create", json={"contracts_limit": 2, "subaccount": -1})
    assert negative.json()["error"]["code"] == "invalid_parameters"
    too_high = await client.post(f"{GROUPS}/create", json={"contracts_limit": 2, "subaccount": 64})
    assert too_high.json()["error"]["code"] == "invalid_parameters"
    nullable = await client.post(
        f"{GROUPS}/create", json={"contracts_limit": 2, "contracts_limit_fp": None}
    )
    assert nullable.status_code == 201


async def test_invalid_json_gets_flat_bad_request(client: httpx.AsyncClient) -> None:
    response = await client.post(
        f"{GROUPS}/create", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["code"] == "bad_request"


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
async def test_post_and_put_need_a_json_content_type(
    client: httpx.AsyncClient, content_type: str | None
) -> None:
    headers = {} if content_type is None else {"Content-Type": content_type}
    created = await client.post(
        f"{GROUPS}/create", content=b'{"contracts_limit": 1}', headers=headers
    )
    assert created.status_code == 400
    assert created.json() == {
        "code": "invalid_content_type",
        "message": "invalid content type",
        "details": "Content-Type must be application/json",
    }


async def test_bodyless_put_without_content_type_is_refused(client: httpx.AsyncClient) -> None:
    group = await client.post(f"{GROUPS}/create", json={"contracts_limit": 1})
    group_id = group.json()["order_group_id"]
    bare = await client.put(f"{GROUPS}/{group_id}/reset")
    assert (bare.status_code, bare.json()["code"]) == (400, "invalid_content_type")
    empty_json = await client.put(
        f"{GROUPS}/{group_id}/reset", headers={"Content-Type": "application/json"}
    )
    assert empty_json.status_code == 200
    with_charset = await client.put(
        f"{GROUPS}/{group_id}/reset",
        content=b"{}",
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    assert with_charset.status_code == 200


async def test_limit_update_requires_a_body(client: httpx.AsyncClient) -> None:
    group = await client.post(f"{GROUPS}/create", json={"contracts_limit": 1})
    group_id = group.json()["order_group_id"]
    response = await client.put(
        f"{GROUPS}/{group_id}/limit", headers={"Content-Type": "application/json"}
    )
    assert (response.status_code, response.json()["code"]) == (400, "bad_request")


async def test_unknown_paths_and_methods_are_kalshi_404s(client: httpx.AsyncClient) -> None:
    # (a spec operation the simulator does not serve is 501: see test_sim_unserved.py)
    for method, path in [
        ("GET", "/portfolio/nothing"),
        ("POST", GROUPS),
        ("PATCH", "/portfolio/orders"),
        ("GET", "/../../etc/passwd"),
    ]:
        response = await client.request(method, path, json={})
        assert response.status_code == 404, (method, path)
        assert response.json() == {"error": {"code": "not_found", "message": "not found"}}
    outside = await client.get("http://sim.test/elsewhere")
    assert outside.status_code == 404
