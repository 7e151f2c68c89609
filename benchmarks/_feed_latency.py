"""Feed latency over loopback: the engine publishing a book change to the client's book yielding it.

The simulator serves on loopback from a thread of this process, so both timestamps come from
the same `time.perf_counter_ns()`: one taken when the engine publishes the `BookChange` (the
bus's `publish` wrapped, before any listener runs), one when the client's `ws.orderbook(...)`
iterator yields the book carrying it. Each change is one resting 1-lot bid placed over REST
(an Ed25519 member); the next is placed only once the book carrying the last was yielded, so
every yield pairs with exactly one publish. What lies between the two: the feed turning the
event into a frame, the server's loop writing it, the socket, the `websockets` client reading
it, the session routing it and applying it to the book, and the waiting reader waking up.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

TICKER = "KXPRES-24-DJT"


async def _measure(changes: int) -> list[int]:
    from kalshi import AsyncKalshiClient
    from kalshi.sim import Simulator
    from kalshi.sim._events import BookChange

    latencies: list[int] = []
    with Simulator() as sim:
        member = sim.add_member(key_type="ed25519")
        published: list[int] = []
        bus = sim.exchange.bus
        publish = bus.publish

        def timed(event: Any) -> None:
            if type(event) is BookChange and event.ticker == TICKER:
                published.append(time.perf_counter_ns())
            publish(event)

        bus.publish = timed  # type: ignore[method-assign]
        async with AsyncKalshiClient(
            key_id=member.key_id, private_key=member.private_key_pem, base_url=sim.base_url
        ) as client, client.websocket() as ws:  # fmt: skip
            stream = ws.orderbook(TICKER)
            await anext(stream)

            async def yielded() -> int:
                await anext(stream)
                return time.perf_counter_ns()

            for i in range(changes):
                published.clear()
                waiter = asyncio.ensure_future(yielded())
                await client.orders.create_v2(
                    ticker=TICKER, side="bid", price=f"0.{1 + i % 49:02d}", count=1,
                    time_in_force="good_till_canceled",
                    self_trade_prevention_type="taker_at_cross",
                )  # fmt: skip
                at = await waiter
                if len(published) != 1:
                    raise AssertionError(f"one book change per order, got {len(published)}")
                latencies.append(at - published[0])
    return latencies


def book_change_latency(changes: int) -> dict[str, float]:
    """p50 and p99 (µs) from the engine publishing a book change to the client yielding it."""
    latencies = asyncio.run(_measure(changes))
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {"p50": cuts[49] / 1e3, "p99": cuts[98] / 1e3, "changes": float(len(latencies))}


if __name__ == "__main__":
    result = book_change_latency(2_000)
    print(f"p50 {result['p50']:8.1f} µs  p99 {result['p99']:8.1f} µs")
