"""Interleaved rounds: every contender runs N calls per round, in a rotating order.

Each function returns the samples: per contender, seconds per call in each round, index i of
every list being the same round, so that a ratio can be taken within a round (`ratio_spread`)
and the machine's drift falls on both sides of it alike.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from collections.abc import Awaitable, Callable

Samples = dict[str, list[float]]


def medians(samples: Samples) -> dict[str, float]:
    """The median of each contender's samples."""
    return {name: statistics.median(values) for name, values in samples.items()}


def interleave(
    contenders: dict[str, Callable[[], object]], *, rounds: int, calls: int, warmup: int = 2
) -> Samples:
    """Seconds per call of each sync contender in each of `rounds` interleaved rounds."""

    def batch(fn: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            for _ in range(calls):
                fn()

        return run

    batches = {name: batch(fn) for name, fn in contenders.items()}
    return samples_of(batches, rounds=rounds, calls=calls, warmup=warmup)


def ainterleave(
    loop: asyncio.AbstractEventLoop,
    contenders: dict[str, Callable[[], Awaitable[object]]],
    *,
    rounds: int,
    calls: int,
    warmup: int = 2,
) -> Samples:
    """Seconds per call of each async contender in each round, awaited one after another."""

    def batch(fn: Callable[[], Awaitable[object]]) -> Callable[[], None]:
        async def calls_in_turn() -> None:
            for _ in range(calls):
                await fn()

        return lambda: loop.run_until_complete(calls_in_turn())

    batches = {name: batch(fn) for name, fn in contenders.items()}
    return samples_of(batches, rounds=rounds, calls=calls, warmup=warmup)


def ratio_spread(ours: list[float], floor: list[float]) -> tuple[float, float, float]:
    """Median, first and third quartile of the per-round ratios ours / floor."""
    ratios = sorted(a / b for a, b in zip(ours, floor, strict=True))
    if len(ratios) < 4:
        return statistics.median(ratios), ratios[0], ratios[-1]
    q1, _, q3 = statistics.quantiles(ratios, n=4)
    return statistics.median(ratios), q1, q3


def samples_of(
    batches: dict[str, Callable[[], None]], *, rounds: int, calls: int, warmup: int
) -> Samples:
    """Run each batch of `calls` once per round, rotating who goes first; seconds per call."""
    samples: dict[str, list[float]] = {name: [] for name in batches}
    names = list(batches)
    for index in range(warmup + rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            start = time.perf_counter()
            batches[name]()
            elapsed = time.perf_counter() - start
            if index >= warmup:
                samples[name].append(elapsed / calls)
    return samples
