"""The seven order-group endpoints over HTTP: bodies, statuses and the full lifecycle."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from kalshi.sim import Credentials, Exchange, ManualClock, SimSettings

from .conftest import v2_order

GROUPS = "/portfolio/order_groups"
MakeClient = Callable[..., httpx.AsyncClient]
V2 = "/portfolio/events/orders"
NOT_FOUND = {"error": {"code": "not_found", "message": "not found"}}


async def _create(client: httpx.AsyncClient, **body: object) -> str:
    response = await client.post(f"{GROUPS}/create", json=body)
    assert response.status_code == 201, response.text
    group_id = response.json()["order_group_id"]
    assert isinstance(group_id, str)
    return group_id


async def test_create_answers_201_with_id_subaccount_and_shard(client: httpx.AsyncClient) -> None:
    response = await client.post(f"{GROUPS}/create", json={"contracts_limit": 10})
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"order_group_id", "subaccount", "exchange_index"}
    assert (body["subaccount"], body["exchange_index"]) == (0, 0)


async def test_full_lifecycle(client: httpx.AsyncClient, exchange: Exchange) -> None:
    group_id = await _create(client, contracts_limit_fp="5")
    listed = (await client.get(GROUPS)).json()
    assert listed == {
        "order_groups": [
            {
                "id": group_id,
                "contracts_limit_fp": "5.00",
                "is_auto_cancel_enabled": False,
                "exchange_index": 0,
            }
        ]
    }
    order = await client.post(V2, json=v2_order(count="2", price="0.30", order_group_id=group_id))
    order_id = order.json()["order_id"]
    detail = (await client.get(f"{GROUPS}/{group_id}")).json()
    assert detail == {
        "is_auto_cancel_enabled": False,
        "contracts_limit_fp": "5.00",
        "orders": [order_id],
        "exchange_index": 0,
    }

    trigger = await client.put(f"{GROUPS}/{group_id}/trigger", json={})
    assert (trigger.status_code, trigger.json()) == (200, {})
    detail = (await client.get(f"{GROUPS}/{group_id}")).json()
    assert detail["is_auto_cancel_enabled"] is True
    assert detail["orders"] == []
    canceled = (await client.get(f"/portfolio/orders/{order_id}")).json()["order"]
    assert canceled["status"] == "canceled"

    assert (await client.put(f"{GROUPS}/{group_id}/trigger", json={})).status_code == 200
    reset = await client.put(f"{GROUPS}/{group_id}/reset", json={})
    assert (reset.status_code, reset.json()) == (200, {})
    assert (await client.get(f"{GROUPS}/{group_id}")).json()["is_auto_cancel_enabled"] is False

    limit = await client.put(f"{GROUPS}/{group_id}/limit", json={"contracts_limit_fp": "7.50"})
    assert (limit.status_code, limit.json()) == (200, {})
    assert (await client.get(f"{GROUPS}/{group_id}")).json()["contracts_limit_fp"] == "7.50"

    deleted = await client.delete(f"{GROUPS}/{group_id}")
    assert (deleted.status_code, deleted.json()) == (200, {})
    gone = await client.get(f"{GROUPS}/{group_id}")
    assert (gone.status_code, gone.json()) == (404, NOT_FOUND)
    assert (await client.get(GROUPS)).json() == {"order_groups": []}


async def test_unknown_group_is_404_on_every_operation(client: httpx.AsyncClient) -> None:
    missing = f"{GROUPS}/0b0c7c36-3b5e-4a51-9b0e-6cf0e0d7a001"
    responses = [
        await client.get(missing),
        await client.delete(missing),
        await client.put(f"{missing}/reset", json={}),
        await client.put(f"{missing}/trigger", json={}),
        await client.put(f"{missing}/limit", json={"contracts_limit": 3}),
    ]
    for response in responses:
        assert (response.status_code, response.json()) == (404, NOT_FOUND)


async def test_subaccount_defaults_differ_between_reads_and_writes(
    client: httpx.AsyncClient,
) -> None:
    group_id = await _create(client, contracts_limit=4, subaccount=3)
    assert (await client.get(f"{GROUPS}/{group_id}")).status_code == 200
    assert (await client.get(GROUPS, params={"subaccount": 0})).json() == {"order_groups": []}
    assert (await client.put(f"{GROUPS}/{group_id}/trigger", json={})).status_code == 404
    triggered = await client.put(f"{GROUPS}/{group_id}/trigger", params={"subaccount": 3}, json={})
    assert triggered.status_code == 200


async def test_limits_must_agree_and_stay_in_range(client: httpx.AsyncClient) -> None:
    cases = [
        {"contracts_limit": 5, "contracts_limit_fp": "6"},
        {"contracts_limit_fp": "1000000.01"},
        {"contracts_limit_fp": "2.555"},
        {"contracts_limit": 1_000_001},
        {},
    ]
    for body in cases:
        response = await client.post(f"{GROUPS}/create", json=body)
        assert response.status_code == 400, body
        assert response.json()["error"]["code"] == "invalid_parameters"
    fine = await client.post(
        f"{GROUPS}/create", json={"contracts_limit": 5, "contracts_limit_fp": "5.00"}
    )
    assert fine.status_code == 201


async def test_order_into_a_triggered_group(client: httpx.AsyncClient) -> None:
    group_id = await _create(client, contracts_limit=3)
    await client.put(f"{GROUPS}/{group_id}/trigger", json={})
    order = v2_order(side="ask", price="0.80", count="1", order_group_id=group_id)
    response = await client.post(V2, json=order)
    assert response.status_code == 400
    assert response.json() == {
        "error": {
            "code": "exceeded_order_group_risk_limit",
            "message": "exceeded order group risk limit",
        }
    }


async def test_trip_over_http_with_two_members(
    client: httpx.AsyncClient,
    make_client: MakeClient,
    new_member: Callable[..., Credentials],
    clock: ManualClock,
) -> None:
    group_id = await _create(client, contracts_limit=2)
    mine = await client.post(V2, json=v2_order(price="0.50", count="5", order_group_id=group_id))
    mine_id = mine.json()["order_id"]
    async with make_client(new_member()) as other:
        sold = await other.post(V2, json=v2_order(side="ask", price="0.50", count="3"))
    assert (sold.json()["fill_count"], sold.json()["remaining_count"]) == ("3.00", "0.00")
    after = (await client.get(f"/portfolio/orders/{mine_id}")).json()["order"]
    assert after["status"] == "canceled"
    assert after["fill_count_fp"] == "3.00"
    assert after["remaining_count_fp"] == "0.00"
    detail = (await client.get(f"{GROUPS}/{group_id}")).json()
    assert detail["is_auto_cancel_enabled"] is True


@pytest.mark.parametrize("settings", [SimSettings(read_lag_ms=500)], ids=["lag"])
async def test_read_lag_setting_hides_fresh_groups(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    group_id = await _create(client, contracts_limit=3)
    assert (await client.get(f"{GROUPS}/{group_id}")).status_code == 404
    clock.advance(0.5)
    assert (await client.get(f"{GROUPS}/{group_id}")).status_code == 200


@pytest.mark.parametrize("settings", [SimSettings(orders_include_terminal=True)], ids=["all"])
async def test_orders_include_terminal_setting(client: httpx.AsyncClient) -> None:
    group_id = await _create(client, contracts_limit=3)
    placed = await client.post(V2, json=v2_order(price="0.05", count="1", order_group_id=group_id))
    await client.put(f"{GROUPS}/{group_id}/trigger", json={})
    detail = (await client.get(f"{GROUPS}/{group_id}")).json()
    assert detail["orders"] == [placed.json()["order_id"]]


async def test_malformed_group_id_is_invalid_parameters(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{GROUPS}/not-a-uuid")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_parameters"
