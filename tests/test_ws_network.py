"""The network connector over a real loopback WebSocket server, and the clients' feed settings."""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import sys
from typing import Any

import httpx
import kalshi
import pytest
from conftest import verify_signature
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from kalshi.streaming._connection import WsClosed, WsHandshakeRefused
from kalshi.streaming._network import network_connect
from kalshi.streaming._url import check_ws_url, derive_ws_url
from websockets.asyncio.server import ServerConnection, serve
from websockets.http11 import Request, Response

KEY_ID = "ws-key-id"


def verify(headers: Any, key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> None:
    """Assert the upgrade carries Kalshi's three headers and a signature over ts+GET+path."""
    upgrade = httpx.Request(
        "GET", "http://127.0.0.1/trade-api/ws/v2", headers=list(headers.raw_items())
    )
    verify_signature(upgrade, key, KEY_ID)


class LoopbackFeed:
    """A tiny feed on loopback: records each upgrade request; can refuse with a status."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.refuse: int | None = None
        self.port = 0

    def process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        self.requests.append(request)
        if self.refuse is not None:
            return connection.respond(self.refuse, '{"error":"authentication_error"}\n')
        return None

    async def handler(self, connection: ServerConnection) -> None:
        async for text in connection:
            command = json.loads(text)
            if command["cmd"] == "subscribe":
                await connection.send(json.dumps(
                    {"id": command["id"], "type": "subscribed",
                     "msg": {"channel": command["params"]["channels"][0], "sid": 1}}))  # fmt: skip
                await connection.send(
                    json.dumps({"type": "ticker", "sid": 1, "msg": {"market_ticker": "A"}})
                )
            elif command["cmd"] == "bye":
                await connection.close(4000, "bye")


async def run_feed(feed: LoopbackFeed) -> Any:
    server = await serve(feed.handler, "127.0.0.1", 0, process_request=feed.process_request)
    feed.port = server.sockets[0].getsockname()[1]
    return server


@pytest.mark.parametrize("kind", ["rsa", "ed25519"])
async def test_the_handshake_is_signed_and_the_feed_works_over_the_network(
    kind: str, rsa_key: rsa.RSAPrivateKey, ed25519_key: ed25519.Ed25519PrivateKey
) -> None:
    key = rsa_key if kind == "rsa" else ed25519_key
    feed = LoopbackFeed()
    server = await run_feed(feed)
    try:
        client = kalshi.AsyncKalshiClient(
            key_id=KEY_ID, private_key=key, base_url=f"http://127.0.0.1:{feed.port}/trade-api/v2"
        )
        async with client.websocket() as ws:
            assert ws.url == f"ws://127.0.0.1:{feed.port}/trade-api/ws/v2"
            sub = await ws.subscribe_ticker(tickers="A")
            async with asyncio.timeout(10):
                message = await sub.__anext__()
            msg = message["msg"] if isinstance(message, dict) else message.msg
            ticker = msg["market_ticker"] if isinstance(msg, dict) else msg.market_ticker
            assert ticker == "A"
            assert len(server.connections) == 1
        async with asyncio.timeout(10):  # the server sees the close handshake: no socket left
            while server.connections:
                await asyncio.sleep(0.01)
        assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []
        await client.aclose()
    finally:
        server.close()
        await server.wait_closed()
    assert len(feed.requests) == 1
    assert feed.requests[0].path == "/trade-api/ws/v2"
    verify(feed.requests[0].headers, key)


async def test_a_refused_upgrade_carries_status_and_body(rsa_key: rsa.RSAPrivateKey) -> None:
    feed = LoopbackFeed()
    feed.refuse = 401
    server = await run_feed(feed)
    try:
        url = f"ws://127.0.0.1:{feed.port}/trade-api/ws/v2"
        with pytest.raises(WsHandshakeRefused) as refused:
            await network_connect(url, {})
        assert refused.value.status == 401
        assert b"authentication_error" in refused.value.body
        client = kalshi.AsyncKalshiClient(key_id=KEY_ID, private_key=rsa_key, ws_url=url,
                                          base_url="http://127.0.0.1:1/trade-api/v2")  # fmt: skip
        with pytest.raises(kalshi.WebSocketHandshakeError) as caught:
            async with client.websocket():
                pass
        assert caught.value.status == 401 and "clock" in str(caught.value)
    finally:
        server.close()
        await server.wait_closed()


async def test_a_server_close_is_ws_closed_with_its_code() -> None:
    feed = LoopbackFeed()
    server = await run_feed(feed)
    try:
        conn = await network_connect(f"ws://127.0.0.1:{feed.port}/trade-api/ws/v2", {})
        await conn.send(json.dumps({"id": 1, "cmd": "bye"}))
        with pytest.raises(WsClosed) as closed:
            await conn.recv()
        assert closed.value.code == 4000 and closed.value.reason == "bye"
        with pytest.raises(WsClosed):
            await conn.send("{}")
        await conn.close()
    finally:
        server.close()
        await server.wait_closed()


async def test_an_unreachable_feed_is_a_connection_error(rsa_key: rsa.RSAPrivateKey) -> None:
    probe = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = probe.sockets[0].getsockname()[1]
    probe.close()
    await probe.wait_closed()  # the port is free now: nothing listens
    client = kalshi.AsyncKalshiClient(key_id=KEY_ID, private_key=rsa_key,
                                      base_url=f"http://127.0.0.1:{port}/trade-api/v2")  # fmt: skip
    with pytest.raises(kalshi.WebSocketConnectionError):
        async with client.websocket():
            pass


# -- the clients' settings --


@pytest.mark.parametrize(
    ("base_url", "ws_url"),
    [
        (
            "https://external-api.kalshi.com/trade-api/v2",
            "wss://external-api-ws.kalshi.com/trade-api/ws/v2",
        ),
        (
            "https://external-api.demo.kalshi.co/trade-api/v2",
            "wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2",
        ),
        (
            "https://api.elections.kalshi.com/trade-api/v2",
            "wss://api.elections.kalshi.com/trade-api/ws/v2",
        ),
        ("http://127.0.0.1:8123/trade-api/v2", "ws://127.0.0.1:8123/trade-api/ws/v2"),
        ("http://[::1]:8123/trade-api/v2", "ws://[::1]:8123/trade-api/ws/v2"),
    ],
)
def test_the_feed_url_is_derived_from_base_url(base_url: str, ws_url: str) -> None:
    assert derive_ws_url(base_url) == ws_url


def test_ws_url_is_checked_like_base_url(private_pem: str) -> None:
    with pytest.raises(ValueError, match="not one of Kalshi's hosts"):
        kalshi.KalshiClient(key_id="k", private_key=private_pem, ws_url="wss://evil.example/ws")
    with pytest.raises(ValueError, match="use wss"):
        check_ws_url("ws://external-api-ws.kalshi.com/trade-api/ws/v2", allow_unknown_host=False)
    with pytest.raises(ValueError, match="ws:// or wss://"):
        check_ws_url("https://external-api-ws.kalshi.com/trade-api/ws/v2", allow_unknown_host=False)
    client = kalshi.KalshiClient(key_id="k", private_key=private_pem,
                                 ws_url="wss://proxy.example/ws", allow_unknown_host=True)  # fmt: skip
    assert client.with_options(timeout=3)._ws == client._ws
    client.close()


async def test_a_client_without_key_cannot_open_the_feed() -> None:
    with pytest.raises(kalshi.MissingCredentialsError):
        kalshi.AsyncKalshiClient().websocket()
    with pytest.raises(kalshi.MissingCredentialsError):
        kalshi.KalshiClient().websocket()


def test_import_kalshi_loads_neither_the_session_nor_websockets() -> None:
    code = (
        "import sys, kalshi\n"
        "loaded = [m for m in sys.modules if m.startswith('websockets') or "
        "m.startswith('kalshi.streaming._')]\n"
        "print(loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


async def test_the_handshake_signature_never_reaches_the_logs(
    rsa_key: rsa.RSAPrivateKey, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # a trader debugging the feed turns everything on
    feed = LoopbackFeed()
    server = await run_feed(feed)
    try:
        client = kalshi.AsyncKalshiClient(
            key_id=KEY_ID,
            private_key=rsa_key,
            base_url=f"http://127.0.0.1:{feed.port}/trade-api/v2",
        )
        async with client.websocket() as ws:
            await ws.subscribe_ticker(tickers="A")
        await client.aclose()
    finally:
        server.close()
        await server.wait_closed()
    signature = feed.requests[0].headers["KALSHI-ACCESS-SIGNATURE"]
    client_lines = [r for r in caplog.records if not r.name.startswith("websockets.server")]
    assert any("KALSHI-ACCESS-SIGNATURE" in r.getMessage() for r in client_lines)  # logged...
    assert all(signature not in r.getMessage() for r in client_lines)  # ...but not its value
