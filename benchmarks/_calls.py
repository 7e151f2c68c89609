"""Per-call cost, sync and async, and 1,000 concurrent async calls: ours against the floor."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from . import _fixtures as fx
from ._timing import Samples, ainterleave, interleave, medians, samples_of

CONCURRENT = 1000


def signing_us(key: Any, *, rounds: int, calls: int) -> float:
    """Median µs of one signature (RSA-PSS or Ed25519) made the floor's way, as the SDK does."""
    signer = fx.FloorSigner(key)
    samples = interleave({"sign": lambda: signer.headers("GET", fx.GROUP_PATH)},
                         rounds=rounds, calls=calls)  # fmt: skip
    return 1e6 * medians(samples)["sign"]


def _get_and_create(
    floor_get: Callable[..., Any],
    floor_create: Callable[..., Any],
    http: Any,
    signer: Any,
    groups: Any,
) -> dict[str, Callable[[], Any]]:
    """The four contenders, sync or async alike: floor and ours, get and create."""
    return {
        "floor get": lambda: floor_get(http, signer),
        "ours get": lambda: groups.get("g1"),
        "floor create": lambda: floor_create(http, signer),
        "ours create": lambda: groups.create(contracts_limit=100),
    }


def sync_calls(key: Any, pem: bytes, *, stub: bool, rounds: int, calls: int) -> Samples:
    """Seconds per call in each round: floor and ours, get and create, interleaved."""
    sign_key = fx.StubKey() if stub else key
    http, signer = fx.floor_sync(sign_key)
    ours = fx.ours_sync(pem, stub=stub)
    groups = ours.order_groups
    try:
        contenders = _get_and_create(fx.floor_get, fx.floor_create, http, signer, groups)
        return interleave(contenders, rounds=rounds, calls=calls)
    finally:
        http.close()
        ours.close()


def async_calls(key: Any, pem: bytes, *, rounds: int, calls: int) -> Samples:
    """Seconds per awaited call in each round, one after another (no concurrency)."""
    loop = asyncio.new_event_loop()
    http, signer = fx.floor_async(key)
    ours = fx.ours_async(pem)
    groups = ours.order_groups
    try:
        contenders = _get_and_create(fx.afloor_get, fx.afloor_create, http, signer, groups)
        return ainterleave(loop, contenders, rounds=rounds, calls=calls)
    finally:
        loop.run_until_complete(http.aclose())
        loop.run_until_complete(ours.aclose())
        loop.close()


def concurrent_calls(key: Any, pem: bytes, *, rounds: int) -> Samples:
    """Wall seconds of 1,000 get-order-group calls started at once on one loop, per round."""
    loop = asyncio.new_event_loop()
    http, signer = fx.floor_async(key)
    ours = fx.ours_async(pem)
    groups = ours.order_groups

    def burst(call: Callable[[], Awaitable[object]]) -> Callable[[], None]:
        async def all_at_once() -> None:
            results = await asyncio.gather(*(call() for _ in range(CONCURRENT)))
            assert len(results) == CONCURRENT

        return lambda: loop.run_until_complete(all_at_once())

    bursts = {
        "floor": burst(lambda: fx.afloor_get(http, signer)),
        "ours": burst(lambda: groups.get("g1")),
    }
    try:
        return samples_of(bursts, rounds=rounds, calls=1, warmup=1)
    finally:
        loop.run_until_complete(http.aclose())
        loop.run_until_complete(ours.aclose())
        loop.close()


THREADS = 4
THREAD_CALLS = 300


def threaded_calls(key: Any, pem: bytes, *, rounds: int, calls: int = THREAD_CALLS) -> Samples:
    """Wall seconds of 4 threads each making `calls` gets through one shared client, per round."""
    import threading

    http, signer = fx.floor_sync(key)
    ours = fx.ours_sync(pem)
    groups = ours.order_groups

    def threads(call: Callable[[], object]) -> Callable[[], None]:
        def each() -> None:
            for _ in range(calls):
                call()

        def run() -> None:
            workers = [threading.Thread(target=each) for _ in range(THREADS)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()

        return run

    batches = {
        "floor": threads(lambda: fx.floor_get(http, signer)),
        "ours": threads(lambda: groups.get("g1")),
    }
    try:
        return samples_of(batches, rounds=rounds, calls=1, warmup=1)
    finally:
        http.close()
        ours.close()
