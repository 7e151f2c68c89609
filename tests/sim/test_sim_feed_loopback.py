"""The feed over a loopback `Simulator` (uvicorn): handshake, frames, pings, faults."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from typing import Any

import pytest
import websockets
from kalshi.sim import SimSettings, Simulator
from websockets.client import ClientProtocol
from websockets.frames import Frame, Opcode
from websockets.http11 import Response
from websockets.uri import parse_uri

from .conftest import TICKER
from .feed_helpers import handshake_headers


@pytest.fixture
def sim() -> Iterator[Simulator]:
    """A loopback simulator pinging every 20 ms, with a signing-window wide open."""
    settings = replace(SimSettings(), ws_ping_interval_s=0.02)
    with Simulator(settings) as simulator:
        yield simulator


def ws_url(sim: Simulator) -> str:
    """The feed's URL on the simulator."""
    return sim.base_url.replace("http://", "ws://").replace("/trade-api/v2", "/trade-api/ws/v2")


class RawSocket:
    """A sans-I/O WebSocket client on a TCP stream: sees every frame, pings included."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, url: str):
        self.reader, self.writer = reader, writer
        self.protocol = ClientProtocol(parse_uri(url))
        self.pending: list[Any] = []

    async def handshake(self, headers: dict[str, str]) -> Response:
        """Send the upgrade request with `headers`; return the server's HTTP response."""
        request = self.protocol.connect()
        for name, value in headers.items():
            request.headers[name] = value
        self.protocol.send_request(request)
        await self.flush()
        while True:
            event = await self.next_event()
            if isinstance(event, Response):
                return event

    async def flush(self) -> None:
        """Write what the protocol has to send."""
        for data in self.protocol.data_to_send():
            if data:
                self.writer.write(data)
        await self.writer.drain()

    async def next_event(self) -> Any:
        """The next event: the handshake response or a frame; raises EOFError at the end."""
        while not self.pending:
            data = await self.reader.read(65536)
            if not data:
                self.protocol.receive_eof()
                self.pending += self.protocol.events_received()
                if not self.pending:
                    raise EOFError
                break
            self.protocol.receive_data(data)
            self.pending += self.protocol.events_received()
            await self.flush()  # answers pings with pongs
        return self.pending.pop(0)

    async def send_text(self, text: str) -> None:
        """Send one text frame."""
        self.protocol.send_text(text.encode())
        await self.flush()


@pytest.fixture
async def raw(sim: Simulator) -> AsyncIterator[RawSocket]:
    """A TCP connection to the simulator, not yet upgraded."""
    host, port = sim.base_url.split("//")[1].split("/")[0].split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    yield RawSocket(reader, writer, ws_url(sim))
    writer.close()


async def test_over_uvicorn_a_bad_handshake_is_http_401_with_the_rest_body(
    sim: Simulator, raw: RawSocket
) -> None:
    headers = handshake_headers(sim.credentials, sim.clock.now_ms())
    headers["KALSHI-ACCESS-TIMESTAMP"] = "1"
    response = await raw.handshake(headers)
    assert response.status_code == 401
    assert json.loads(response.body or b"")["error"]["code"] == "header_timestamp_expired"


async def test_over_uvicorn_pings_carry_heartbeat_and_no_ping_stops_them(
    sim: Simulator, raw: RawSocket
) -> None:
    response = await raw.handshake(handshake_headers(sim.credentials, sim.clock.now_ms()))
    assert response.status_code == 101
    event = await raw.next_event()
    assert isinstance(event, Frame)
    assert event.opcode == Opcode.PING
    assert event.data == b"heartbeat"
    sim.faults.feed.no_ping = True
    # Pings sent before the fault may precede the first reply; none may follow it.
    await _command_reply(raw, 1)
    sim.faults.feed.ping_skipped.clear()
    assert await asyncio.to_thread(sim.faults.feed.ping_skipped.wait, 30)
    assert await _command_reply(raw, 2) == []


async def _command_reply(raw: RawSocket, command_id: int) -> list[Frame]:
    """Send list_subscriptions; return the pings that arrived before its reply."""
    await raw.send_text(json.dumps({"id": command_id, "cmd": "list_subscriptions"}))
    pings = []
    while True:
        event = await raw.next_event()
        assert isinstance(event, Frame)
        if event.opcode == Opcode.TEXT:
            assert json.loads(event.data) == {"id": command_id, "type": "ok", "msg": []}
            return pings
        if event.opcode == Opcode.PING:
            pings.append(event)


async def test_websockets_connect_sees_trades_and_the_drop_fault(sim: Simulator) -> None:
    headers = handshake_headers(sim.credentials, sim.clock.now_ms())
    other = sim.add_member()
    async with websockets.connect(ws_url(sim), additional_headers=headers) as ws:
        await ws.send(json.dumps({"id": 1, "cmd": "subscribe", "params": {"channels": ["trade"]}}))
        assert json.loads(await ws.recv()) == {
            "id": 1,
            "type": "subscribed",
            "msg": {"channel": "trade", "sid": 1},
        }
        from decimal import Decimal

        from kalshi.sim import OrderRequest

        sim.exchange.place_order(
            sim.credentials.user_id, OrderRequest(TICKER, "bid", Decimal("0.5"), Decimal(2))
        )
        sim.exchange.place_order(
            other.user_id, OrderRequest(TICKER, "ask", Decimal("0.5"), Decimal(2))
        )
        trade = json.loads(await ws.recv())
        assert trade["type"] == "trade"
        assert trade["msg"]["count_fp"] == "2.00"
        sim.faults.feed.drop_now()
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 1011


async def test_websockets_connect_is_refused_without_a_signature(sim: Simulator) -> None:
    with pytest.raises(websockets.InvalidStatus) as refused:
        async with websockets.connect(ws_url(sim)):
            pass
    assert refused.value.response.status_code == 401
