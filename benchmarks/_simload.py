"""The simulator under load: requests per second, and a simulated day of random order flow.

Requests per second are counted for three calls (`orders.get`, `markets.get`, `orders.create_v2`)
made by 1 and by 16 async clients at once, each client one call after another: in process
(`asgi_transport`, the app on the clients' own loop) and over loopback (`python -m kalshi.sim`
in its own process, as `_sim.py` starts it). Clients sign with Ed25519, the cheaper key, so
that the simulator's share of the time shows.

The day: an `Exchange` on a `ManualClock` whose scenario holds one seeded random flow placing
`orders` orders over 24 hours (expiring after a minute, as a quoting crowd's would), the clock
moved an hour at a time; wall time without tracing, then peak traced memory (tracemalloc) in
a second run.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from . import _fixtures as fx
from ._sim import start_server, wait_ready

TICKER = "KXDEMO-26-YES"
CLIENTS = (1, 16)
DAY_S = 86_400


def _calls(client: Any, order_id: str) -> dict[str, Callable[[], Awaitable[Any]]]:
    return {
        "get order": lambda: client.orders.get(order_id),
        "get market": lambda: client.markets.get(TICKER),
        "V2 create": lambda: client.orders.create_v2(
            ticker=TICKER,
            side="bid",
            price="0.01",
            count=1,
            time_in_force="good_till_canceled",
            self_trade_prevention_type="taker_at_cross",
        ),
    }


async def _rates(make_client: Callable[[], Any], seconds: float) -> dict[str, float]:
    """Requests per second for each call, with 1 and with 16 clients."""
    results: dict[str, float] = {}
    clients = [make_client() for _ in range(max(CLIENTS))]
    try:
        first = await _calls(clients[0], "")["V2 create"]()
        for name in _calls(clients[0], first.order_id):
            for count in CLIENTS:
                calls = [_calls(client, first.order_id)[name] for client in clients[:count]]
                for call in calls:  # warm up each connection
                    await call()
                label = f"{name}, {count} client{'s' if count > 1 else ''}"
                results[label] = await _rate(calls, seconds)
    finally:
        for client in clients:
            await client.aclose()
    return results


async def _rate(calls: list[Callable[[], Awaitable[Any]]], seconds: float) -> float:
    """Calls per second with each of `calls` repeated one after another, all at once."""
    done = 0
    start = time.perf_counter()

    async def worker(call: Callable[[], Awaitable[Any]]) -> None:
        nonlocal done
        while time.perf_counter() - start < seconds:
            await call()
            done += 1

    await asyncio.gather(*(worker(call) for call in calls))
    return done / (time.perf_counter() - start)


def in_process(seconds: float) -> dict[str, float]:
    """Requests per second with the app served on the clients' loop (`asgi_transport`)."""
    import httpx
    import kalshi
    from kalshi.sim import API_PREFIX, Exchange, asgi_transport, create_app

    key = fx.new_ed25519_key()
    exchange = Exchange()
    exchange.add_member(public_key_pem=fx.public_pem_of(key), key_id=fx.KEY_ID)
    app = create_app(exchange)

    def make_client() -> Any:
        return kalshi.AsyncKalshiClient(
            key_id=fx.KEY_ID,
            private_key=fx.pem_of(key),
            base_url="http://127.0.0.1" + API_PREFIX,
            http_client=httpx.AsyncClient(transport=asgi_transport(app)),
        )

    return asyncio.run(_rates(make_client, seconds))


def over_loopback(seconds: float) -> dict[str, float]:
    """Requests per second against `python -m kalshi.sim` in its own process."""
    import kalshi

    key = fx.new_ed25519_key()
    with tempfile.TemporaryDirectory() as folder:
        server, base_url = start_server(key, Path(folder))
        try:
            with kalshi.KalshiClient(
                key_id=fx.KEY_ID, private_key=fx.pem_of(key), base_url=base_url
            ) as probe:
                wait_ready(probe)

            def make_client() -> Any:
                return kalshi.AsyncKalshiClient(
                    key_id=fx.KEY_ID, private_key=fx.pem_of(key), base_url=base_url
                )

            return asyncio.run(_rates(make_client, seconds))
        finally:
            server.terminate()
            server.wait(10)


def _day(orders: int) -> int:
    """Run one simulated day of a flow placing about `orders` orders; return the trades."""
    from kalshi.sim import Exchange, ManualClock, SimSettings

    flow = {
        "ticker": TICKER, "rate_per_s": orders / DAY_S, "mid": "0.50", "band": "0.05",
        "min_count": 1, "max_count": 10, "seed": 1, "traders": 8, "expire_after_s": 60,
    }  # fmt: skip
    scenario = {"markets": [{"ticker": TICKER}], "flows": [flow]}
    clock = ManualClock(1_800_000_000_000)
    exchange = Exchange(SimSettings(scenario=scenario), clock)
    for _ in range(24):
        clock.advance(3600)
        exchange.market(TICKER)  # the exchange catches up with the hour's flow
    return len(exchange.trades())


def flow_day(orders: int) -> dict[str, float]:
    """Wall time (untraced) and peak traced memory of a simulated day of `orders` orders."""
    start = time.perf_counter()
    trades = _day(orders)
    wall = time.perf_counter() - start
    tracemalloc.start()
    try:
        _day(orders)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {"wall_s": wall, "peak_mib": peak / 2**20, "trades": float(trades)}
