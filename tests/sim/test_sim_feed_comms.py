"""The feed's `communications` channel: RFQ and quote frames from the RFQ engine, in process."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from kalshi.sim import Credentials, Exchange
from kalshi.sim._feed import shard_of
from kalshi.sim._rfq import Communications, communications_of

from .conftest import TICKER
from .feed_helpers import FeedRig, RawFeed, check_shape

COMMS = {"rfq_created", "rfq_deleted", "quote_created", "quote_accepted", "quote_executed"}


@pytest.fixture
def rig(exchange: Exchange) -> FeedRig:
    """An app on the test's exchange with an in-process feed connector."""
    return FeedRig(exchange)


@pytest.fixture
def comms(exchange: Exchange) -> Communications:
    """The exchange's RFQ engine."""
    return communications_of(exchange)


@pytest.fixture
def members(new_member: Callable[..., Credentials]) -> tuple[Credentials, ...]:
    """A requester, a maker, and a third member who is neither."""
    return new_member(), new_member(), new_member()


async def listening(rig: FeedRig, who: Credentials) -> RawFeed:
    """A connection of `who` subscribed to `communications`."""
    feed = await rig.connect(who)
    frames = await feed.subscribe(1, channels=["communications"])
    assert [frame["type"] for frame in frames] == ["subscribed"]
    return feed


async def comms_frames(feed: RawFeed) -> list[dict[str, Any]]:
    """The communications frames queued so far, each checked against its AsyncAPI schema."""
    frames = [frame for frame in await feed.drain() if frame["type"] in COMMS]
    for frame in frames:
        check_shape(frame)
    return frames


async def test_rfq_frames_reach_every_subscriber_and_quote_frames_only_the_two_parties(
    rig: FeedRig, comms: Communications, members: tuple[Credentials, ...]
) -> None:
    requester, maker, bystander = members
    feeds = [await listening(rig, who) for who in members]

    rfq = comms.create_rfq(
        requester.user_id, ticker=TICKER, contracts=Decimal(10), target_cost=None,
        rest_remainder=False,
    )  # fmt: skip
    for feed in feeds:
        (created,) = await comms_frames(feed)
        assert created["type"] == "rfq_created"
        assert created["msg"]["id"] == rfq.rfq_id
        assert created["msg"]["market_ticker"] == TICKER
        assert created["msg"]["contracts_fp"] == "10.00"
        assert created["msg"]["creator_id"] == ""  # empty in rfq_created, as documented

    quote = comms.create_quote(
        maker.user_id, rfq_id=rfq.rfq_id, yes_bid=Decimal("0.40"), no_bid=Decimal("0.55"),
        rest_remainder=False,
    )  # fmt: skip
    comms.accept_quote(requester.user_id, quote.quote_id, "yes")
    comms.confirm_quote(maker.user_id, quote.quote_id)
    maker_id = comms.communications_id(maker.user_id)
    requester_id = comms.communications_id(requester.user_id)
    seen = {}
    for who, feed in zip(members, feeds, strict=True):
        seen[who.user_id] = await comms_frames(feed)
    assert seen[bystander.user_id] == []
    executed_orders = {}
    for who in (requester, maker):
        frames = seen[who.user_id]
        assert [frame["type"] for frame in frames] == [
            "quote_created",
            "quote_accepted",
            "quote_executed",
        ]
        made, accepted, executed = (frame["msg"] for frame in frames)
        for msg in (made, accepted, executed):
            assert (msg["quote_id"], msg["rfq_id"]) == (quote.quote_id, rfq.rfq_id)
            assert (msg["quote_creator_id"], msg["rfq_creator_id"]) == (maker_id, requester_id)
        assert (made["yes_bid_dollars"], made["no_bid_dollars"]) == ("0.4000", "0.5500")
        assert made["yes_contracts_offered_fp"] == "10.00"
        assert (accepted["accepted_side"], accepted["contracts_accepted_fp"]) == ("yes", "10.00")
        executed_orders[who.user_id] = executed["order_id"]
    # each party is told its own order of the execution
    assert executed_orders == {
        requester.user_id: quote.rfq_creator_order_id,
        maker.user_id: quote.creator_order_id,
    }


async def test_deleting_or_replacing_an_rfq_sends_rfq_deleted(
    rig: FeedRig, comms: Communications, members: tuple[Credentials, ...]
) -> None:
    requester, _, bystander = members
    feed = await listening(rig, bystander)
    first = comms.create_rfq(
        requester.user_id, ticker=TICKER, contracts=None, target_cost=Decimal("25"),
        rest_remainder=False,
    )  # fmt: skip
    second = comms.create_rfq(
        requester.user_id, ticker=TICKER, contracts=Decimal(3), target_cost=None,
        rest_remainder=False, replace_existing=True,
    )  # fmt: skip
    comms.delete_rfq(requester.user_id, second.rfq_id)
    frames = await comms_frames(feed)
    assert [(frame["type"], frame["msg"]["id"]) for frame in frames] == [
        ("rfq_created", first.rfq_id),
        ("rfq_deleted", first.rfq_id),
        ("rfq_created", second.rfq_id),
        ("rfq_deleted", second.rfq_id),
    ]
    assert frames[0]["msg"]["target_cost_dollars"] == "25.0000"
    assert frames[1]["msg"]["creator_id"] == comms.communications_id(requester.user_id)


async def test_an_obscured_creator_stays_hidden(
    rig: FeedRig, comms: Communications, members: tuple[Credentials, ...]
) -> None:
    requester, maker, _ = members
    feed = await listening(rig, maker)
    rfq = comms.create_rfq(
        requester.user_id, ticker=TICKER, contracts=Decimal(2), target_cost=None,
        rest_remainder=False, obscure_creator=True,
    )  # fmt: skip
    comms.create_quote(
        maker.user_id, rfq_id=rfq.rfq_id, yes_bid=Decimal("0.30"), no_bid=Decimal("0.60"),
        rest_remainder=False,
    )  # fmt: skip
    comms.delete_rfq(requester.user_id, rfq.rfq_id)
    frames = await comms_frames(feed)
    assert [frame["type"] for frame in frames] == ["rfq_created", "quote_created", "rfq_deleted"]
    assert frames[1]["msg"]["rfq_creator_id"] == ""
    assert frames[2]["msg"]["creator_id"] == ""


@pytest.mark.parametrize(
    ("params", "code", "text"),
    [
        ({"shard_key": 0}, 20, "shard_factor is required when shard_key is set"),
        ({"shard_factor": 0}, 19, "shard_factor must be > 0"),
        ({"shard_factor": -3, "shard_key": 0}, 19, "shard_factor must be > 0"),
        ({"shard_factor": 101}, 22, "shard_factor must be <= 100"),
        ({"shard_factor": 4, "shard_key": 4}, 21, "shard_key must be >= 0 and < shard_factor"),
        ({"shard_factor": 4, "shard_key": -1}, 21, "shard_key must be >= 0 and < shard_factor"),
        ({"shard_factor": "2"}, 11, "Invalid parameter"),
    ],
)
async def test_bad_sharding_is_refused_with_kalshis_codes(
    rig: FeedRig, members: tuple[Credentials, ...], params: dict[str, Any], code: int, text: str
) -> None:
    feed = await rig.connect(members[0])
    frames = await feed.subscribe(7, channels=["communications"], **params)
    assert frames == [{"id": 7, "type": "error", "msg": {"code": code, "msg": text}}]


async def test_shards_split_the_rfqs_between_connections_and_keep_each_rfqs_frames_together(
    rig: FeedRig, comms: Communications, members: tuple[Credentials, ...]
) -> None:
    requester, maker, _ = members
    shards = []
    for key in range(3):
        feed = await rig.connect(requester)
        frames = await feed.subscribe(1, channels=["communications"], shard_factor=3, shard_key=key)
        assert [frame["type"] for frame in frames] == ["subscribed"]
        shards.append(feed)
    whole = await listening(rig, requester)

    rfq_ids = []
    for _ in range(12):
        rfq = comms.create_rfq(
            requester.user_id, ticker=TICKER, contracts=Decimal(1), target_cost=None,
            rest_remainder=False,
        )  # fmt: skip
        comms.create_quote(
            maker.user_id, rfq_id=rfq.rfq_id, yes_bid=Decimal("0.40"), no_bid=Decimal("0.55"),
            rest_remainder=False,
        )  # fmt: skip
        comms.delete_rfq(requester.user_id, rfq.rfq_id)  # one open RFQ a market: make room
        rfq_ids.append(rfq.rfq_id)

    def about(frame: dict[str, Any]) -> str:
        msg = frame["msg"]
        return str(msg["id"] if frame["type"].startswith("rfq_") else msg["rfq_id"])

    seen = [[about(f) for f in await comms_frames(feed)] for feed in shards]
    everything = [about(f) for f in await comms_frames(whole)]
    # Unsharded: each RFQ's created, quote and deleted frames.
    assert sorted(everything) == sorted(rfq_ids * 3)
    # The shards together: every frame, once.
    assert sorted(r for ids in seen for r in ids) == sorted(everything)
    for key, ids in enumerate(seen):
        assert set(ids) <= {r for r in rfq_ids if shard_of(r, 3) == key}
        assert all(ids.count(r) == 3 for r in set(ids))  # an RFQ's frames stay on one shard
    assert sum(1 for ids in seen if ids) >= 2  # 12 RFQs do not all land on one shard


async def test_a_second_shard_on_one_connection_is_refused_and_the_same_one_joins(
    rig: FeedRig, members: tuple[Credentials, ...]
) -> None:
    feed = await rig.connect(members[0])
    first = await feed.subscribe(1, channels=["communications"], shard_factor=2, shard_key=0)
    assert first == [
        {"id": 1, "type": "subscribed", "msg": {"channel": "communications", "sid": 1}}
    ]
    other = await feed.subscribe(2, channels=["communications"], shard_factor=2, shard_key=1)
    assert other == [{"id": 2, "type": "error", "msg": {"code": 6, "msg": "Already subscribed"}}]
    unsharded = await feed.subscribe(3, channels=["communications"])
    assert [frame["type"] for frame in unsharded] == ["error"]
    same = await feed.subscribe(4, channels=["communications"], shard_factor=2, shard_key=0)
    assert [(frame["type"], frame.get("sid")) for frame in same] == [("ok", 1)]


async def test_a_refused_shard_subscribes_none_of_the_commands_channels(
    rig: FeedRig, members: tuple[Credentials, ...]
) -> None:
    feed = await rig.connect(members[0])
    await feed.subscribe(1, channels=["communications"], shard_factor=2, shard_key=0)
    both = ["trade", "communications"]
    refused = await feed.subscribe(2, channels=both, shard_factor=2, shard_key=1)
    assert [frame["type"] for frame in refused] == ["error"]
    listed = await feed.command({"id": 3, "cmd": "list_subscriptions"})
    assert listed[0]["msg"] == [{"channel": "communications", "sid": 1}]


async def test_shard_parameters_are_not_checked_for_other_channels(
    rig: FeedRig, members: tuple[Credentials, ...]
) -> None:
    feed = await rig.connect(members[0])
    frames = await feed.subscribe(1, channels=["ticker"], shard_key=1)
    assert [frame["type"] for frame in frames] == ["subscribed"]
