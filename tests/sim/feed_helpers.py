"""A raw feed client for the simulator's feed tests: signed connects, commands, frame reads."""

from __future__ import annotations

import functools
import itertools
import json
from pathlib import Path
from typing import Any

import yaml
from kalshi.sim import Credentials, Exchange, create_app
from kalshi.sim._faults import FaultPlan
from kalshi.sim._transport import SimTransport
from kalshi.streaming._connection import WsConnection
from starlette.applications import Starlette

from .conftest import sign

WS_URL = "wss://sim.test/trade-api/ws/v2"
# The committed, normalized AsyncAPI document (the one `generated/kalshi_ws` is built from).
ASYNCAPI = Path(__file__).resolve().parents[2] / "openapi" / "kalshi-ws.yaml"


def handshake_headers(credentials: Credentials, now_ms: int) -> dict[str, str]:
    """The signed KALSHI-ACCESS-* headers of a feed handshake."""
    timestamp = str(now_ms)
    return {
        "KALSHI-ACCESS-KEY": credentials.key_id,
        "KALSHI-ACCESS-TIMESTAMP": timestamp,
        "KALSHI-ACCESS-SIGNATURE": sign(
            credentials.private_key_pem, timestamp + "GET" + "/trade-api/ws/v2"
        ),
    }


class RawFeed:
    """One raw connection: send commands, read frames, sync with a barrier command."""

    _ids = itertools.count(1000)

    def __init__(self, connection: WsConnection) -> None:
        self.connection = connection

    async def send(self, command: dict[str, Any]) -> None:
        """Send one command object."""
        await self.connection.send(json.dumps(command))

    async def recv(self) -> dict[str, Any]:
        """The next frame, parsed."""
        frame: dict[str, Any] = json.loads(await self.connection.recv())
        return frame

    async def command(self, command: dict[str, Any]) -> list[dict[str, Any]]:
        """Send a command and return every frame up to the sync barrier (left out)."""
        await self.send(command)
        return await self.drain()

    async def drain(self) -> list[dict[str, Any]]:
        """Every frame queued so far (ends with a `list_subscriptions` barrier, left out)."""
        barrier = next(self._ids)
        await self.send({"id": barrier, "cmd": "list_subscriptions"})
        frames = []
        while True:
            frame = await self.recv()
            if frame.get("id") == barrier and frame["type"] == "ok":
                return frames
            frames.append(frame)

    async def subscribe(self, command_id: int = 1, **params: Any) -> list[dict[str, Any]]:
        """Subscribe and return the replies and initial frames."""
        return await self.command({"id": command_id, "cmd": "subscribe", "params": params})


class FeedRig:
    """An app on an exchange, with an in-process transport to open feed connections."""

    def __init__(self, exchange: Exchange, faults: FaultPlan | None = None) -> None:
        self.exchange = exchange
        self.app: Starlette = create_app(exchange, faults=faults)
        self.transport = SimTransport(self.app)

    async def connect(self, credentials: Credentials) -> RawFeed:
        """Open an authenticated feed connection as `credentials`."""
        headers = handshake_headers(credentials, self.exchange.clock.now_ms())
        return RawFeed(await self.transport.websocket_connect(WS_URL, headers))


@functools.cache
def asyncapi_schemas() -> dict[str, Any]:
    """The AsyncAPI document's component schemas."""
    schemas: dict[str, Any] = yaml.safe_load(ASYNCAPI.read_text())["components"]["schemas"]
    return schemas


_PAYLOADS = {
    "orderbook_snapshot": "orderbookSnapshotPayload",
    "orderbook_delta": "orderbookDeltaPayload",
    "ticker": "tickerPayload",
    "trade": "tradePayload",
    "fill": "fillPayload",
    "market_position": "marketPositionPayload",
    "market_lifecycle_v2": "marketLifecycleV2Payload",
    "order_group_updates": "orderGroupUpdatesPayload",
    "user_order": "userOrderPayload",
    "rfq_created": "rfqCreatedPayload",
    "rfq_deleted": "rfqDeletedPayload",
    "quote_created": "quoteCreatedPayload",
    "quote_accepted": "quoteAcceptedPayload",
    "quote_executed": "quoteExecutedPayload",
    "subscribed": "subscribedResponsePayload",
    "unsubscribed": "unsubscribedResponsePayload",
    "error": "errorResponsePayload",
}


def check_shape(frame: dict[str, Any]) -> None:
    """Check a frame against its AsyncAPI payload schema."""
    schemas = asyncapi_schemas()
    name = _PAYLOADS.get(frame["type"])
    if name is None or name not in schemas:
        return
    problems = _check(frame, schemas[name], schemas, "frame")
    assert not problems, problems


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


def _check(value: Any, schema: dict[str, Any], schemas: dict[str, Any], where: str) -> list[str]:
    """The ways `value` breaks `schema`: types, required keys, const and enum (recursively)."""
    schema = _resolve(schema, schemas)
    problems: list[str] = []
    kind = schema.get("type")
    if isinstance(kind, str) and kind in _TYPES:
        wrong_bool = isinstance(value, bool) and kind in ("integer", "number")
        if not isinstance(value, _TYPES[kind]) or wrong_bool:
            return [f"{where}: {value!r} is not {kind}"]
    if "const" in schema and value != schema["const"]:
        problems.append(f"{where}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not in {schema['enum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                problems.append(f"{where}: missing {key}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                problems += _check(value[key], sub, schemas, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            problems += _check(item, schema["items"], schemas, f"{where}[{index}]")
    return problems
