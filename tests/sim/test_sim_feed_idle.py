"""A served exchange builds no feed events while no feed connection is open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kalshi.sim import Credentials, Exchange, Order

from .conftest import TICKER
from .feed_helpers import FeedRig, RawFeed

Place = Callable[..., Order]


def _deltas(frames: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [
        (f["msg"]["side"], f["msg"]["price_dollars"], f["msg"]["delta_fp"])
        for f in frames
        if f["type"] == "orderbook_delta"
    ]


async def _book(feed: RawFeed, command_id: int) -> dict[str, Any]:
    frames = await feed.subscribe(command_id, channels=["orderbook_delta"], market_ticker=TICKER)
    [snapshot] = [f["msg"] for f in frames if f["type"] == "orderbook_snapshot"]
    return snapshot


async def test_an_app_without_connections_leaves_the_bus_idle(
    exchange: Exchange, place: Place, member: Credentials
) -> None:
    rig = FeedRig(exchange)  # the app's feed hub and book watch exist from here on
    assert not exchange.bus
    heard: list[object] = []
    exchange.bus.subscribe(heard.append, listening=lambda: False)
    place(member.user_id, "yes", "buy", 30, 2)
    assert heard == []  # nobody listened: the engine built no event
    feed = await rig.connect(member)
    assert exchange.bus
    await feed.connection.close()
    assert not exchange.bus


async def test_books_changed_while_idle_are_caught_up_when_a_connection_opens(
    exchange: Exchange, place: Place, member: Credentials, new_member: Callable[..., Credentials]
) -> None:
    rig = FeedRig(exchange)
    place(member.user_id, "yes", "buy", 30, 2)
    first = await rig.connect(member)
    assert (await _book(first, 1))["yes_dollars_fp"] == [["0.3000", "2.00"]]
    place(member.user_id, "yes", "buy", 30, 1)
    assert _deltas(await first.drain()) == [("yes", "0.3000", "1.00")]
    await first.connection.close()
    # Idle again: these changes publish nothing, and the watch's books fall behind.
    resting = place(member.user_id, "yes", "buy", 40, 5)
    place(member.user_id, "yes", "buy", 30, 4)
    exchange.cancel_order(member.user_id, resting.order_id)
    second = await rig.connect(new_member())
    assert (await _book(second, 1))["yes_dollars_fp"] == [["0.3000", "7.00"]]
    place(member.user_id, "yes", "buy", 40, 1)
    place(member.user_id, "yes", "buy", 30, 1)
    # Only the changes made since the connection opened, each once.
    assert _deltas(await second.drain()) == [("yes", "0.4000", "1.00"), ("yes", "0.3000", "1.00")]


def test_a_listener_joining_the_bus_reads_the_books_under_the_lock(
    exchange: Exchange, monkeypatch: Any
) -> None:
    from kalshi.sim import _feed_events

    FeedRig(exchange)  # the book watch, which reads every book when the bus wakes
    assert not exchange.bus
    read = _feed_events.book_levels
    owned: list[bool] = []

    def spy(on: Exchange, ticker: str) -> Any:
        owned.append(on.lock._is_owned())  # type: ignore[attr-defined]
        return read(on, ticker)

    monkeypatch.setattr(_feed_events, "book_levels", spy)
    # A caller's listener joins from the caller's thread, which does not hold the lock, while
    # the server's thread may be matching orders: the books must be read under the lock.
    exchange.bus.subscribe(lambda event: None)
    assert owned and all(owned)
