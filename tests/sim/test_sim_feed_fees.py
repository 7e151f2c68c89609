"""Each side's fill frame carries the fee that side paid, as its fills record."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from kalshi.sim import Credentials, Exchange, ManualClock, OrderRequest, SimSettings

from .feed_helpers import FeedRig

TICKER = "KXMAKER-1-A"
SCENARIO = {
    "series": [{"ticker": "KXMAKER", "fee_type": "quadratic_with_maker_fees"}],
    "events": [
        {"event_ticker": "KXMAKER-1", "series_ticker": "KXMAKER", "markets": [{"ticker": TICKER}]}
    ],
}


@pytest.fixture
def settings() -> SimSettings:
    """A series whose makers pay a quarter of the taker fee."""
    return SimSettings(scenario=SCENARIO)


def _order(side: str, cents: int, count: int) -> OrderRequest:
    return OrderRequest(
        ticker=TICKER, book_side=side, yes_price=Decimal(cents) / 100, count=Decimal(count)
    )


async def test_taker_and_maker_fill_frames_carry_their_own_fees(
    exchange: Exchange, clock: ManualClock, new_member: Callable[..., Credentials]
) -> None:
    maker, taker = new_member(), new_member()
    rig = FeedRig(exchange)
    feeds = {who.user_id: await rig.connect(who) for who in (maker, taker)}
    for feed in feeds.values():
        await feed.subscribe(1, channels=["fill"])
    exchange.place_order(maker.user_id, _order("ask", 40, 30))
    for count in (10, 20):  # two trades against the same resting order
        clock.advance(ms=1)
        exchange.place_order(taker.user_id, _order("bid", 40, count))
    # 0.07 x C x 0.4 x 0.6, ceiled to $0.0001: 0.1680 and 0.3360; makers pay a quarter.
    expected = {
        taker.user_id: ["0.168000", "0.336000"],
        maker.user_id: ["0.042000", "0.084000"],
    }
    for user_id, feed in feeds.items():
        frames = [frame for frame in await feed.drain() if frame["type"] == "fill"]
        assert [frame["msg"]["fee_cost"] for frame in frames] == expected[user_id]
        recorded = [fill.fee for fill in exchange.member(user_id).fills]
        assert [f"{fee:.6f}" for fee in recorded] == expected[user_id]
        assert [frame["msg"]["trade_id"] for frame in frames] == [
            fill.trade_id for fill in exchange.member(user_id).fills
        ]
