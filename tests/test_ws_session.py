"""The feed session against a scripted in-process server: commands, sids, seq gaps, reconnects."""

from __future__ import annotations

import asyncio
import json
import math
import subprocess
import sys
import threading
import uuid
from collections.abc import AsyncIterator, Callable, Mapping
from decimal import Decimal
from typing import Any

import httpx
import kalshi
import pytest
from kalshi._errors import make_status_error
from kalshi.streaming._book import Orderbook
from kalshi.streaming._connection import WsClosed, WsHandshakeRefused
from kalshi.streaming._messages import parse_frame
from kalshi.streaming._session import (
    REFUSED_RECONNECTS,
    TERMINAL_RETRIES,
    AsyncWebSocket,
    OrderbookStream,
    Subscription,
)

URL = "ws://127.0.0.1:9/trade-api/ws/v2"
SAFETY = 10.0  # a hung test fails after this long instead of hanging; no test relies on it
ID = "0b8f9c6e-0000-4000-8000-{:012d}".format  # trade and order ids are UUIDs


class FakeConn:
    """One connection of the scripted server: what the client sent, and a way to push frames."""

    def __init__(self, server: FakeServer, headers: Mapping[str, str]) -> None:
        self.server = server
        self.headers = dict(headers)
        self.sent: list[dict[str, Any]] = []
        self.inbox: asyncio.Queue[str | None] = asyncio.Queue()
        self.closed = False
        self.next_sid = 1

    async def send(self, text: str) -> None:
        if self.closed:
            raise WsClosed(1006, "closed")
        command = json.loads(text)
        self.sent.append(command)
        self.server.changed()
        if not self.server.silent:
            self.server.handler(self, command)

    async def recv(self) -> str:
        if self.closed and self.inbox.empty():
            raise WsClosed(1006, "closed")
        text = await self.inbox.get()
        if text is None:
            raise WsClosed(1000, "closed")
        return text

    async def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.inbox.put_nowait(None)
            self.server.changed()

    # -- the server's side --

    def push(self, frame: dict[str, Any]) -> None:
        self.inbox.put_nowait(json.dumps(frame))

    def drop(self) -> None:
        """The server ends the connection."""
        self.closed = True
        self.inbox.put_nowait(None)

    def commands(self, cmd: str) -> list[dict[str, Any]]:
        return [c for c in self.sent if c["cmd"] == cmd]


def default_handler(conn: FakeConn, command: dict[str, Any]) -> None:
    """Answer every command as Kalshi does: a new sid per subscribe, ok to the rest."""
    ident, cmd = command["id"], command["cmd"]
    if cmd == "subscribe":
        channel = command["params"]["channels"][0]
        sid = conn.next_sid
        conn.next_sid += 1
        conn.push({"id": ident, "type": "subscribed", "msg": {"channel": channel, "sid": sid}})
        conn.server.on_subscribe(conn, command, sid)
    elif cmd == "unsubscribe":
        conn.push(
            {"id": ident, "sid": command["params"]["sids"][0], "seq": 1, "type": "unsubscribed"}
        )
    elif cmd == "list_subscriptions":
        conn.push({"id": ident, "type": "ok", "msg": []})
    elif cmd == "update_subscription":
        conn.push(
            {
                "id": ident,
                "sid": command["params"]["sids"][0],
                "seq": 1,
                "type": "ok",
                "msg": {"market_tickers": ["A", *command["params"]["market_tickers"]]},
            }
        )


class FakeServer:
    """A scripted feed: counts connections, answers commands, can refuse or fall silent."""

    def __init__(self) -> None:
        self.connections: list[FakeConn] = []
        self.silent = False
        self.refuse: int | None = None
        self.refuse_times: int | None = None
        """How many connects `refuse` answers (None: every one)."""
        self.refused = 0
        self.refuse_body = b'{"error": "no"}'
        self.handler: Callable[[FakeConn, dict[str, Any]], None] = default_handler
        self.on_subscribe: Callable[[FakeConn, dict[str, Any], int], None] = lambda *a: None
        self._changed: asyncio.Event | None = None

    def changed(self) -> None:
        if self._changed is not None:
            self._changed.set()

    async def connect(self, url: str, headers: Mapping[str, str]) -> FakeConn:
        if self.refuse is not None and (
            self.refuse_times is None or self.refused < self.refuse_times
        ):
            self.refused += 1
            raise WsHandshakeRefused(self.refuse, self.refuse_body)
        conn = FakeConn(self, headers)
        self.connections.append(conn)
        self.changed()
        return conn

    async def until(self, predicate: Callable[[], bool]) -> None:
        """Wait until the predicate holds, re-checking whenever the server sees anything."""
        async with asyncio.timeout(SAFETY):
            while not predicate():
                self._changed = asyncio.Event()
                waiter = asyncio.ensure_future(self._changed.wait())
                try:
                    await asyncio.wait({waiter}, timeout=0.01)
                finally:
                    waiter.cancel()

    @property
    def conn(self) -> FakeConn:
        return self.connections[-1]


def session(server: FakeServer, **options: Any) -> AsyncWebSocket:
    options.setdefault("backoff_base", 0.0)
    options.setdefault("command_timeout", 2.0)
    return AsyncWebSocket(url=URL, connect=server.connect, headers=lambda: {"X": "1"}, **options)


@pytest.fixture
async def server() -> AsyncIterator[FakeServer]:
    yield FakeServer()


def field(message: Any, *path: str) -> Any:
    """A field of a message, whether it is the frame's dict or a generated model."""
    for name in path:
        message = message[name] if isinstance(message, dict) else getattr(message, name)
    return str(message) if isinstance(message, uuid.UUID) else message


async def next_of(sub: Any) -> Any:
    async with asyncio.timeout(SAFETY):
        return await sub.__anext__()


def snapshot(
    sid: int, seq: int, ticker: str, yes: list[list[str]], no: list[list[str]]
) -> dict[str, Any]:
    msg: dict[str, Any] = {"market_ticker": ticker, "market_id": "m-1"}
    if yes:
        msg["yes_dollars_fp"] = yes
    if no:
        msg["no_dollars_fp"] = no
    return {"type": "orderbook_snapshot", "sid": sid, "seq": seq, "msg": msg}


def delta(sid: int, seq: int, ticker: str, side: str, price: str, change: str) -> dict[str, Any]:
    return {
        "type": "orderbook_delta",
        "sid": sid,
        "seq": seq,
        "msg": {"market_ticker": ticker, "market_id": "m-1", "side": side,
                "price_dollars": price, "delta_fp": change, "ts_ms": 1},
    }  # fmt: skip


# -- commands and replies --


async def test_subscribe_sends_one_channel_and_yields_typed_messages(server: FakeServer) -> None:
    async with session(server) as ws:
        sub = await ws.subscribe_ticker(tickers=["A", "B"])
        command = server.conn.commands("subscribe")[0]
        assert command["params"] == {"channels": ["ticker"], "market_tickers": ["A", "B"]}
        assert sub.sid == 1 and sub.channel == "ticker"
        frame = {"type": "ticker", "sid": 1, "msg": {"market_ticker": "A", "price_dollars": "0.5"}}
        server.conn.push(frame)
        server.conn.push({"type": "ticker", "sid": 99, "msg": {"market_ticker": "Z"}})  # not ours
        server.conn.push({**frame, "msg": {"market_ticker": "B"}})
        first = await next_of(sub)
        assert type(first) is type(parse_frame(frame))
        assert field(first, "sid") == 1 and field(first, "msg", "market_ticker") == "A"
        assert field(await next_of(sub), "msg", "market_ticker") == "B"


async def test_a_frame_right_after_the_subscribed_reply_is_delivered(server: FakeServer) -> None:
    server.on_subscribe = lambda conn, command, sid: conn.push(
        {"type": "ticker", "sid": sid, "msg": {"market_ticker": "A"}}
    )
    async with session(server) as ws:
        sub = await ws.subscribe_ticker(tickers="A")
        assert field(await next_of(sub), "msg", "market_ticker") == "A"


@pytest.mark.parametrize(
    ("method", "channel"),
    [
        ("subscribe_trade", "trade"),
        ("subscribe_fill", "fill"),
        ("subscribe_market_positions", "market_positions"),
        ("subscribe_user_orders", "user_orders"),
        ("subscribe_order_group", "order_group_updates"),
        ("subscribe_market_lifecycle", "market_lifecycle_v2"),
        ("subscribe_multivariate_lifecycle", "multivariate_market_lifecycle"),
        ("subscribe_communications", "communications"),
    ],
)
async def test_each_channel_method_subscribes_its_channel(
    server: FakeServer, method: str, channel: str
) -> None:
    async with session(server) as ws:
        sub = await getattr(ws, method)()
        assert server.conn.commands("subscribe")[0]["params"] == {"channels": [channel]}
        assert sub.channel == channel


async def test_error_reply_raises_the_typed_error_with_kalshis_code(server: FakeServer) -> None:
    def refuse(conn: FakeConn, command: dict[str, Any]) -> None:
        code = 16 if command["params"]["market_tickers"] == ["NOPE"] else 17
        conn.push({"id": command["id"], "type": "error",
                   "msg": {"code": code, "msg": "Market not found", "market_ticker": "NOPE"}})  # fmt: skip

    server.handler = refuse
    async with session(server) as ws:
        with pytest.raises(kalshi.WebSocketCommandError) as caught:
            await ws.subscribe_ticker(tickers="NOPE")
        assert caught.value.code == 16 and caught.value.command == "subscribe"
        assert caught.value.market_ticker == "NOPE"
        assert not isinstance(caught.value, kalshi.SubscriptionTerminated)
        with pytest.raises(kalshi.SubscriptionTerminated) as terminal:
            await ws.subscribe_ticker(tickers="X")
        assert terminal.value.code == 17
        assert isinstance(terminal.value, kalshi.WebSocketError)
        assert ws.subscriptions == []


async def test_a_command_without_reply_times_out(server: FakeServer) -> None:
    async with session(server, command_timeout=0.05) as ws:
        server.silent = True
        with pytest.raises(kalshi.WebSocketTimeoutError):
            await ws.list_subscriptions()


async def test_update_list_and_unsubscribe_commands(server: FakeServer) -> None:
    async with session(server) as ws:
        sub = await ws.subscribe_ticker(tickers="A")
        listed = await sub.update(add_markets=["B"])
        assert listed == ["A", "B"]
        update = server.conn.commands("update_subscription")[0]["params"]
        assert update == {"sids": [1], "market_tickers": ["B"], "action": "add_markets"}
        assert sub.params["market_tickers"] == ["A", "B"]  # what a reconnect subscribes
        await ws.update_subscription(sub, delete_markets=["A"])
        assert sub.params["market_tickers"] == ["B"]
        assert await ws.list_subscriptions() == []
        await sub.unsubscribe()
        assert server.conn.commands("unsubscribe")[0]["params"] == {"sids": [1]}
        assert sub.closed
        with pytest.raises(StopAsyncIteration):
            await next_of(sub)


async def test_refused_handshake_raises_with_the_status(server: FakeServer) -> None:
    server.refuse = 401
    with pytest.raises(kalshi.WebSocketHandshakeError) as caught:
        async with session(server):
            pass
    assert caught.value.status == 401


REFUSALS = [
    {"error": {"code": "header_timestamp_expired", "message": "header timestamp expired"}},
    {"error": {"code": "authentication_error", "message": "authentication_error",
               "details": "INCORRECT_API_KEY_SIGNATURE"}},
    {"error": {"code": "authentication_error", "message": "authentication_error",
               "details": "API_KEY_NOT_FOUND"}},
    {"error": "no"},
]  # fmt: skip


@pytest.mark.parametrize("body", REFUSALS)
async def test_a_401_handshake_is_explained_as_a_401_rest_call_is(
    body: dict[str, Any], private_pem: str
) -> None:
    server = FakeServer()
    server.refuse, server.refuse_body = 401, json.dumps(body).encode()
    client = kalshi.AsyncKalshiClient(
        key_id="my-key-id", private_key=private_pem, base_url="http://127.0.0.1:9/trade-api/v2",
        ws_connect=server.connect,
    )  # fmt: skip
    with pytest.raises(kalshi.WebSocketHandshakeError) as caught:
        await client.websocket().open()
    rest = make_status_error(
        httpx.Response(401, json=body, request=httpx.Request("GET", URL)), key_id="my-key-id"
    )
    assert caught.value.status == 401
    assert str(caught.value) == f"the feed refused the connection with HTTP 401: {rest.message}"
    assert "(" in rest.message  # every 401 carries a hint: clock, key id or environment
    await client.aclose()


async def test_a_session_opens_again_after_a_failed_open_but_not_after_close(
    server: FakeServer,
) -> None:
    ws = session(server)
    server.refuse, server.refuse_times = 503, 1
    with pytest.raises(kalshi.WebSocketHandshakeError):
        await ws.open()
    async with ws:
        assert len(server.connections) == 1
    with pytest.raises(RuntimeError, match="cannot be opened again"):
        await ws.open()


# -- sequence numbers and the maintained book --


async def test_book_is_maintained_from_snapshot_and_deltas(server: FakeServer) -> None:
    async with session(server) as ws:
        stream = ws.orderbook("MKT")
        first = asyncio.ensure_future(next_of(stream))
        await server.until(lambda: bool(server.connections and server.conn.commands("subscribe")))
        assert server.conn.commands("subscribe")[0]["params"] == {
            "channels": ["orderbook_delta"], "market_tickers": ["MKT"]}  # fmt: skip
        server.conn.push(
            snapshot(1, 1, "MKT", [["0.40", "10.00"], ["0.41", "5.00"]], [["0.55", "7.00"]])
        )
        book = await first
        assert book.yes == {Decimal("0.40"): Decimal("10.00"), Decimal("0.41"): Decimal("5.00")}
        assert book.best_yes_bid == Decimal("0.41") and book.best_yes_ask == Decimal("0.45")
        assert book.spread == Decimal("0.04") and book.seq == 1
        server.conn.push(delta(1, 2, "MKT", "yes", "0.41", "-5.00"))
        book = await next_of(stream)
        assert book.yes == {Decimal("0.40"): Decimal("10.00")} and book.seq == 2
        server.conn.push(delta(1, 3, "OTHER", "no", "0.30", "1.00"))  # another market: no change
        server.conn.push(delta(1, 4, "MKT", "no", "0.56", "2.50"))
        book = await next_of(stream)
        assert book.no == {Decimal("0.55"): Decimal("7.00"), Decimal("0.56"): Decimal("2.50")}
        assert book.best_no_bid == Decimal("0.56") and book.best_yes_ask == Decimal("0.44")


@pytest.mark.parametrize("bad_seq", [5, 1], ids=["gap", "reset"])
async def test_a_seq_gap_or_reset_resubscribes_and_waits_for_a_fresh_snapshot(
    server: FakeServer, bad_seq: int
) -> None:
    async with session(server) as ws:
        stream = ws.orderbook("MKT")
        first = asyncio.ensure_future(next_of(stream))
        await server.until(lambda: bool(server.connections and server.conn.commands("subscribe")))
        conn = server.conn
        conn.push(snapshot(1, 1, "MKT", [["0.40", "10.00"]], []))
        await first
        conn.push(delta(1, 2, "MKT", "yes", "0.40", "1.00"))
        conn.push(delta(1, 3, "MKT", "yes", "0.40", "1.00"))
        assert (await next_of(stream)).seq in (2, 3)
        conn.push(delta(1, 3, "MKT", "yes", "0.40", "100.00"))  # an exact repeat: dropped
        conn.push(delta(1, bad_seq, "MKT", "yes", "0.40", "100.00"))  # the gap (or reset)
        conn.push(delta(1, bad_seq + 1, "MKT", "yes", "0.39", "100.00"))  # old sid: ignored
        await server.until(lambda: stream.sid == 2)
        assert len(conn.commands("subscribe")) == 2
        assert conn.commands("unsubscribe")[0]["params"] == {"sids": [1]}
        assert stream.sid == 2 and not stream.book.ready
        waiting = asyncio.ensure_future(next_of(stream))
        conn.push(delta(2, 1, "MKT", "yes", "0.38", "9.00"))  # before any snapshot: ignored
        conn.push(snapshot(2, 2, "MKT", [["0.40", "3.00"]], [["0.50", "1.00"]]))
        book = await waiting
        assert book.yes == {Decimal("0.40"): Decimal("3.00")}
        assert book.no == {Decimal("0.50"): Decimal("1.00")} and book.seq == 2


async def test_order_group_gap_raises_interrupted_then_goes_on(server: FakeServer) -> None:
    async with session(server) as ws:
        sub = await ws.subscribe_order_group()
        frame = {"type": "order_group_updates", "sid": 1, "msg": {"event_type": "created",
                 "order_group_id": "g"}}  # fmt: skip
        server.conn.push({**frame, "seq": 1})
        server.conn.push({**frame, "seq": 3})
        assert field(await next_of(sub), "seq") == 1
        with pytest.raises(kalshi.StreamInterrupted) as caught:
            await next_of(sub)
        assert caught.value.reason == "gap" and caught.value.channel == "order_group_updates"
        assert field(await next_of(sub), "seq") == 3


# -- reconnection --


async def test_a_dropped_connection_restores_every_subscription(server: FakeServer) -> None:
    async with session(server) as ws:
        ticker = await ws.subscribe_ticker(tickers=["A"])
        fills = await ws.subscribe_fill()
        stream = ws.orderbook("MKT")
        first = asyncio.ensure_future(next_of(stream))
        await server.until(lambda: len(server.conn.commands("subscribe")) == 3)
        server.conn.push(snapshot(3, 1, "MKT", [["0.40", "10.00"]], []))
        await first
        old = server.conn
        old.drop()
        await server.until(
            lambda: len(server.connections) == 2 and len(server.conn.commands("subscribe")) == 3
        )
        new = server.conn
        await server.until(lambda: stream.sid is not None and fills.sid is not None)
        assert [c["params"] for c in new.commands("subscribe")] == [
            c["params"] for c in old.commands("subscribe")
        ]
        assert ws.reconnects == 1 and not stream.book.ready
        # The new sids route to the same Subscription objects.
        sids = {ticker.sid, fills.sid, stream.sid}
        assert sids == {1, 2, 3}
        new.push({"type": "ticker", "sid": ticker.sid, "msg": {"market_ticker": "A"}})
        new.push({"type": "fill", "sid": fills.sid, "msg": {"trade_id": ID(1)}})
        new.push(snapshot(stream.sid, 1, "MKT", [["0.45", "1.00"]], []))  # type: ignore[arg-type]
        assert field(await next_of(ticker), "msg", "market_ticker") == "A"
        with pytest.raises(kalshi.StreamInterrupted) as caught:  # private: told, not silent
            await next_of(fills)
        assert caught.value.reason == "reconnect"
        assert field(await next_of(fills), "msg", "trade_id") == ID(1)
        book = await next_of(stream)
        assert book.yes == {Decimal("0.45"): Decimal("1.00")}


async def test_a_silent_server_is_probed_then_reconnected(server: FakeServer) -> None:
    async with session(server, heartbeat=0.02, command_timeout=5.0) as ws:
        server.silent = True
        await server.until(lambda: len(server.connections) == 2)
        first = server.connections[0]
        assert first.commands("list_subscriptions")  # probed before giving up
        assert first.closed
        server.silent = False
        sub = await ws.subscribe_trade()
        assert sub.sid == 1 and ws.reconnects >= 1


async def test_final_refusals_on_reconnect_end_the_subscriptions(server: FakeServer) -> None:
    async with session(server) as ws:
        sub = await ws.subscribe_ticker()
        server.refuse = 401
        server.conn.drop()
        with pytest.raises(kalshi.WebSocketHandshakeError):
            await next_of(sub)
        with pytest.raises(kalshi.WebSocketHandshakeError):
            await ws.subscribe_trade()
        assert server.refused == REFUSED_RECONNECTS


async def test_a_passing_refusal_on_reconnect_does_not_end_the_session(
    server: FakeServer,
) -> None:
    async with session(server) as ws:
        sub = await ws.subscribe_ticker()
        server.refuse = 401
        server.refuse_times = 2  # a clock that drifted for a moment, then right again
        server.conn.drop()
        await server.until(lambda: len(server.connections) == 2)
        server.conn.push({"type": "ticker", "sid": 1, "msg": {"market_ticker": "A"}})
        assert field(await next_of(sub), "msg", "market_ticker") == "A"
        assert server.refused == 2 and not sub.closed


# -- back-pressure --


async def test_market_data_drops_the_oldest_and_counts(server: FakeServer) -> None:
    async with session(server, queue_size=3) as ws:
        sub = await ws.subscribe_trade()
        for n in range(5):
            server.conn.push({"type": "trade", "sid": 1, "msg": {"trade_id": ID(n)}})
        await ws.list_subscriptions()  # every frame before the reply has been routed
        assert sub.dropped == 2
        got = [field(await next_of(sub), "msg", "trade_id") for _ in range(3)]
        assert got == [ID(2), ID(3), ID(4)]


async def test_a_private_channel_never_drops_silently(server: FakeServer) -> None:
    async with session(server, queue_size=3) as ws:
        sub = await ws.subscribe_user_orders()
        for n in range(5):
            server.conn.push({"type": "user_order", "sid": 1, "msg": {"order_id": ID(n)}})
        await ws.list_subscriptions()
        with pytest.raises(kalshi.SubscriptionOverflow) as caught:
            await next_of(sub)
        assert caught.value.dropped == 5 and sub.dropped == 5
        server.conn.push({"type": "user_order", "sid": 1, "msg": {"order_id": ID(5)}})
        assert field(await next_of(sub), "msg", "order_id") == ID(5)  # goes on after the error


# -- shutdown --


async def test_close_leaves_no_task_and_ends_the_iterators(server: FakeServer) -> None:
    before = asyncio.all_tasks()
    ws = session(server, heartbeat=0.05)
    await ws.open()
    sub = await ws.subscribe_fill()
    waiting = asyncio.ensure_future(next_of(sub))
    stream: OrderbookStream = ws.orderbook("MKT")
    await ws.close()
    with pytest.raises(StopAsyncIteration):
        await waiting
    assert server.conn.closed
    assert asyncio.all_tasks() == before
    assert isinstance(sub, Subscription) and sub.closed
    await stream.aclose()
    await ws.close()  # again: nothing to do


# -- the sync facade --


def test_the_sync_facade(private_pem: str) -> None:
    server = FakeServer()

    def on_subscribe(conn: FakeConn, command: dict[str, Any], sid: int) -> None:
        params = command["params"]
        if params["channels"] == ["orderbook_delta"]:
            conn.push(snapshot(sid, 1, params["market_tickers"][0], [["0.30", "2.00"]], []))
        else:
            conn.push({"type": "ticker", "sid": sid, "msg": {"market_ticker": "A"}})

    server.on_subscribe = on_subscribe
    client = kalshi.KalshiClient(
        key_id="k", private_key=private_pem, base_url="http://127.0.0.1:9/trade-api/v2",
        ws_connect=server.connect,
    )  # fmt: skip
    threads = set(threading.enumerate())
    with client.websocket(backoff_base=0.0) as ws:
        sub = ws.subscribe_ticker(tickers="A")
        assert ws.subscriptions == [sub]
        assert field(next(iter(sub)), "msg", "market_ticker") == "A"
        stream = ws.orderbook("MKT")
        book = next(stream)
        assert isinstance(book, Orderbook) and book.yes == {Decimal("0.30"): Decimal("2.00")}
        assert ws.subscriptions == [sub, stream] and stream != sub
        assert ws.list_subscriptions() == []
        sub.unsubscribe()
        assert list(sub) == []
        assert ws.subscriptions == [stream]
        ws.unsubscribe(ws.subscriptions[0])
        assert ws.subscriptions == [] and list(stream) == []
    assert set(threading.enumerate()) <= threads
    headers = server.connections[0].headers
    assert headers["KALSHI-ACCESS-KEY"] == "k"
    client.close()


def test_the_sync_websocket_builds_its_session_once_checked_at_the_call(
    private_pem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kalshi.streaming import _factory

    built: list[AsyncWebSocket] = []
    make = _factory.make_session

    def counting(**settings: Any) -> AsyncWebSocket:
        made = make(**settings)
        built.append(made)
        return made

    monkeypatch.setattr(_factory, "make_session", counting)
    server = FakeServer()
    client = kalshi.KalshiClient(
        key_id="k", private_key=private_pem, base_url="http://127.0.0.1:9/trade-api/v2",
        ws_connect=server.connect,
    )  # fmt: skip
    with pytest.raises(ValueError, match="heartbeat"):
        client.websocket(heartbeat=0)  # raised here, in the caller's thread, before any open
    ws = client.websocket(backoff_base=0.0)
    assert len(built) == 1 and server.connections == []
    server.refuse, server.refuse_times = 503, 1
    with pytest.raises(kalshi.WebSocketHandshakeError):
        ws.open()
    with ws:  # a session that never opened may be opened again
        assert ws.session is built[0]
    assert len(built) == 1
    with pytest.raises(RuntimeError, match="cannot be opened again"):
        ws.open()
    client.close()


# -- robustness --


async def test_a_malformed_book_frame_resyncs_and_the_session_goes_on(server: FakeServer) -> None:
    async with session(server) as ws:
        stream = ws.orderbook("MKT")
        first = asyncio.ensure_future(next_of(stream))
        await server.until(lambda: bool(server.connections and server.conn.commands("subscribe")))
        conn = server.conn
        conn.push(snapshot(1, 1, "MKT", [["0.40", "10.00"]], []))
        await first
        conn.push({"type": "orderbook_delta", "sid": 1, "seq": 2, "msg": {"market_ticker": "MKT"}})
        await server.until(lambda: stream.sid == 2)
        assert not stream.book.ready  # never handed out with a delta missing
        conn.push(snapshot(2, 1, "MKT", [["0.41", "1.00"]], []))
        assert (await next_of(stream)).yes == {Decimal("0.41"): Decimal("1.00")}
        assert len(server.connections) == 1


async def test_an_ok_reply_taking_a_seq_is_no_gap(server: FakeServer) -> None:
    def handler(conn: FakeConn, command: dict[str, Any]) -> None:
        if command["cmd"] == "update_subscription":
            conn.push({"id": command["id"], "sid": 1, "seq": 2, "type": "ok",
                       "msg": {"market_tickers": ["MKT", "B"]}})  # fmt: skip
        else:
            default_handler(conn, command)

    server.handler = handler
    async with session(server) as ws:
        sub = await ws.subscribe_orderbook_delta("MKT")
        server.conn.push(snapshot(1, 1, "MKT", [["0.40", "10.00"]], []))
        assert field(await next_of(sub), "seq") == 1
        assert await sub.update(add_markets=["B"]) == ["MKT", "B"]
        server.conn.push(delta(1, 3, "MKT", "yes", "0.40", "1.00"))
        assert field(await next_of(sub), "seq") == 3
        assert len(server.conn.commands("subscribe")) == 1 and sub.sid == 1


async def test_a_terminal_error_on_a_sid_subscribes_it_again(server: FakeServer) -> None:
    async with session(server) as ws:
        sub = await ws.subscribe_ticker(tickers="A")
        server.conn.push({"type": "error", "sid": 1, "msg": {"code": 25, "msg": "Buffer overflow"}})
        await server.until(lambda: sub.sid == 2)
        assert server.conn.commands("unsubscribe")[0]["params"] == {"sids": [1]}
        server.conn.push({"type": "ticker", "sid": 2, "msg": {"market_ticker": "A"}})
        assert field(await next_of(sub), "msg", "market_ticker") == "A"


async def test_a_connector_failing_oddly_on_reconnect_is_retried(server: FakeServer) -> None:
    async with session(server) as ws:
        sub = await ws.subscribe_trade()
        real = server.connect
        calls = 0

        async def flaky(url: str, headers: Mapping[str, str]) -> FakeConn:
            nonlocal calls
            calls += 1
            if calls == 1:
                raise RuntimeError("a connector bug")
            return await real(url, headers)

        ws._connect = flaky
        server.conn.drop()
        await server.until(lambda: len(server.connections) == 2 and sub.sid is not None)
        server.conn.push({"type": "trade", "sid": sub.sid, "msg": {"trade_id": ID(7)}})
        assert field(await next_of(sub), "msg", "trade_id") == ID(7)


class RecordingRng:
    """A random source that records the bounds it is asked for and answers the lowest."""

    def __init__(self) -> None:
        self.bounds: list[tuple[float, float]] = []

    def uniform(self, low: float, high: float) -> float:
        self.bounds.append((low, high))
        return low


async def test_reconnection_backs_off_exponentially_capped_with_jitter(server: FakeServer) -> None:
    rng = RecordingRng()
    async with session(server, backoff_base=0.5, backoff_cap=2.0, rng=rng) as ws:  # type: ignore[arg-type]
        sub = await ws.subscribe_trade()
        server.refuse = 503  # worth retrying
        attempts = 0
        real = server.connect

        async def refusing(url: str, headers: Mapping[str, str]) -> FakeConn:
            nonlocal attempts
            attempts += 1
            if attempts == 5:
                server.refuse = None
            return await real(url, headers)

        ws._connect = refusing
        server.conn.drop()
        await server.until(lambda: len(server.connections) == 2 and sub.sid is not None)
        assert rng.bounds == [(0, 0.5), (0, 1.0), (0, 2.0), (0, 2.0), (0, 2.0)]
        assert ws.reconnects == 1


# -- recovery under stress: each test below failed before its fix --


async def test_a_resubscribe_without_reply_reconnects_instead_of_stalling(
    server: FakeServer,
) -> None:
    def handler(conn: FakeConn, command: dict[str, Any]) -> None:
        first = conn is server.connections[0]
        if first and command["cmd"] == "subscribe" and len(conn.commands("subscribe")) > 1:
            return  # the resubscribe after the terminal error is never answered
        default_handler(conn, command)

    server.handler = handler
    async with session(server, command_timeout=0.05) as ws:
        sub = await ws.subscribe_ticker(tickers="A")
        server.conn.push({"type": "error", "sid": 1, "msg": {"code": 17, "msg": "Internal"}})
        # The subscription is not left without a sid: the session starts over on a new one.
        await server.until(lambda: len(server.connections) == 2 and sub.sid is not None)
        server.conn.push({"type": "ticker", "sid": sub.sid, "msg": {"market_ticker": "A"}})
        assert field(await next_of(sub), "msg", "market_ticker") == "A"


async def test_close_wakes_a_subscribe_waiting_for_a_connection(server: FakeServer) -> None:
    ws = session(server, command_timeout=5.0)
    await ws.open()
    gate = asyncio.Event()  # never set: the reconnect hangs until the session is closed
    reconnecting: list[str] = []

    async def stuck(url: str, headers: Mapping[str, str]) -> FakeConn:
        reconnecting.append(url)
        await gate.wait()
        return await server.connect(url, headers)

    ws._connect = stuck
    server.conn.drop()
    await server.until(lambda: bool(reconnecting))
    assert ws._conn is None
    pending = asyncio.ensure_future(ws.subscribe_trade())
    await asyncio.sleep(0)  # one step: it now waits for a connection
    assert not pending.done()
    await ws.close()
    with pytest.raises(kalshi.WebSocketConnectionError):
        async with asyncio.timeout(SAFETY):
            await pending


async def test_a_subscribe_reply_for_a_subscription_ended_meanwhile_is_unsubscribed(
    server: FakeServer,
) -> None:
    held: list[dict[str, Any]] = []

    def handler(conn: FakeConn, command: dict[str, Any]) -> None:
        if command["cmd"] == "subscribe" and conn is not server.connections[0]:
            held.append(command)  # the restore's subscribe: answered by the test below
            return
        default_handler(conn, command)

    server.handler = handler
    async with session(server) as ws:
        sub = await ws.subscribe_ticker(tickers="A")
        server.conn.drop()
        await server.until(lambda: bool(held))
        await sub.unsubscribe()  # while its restore waits for the reply
        new = server.conn
        new.push(
            {"id": held[0]["id"], "type": "subscribed", "msg": {"channel": "ticker", "sid": 5}}
        )
        await server.until(lambda: bool(new.commands("unsubscribe")))
        assert new.commands("unsubscribe")[0]["params"] == {"sids": [5]}
        assert ws.subscriptions == [] and sub.closed and 5 not in ws._by_sid


async def test_a_connection_that_drops_right_after_restoring_keeps_backing_off(
    server: FakeServer,
) -> None:
    rng = RecordingRng()

    def handler(conn: FakeConn, command: dict[str, Any]) -> None:
        default_handler(conn, command)
        if command["cmd"] == "subscribe" and 1 < len(server.connections) < 5:
            conn.drop()  # answers the resubscribe, then falls over

    async with session(server, backoff_base=0.5, backoff_cap=8.0, rng=rng) as ws:  # type: ignore[arg-type]
        sub = await ws.subscribe_trade()
        server.handler = handler
        server.conn.drop()
        await server.until(lambda: len(server.connections) == 5 and sub.sid is not None)
        assert rng.bounds == [(0, 0.5), (0, 1.0), (0, 2.0), (0, 4.0)]


async def test_a_connection_that_stayed_up_starts_the_backoff_over(server: FakeServer) -> None:
    rng = RecordingRng()
    async with session(server, backoff_base=0.5, backoff_cap=8.0, rng=rng) as ws:  # type: ignore[arg-type]
        ws._stable_after = 0.0  # every connection that carried a frame counts as having worked
        sub = await ws.subscribe_trade()
        for n in range(2, 4):
            server.conn.drop()
            await server.until(lambda n=n: len(server.connections) == n and sub.sid is not None)  # type: ignore[misc]
        assert rng.bounds == [(0, 0.5), (0, 0.5)]


async def test_unsubscribe_racing_a_lost_connection_does_not_raise(server: FakeServer) -> None:
    def handler(conn: FakeConn, command: dict[str, Any]) -> None:
        if command["cmd"] == "unsubscribe":
            conn.drop()  # the connection ends before the reply
            return
        default_handler(conn, command)

    async with session(server) as ws:
        sub = await ws.subscribe_ticker(tickers="A")
        other = await ws.subscribe_trade()
        server.handler = handler
        await sub.unsubscribe()
        assert sub.closed
        await server.until(lambda: len(server.connections) == 2 and other.sid is not None)
        assert [c["params"]["channels"] for c in server.conn.commands("subscribe")] == [["trade"]]


async def test_a_probe_that_cannot_be_sent_still_ends_a_dead_connection(
    server: FakeServer,
) -> None:
    async with session(server, heartbeat=0.02, command_timeout=5.0):
        first = server.conn
        never = asyncio.Event()
        real_send = first.send

        async def send(text: str) -> None:
            if json.loads(text)["cmd"] == "list_subscriptions":
                await never.wait()  # a send buffer that never drains
            await real_send(text)

        first.send = send  # type: ignore[method-assign]
        await server.until(lambda: len(server.connections) == 2)
        assert first.closed


def test_a_sync_subscription_used_after_the_session_closed_ends(private_pem: str) -> None:
    server = FakeServer()
    client = kalshi.KalshiClient(
        key_id="k", private_key=private_pem, base_url="http://127.0.0.1:9/trade-api/v2",
        ws_connect=server.connect,
    )  # fmt: skip
    with client.websocket(backoff_base=0.0) as ws:
        sub = ws.subscribe_ticker(tickers="A")
        stream = ws.orderbook("MKT")
    assert list(sub) == [] and sub.closed
    sub.unsubscribe()  # nothing left to do
    stream.close()
    with pytest.raises(kalshi.WebSocketConnectionError):
        sub.update(add_markets=["B"])
    client.close()


async def test_a_connection_lost_between_a_subscribe_reply_and_its_caller_is_a_lost_connection(
    server: FakeServer,
) -> None:
    async with session(server) as ws:
        bind = ws._bind

        def bind_then_lose(sub: Subscription, reply: dict[str, Any]) -> None:
            bind(sub, reply)
            ws._detach()  # the connection ends before the subscribe's caller resumes

        ws._bind = bind_then_lose  # type: ignore[method-assign]
        with pytest.raises(kalshi.WebSocketConnectionError, match="lost during subscribe"):
            await ws.subscribe_ticker("A")
        ws._bind = bind  # type: ignore[method-assign]
        assert ws.subscriptions == [] and ws._by_sid == {}


async def test_a_book_whose_first_read_is_cancelled_after_the_reply_keeps_one_sid(
    server: FakeServer,
) -> None:
    async with session(server) as ws:
        stream = ws.orderbook("MKT")
        first = asyncio.ensure_future(next_of(stream))
        bind = ws._bind

        def bind_then_cancel(sub: Subscription, reply: dict[str, Any]) -> None:
            bind(sub, reply)
            first.cancel()  # e.g. the reader's own timeout, right as the reply is read

        ws._bind = bind_then_cancel  # type: ignore[method-assign]
        with pytest.raises(asyncio.CancelledError):
            await first
        ws._bind = bind  # type: ignore[method-assign]
        conn = server.conn
        await server.until(lambda: bool(conn.commands("unsubscribe")))
        assert conn.commands("unsubscribe")[0]["params"] == {"sids": [1]}
        assert 1 not in ws._by_sid and stream.sid is None
        again = asyncio.ensure_future(next_of(stream))  # reading again subscribes again
        await server.until(lambda: stream.sid == 2)
        conn.push(snapshot(1, 1, "MKT", [["0.40", "5.00"]], []))  # the abandoned sid: ignored
        conn.push(snapshot(2, 1, "MKT", [["0.40", "1.00"]], []))
        conn.push(delta(1, 2, "MKT", "yes", "0.40", "5.00"))  # would be applied twice
        conn.push(delta(2, 2, "MKT", "yes", "0.40", "1.00"))
        assert (await again).yes in ({Decimal("0.40"): Decimal("1.00")},
                                     {Decimal("0.40"): Decimal("2.00")})  # fmt: skip
        await ws.list_subscriptions()  # every frame before the reply has been routed
        assert stream.book.yes == {Decimal("0.40"): Decimal("2.00")}


async def test_a_late_reply_to_a_timed_out_subscribe_is_unsubscribed(server: FakeServer) -> None:
    held: list[dict[str, Any]] = []

    def handler(conn: FakeConn, command: dict[str, Any]) -> None:
        if command["cmd"] == "subscribe":
            held.append(command)  # answered only after the client gave up
            return
        default_handler(conn, command)

    server.handler = handler
    async with session(server, command_timeout=0.05) as ws:
        with pytest.raises(kalshi.WebSocketTimeoutError):
            await ws.subscribe_ticker(tickers="A")
        server.conn.push(
            {"id": held[0]["id"], "type": "subscribed", "msg": {"channel": "ticker", "sid": 7}}
        )
        await server.until(lambda: bool(server.conn.commands("unsubscribe")))
        assert server.conn.commands("unsubscribe")[0]["params"] == {"sids": [7]}
        assert ws._by_sid == {} and ws.subscriptions == []


async def test_a_terminal_error_in_reply_to_an_update_subscribes_again(
    server: FakeServer,
) -> None:
    def handler(conn: FakeConn, command: dict[str, Any]) -> None:
        if command["cmd"] == "update_subscription":
            conn.push({"id": command["id"], "type": "error",
                       "msg": {"code": 17, "msg": "Internal error"}})  # fmt: skip
            return
        default_handler(conn, command)

    server.handler = handler
    async with session(server) as ws:
        sub = await ws.subscribe_ticker(tickers="A")
        with pytest.raises(kalshi.SubscriptionTerminated):
            await sub.update(add_markets=["B"])
        # Kalshi ended the subscription: it is made again rather than left silent.
        await server.until(lambda: sub.sid == 2)
        assert server.conn.commands("unsubscribe")[0]["params"] == {"sids": [1]}
        assert server.conn.commands("subscribe")[1]["params"] == {
            "channels": ["ticker"], "market_tickers": ["A"]}  # fmt: skip


EXIT_SCRIPT = """
import asyncio, json, sys
import kalshi

class Conn:
    def __init__(self):
        self.inbox = asyncio.Queue()
    async def send(self, text):
        command = json.loads(text)
        if command["cmd"] == "subscribe":
            self.inbox.put_nowait(json.dumps({"id": command["id"], "type": "subscribed",
                                              "msg": {"channel": "ticker", "sid": 1}}))
    async def recv(self):
        text = await self.inbox.get()
        if text is None:
            from kalshi.streaming._connection import WsClosed
            raise WsClosed(1000, "closed")
        return text
    async def close(self):
        print("connection closed", flush=True)
        self.inbox.put_nowait(None)

async def connect(url, headers):
    return Conn()

client = kalshi.KalshiClient(key_id="k", private_key=sys.stdin.read(),
                             base_url="http://127.0.0.1:9/trade-api/v2", ws_connect=connect)
ws = client.websocket()
ws.open()
ws.subscribe_ticker(tickers="A")
print("exiting", flush=True)
"""


def test_a_sync_session_left_open_is_closed_at_interpreter_exit(private_pem: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", EXIT_SCRIPT],
        input=private_pem, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert out.stdout.split("\n")[:2] == ["exiting", "connection closed"]


def merging_handler(conn: FakeConn, command: dict[str, Any]) -> None:
    """Kalshi merges a second subscribe to a channel into the first one's sid."""
    if command["cmd"] == "subscribe":
        channel = command["params"]["channels"][0]
        earlier = [
            c for c in conn.commands("subscribe")[:-1] if c["params"]["channels"] == [channel]
        ]
        if earlier:
            tickers = [t for c in conn.commands("subscribe") for t in c["params"]["market_tickers"]]
            conn.push({"id": command["id"], "sid": 1, "seq": 1, "type": "ok",
                       "msg": {"market_tickers": tickers}})  # fmt: skip
            return
    default_handler(conn, command)


async def test_unsubscribing_one_of_two_merged_subscriptions_removes_its_markets(
    server: FakeServer,
) -> None:
    server.handler = merging_handler
    async with session(server) as ws:
        first = await ws.subscribe_ticker(tickers=["A", "C"])
        second = await ws.subscribe_ticker(tickers=["B", "C"])
        assert first.sid == second.sid == 1
        await first.unsubscribe()
        # The server's sid lives on for `second`; A alone stops being sent to it.
        assert server.conn.commands("unsubscribe") == []
        update = server.conn.commands("update_subscription")
        assert [c["params"] for c in update] == [
            {"sids": [1], "market_tickers": ["A"], "action": "delete_markets"}
        ]
        assert second.params["market_tickers"] == ["B", "C"] and not second.closed


async def test_a_terminal_error_to_a_restoring_subscribe_is_retried(server: FakeServer) -> None:
    refused: list[int] = []

    def handler(conn: FakeConn, command: dict[str, Any]) -> None:
        if command["cmd"] == "subscribe" and conn is not server.connections[0] and not refused:
            refused.append(command["id"])  # Kalshi's internal error, once
            conn.push({"id": command["id"], "type": "error",
                       "msg": {"code": 17, "msg": "Internal error"}})  # fmt: skip
            return
        default_handler(conn, command)

    async with session(server) as ws:
        sub = await ws.subscribe_fill()
        server.handler = handler
        server.conn.drop()
        await server.until(lambda: len(server.connections) == 2 and sub.sid is not None)
        assert refused and not sub.closed and ws.subscriptions == [sub]
        server.conn.push({"type": "fill", "sid": sub.sid, "msg": {"trade_id": ID(1)}})
        with pytest.raises(kalshi.StreamInterrupted):  # the reconnect, as always
            await next_of(sub)
        assert field(await next_of(sub), "msg", "trade_id") == ID(1)


async def test_a_subscribe_always_answered_with_a_terminal_error_ends_after_the_retries(
    server: FakeServer,
) -> None:
    def handler(conn: FakeConn, command: dict[str, Any]) -> None:
        if command["cmd"] == "subscribe" and conn is not server.connections[0]:
            conn.push({"id": command["id"], "type": "error",
                       "msg": {"code": 10, "msg": "Channel error"}})  # fmt: skip
            return
        default_handler(conn, command)

    async with session(server) as ws:
        sub = await ws.subscribe_trade()
        server.handler = handler
        server.conn.drop()
        with pytest.raises(kalshi.SubscriptionTerminated) as caught:
            while True:
                await next_of(sub)
        assert caught.value.code == 10 and sub.closed and ws.subscriptions == []
        assert len(server.conn.commands("subscribe")) == 1 + TERMINAL_RETRIES


async def test_two_readers_of_one_subscription_are_both_served(server: FakeServer) -> None:
    async with session(server) as ws:
        sub = await ws.subscribe_trade()
        first = asyncio.ensure_future(next_of(sub))
        second = asyncio.ensure_future(next_of(sub))
        cancelled = asyncio.ensure_future(next_of(sub))
        await asyncio.sleep(0)  # one step: all three wait for a message
        cancelled.cancel()  # a reader that gives up must not take the others' wake-up with it
        for n in range(2):
            server.conn.push({"type": "trade", "sid": 1, "msg": {"trade_id": ID(n)}})
        got = {field(await first, "msg", "trade_id"), field(await second, "msg", "trade_id")}
        assert got == {ID(0), ID(1)}


@pytest.mark.parametrize("setting", ["heartbeat", "command_timeout", "backoff_base", "backoff_cap"])
def test_a_nan_timing_setting_is_refused(server: FakeServer, setting: str) -> None:
    # NaN compares false with everything, so a check written as `value <= 0` let it through.
    with pytest.raises(ValueError, match=setting):
        session(server, **{setting: math.nan})


@pytest.mark.parametrize("size", [0.5, 0, -1, True])
def test_a_queue_size_that_is_not_a_positive_int_is_refused(server: FakeServer, size: Any) -> None:
    # 0.5 used to pass as a positive number and become a queue of 0: every frame an overflow.
    with pytest.raises((TypeError, ValueError), match="queue_size"):
        session(server, queue_size=size)
