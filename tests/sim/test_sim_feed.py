"""The simulator's feed at /trade-api/ws/v2, in process: handshake, commands and channels."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from kalshi.sim import Credentials, Exchange, ManualClock, Order
from kalshi.sim._feed import market_id_of
from kalshi.streaming._connection import WsClosed, WsHandshakeRefused

from .conftest import TICKER
from .feed_helpers import WS_URL, FeedRig, RawFeed, check_shape, handshake_headers

Place = Callable[..., Order]


@pytest.fixture
def rig(exchange: Exchange) -> FeedRig:
    """An app on the test's exchange with an in-process feed connector."""
    return FeedRig(exchange)


@pytest.fixture
async def feed(rig: FeedRig, member: Credentials) -> RawFeed:
    """The main member's feed connection."""
    return await rig.connect(member)


def of_type(frames: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    """The frames of one type, each checked against its AsyncAPI schema."""
    picked = [frame for frame in frames if frame["type"] == kind]
    for frame in picked:
        check_shape(frame)
    return picked


# --- handshake ----------------------------------------------------------------------------------


async def test_a_signed_handshake_is_accepted(feed: RawFeed) -> None:
    frames = await feed.command({"id": 1, "cmd": "list_subscriptions"})
    assert frames == [{"id": 1, "type": "ok", "msg": []}]


async def test_an_ed25519_key_signs_the_handshake_too(rig: FeedRig, exchange: Exchange) -> None:
    credentials = exchange.create_member(key_type="ed25519")
    feed = await rig.connect(credentials)
    assert await feed.command({"id": 2, "cmd": "list_subscriptions"}) == [
        {"id": 2, "type": "ok", "msg": []}
    ]


async def test_a_bad_signature_is_refused_with_the_rest_401(
    rig: FeedRig, member: Credentials, exchange: Exchange, new_member: Callable[..., Credentials]
) -> None:
    other = new_member()
    headers = handshake_headers(member, exchange.clock.now_ms())
    headers["KALSHI-ACCESS-SIGNATURE"] = handshake_headers(other, exchange.clock.now_ms())[
        "KALSHI-ACCESS-SIGNATURE"
    ]
    with pytest.raises(WsHandshakeRefused) as refused:
        await rig.transport.websocket_connect(WS_URL, headers)
    assert refused.value.status == 401
    body = json.loads(refused.value.body)
    assert body["error"]["code"] == "authentication_error"


async def test_missing_headers_are_refused(rig: FeedRig) -> None:
    with pytest.raises(WsHandshakeRefused) as refused:
        await rig.transport.websocket_connect(WS_URL, {})
    assert refused.value.status == 401
    assert b"signature_is_missing_from_headers" in refused.value.body


async def test_a_handshake_signed_for_another_path_is_refused(
    rig: FeedRig, member: Credentials, exchange: Exchange
) -> None:
    headers = handshake_headers(member, exchange.clock.now_ms())
    with pytest.raises(WsHandshakeRefused):
        await rig.transport.websocket_connect("wss://sim.test/trade-api/ws/v2/", headers)


# --- commands -----------------------------------------------------------------------------------


async def test_subscribe_answers_one_subscribed_per_channel(feed: RawFeed) -> None:
    frames = await feed.subscribe(7, channels=["trade", "ticker"])
    assert frames == [
        {"id": 7, "type": "subscribed", "msg": {"channel": "trade", "sid": 1}},
        {"id": 7, "type": "subscribed", "msg": {"channel": "ticker", "sid": 2}},
    ]
    for frame in frames:
        check_shape(frame)
    listed = await feed.command({"id": 8, "cmd": "list_subscriptions"})
    assert listed == [
        {
            "id": 8,
            "type": "ok",
            "msg": [{"channel": "trade", "sid": 1}, {"channel": "ticker", "sid": 2}],
        }
    ]


async def test_resubscribing_merges_tickers_and_answers_ok(feed: RawFeed) -> None:
    await feed.subscribe(1, channels=["ticker"], market_tickers=[TICKER])
    frames = await feed.subscribe(2, channels=["ticker"], market_ticker="KXOTHER-26-A")
    assert frames == [
        {"id": 2, "sid": 1, "type": "ok", "msg": {"market_tickers": [TICKER, "KXOTHER-26-A"]}}
    ]


@pytest.mark.parametrize(
    ("command", "code"),
    [
        ({"id": 3, "cmd": "subscribe"}, 2),
        ({"id": 3, "cmd": "subscribe", "params": {}}, 3),
        ({"id": 3, "cmd": "subscribe", "params": {"channels": []}}, 3),
        ({"id": 3, "cmd": "subscribe", "params": {"channels": ["nope"]}}, 8),
        ({"id": 3, "cmd": "subscribe", "params": {"channels": ["orderbook_delta"]}}, 14),
        ({"id": 3, "cmd": "unsubscribe", "params": {}}, 4),
        ({"id": 3, "cmd": "unsubscribe", "params": {"sids": [99]}}, 7),
        ({"id": 3, "cmd": "update_subscription", "params": {"sids": [1, 2]}}, 12),
        ({"id": 3, "cmd": "update_subscription", "params": {"sid": 99}}, 7),
        ({"id": 3, "cmd": "fly"}, 5),
        ({"id": 3, "cmd": "subscribe", "params": ["trade"]}, 1),
    ],
)
async def test_command_errors_carry_their_codes(
    feed: RawFeed, command: dict[str, Any], code: int
) -> None:
    frames = await feed.command(command)
    assert len(frames) == 1
    check_shape(frames[0])
    assert frames[0]["id"] == 3
    assert frames[0]["type"] == "error"
    assert frames[0]["msg"]["code"] == code
    assert isinstance(frames[0]["msg"]["msg"], str)


async def test_unknown_market_is_error_16_naming_it(feed: RawFeed) -> None:
    frames = await feed.subscribe(4, channels=["orderbook_delta"], market_ticker="NOPE-1")
    assert frames == [
        {
            "id": 4,
            "type": "error",
            "msg": {"code": 16, "msg": "Market not found", "market_ticker": "NOPE-1"},
        }
    ]


async def test_bad_json_is_error_1(feed: RawFeed) -> None:
    await feed.connection.send("{not json")
    assert await feed.recv() == {
        "id": 0,
        "type": "error",
        "msg": {"code": 1, "msg": "Unable to process message"},
    }


async def test_update_subscription_errors(feed: RawFeed) -> None:
    await feed.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
    missing = await feed.command({"id": 5, "cmd": "update_subscription", "params": {"sid": 1}})
    assert missing[0]["msg"]["code"] == 15
    bad = {"sid": 1, "action": "jump", "market_ticker": TICKER}
    unsupported = await feed.command({"id": 6, "cmd": "update_subscription", "params": bad})
    assert unsupported[0]["msg"]["code"] == 13
    no_market = {"sid": 1, "action": "add_markets"}
    needs = await feed.command({"id": 7, "cmd": "update_subscription", "params": no_market})
    assert needs[0]["msg"]["code"] == 14


async def test_unsubscribe_answers_per_sid_and_stops_frames(
    feed: RawFeed, place: Place, member: Credentials, new_member: Callable[..., Credentials]
) -> None:
    await feed.subscribe(1, channels=["trade"])
    frames = await feed.command({"id": 2, "cmd": "unsubscribe", "params": {"sids": [1]}})
    assert frames == [{"id": 2, "sid": 1, "seq": 1, "type": "unsubscribed"}]
    check_shape(frames[0])
    place(member.user_id, "yes", "buy", 40, 1)
    place(new_member().user_id, "yes", "sell", 40, 1)
    assert await feed.drain() == []


async def test_a_sid_named_twice_in_one_unsubscribe_ends_once(feed: RawFeed) -> None:
    await feed.subscribe(1, channels=["trade"])
    frames = await feed.command({"id": 2, "cmd": "unsubscribe", "params": {"sids": [1, 1]}})
    assert frames == [{"id": 2, "sid": 1, "seq": 1, "type": "unsubscribed"}]
    assert await feed.command({"id": 3, "cmd": "list_subscriptions"}) == [
        {"id": 3, "type": "ok", "msg": []}
    ]


async def test_add_and_delete_markets_ack_the_full_list(
    feed: RawFeed, place: Place, member: Credentials
) -> None:
    place(member.user_id, "yes", "buy", 30, 2, ticker="KXOTHER-26-A")
    await feed.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
    params = {"sid": 1, "action": "add_markets", "market_tickers": ["KXOTHER-26-A"]}
    frames = await feed.command({"id": 2, "cmd": "update_subscription", "params": params})
    assert frames[0] == {
        "id": 2,
        "sid": 1,
        "seq": 1,
        "type": "ok",
        "msg": {"market_tickers": [TICKER, "KXOTHER-26-A"]},
    }
    snapshot = of_type(frames, "orderbook_snapshot")
    assert [s["msg"]["market_ticker"] for s in snapshot] == ["KXOTHER-26-A"]
    assert snapshot[0]["seq"] == 2
    assert snapshot[0]["msg"]["yes_dollars_fp"] == [["0.3000", "2.00"]]
    params = {"sids": [1], "action": "delete_markets", "market_ticker": TICKER}
    frames = await feed.command({"id": 3, "cmd": "update_subscription", "params": params})
    assert frames == [
        {"id": 3, "sid": 1, "seq": 2, "type": "ok", "msg": {"market_tickers": ["KXOTHER-26-A"]}}
    ]
    place(member.user_id, "yes", "buy", 20, 1)
    assert await feed.drain() == []


async def test_get_snapshot_resends_without_changing_the_subscription(
    feed: RawFeed, place: Place, member: Credentials
) -> None:
    place(member.user_id, "no", "buy", 35, 3)
    await feed.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
    params = {"sid": 1, "action": "get_snapshot", "market_tickers": [TICKER]}
    frames = await feed.command({"id": 9, "cmd": "update_subscription", "params": params})
    assert frames == [
        {
            "type": "orderbook_snapshot",
            "sid": 1,
            "seq": 2,
            "id": 9,
            "msg": {
                "market_ticker": TICKER,
                "market_id": market_id_of(TICKER),
                "no_dollars_fp": [["0.3500", "3.00"]],
            },
        }
    ]


# --- channels -----------------------------------------------------------------------------------


async def test_orderbook_snapshot_then_deltas_with_contiguous_seq(
    feed: RawFeed, place: Place, member: Credentials, new_member: Callable[..., Credentials]
) -> None:
    place(member.user_id, "yes", "buy", 40, 5)
    frames = await feed.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
    assert frames[1] == {
        "type": "orderbook_snapshot",
        "sid": 1,
        "seq": 1,
        "msg": {
            "market_ticker": TICKER,
            "market_id": market_id_of(TICKER),
            "yes_dollars_fp": [["0.4000", "5.00"]],
        },
    }
    mine = place(member.user_id, "no", "buy", 45, 2, client_order_id="mine-1")
    other = new_member()
    place(other.user_id, "yes", "sell", 40, 3)  # hits 3 of my YES bid at 0.40
    exchange_frames = of_type(await feed.drain(), "orderbook_delta")
    assert [f["seq"] for f in exchange_frames] == [2, 3]
    assert exchange_frames[0]["msg"]["side"] == "no"
    assert exchange_frames[0]["msg"]["price_dollars"] == "0.4500"
    assert exchange_frames[0]["msg"]["delta_fp"] == "2.00"
    assert exchange_frames[0]["msg"]["client_order_id"] == mine.client_order_id
    assert exchange_frames[1]["msg"]["side"] == "yes"
    assert exchange_frames[1]["msg"]["price_dollars"] == "0.4000"
    assert exchange_frames[1]["msg"]["delta_fp"] == "-3.00"


async def test_use_yes_price_reports_no_levels_in_yes_terms(
    feed: RawFeed, place: Place, member: Credentials
) -> None:
    place(member.user_id, "no", "buy", 30, 1)
    frames = await feed.subscribe(
        1, channels=["orderbook_delta"], market_ticker=TICKER, use_yes_price=True
    )
    assert frames[1]["msg"]["no_dollars_fp"] == [["0.7000", "1.00"]]
    place(member.user_id, "no", "buy", 25, 2)
    delta = of_type(await feed.drain(), "orderbook_delta")
    assert delta[0]["msg"]["price_dollars"] == "0.7500"


async def test_another_members_delta_names_no_client_order_id(
    rig: FeedRig, feed: RawFeed, place: Place, new_member: Callable[..., Credentials]
) -> None:
    await feed.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
    place(new_member().user_id, "yes", "buy", 10, 1, client_order_id="theirs")
    delta = of_type(await feed.drain(), "orderbook_delta")
    assert len(delta) == 1
    assert "client_order_id" not in delta[0]["msg"]


async def test_cancel_amend_and_decrease_move_the_book(
    exchange: Exchange, feed: RawFeed, place: Place, member: Credentials
) -> None:
    from kalshi.sim import OrderAmend

    order = place(member.user_id, "yes", "buy", 40, 5)
    await feed.subscribe(1, channels=["orderbook_delta", "user_orders"], market_ticker=TICKER)
    exchange.decrease_order(member.user_id, order.order_id, reduce_by=Decimal(2))
    amend = OrderAmend(TICKER, "bid", Decimal("0.42"), Decimal(3))
    exchange.amend_order(member.user_id, order.order_id, amend)
    exchange.cancel_order(member.user_id, order.order_id)
    frames = await feed.drain()
    deltas = [
        (f["msg"]["price_dollars"], f["msg"]["delta_fp"])
        for f in of_type(frames, "orderbook_delta")
    ]
    assert deltas == [
        ("0.4000", "-2.00"),
        ("0.4000", "-3.00"),
        ("0.4200", "3.00"),
        ("0.4200", "-3.00"),
    ]
    states = [
        (f["msg"]["status"], f["msg"]["remaining_count_fp"]) for f in of_type(frames, "user_order")
    ]
    assert states == [("resting", "3.00"), ("resting", "3.00"), ("canceled", "0.00")]
    assert of_type(frames, "user_order")[1]["msg"]["yes_price_dollars"] == "0.4200"


async def test_trade_fill_position_and_ticker_frames(
    rig: FeedRig,
    feed: RawFeed,
    place: Place,
    member: Credentials,
    new_member: Callable[..., Credentials],
) -> None:
    taker = new_member()
    their_feed = await rig.connect(taker)
    channels = ["trade", "ticker", "fill", "market_positions", "user_orders"]
    await feed.subscribe(1, channels=channels)
    await their_feed.subscribe(1, channels=["fill", "market_positions"])
    maker_order = place(member.user_id, "yes", "buy", 55, 4, client_order_id="maker-1")
    place(taker.user_id, "yes", "sell", 50, 3)
    frames = await feed.drain()
    trade = of_type(frames, "trade")
    assert len(trade) == 1
    assert trade[0]["msg"]["yes_price_dollars"] == "0.5500"
    assert trade[0]["msg"]["no_price_dollars"] == "0.4500"
    assert trade[0]["msg"]["count_fp"] == "3.00"
    assert trade[0]["msg"]["taker_book_side"] == "ask"
    assert trade[0]["msg"]["taker_outcome_side"] == "no"
    fill = of_type(frames, "fill")
    assert len(fill) == 1
    assert fill[0]["msg"]["order_id"] == maker_order.order_id
    assert fill[0]["msg"]["is_taker"] is False
    assert fill[0]["msg"]["book_side"] == "bid"
    assert fill[0]["msg"]["post_position_fp"] == "3.00"
    assert fill[0]["msg"]["client_order_id"] == "maker-1"
    assert fill[0]["msg"]["trade_id"] == trade[0]["msg"]["trade_id"]
    position = of_type(frames, "market_position")
    assert [p["msg"]["position_fp"] for p in position] == ["3.00"]
    assert position[0]["msg"]["user_id"] == member.user_id
    ticker = of_type(frames, "ticker")
    assert ticker[-1]["msg"]["price_dollars"] == "0.5500"
    assert ticker[-1]["msg"]["yes_bid_dollars"] == "0.5500"
    assert ticker[-1]["msg"]["yes_bid_size_fp"] == "1.00"
    assert ticker[-1]["msg"]["volume_fp"] == "3.00"
    assert ticker[-1]["msg"]["last_trade_size_fp"] == "3.00"
    orders = of_type(frames, "user_order")
    assert [(o["msg"]["status"], o["msg"]["fill_count_fp"]) for o in orders] == [
        ("resting", "0.00"),
        ("resting", "3.00"),
    ]
    theirs = await their_feed.drain()
    their_fill = of_type(theirs, "fill")
    assert len(their_fill) == 1
    assert their_fill[0]["msg"]["is_taker"] is True
    assert their_fill[0]["msg"]["post_position_fp"] == "-3.00"
    assert all(f["msg"].get("order_id") != maker_order.order_id for f in theirs)
    # The taker's fee, as Kalshi charges it: 0.07 x 3 x 0.55 x 0.45 = 0.051975, up to $0.0520.
    assert their_fill[0]["msg"]["fee_cost"] == "0.052000"
    their_position = of_type(theirs, "market_position")
    assert their_position[-1]["msg"]["fees_paid_dollars"] == "0.052000"
    assert their_position[-1]["msg"]["volume_fp"] == "3.00"


async def test_private_frames_never_reach_another_member(
    rig: FeedRig, place: Place, member: Credentials, new_member: Callable[..., Credentials]
) -> None:
    other = new_member()
    spy = await rig.connect(other)
    await spy.subscribe(
        1, channels=["fill", "user_orders", "market_positions", "order_group_updates"]
    )
    place(member.user_id, "yes", "buy", 55, 1)
    place(member.user_id, "yes", "sell", 55, 1, self_trade_prevention="maker")
    rig.exchange.create_group(member.user_id, limit=Decimal(5))
    assert await spy.drain() == []


async def test_order_group_updates_in_order_with_seq(
    exchange: Exchange, feed: RawFeed, member: Credentials
) -> None:
    await feed.subscribe(1, channels=["order_group_updates"])
    group = exchange.create_group(member.user_id, limit=Decimal(10))
    exchange.update_group_limit(member.user_id, group.group_id, limit=Decimal(5))
    exchange.trigger_group(member.user_id, group.group_id)
    exchange.reset_group(member.user_id, group.group_id)
    exchange.delete_group(member.user_id, group.group_id)
    frames = of_type(await feed.drain(), "order_group_updates")
    assert [(f["seq"], f["msg"]["event_type"]) for f in frames] == [
        (1, "created"),
        (2, "limit_updated"),
        (3, "triggered"),
        (4, "reset"),
        (5, "deleted"),
    ]
    assert frames[0]["msg"]["contracts_limit_fp"] == "10.00"
    assert frames[1]["msg"]["contracts_limit_fp"] == "5.00"
    assert "contracts_limit_fp" not in frames[2]["msg"]
    assert all(f["msg"]["order_group_id"] == group.group_id for f in frames)
    assert all(isinstance(f["msg"]["ts_ms"], int) for f in frames)


async def test_a_group_tripped_by_fills_cancels_on_the_book(
    exchange: Exchange,
    feed: RawFeed,
    place: Place,
    member: Credentials,
    new_member: Callable[..., Credentials],
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(2))
    place(member.user_id, "yes", "buy", 40, 5, order_group_id=group.group_id)
    place(member.user_id, "yes", "buy", 30, 5, order_group_id=group.group_id)
    await feed.subscribe(
        1, channels=["orderbook_delta", "order_group_updates"], market_ticker=TICKER
    )
    place(new_member().user_id, "yes", "sell", 40, 3)
    frames = await feed.drain()
    assert [f["msg"]["event_type"] for f in of_type(frames, "order_group_updates")] == ["triggered"]
    deltas = {
        (f["msg"]["price_dollars"], f["msg"]["delta_fp"])
        for f in of_type(frames, "orderbook_delta")
    }
    assert deltas == {("0.4000", "-3.00"), ("0.4000", "-2.00"), ("0.3000", "-5.00")}


async def test_market_lifecycle_frames_from_lifecycle_events(
    exchange: Exchange, feed: RawFeed
) -> None:
    from kalshi.sim._events import MarketLifecycle

    await feed.subscribe(1, channels=["market_lifecycle_v2"])
    now = exchange.clock.now_ms()
    with exchange.lock:
        exchange.bus.publish(
            MarketLifecycle(
                TICKER, "determined", now, {"result": "yes", "settlement_value": "1.0000"}
            )
        )
    frames = of_type(await feed.drain(), "market_lifecycle_v2")
    assert frames == [
        {
            "type": "market_lifecycle_v2",
            "sid": 1,
            "msg": {
                "event_type": "determined",
                "market_ticker": TICKER,
                "result": "yes",
                "settlement_value": "1.0000",
            },
        }
    ]


async def test_a_newly_listed_market_is_announced_as_created(
    exchange: Exchange, feed: RawFeed
) -> None:
    await feed.subscribe(1, channels=["market_lifecycle_v2"])
    scenario = {
        "series": [{"ticker": "KXNEW"}],
        "events": [{"event_ticker": "KXNEW-26", "series_ticker": "KXNEW"}],
        "markets": [{"ticker": "KXNEW-26-A", "event_ticker": "KXNEW-26"}],
    }
    exchange.add_scenario(scenario)
    frames = of_type(await feed.drain(), "market_lifecycle_v2")
    assert [(f["msg"]["event_type"], f["msg"]["market_ticker"]) for f in frames] == [
        ("created", "KXNEW-26-A")
    ]
    assert isinstance(frames[0]["msg"]["open_ts"], int)


async def test_closing_the_client_ends_the_connection(feed: RawFeed) -> None:
    await feed.connection.close()
    with pytest.raises(WsClosed):
        await feed.recv()


async def test_the_clock_opening_and_closing_a_market_is_announced(
    exchange: Exchange, feed: RawFeed, clock: ManualClock, member: Credentials
) -> None:
    await feed.subscribe(1, channels=["market_lifecycle_v2"])
    now = clock.now_ms()
    market = {
        "ticker": "KXCLOCK-26-A",
        "event_ticker": "KXOTHER-26",
        "open_ms": now + 1_000,
        "close_ms": now + 2_000,
    }
    exchange.add_scenario({"markets": [market]})
    created = of_type(await feed.drain(), "market_lifecycle_v2")
    assert [f["msg"]["event_type"] for f in created] == ["created"]
    assert created[0]["msg"]["open_ts"] == (now + 1_000) // 1000
    clock.advance(ms=1_000)
    exchange.balance(member.user_id)
    opened = of_type(await feed.drain(), "market_lifecycle_v2")
    assert [(f["msg"]["event_type"], f["msg"]["market_ticker"]) for f in opened] == [
        ("activated", "KXCLOCK-26-A")
    ]
    clock.advance(ms=1_000)
    exchange.balance(member.user_id)
    closed = of_type(await feed.drain(), "market_lifecycle_v2")
    assert [(f["msg"]["event_type"], f["msg"].get("is_deactivated")) for f in closed] == [
        ("deactivated", True)
    ]


async def test_ticker_initial_snapshot_on_request(
    feed: RawFeed, place: Place, member: Credentials
) -> None:
    place(member.user_id, "yes", "buy", 44, 2)
    place(member.user_id, "no", "buy", 50, 3)
    frames = await feed.subscribe(
        1, channels=["ticker"], market_ticker=TICKER, send_initial_snapshot=True
    )
    ticker = of_type(frames, "ticker")
    assert len(ticker) == 1
    msg = ticker[0]["msg"]
    assert (msg["yes_bid_dollars"], msg["yes_bid_size_fp"]) == ("0.4400", "2.00")
    assert (msg["yes_ask_dollars"], msg["yes_ask_size_fp"]) == ("0.5000", "3.00")
    assert msg["market_id"] == market_id_of(TICKER)


async def test_a_feed_failure_never_fails_the_exchange(
    rig: FeedRig,
    feed: RawFeed,
    place: Place,
    member: Credentials,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await feed.subscribe(1, channels=["trade"])
    hub = rig.app.state.feed

    def broken(event: object) -> None:
        raise RuntimeError("feed bug")

    monkeypatch.setattr(hub, "_fan_out", broken)
    order = place(member.user_id, "yes", "buy", 40, 1)
    assert order.status == "resting"
    assert "the feed could not deliver" in caplog.text


async def test_an_expiring_order_leaves_the_book_on_the_feed(
    exchange: Exchange, feed: RawFeed, place: Place, member: Credentials, clock: ManualClock
) -> None:
    expires = clock.now_ms() + 5_000
    order = place(member.user_id, "yes", "buy", 40, 2, expiration_ms=expires)
    await feed.subscribe(1, channels=["orderbook_delta", "user_orders"], market_ticker=TICKER)
    clock.advance(ms=5_000)
    exchange.balance(member.user_id)
    frames = await feed.drain()
    deltas = of_type(frames, "orderbook_delta")
    assert [(d["msg"]["price_dollars"], d["msg"]["delta_fp"]) for d in deltas] == [
        ("0.4000", "-2.00")
    ]
    updates = of_type(frames, "user_order")
    assert [(u["msg"]["order_id"], u["msg"]["status"]) for u in updates] == [
        (order.order_id, "canceled")
    ]
    assert updates[0]["msg"]["expiration_ts_ms"] == expires


async def test_a_reset_ends_feed_connections_and_the_books_start_over(
    rig: FeedRig, exchange: Exchange, place: Place, member: Credentials
) -> None:
    feed = await rig.connect(member)
    place(member.user_id, "yes", "buy", 30, 2)
    await feed.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
    exchange.reset()
    with pytest.raises(WsClosed):
        async with asyncio.timeout(10):  # a bound on a hang, not a measurement
            while True:
                await feed.recv()
    # A new connection after the reset sees the new exchange's book only: an order at the
    # old level shows as 1 contract, not as a change from the 2 resting before the reset.
    feed = await rig.connect(member)
    frames = await feed.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
    assert "yes_dollars_fp" not in of_type(frames, "orderbook_snapshot")[0]["msg"]
    place(member.user_id, "yes", "buy", 30, 1)
    deltas = of_type(await feed.drain(), "orderbook_delta")
    assert [(d["msg"]["price_dollars"], d["msg"]["delta_fp"]) for d in deltas] == [
        ("0.3000", "1.00")
    ]


async def test_a_feed_made_after_orders_rested_sends_only_later_changes(
    exchange: Exchange, place: Place, member: Credentials
) -> None:
    place(member.user_id, "yes", "buy", 30, 2)  # before any app or feed exists
    assert not exchange.bus  # nobody listens: the engine builds no event
    first, second = FeedRig(exchange), FeedRig(exchange)  # two apps on one exchange
    feed = await first.connect(member)
    other = await second.connect(member)
    for raw in (feed, other):
        frames = await raw.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
        snapshot = of_type(frames, "orderbook_snapshot")[0]["msg"]
        assert snapshot["yes_dollars_fp"] == [["0.3000", "2.00"]]
    place(member.user_id, "yes", "buy", 30, 1)
    for raw in (feed, other):
        deltas = of_type(await raw.drain(), "orderbook_delta")
        assert [(d["msg"]["price_dollars"], d["msg"]["delta_fp"]) for d in deltas] == [
            ("0.3000", "1.00")
        ]
