"""Interleaved rounds: every contender runs N calls per round, in a rotating order."""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from collections.abc import Awaitable, Callable


def interleave(
    contenders: dict[str, Callable[[], object]], *, rounds: int, calls: int, warmup: int = 2
) -> dict[str, float]:
    """Median seconds per call of each sync contender over `rounds` interleaved rounds."""
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for index in range(warmup + rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            fn = contenders[name]
            gc.collect()
            start = time.perf_counter()
            for _ in range(calls):
                fn()
            elapsed = time.perf_counter() - start
            if index >= warmup:
                samples[name].append(elapsed / calls)
    return {name: statistics.median(values) for name, values in samples.items()}


def ainterleave(
    loop: asyncio.AbstractEventLoop,
    contenders: dict[str, Callable[[], Awaitable[object]]],
    *,
    rounds: int,
    calls: int,
    warmup: int = 2,
) -> dict[str, float]:
    """Median seconds per call of each async contender, awaited one after another."""

    async def run(fn: Callable[[], Awaitable[object]]) -> float:
        start = time.perf_counter()
        for _ in range(calls):
            await fn()
        return (time.perf_counter() - start) / calls

    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for index in range(warmup + rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            per_call = loop.run_until_complete(run(contenders[name]))
            if index >= warmup:
                samples[name].append(per_call)
    return {name: statistics.median(values) for name, values in samples.items()}
