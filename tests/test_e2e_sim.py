"""End to end: the SDK, sync and async, against the simulator over loopback."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator
from typing import Any

import kalshi
import pytest
from conftest import Api
from kalshi.sim import ManualClock, SimSettings, Simulator

TICKER = "KXE2E-26-T"


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    # A manual clock, started at wall-clock time, moves the 15-second window without sleeping;
    # the past-skew allowance is wide so that signatures stay valid after the clock moves on.
    settings = dataclasses.replace(SimSettings(), skew_past_ms=3_600_000)
    with Simulator(settings, ManualClock()) as running:
        yield running


@pytest.fixture(params=["sync", "async"])
async def trader(request: pytest.FixtureRequest, sim: Simulator) -> AsyncIterator[Api]:
    async with _client(request.param, sim, sim.add_member()) as api:
        yield api


@pytest.fixture
async def other(trader: Api, sim: Simulator) -> AsyncIterator[Api]:
    async with _client("async" if trader.is_async else "sync", sim, sim.add_member()) as api:
        yield api


class _client:
    """A client of one member, closed on exit whichever kind it is."""

    def __init__(self, kind: str, sim: Simulator, credentials: Any) -> None:
        cls = kalshi.AsyncKalshiClient if kind == "async" else kalshi.KalshiClient
        self.api = Api(
            cls(
                key_id=credentials.key_id,
                private_key=credentials.private_key_pem,
                base_url=sim.base_url,
            )
        )
        self.user_id = credentials.user_id

    async def __aenter__(self) -> Api:
        self.api.user_id = self.user_id  # type: ignore[attr-defined]
        return self.api

    async def __aexit__(self, *exc: object) -> None:
        client = self.api.client
        if isinstance(client, kalshi.AsyncKalshiClient):
            await client.aclose()
        else:
            client.close()


def buy(api: Api, side: str, count: int, price: str, group: str | None = None) -> Any:
    price_field = "yes_price" if side == "yes" else "no_price"
    return api(
        lambda c: c.orders.create(
            ticker=TICKER,
            side=side,
            action="buy",
            count=count,
            order_group_id=group,
            **{price_field: price},
        )
    )


async def test_every_order_group_method(trader: Api, sim: Simulator) -> None:
    created = await trader(lambda c: c.order_groups.create(contracts_limit=100))
    gid = created.order_group_id
    assert (created.subaccount, created.exchange_index) == (0, 0)
    listed = await trader(lambda c: c.order_groups.list())
    assert [(g.id, g.contracts_limit, g.is_auto_cancel_enabled) for g in listed] == [
        (gid, 100, False)
    ]
    order = await buy(trader, "yes", 10, "0.65", gid)
    detail = await trader(lambda c: c.order_groups.get(gid))
    assert (detail.orders, detail.contracts_limit) == ([order.order_id], 100)
    await trader(lambda c: c.order_groups.update_limit(gid, contracts_limit=50))
    assert (await trader(lambda c: c.order_groups.get(gid))).contracts_limit == 50
    await trader(lambda c: c.order_groups.reset(gid))
    await trader(lambda c: c.order_groups.trigger(gid))
    detail = await trader(lambda c: c.order_groups.get(gid))
    assert (detail.is_auto_cancel_enabled, detail.orders) == (True, [])
    assert (await trader(lambda c: c.orders.get(order.order_id))).status == "canceled"
    await trader(lambda c: c.order_groups.delete(gid, exchange_index=0))
    with pytest.raises(kalshi.NotFoundError):
        await trader(lambda c: c.order_groups.get(gid))
    assert sim.exchange.groups(trader.user_id) == []  # type: ignore[attr-defined]


async def test_groups_on_a_subaccount(trader: Api, sim: Simulator) -> None:
    created = await trader(lambda c: c.order_groups.create(contracts_limit=5, subaccount=2))
    gid = created.order_group_id
    assert created.subaccount == 2
    assert [g.id for g in await trader(lambda c: c.order_groups.list(subaccount=2))] == [gid]
    assert await trader(lambda c: c.order_groups.list(subaccount=0)) == []
    # The documented update_limit has no subaccount: it reaches the group on subaccount 2
    # because the client remembers where it created the group.
    await trader(lambda c: c.order_groups.update_limit(gid, contracts_limit=7))
    assert (await trader(lambda c: c.order_groups.get(gid, subaccount=2))).contracts_limit == 7
    with pytest.raises(kalshi.NotFoundError):
        await trader(lambda c: c.order_groups.reset(gid))  # Kalshi's default is subaccount 0
    await trader(lambda c: c.order_groups.reset(gid, subaccount=2))
    await trader(lambda c: c.order_groups.delete(gid, subaccount=2))


async def test_update_limit_reaches_a_group_created_elsewhere(trader: Api, sim: Simulator) -> None:
    created = await trader(lambda c: c.order_groups.create(contracts_limit=5, subaccount=3))
    gid = created.order_group_id
    client = trader.client
    fresh_cls = type(client)
    elsewhere = Api(
        fresh_cls(key_id=client.key_id, private_key=client._signer._key, base_url=client.base_url)
    )  # type: ignore[union-attr]
    with pytest.raises(kalshi.NotFoundError):
        await elsewhere(lambda c: c.order_groups.update_limit(gid, contracts_limit=9))
    await elsewhere(lambda c: c.order_groups.get(gid, subaccount=3))  # now the client knows
    await elsewhere(lambda c: c.order_groups.update_limit(gid, contracts_limit=9))
    assert (await trader(lambda c: c.order_groups.get(gid))).contracts_limit == 9


async def test_trip_and_reset(trader: Api, other: Api, sim: Simulator) -> None:
    clock = sim.clock
    assert isinstance(clock, ManualClock)
    gid = (await trader(lambda c: c.order_groups.create(contracts_limit=10))).order_group_id
    first = await buy(trader, "yes", 6, "0.60", gid)
    await buy(other, "no", 6, "0.40")  # fills the first bid: 6 in the window
    clock.advance(15)  # the window forgets those 6
    second = await buy(trader, "yes", 8, "0.60", gid)
    await buy(other, "no", 6, "0.40")  # 6 in the window, not over 10
    assert (await trader(lambda c: c.order_groups.get(gid))).is_auto_cancel_enabled is False
    clock.advance(14.9)
    third = await buy(trader, "yes", 8, "0.55", gid)
    taker = await buy(other, "no", 6, "0.45")  # 2 + 4 more: 6 + 6 = 12 > 10 within 15 s
    assert taker.fill_count == "6.00"
    detail = await trader(lambda c: c.order_groups.get(gid))
    assert (detail.is_auto_cancel_enabled, detail.orders) == (True, [])
    states = [await trader(lambda c, o=o: c.orders.get(o.order_id)) for o in (first, second, third)]
    assert [(o.status, o.fill_count_fp) for o in states] == [
        ("executed", "6.00"),
        ("executed", "8.00"),
        ("canceled", "4.00"),
    ]
    with pytest.raises(kalshi.BadRequestError) as refused:
        await buy(trader, "yes", 1, "0.50", gid)
    assert refused.value.code == "exceeded_order_group_risk_limit"
    await trader(lambda c: c.order_groups.reset(gid))
    assert (await buy(trader, "yes", 1, "0.50", gid)).remaining_count == "1.00"


async def test_orders_list_pages_and_cancel(trader: Api) -> None:
    placed = [await buy(trader, "yes", 1, f"0.{10 + i}") for i in range(5)]
    listed = await trader.collect(
        trader.client.orders.list_all(ticker=TICKER, status="resting", limit=2)
    )
    assert {o.order_id for o in placed} <= {o.order_id for o in listed}
    canceled = await trader(lambda c: c.orders.cancel(placed[0].order_id))
    assert (canceled.order_id, canceled.reduced_by) == (placed[0].order_id, "1.00")
    assert (await trader(lambda c: c.orders.get(placed[0].order_id))).status == "canceled"
    status = await trader(lambda c: c.exchange.status())
    assert status.trading_active is True


async def test_a_wrong_key_is_refused_with_a_clear_error(sim: Simulator, rsa_key: Any) -> None:
    client = kalshi.KalshiClient(
        key_id=sim.credentials.key_id, private_key=rsa_key, base_url=sim.base_url
    )
    with pytest.raises(kalshi.AuthenticationError, match=sim.credentials.key_id):
        client.order_groups.list()
