"""`asgi_transport`: a fault served in process looks to httpx as it does over loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from kalshi.sim import FaultPlan, Simulator, asgi_transport, create_app

STATUS = "/trade-api/v2/exchange/status"


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator() as running:
        yield running


async def outcome(client: httpx.AsyncClient, url: str) -> tuple[object, ...]:
    """What a client sees of a GET: status and body, or the error's type and message."""
    try:
        async with client.stream("GET", url) as response:
            status = response.status_code
            try:
                body = await response.aread()
            except httpx.TransportError as exc:
                return status, type(exc).__name__, str(exc)
            return status, body
    except httpx.TransportError as exc:
        return type(exc).__name__, str(exc)


@pytest.mark.parametrize("kind", ["drop_before", "drop_after", "html_error", "rate_limit"])
async def test_a_fault_looks_the_same_in_process_as_over_loopback(
    sim: Simulator, kind: str
) -> None:
    sim.faults.clear()
    sim.faults.add(kind, method="GET", path=STATUS)
    async with httpx.AsyncClient() as http:
        over_loopback = await outcome(http, sim.base_url + "/exchange/status")
    faults = FaultPlan()
    faults.add(kind, method="GET", path=STATUS)
    transport = asgi_transport(create_app(sim.exchange, faults=faults))
    async with httpx.AsyncClient(transport=transport) as http:
        in_process = await outcome(http, "http://sim.test" + STATUS)
    assert in_process == over_loopback
    if kind.startswith("drop"):  # the headers arrive, the body never does
        assert over_loopback[:2] == (200, "RemoteProtocolError")


async def test_a_cut_before_any_header_is_a_disconnect() -> None:
    async def app(scope: object, receive: object, send: object) -> None:
        from kalshi.sim._faults import DroppedConnection

        raise DroppedConnection("cut")

    async with httpx.AsyncClient(transport=asgi_transport(app)) as http:
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            await http.get("http://sim.test/")


async def test_a_client_that_times_out_does_not_stop_the_server(sim: Simulator) -> None:
    # The server waits for an event, not a clock: the client's read timeout passes first,
    # and the server still answers the request afterwards, as it would over a socket.
    go = asyncio.Event()
    waited: list[float] = []

    async def sleep(seconds: float) -> None:
        waited.append(seconds)
        await go.wait()

    faults = FaultPlan(sleep=sleep)
    faults.add("delay", method="GET", path=STATUS, delay_s=30)
    transport = asgi_transport(create_app(sim.exchange, faults=faults))
    async with httpx.AsyncClient(transport=transport, timeout=0.05) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.get("http://sim.test" + STATUS)
        assert waited == [30.0] and transport.running == 1
        go.set()
        await transport.drain()
        assert transport.running == 0
        assert faults.count("GET", STATUS) == 1


async def test_closing_stops_what_the_server_still_works_on(sim: Simulator) -> None:
    never = asyncio.Event()

    async def sleep(seconds: float) -> None:
        await never.wait()

    faults = FaultPlan(sleep=sleep)
    faults.add("delay", method="GET", path=STATUS, delay_s=1)
    transport = asgi_transport(create_app(sim.exchange, faults=faults))
    async with httpx.AsyncClient(transport=transport, timeout=0.05) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.get("http://sim.test" + STATUS)
        assert transport.running == 1
    assert transport.running == 0  # closing the client closed the transport


async def test_a_no_content_answer_carries_no_body(sim: Simulator) -> None:
    async def app(scope: object, receive: object, send: object) -> None:
        await send({"type": "http.response.start", "status": 204, "headers": []})  # type: ignore[operator]
        await send({"type": "http.response.body", "body": b"{oops"})  # type: ignore[operator]

    async with httpx.AsyncClient(transport=asgi_transport(app)) as http:
        response = await http.get("http://sim.test/")
    assert response.status_code == 204 and response.content == b""
