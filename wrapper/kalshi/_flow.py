"""Multi-request operations written once for both client twins.

A flow is a generator: it yields each `Call` it needs (and `Pause`s between them), receives the
parsed result, or has the call's `KalshiError` thrown in where it yielded, and returns the
operation's result. The sync and async clients run the same flow with their own I/O, so a
recovery (reading an order back after a lost answer, say) is decided in one place.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator
from typing import Any, TypeVar

from ._call import Call
from ._errors import KalshiError

T = TypeVar("T")


class Pause:
    """A step of a flow that waits before its next request."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


Flow = Generator["Call[Any] | Pause", Any, T]


def run_sync(execute: Callable[[Call[Any]], Any], flow: Flow[T]) -> T:
    """Drive a flow with a blocking `execute`."""
    value: Any = None
    error: KalshiError | None = None
    while True:
        try:
            step = flow.send(value) if error is None else flow.throw(error)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        value, error = None, None
        if isinstance(step, Pause):
            time.sleep(step.seconds)
            continue
        try:
            value = execute(step)
        except KalshiError as exc:
            error = exc


async def run_async(execute: Callable[[Call[Any]], Awaitable[Any]], flow: Flow[T]) -> T:
    """Drive a flow with an awaitable `execute`."""
    import asyncio

    value: Any = None
    error: KalshiError | None = None
    while True:
        try:
            step = flow.send(value) if error is None else flow.throw(error)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        value, error = None, None
        if isinstance(step, Pause):
            await asyncio.sleep(step.seconds)
            continue
        try:
            value = await execute(step)
        except KalshiError as exc:
            error = exc
