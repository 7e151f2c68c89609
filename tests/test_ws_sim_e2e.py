"""The feed end to end: the SDK's streaming client against the simulator's feed.

In process through the `async_kalshi_client` fixture (the feed served by the app itself) and
over loopback through `kalshi_client` (uvicorn, the `websockets` library): typed messages for
the engine's events, a maintained book equal to the REST book after random trading, and the
feed's faults (a dropped connection, a skipped seq, missing pings) recovered from.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import kalshi
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kalshi.sim import API_PREFIX, Credentials, ManualClock, SimSettings, Simulator, asgi_transport
from kalshi.streaming._book import Orderbook
from kalshi.streaming._session import AsyncWebSocket

TICKER = "KXPRES-24-DJT"
FAST = {"backoff_base": 0.0, "backoff_cap": 0.0}  # reconnect at once: no waiting in tests

Levels = dict[Decimal, Decimal]


def in_process_client(sim: Simulator) -> kalshi.AsyncKalshiClient:
    """A client of a new member, REST and feed answered by the app in process."""
    credentials = sim.add_member(key_type="ed25519")
    transport = asgi_transport(sim.app)
    return kalshi.AsyncKalshiClient(
        key_id=credentials.key_id,
        private_key=credentials.private_key_pem,
        base_url="http://127.0.0.1" + API_PREFIX,
        http_client=httpx.AsyncClient(transport=transport),
        ws_connect=transport.websocket_connect,
    )


def order(side: str, price: str, count: int, **extra: Any) -> dict[str, Any]:
    """The arguments of a resting limit order on TICKER."""
    return {
        "ticker": TICKER,
        "side": side,
        "price": price,
        "count": count,
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
        **extra,
    }


def levels(pairs: Any) -> Levels:
    """REST `[[price, count], ...]` levels as Decimals, empty ones left out."""
    out = {Decimal(price): Decimal(count) for price, count in pairs or ()}
    return {price: count for price, count in out.items() if count > 0}


def book_of(book: Orderbook) -> tuple[Levels, Levels]:
    """The client's book as (yes, no) levels."""
    return dict(book.yes), dict(book.no)


async def rest_book(client: kalshi.AsyncKalshiClient) -> tuple[Levels, Levels]:
    """The market's book read over REST, as (yes, no) levels."""
    answer = await client.markets.orderbook(TICKER)
    return levels(answer.orderbook_fp.yes_dollars), levels(answer.orderbook_fp.no_dollars)


async def settled_book(ws: AsyncWebSocket, book: Orderbook) -> tuple[Levels, Levels]:
    """The client's book once every frame sent before now has been applied.

    The server answers commands in order with its frames, and the session applies book frames
    where it reads them: the reply to `list_subscriptions` comes after every earlier frame.
    """
    await ws.list_subscriptions()
    return book_of(book)


# --- the fixtures' wiring -------------------------------------------------------------------


async def test_async_fixture_streams_in_process(
    async_kalshi_client: kalshi.AsyncKalshiClient,
) -> None:
    async with async_kalshi_client.websocket() as ws:
        stream = ws.orderbook(TICKER)
        first = await anext(stream)
        assert book_of(first) == ({}, {})
        await async_kalshi_client.orders.create_v2(**order("bid", "0.40", 2))
        book = await anext(stream)
        assert book_of(book) == ({Decimal("0.40"): Decimal(2)}, {})
        assert book_of(book) == await rest_book(async_kalshi_client)


def test_sync_client_streams_over_loopback(
    kalshi_client: kalshi.KalshiClient, kalshi_sim: Simulator
) -> None:
    with kalshi_client.websocket() as ws:
        port = kalshi_sim.base_url.split(":")[2].split("/")[0]
        assert ws.session.url == f"ws://127.0.0.1:{port}/trade-api/ws/v2"
        stream = ws.orderbook(TICKER)
        assert book_of(next(stream)) == ({}, {})
        orders = ws.subscribe_user_orders()
        created = kalshi_client.orders.create_v2(**order("ask", "0.62", 3))
        book = next(stream)
        assert book_of(book) == ({}, {Decimal("0.38"): Decimal(3)})
        update = next(orders)
        assert type(update).__name__ == "UserOrderPayload"
        assert str(update.msg.order_id) == created.order_id
        assert update.msg.remaining_count_fp == "3.00"
        answer = kalshi_client.markets.orderbook(TICKER)
        assert book_of(book) == (
            levels(answer.orderbook_fp.yes_dollars),
            levels(answer.orderbook_fp.no_dollars),
        )


# --- every channel the simulator serves ------------------------------------------------------


def loopback_async_client(sim: Simulator, credentials: Credentials) -> kalshi.AsyncKalshiClient:
    """An async client of `credentials` over loopback (REST over httpx, the feed `websockets`)."""
    if not sim.running:
        sim.start()
    return kalshi.AsyncKalshiClient(
        key_id=credentials.key_id, private_key=credentials.private_key_pem, base_url=sim.base_url
    )


@pytest.mark.parametrize("where", ["in process", "loopback"])
async def test_each_channel_yields_typed_messages_for_its_events(
    async_kalshi_client: kalshi.AsyncKalshiClient, kalshi_sim: Simulator, where: str
) -> None:
    if where == "in process":
        me, other = async_kalshi_client, in_process_client(kalshi_sim)
    else:
        me = loopback_async_client(kalshi_sim, kalshi_sim.credentials)
        other = loopback_async_client(kalshi_sim, kalshi_sim.add_member(key_type="ed25519"))
    async with me, other, me.websocket() as ws:
        book = ws.orderbook(TICKER)
        await anext(book)
        ticker = await ws.subscribe_ticker(TICKER)
        trade = await ws.subscribe_trade(TICKER)
        fill = await ws.subscribe_fill()
        user_orders = await ws.subscribe_user_orders()
        positions = await ws.subscribe_market_positions()
        groups = await ws.subscribe_order_group()
        lifecycle = await ws.subscribe_market_lifecycle()

        group = (await me.order_groups.create(contracts_limit=2)).order_group_id
        created = await anext(groups)
        assert type(created).__name__ == "OrderGroupUpdatesPayload"
        assert (created.msg.event_type, created.msg.order_group_id) == ("created", group)
        assert created.msg.contracts_limit_fp == "2.00"

        await other.orders.create_v2(**order("ask", "0.55", 5))
        quote = await anext(ticker)
        assert type(quote).__name__ == "TickerPayload"
        assert (quote.msg.market_ticker, quote.msg.yes_ask_dollars) == (TICKER, "0.5500")
        assert book_of(await anext(book)) == ({}, {Decimal("0.45"): Decimal(5)})

        # 3 contracts into a group limited to 2: the fill trips it (the total exceeds the limit)
        mine = await me.orders.create_v2(**order("bid", "0.55", 3, order_group_id=group))
        traded = await anext(trade)
        assert type(traded).__name__ == "TradePayload"
        assert (traded.msg.count_fp, traded.msg.yes_price_dollars) == ("3.00", "0.5500")
        filled = await anext(fill)
        assert type(filled).__name__ == "FillPayload"
        assert str(filled.msg.order_id) == mine.order_id
        assert (filled.msg.count_fp, filled.msg.is_taker) == ("3.00", True)
        update = await anext(user_orders)
        assert type(update).__name__ == "UserOrderPayload"
        assert (str(update.msg.order_id), update.msg.fill_count_fp) == (mine.order_id, "3.00")
        position = await anext(positions)
        assert type(position).__name__ == "MarketPositionPayload"
        assert (position.msg.market_ticker, position.msg.position_fp) == (TICKER, "3.00")
        tripped = await anext(groups)
        assert (tripped.msg.event_type, tripped.msg.order_group_id) == ("triggered", group)
        assert await settled_book(ws, book.book) == ({}, {Decimal("0.45"): Decimal(2)})

        kalshi_sim.exchange.settle_market(TICKER, "yes")
        events = [await anext(lifecycle), await anext(lifecycle)]
        assert {type(event).__name__ for event in events} == {"MarketLifecycleV2Payload"}
        assert [(e.msg.event_type, e.msg.market_ticker) for e in events] == [
            ("determined", TICKER),
            ("settled", TICKER),
        ]
        assert events[0].msg.result == "yes"
        # settling cancelled the other member's rest: the book empties
        assert await settled_book(ws, book.book) == ({}, {})


async def test_private_channels_carry_only_the_members_own_events(
    async_kalshi_client: kalshi.AsyncKalshiClient, kalshi_sim: Simulator
) -> None:
    async with in_process_client(kalshi_sim) as other, async_kalshi_client.websocket() as ws:
        mine = await ws.subscribe_user_orders()
        await other.orders.create_v2(**order("ask", "0.70", 1))
        placed = await async_kalshi_client.orders.create_v2(**order("bid", "0.30", 1))
        update = await anext(mine)
        assert str(update.msg.order_id) == placed.order_id
        await ws.list_subscriptions()
        assert mine._queue == collections.deque()  # the other member's order never came


# --- the maintained book equals the REST book ----------------------------------------------

PRICES = st.sampled_from(["0.40", "0.45", "0.50", "0.55", "0.60"])
ACTIONS = st.one_of(
    st.tuples(
        st.just("place"),
        st.integers(0, 2),
        st.sampled_from(["bid", "ask"]),
        PRICES,
        st.integers(1, 5),
    ),
    st.tuples(st.just("cancel"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("amend"), st.integers(0, 2), st.integers(0, 9), PRICES, st.integers(1, 6)),
    st.tuples(st.just("decrease"), st.integers(0, 2), st.integers(0, 9), st.integers(1, 3)),
)


async def _trade_and_compare(sim: Simulator, actions: list[tuple[Any, ...]]) -> None:
    members = [in_process_client(sim) for _ in range(3)]
    placed: list[list[tuple[str, str]]] = [[], [], []]  # per member: (order_id, side)
    try:
        async with members[0].websocket() as ws:
            stream = ws.orderbook(TICKER)
            await anext(stream)
            for action in actions:
                kind, who = action[0], action[1]
                client, own = members[who], placed[who]
                try:
                    if kind == "place":
                        _, _, side, price, count = action
                        created = await client.orders.create_v2(**order(side, price, count))
                        own.append((created.order_id, side))
                    elif own:
                        order_id, side = own[action[2] % len(own)]
                        if kind == "cancel":
                            await client.orders.cancel_v2(order_id)
                        elif kind == "amend":
                            await client.orders.amend_v2(
                                order_id, ticker=TICKER, side=side, price=action[3],
                                count=action[4],
                            )  # fmt: skip
                        else:
                            await client.orders.decrease_v2(order_id, reduce_by=action[3])
                except kalshi.APIStatusError:
                    pass  # the order is gone (filled, cancelled): the exchange says so
            assert await settled_book(ws, stream.book) == await rest_book(members[0])
    finally:
        for client in members:
            await client.aclose()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(actions=st.lists(ACTIONS, min_size=1, max_size=14))
def test_feed_book_equals_rest_book_after_random_trading(
    kalshi_sim: Simulator, actions: list[tuple[Any, ...]]
) -> None:
    kalshi_sim.reset()
    asyncio.run(_trade_and_compare(kalshi_sim, actions))


# --- the feed's faults ----------------------------------------------------------------------


async def test_a_skipped_seq_makes_the_client_take_a_fresh_snapshot(
    async_kalshi_client: kalshi.AsyncKalshiClient, kalshi_sim: Simulator
) -> None:
    async with async_kalshi_client.websocket(**FAST) as ws:
        stream = ws.orderbook(TICKER)
        await anext(stream)
        first_sid = stream.sid
        kalshi_sim.faults.feed.skip(1)
        await async_kalshi_client.orders.create_v2(**order("bid", "0.41", 4))
        book = await anext(stream)  # yielded again only from the new snapshot
        assert stream.sid != first_sid  # subscribed anew
        assert book_of(book) == ({Decimal("0.41"): Decimal(4)}, {})
        await async_kalshi_client.orders.create_v2(**order("bid", "0.42", 1))
        assert await settled_book(ws, book) == await rest_book(async_kalshi_client)
        assert ws.reconnects == 0


async def test_a_dropped_connection_reconnects_and_restores_the_book(
    async_kalshi_client: kalshi.AsyncKalshiClient, kalshi_sim: Simulator
) -> None:
    client = async_kalshi_client
    async with client.websocket(**FAST) as ws:
        stream = ws.orderbook(TICKER)
        orders = await ws.subscribe_user_orders()
        await anext(stream)
        first = await client.orders.create_v2(**order("ask", "0.66", 2))
        await anext(stream)
        kalshi_sim.faults.feed.drop_now()
        book = await anext(stream)  # handed out again only from the new connection's snapshot
        assert ws.reconnects == 1
        assert book_of(book) == ({}, {Decimal("0.34"): Decimal(2)})
        assert str((await anext(orders)).msg.order_id) == first.order_id
        with pytest.raises(kalshi.StreamInterrupted):
            await anext(orders)  # a private channel says that messages may be missing
        second = await client.orders.create_v2(**order("ask", "0.67", 1))
        update = await anext(orders)
        assert (str(update.msg.order_id), update.msg.remaining_count_fp) == (
            second.order_id,
            "1.00",
        )
        assert await settled_book(ws, book) == await rest_book(client)


@pytest.fixture
def pinging_sim() -> Iterator[Simulator]:
    """A loopback simulator pinging every 20 ms, its signing window wide open."""
    wide_open = dataclasses.replace(
        SimSettings(), ws_ping_interval_s=0.02, skew_past_ms=None, skew_future_ms=None
    )
    with Simulator(wide_open, ManualClock()) as sim:
        yield sim


def loopback_client(sim: Simulator) -> kalshi.KalshiClient:
    """A sync client of the simulator's default member, over loopback."""
    credentials = sim.credentials
    return kalshi.KalshiClient(
        key_id=credentials.key_id,
        private_key=credentials.private_key_pem,
        base_url=sim.base_url,
    )


def sync_rest_book(client: kalshi.KalshiClient) -> tuple[Levels, Levels]:
    """The market's book read over REST by a sync client."""
    answer = client.markets.orderbook(TICKER)
    return levels(answer.orderbook_fp.yes_dollars), levels(answer.orderbook_fp.no_dollars)


def test_sync_facade_reconnects_over_loopback_after_a_drop(pinging_sim: Simulator) -> None:
    with loopback_client(pinging_sim) as client, client.websocket(**FAST) as ws:
        stream = ws.orderbook(TICKER)
        next(stream)
        client.orders.create_v2(**order("bid", "0.33", 3))
        next(stream)
        pinging_sim.faults.feed.drop_now()
        book = next(stream)  # from the new connection's snapshot
        assert ws.reconnects == 1
        assert book_of(book) == ({Decimal("0.33"): Decimal(3)}, {})
        client.orders.create_v2(**order("bid", "0.34", 1))
        ws.list_subscriptions()  # every frame sent before the reply has been applied
        assert book_of(stream.book) == sync_rest_book(client)
        assert len(book.yes) == 2


def test_missing_server_pings_leave_the_session_and_its_book_intact(
    pinging_sim: Simulator,
) -> None:
    with loopback_client(pinging_sim) as client, client.websocket(**FAST) as ws:
        stream = ws.orderbook(TICKER)
        next(stream)
        pinging_sim.faults.feed.no_ping = True
        pinging_sim.faults.feed.ping_skipped.clear()
        assert pinging_sim.faults.feed.ping_skipped.wait(timeout=10)
        client.orders.create_v2(**order("bid", "0.35", 2))
        book = next(stream)
        assert ws.reconnects == 0
        assert book_of(book) == ({Decimal("0.35"): Decimal(2)}, {}) == sync_rest_book(client)


# --- communications ---------------------------------------------------------------------------


async def test_communications_frames_reach_the_client_typed(
    async_kalshi_client: kalshi.AsyncKalshiClient, kalshi_sim: Simulator
) -> None:
    from kalshi.sim._rfq import communications_of

    comms = communications_of(kalshi_sim.exchange)
    maker = kalshi_sim.add_member(key_type="ed25519")
    async with async_kalshi_client.websocket() as ws:
        sub = await ws.subscribe_communications()
        rfq = comms.create_rfq(
            kalshi_sim.credentials.user_id, ticker=TICKER, contracts=Decimal(5),
            target_cost=None, rest_remainder=False,
        )  # fmt: skip
        quote = comms.create_quote(
            maker.user_id, rfq_id=rfq.rfq_id, yes_bid=Decimal("0.45"), no_bid=Decimal("0.50"),
            rest_remainder=False,
        )  # fmt: skip
        comms.accept_quote(kalshi_sim.credentials.user_id, quote.quote_id, "no")
        comms.confirm_quote(maker.user_id, quote.quote_id)
        got = [await anext(sub) for _ in range(4)]
        assert [type(message).__name__ for message in got] == [
            "RfqCreatedPayload",
            "QuoteCreatedPayload",
            "QuoteAcceptedPayload",
            "QuoteExecutedPayload",
        ]
        assert str(got[0].msg.id) == rfq.rfq_id
        assert got[2].msg.accepted_side == "no"
        assert str(got[3].msg.order_id) == quote.rfq_creator_order_id


# --- a refused handshake ---------------------------------------------------------------------


@pytest.mark.parametrize("where", ["in process", "loopback"])
async def test_a_wrong_key_is_refused_by_the_feed_as_by_rest(
    kalshi_sim: Simulator, rsa_key: Any, where: str
) -> None:
    key_id = kalshi_sim.credentials.key_id
    if where == "in process":
        transport = asgi_transport(kalshi_sim.app)
        client = kalshi.AsyncKalshiClient(
            key_id=key_id, private_key=rsa_key, base_url="http://127.0.0.1" + API_PREFIX,
            http_client=httpx.AsyncClient(transport=transport),
            ws_connect=transport.websocket_connect,
        )  # fmt: skip
    else:
        if not kalshi_sim.running:
            kalshi_sim.start()
        client = kalshi.AsyncKalshiClient(
            key_id=key_id, private_key=rsa_key, base_url=kalshi_sim.base_url
        )
    async with client:
        with pytest.raises(kalshi.AuthenticationError) as rest:
            await client.order_groups.list()
        with pytest.raises(kalshi.WebSocketHandshakeError) as feed:
            await client.websocket().open()
    assert feed.value.status == 401 and key_id in str(feed.value)
    assert str(feed.value) == f"the feed refused the connection with HTTP 401: {rest.value.message}"
