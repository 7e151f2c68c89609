"""The feed's faults and its bounded outbox, in process and through the control API."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import httpx
import pytest
from kalshi.sim import Credentials, Exchange, Order, SimSettings
from kalshi.sim._faults import FaultPlan
from kalshi.streaming._connection import WsClosed

from .conftest import TICKER
from .feed_helpers import FeedRig, RawFeed

Place = Callable[..., Order]


@pytest.fixture
def plan() -> FaultPlan:
    """A fault plan served by the app (so the control API is there)."""
    return FaultPlan()


@pytest.fixture
def rig(exchange: Exchange, plan: FaultPlan) -> FeedRig:
    """An app with the fault plan and an in-process feed connector."""
    return FeedRig(exchange, plan)


@pytest.fixture
async def feed(rig: FeedRig, member: Credentials) -> RawFeed:
    """The main member's connection."""
    return await rig.connect(member)


async def _read_until_closed(feed: RawFeed) -> list[dict[str, object]]:
    frames = []
    with pytest.raises(WsClosed) as closed:
        while True:
            frames.append(await feed.recv())
    assert closed.value.code == 1011
    return frames


async def test_drop_now_closes_every_connection(
    rig: FeedRig, feed: RawFeed, plan: FaultPlan, new_member: Callable[..., Credentials]
) -> None:
    other = await rig.connect(new_member())
    await feed.subscribe(1, channels=["trade"])
    plan.feed.drop_now()
    assert await _read_until_closed(feed) == []
    assert await _read_until_closed(other) == []
    with pytest.raises(WsClosed):
        await feed.send({"id": 2, "cmd": "list_subscriptions"})


async def test_drop_after_frames_sends_that_many_then_closes(
    feed: RawFeed, plan: FaultPlan, place: Place, member: Credentials
) -> None:
    await feed.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
    plan.feed.drop_after(2)
    for cents in (10, 11, 12):
        place(member.user_id, "yes", "buy", cents, 1)
    frames = await _read_until_closed(feed)
    assert [f["msg"]["price_dollars"] for f in frames] == ["0.1000", "0.1100"]  # type: ignore[index]


async def test_skip_seq_makes_the_next_seq_jump(
    feed: RawFeed, plan: FaultPlan, place: Place, member: Credentials
) -> None:
    await feed.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
    place(member.user_id, "yes", "buy", 10, 1)
    plan.feed.skip(1)
    place(member.user_id, "yes", "buy", 11, 1)
    place(member.user_id, "yes", "buy", 12, 1)
    frames = await feed.drain()
    assert [f["seq"] for f in frames] == [2, 4, 5]


async def test_control_api_sets_and_clears_feed_faults(
    rig: FeedRig, feed: RawFeed, plan: FaultPlan, place: Place, member: Credentials
) -> None:
    transport = httpx.ASGITransport(app=rig.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim.test") as http:
        refused = await http.post("/_sim/feed", json={"skip_seq": -1})
        assert refused.status_code == 400
        unknown = await http.post("/_sim/feed", json={"explode": True})
        assert unknown.status_code == 400
        answer = await http.post("/_sim/feed", json={"skip_seq": 1, "no_ping": True})
        assert answer.json() == {"drop_after_frames": None, "skip_seq": 1, "no_ping": True}
        await feed.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
        assert plan.feed.skip_seq == 0  # the snapshot took the jump
        cleared = await http.delete("/_sim/feed")
        assert cleared.json() == {"drop_after_frames": None, "skip_seq": 0, "no_ping": False}
        await http.post("/_sim/feed", json={"drop_now": True})
    assert await _read_until_closed(feed) == []


async def test_plan_clear_clears_feed_faults(plan: FaultPlan) -> None:
    plan.feed.skip(3)
    plan.feed.no_ping = True
    plan.clear()
    assert plan.feed.describe() == {"drop_after_frames": None, "skip_seq": 0, "no_ping": False}


@pytest.fixture
def settings() -> SimSettings:
    """A tiny outbox, so a burst overflows it."""
    return replace(SimSettings(), ws_outbox_frames=3)


async def test_an_overflowing_subscription_ends_with_error_25(
    feed: RawFeed, place: Place, member: Credentials
) -> None:
    await feed.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
    await feed.subscribe(2, channels=["order_group_updates"])
    for cents in range(10, 20):
        place(member.user_id, "yes", "buy", cents, 1)
    frames = await feed.drain()
    errors = [f for f in frames if f["type"] == "error"]
    assert errors == [
        {
            "id": 0,
            "sid": 1,
            "type": "error",
            "msg": {"code": 25, "msg": "Subscription buffer overflow"},
        }
    ]
    deltas = [f for f in frames if f["type"] == "orderbook_delta"]
    assert len(deltas) == 3
    listed = await feed.command({"id": 5, "cmd": "list_subscriptions"})
    assert listed[0]["msg"] == [{"channel": "order_group_updates", "sid": 2}]
    place(member.user_id, "yes", "buy", 30, 1)
    assert await feed.drain() == []
