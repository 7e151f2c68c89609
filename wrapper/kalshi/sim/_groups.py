"""One order group: its contracts limit, rolling window of fills, members and state."""

from __future__ import annotations

from collections import deque
from decimal import Decimal
from typing import Literal

from ._fixed import ZERO

GroupState = Literal["active", "triggered"]


class OrderGroup:
    """A fill-rate kill switch shared by the orders attached to it."""

    def __init__(
        self, group_id: str, *, subaccount: int, exchange_index: int, limit: Decimal, now_ms: int
    ) -> None:
        self.group_id = group_id
        self.subaccount = subaccount
        self.exchange_index = exchange_index
        self.limit = limit
        self.created_ms = now_ms
        self.state: GroupState = "active"
        self.live: dict[str, None] = {}
        """Ids of member orders that can still trade, in the order they joined."""
        self.attached: list[str] = []
        """Ids of every order ever placed into the group."""
        self._window: deque[tuple[int, Decimal]] = deque()

    @property
    def triggered(self) -> bool:
        """True once the group has tripped and until it is reset."""
        return self.state == "triggered"

    def attach(self, order_id: str) -> None:
        """Add a newly placed order to the group."""
        self.live[order_id] = None
        self.attached.append(order_id)

    def record_fill(self, now_ms: int, count: Decimal) -> None:
        """Count contracts a member order just filled."""
        self._window.append((now_ms, count))

    def volume(self, now_ms: int, window_ms: int) -> Decimal:
        """Contracts filled within the window: an entry counts while now - ts < window."""
        while self._window and now_ms - self._window[0][0] >= window_ms:
            self._window.popleft()
        return sum((qty for ts, qty in self._window if now_ms - ts < window_ms), ZERO)

    def over_limit(self, now_ms: int, window_ms: int, *, on_reach: bool) -> bool:
        """Whether the window total exceeds the limit (or reaches it, when `on_reach`)."""
        volume = self.volume(now_ms, window_ms)
        return volume >= self.limit if on_reach else volume > self.limit

    def reset(self) -> None:
        """Forget all counted fills and make the group active again."""
        self._window.clear()
        self.state = "active"
