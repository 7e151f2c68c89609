"""The signing pool against `loop.run_in_executor` with a per-loop semaphore (an experiment).

python -m benchmarks._pool_experiment   # prints ratios against the floor, rounds interleaved

"pool" is the client as it is. "executor" takes a turn from a per-loop `asyncio.Semaphore`
(64, the pool's depth) where the pool's turn is taken, before httpx builds the request, and
signs every RSA request with `run_in_executor` on a thread pool of one thread per core.
"executor, inline when alone" signs in place when no other request of this loop holds a
turn (its own count, no private loop state), as the pool does when the loop is idle.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from . import _fixtures as fx
from ._calls import CONCURRENT
from ._timing import samples_of

DEPTH = 64


class _Turns:
    """Per-loop semaphores and counts of turns held."""

    def __init__(self) -> None:
        self.sems: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )
        self.held: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, int] = (
            weakref.WeakKeyDictionary()
        )

    async def turn(self, loop: asyncio.AbstractEventLoop) -> None:
        sem = self.sems.get(loop)
        if sem is None:
            sem = self.sems[loop] = asyncio.Semaphore(DEPTH)
        await sem.acquire()
        self.held[loop] = self.held.get(loop, 0) + 1

    def turn_over(self, loop: asyncio.AbstractEventLoop) -> None:
        self.held[loop] -= 1
        self.sems[loop].release()


def patch(variant: str) -> None:
    """Make the async client sign the `variant` way from now on."""
    from kalshi import _auth, _base_client

    if variant == "pool":
        _base_client.signing_turn = _auth.signing_turn  # type: ignore[attr-defined]
        _base_client.signing_turn_over = _auth.signing_turn_over  # type: ignore[attr-defined]
        _auth.KalshiAuth.async_auth_flow = ORIGINAL  # type: ignore[method-assign]
        return
    inline_alone = variant == "executor, inline when alone"

    async def flow(
        self: Any, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        loop = asyncio.get_running_loop()
        method, raw_path = request.method, request.url.raw_path
        signer = self._signer
        if signer.inline or (inline_alone and TURNS.held.get(loop, 0) <= 1):
            timestamp, signature = signer.sign_request(method, raw_path)
        else:
            timestamp, signature = await loop.run_in_executor(
                EXECUTOR, signer.sign_request, method, raw_path
            )
        self._stamp(request, timestamp, signature)
        yield request

    _base_client.signing_turn = TURNS.turn  # type: ignore[attr-defined]
    _base_client.signing_turn_over = TURNS.turn_over  # type: ignore[attr-defined]
    _auth.KalshiAuth.async_auth_flow = flow  # type: ignore[method-assign]


TURNS = _Turns()
EXECUTOR = ThreadPoolExecutor(os.cpu_count() or 2, thread_name_prefix="sign")
VARIANTS = ("pool", "executor", "executor, inline when alone")
ORIGINAL: Any = None


def run(rounds: int, calls: int) -> dict[str, tuple[float, float, float]]:
    """Per variant and figure: median ratio against the floor, and its quartiles."""
    global ORIGINAL
    from kalshi import _auth

    ORIGINAL = _auth.KalshiAuth.async_auth_flow
    key = fx.new_key()
    pem = fx.pem_of(key)
    loop = asyncio.new_event_loop()
    http, signer = fx.floor_async(key)
    ours = fx.ours_async(pem)
    groups = ours.order_groups

    def sequential(call: Callable[[], Awaitable[object]]) -> Callable[[], None]:
        async def in_turn() -> None:
            for _ in range(calls):
                await call()

        return lambda: loop.run_until_complete(in_turn())

    def burst(call: Callable[[], Awaitable[object]]) -> Callable[[], None]:
        async def at_once() -> None:
            assert len(await asyncio.gather(*(call() for _ in range(CONCURRENT)))) == CONCURRENT

        return lambda: loop.run_until_complete(at_once())

    def as_variant(variant: str, batch: Callable[[], None]) -> Callable[[], None]:
        def run_batch() -> None:
            patch(variant)
            batch()

        return run_batch

    batches: dict[str, Callable[[], None]] = {
        "floor get": sequential(lambda: fx.afloor_get(http, signer)),
        "floor create": sequential(lambda: fx.afloor_create(http, signer)),
        "floor burst": burst(lambda: fx.afloor_get(http, signer)),
    }
    for variant in VARIANTS:
        batches[f"{variant} get"] = as_variant(variant, sequential(lambda: groups.get("g1")))
        batches[f"{variant} create"] = as_variant(
            variant, sequential(lambda: groups.create(contracts_limit=100))
        )
        batches[f"{variant} burst"] = as_variant(variant, burst(lambda: groups.get("g1")))
    try:
        samples = samples_of(batches, rounds=rounds, calls=1, warmup=1)
    finally:
        patch("pool")
        loop.run_until_complete(http.aclose())
        loop.run_until_complete(ours.aclose())
        loop.close()
    result = {}
    for variant in VARIANTS:
        for figure in ("get", "create", "burst"):
            ratios = sorted(
                a / b
                for a, b in zip(
                    samples[f"{variant} {figure}"], samples[f"floor {figure}"], strict=True
                )
            )
            q1, _, q3 = statistics.quantiles(ratios, n=4)
            result[f"{variant} {figure}"] = (statistics.median(ratios), q1, q3)
    return result


if __name__ == "__main__":
    for name, (median, q1, q3) in run(
        rounds=int(os.environ.get("ROUNDS", "15")), calls=int(os.environ.get("CALLS", "200"))
    ).items():
        print(f"{name:40} {median:6.3f}x floor (quartiles {q1:.3f}-{q3:.3f})")
