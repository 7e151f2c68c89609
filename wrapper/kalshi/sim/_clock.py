"""Time sources: the wall clock, and a clock that tests move by hand."""

from __future__ import annotations

import threading
import time
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the current time in milliseconds since the Unix epoch."""

    def now_ms(self) -> int:
        """Return the current time in milliseconds since the Unix epoch."""
        ...


class SystemClock:
    """The machine's wall clock."""

    def now_ms(self) -> int:
        """Return the wall-clock time in milliseconds since the Unix epoch."""
        return time.time_ns() // 1_000_000

    def __repr__(self) -> str:
        return "SystemClock()"


class ManualClock:
    """A clock that stands still until advanced or set; starts at wall-clock time by default.

    Starting at the real time keeps request signatures made by ordinary clients inside the
    simulator's timestamp skew window.
    """

    def __init__(self, start_ms: int | None = None) -> None:
        self._lock = threading.Lock()
        self._ms = SystemClock().now_ms() if start_ms is None else start_ms

    def now_ms(self) -> int:
        """Return the clock's current time in milliseconds since the Unix epoch."""
        with self._lock:
            return self._ms

    def advance(self, seconds: float = 0.0, *, ms: int = 0) -> int:
        """Move the clock forward by `seconds` plus `ms` and return the new time."""
        step = round(seconds * 1000) + ms
        if step < 0:
            raise ValueError("a ManualClock only moves forward; use set() to go back")
        with self._lock:
            self._ms += step
            return self._ms

    def set(self, ms: int) -> None:
        """Jump to an absolute time in milliseconds since the Unix epoch."""
        with self._lock:
            self._ms = ms

    def __repr__(self) -> str:
        return f"ManualClock({self.now_ms()})"
