"""Where a client has seen each order group: so that calls without a subaccount reach it."""

from __future__ import annotations

import threading
from collections import OrderedDict

from ._validation import check_int

# How many order groups a client remembers the subaccount and shard of (least recently
# used forgotten first).
MAX_GROUP_ROUTES = 10_000


class GroupRoutes:
    """Where this client has seen each order group live: id -> (subaccount, exchange_index).

    Holds at most `max_size` groups, forgetting the least recently used first, so a
    long-running client's memory stays bounded however many groups it sees.
    """

    def __init__(self, max_size: int = MAX_GROUP_ROUTES) -> None:
        self.max_size = check_int("max_size", max_size, 1)
        self._routes: OrderedDict[str, tuple[int | None, int | None]] = OrderedDict()
        self._lock = threading.Lock()

    def remember(self, group_id: str, subaccount: int | None, exchange_index: int | None) -> None:
        """Record the subaccount and shard a group was created on or seen on."""
        with self._lock:
            self._routes[group_id] = (subaccount, exchange_index)
            self._routes.move_to_end(group_id)
            while len(self._routes) > self.max_size:
                self._routes.popitem(last=False)

    def forget(self, group_id: str) -> None:
        """Drop a deleted group."""
        with self._lock:
            self._routes.pop(group_id, None)

    def forget_missing(
        self, group_id: str, subaccount: int | None, exchange_index: int | None
    ) -> None:
        """Drop a group Kalshi answered 404 for, unless that request went somewhere else.

        subaccount is the one the request went to (None: all of them, as a GET without one
        searches); exchange_index the shard it named (None: not named). A 404 from another
        subaccount or shard than the remembered one says nothing about where the group is.
        """
        with self._lock:
            known = self._routes.get(group_id)
            if known is None:
                return
            known_subaccount, known_exchange = known
            if subaccount is not None and subaccount != (known_subaccount or 0):
                return
            if None not in (exchange_index, known_exchange) and exchange_index != known_exchange:
                return
            del self._routes[group_id]

    def lookup(self, group_id: str) -> tuple[int | None, int | None]:
        """The recorded (subaccount, exchange_index), or (None, None) for an unknown group."""
        with self._lock:
            route = self._routes.get(group_id)
            if route is None:
                return (None, None)
            self._routes.move_to_end(group_id)
            return route

    def __len__(self) -> int:
        """How many groups are remembered."""
        return len(self._routes)
