"""Actions due at a time on the exchange's clock, run lazily when the engine next looks."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable

Action = Callable[[int], None]
"""Called with the time it was due, in ms since the epoch, under the exchange's lock."""


class Scheduler:
    """A queue of timed actions; same-time actions run in the order they were scheduled."""

    def __init__(self) -> None:
        self._heap: list[tuple[int, int, Action]] = []
        self._seq = itertools.count()

    def at(self, due_ms: int, action: Action) -> None:
        """Run `action` once the clock reaches `due_ms`."""
        heapq.heappush(self._heap, (due_ms, next(self._seq), action))

    def next_due_ms(self) -> int | None:
        """When the earliest action is due, or None when nothing is scheduled."""
        return self._heap[0][0] if self._heap else None

    def pop_due(self, now_ms: int) -> tuple[int, Action] | None:
        """Take the earliest action due by `now_ms`, or None."""
        if not self._heap or self._heap[0][0] > now_ms:
            return None
        due_ms, _, action = heapq.heappop(self._heap)
        return due_ms, action
