"""Open interest kept per market as positions change: the feed and REST agree with a recount."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
from kalshi.sim import Credentials, Exchange, Order

from .conftest import TICKER
from .feed_helpers import FeedRig

Place = Callable[..., Order]


def recount(exchange: Exchange, ticker: str) -> Decimal:
    """Open interest from scratch: the YES contracts every member's subaccounts hold."""
    return sum(
        (
            held
            for member in exchange._members.values()
            for (_, held_ticker), held in member.positions.items()
            if held_ticker == ticker and held > 0
        ),
        Decimal(0),
    )


async def test_open_interest_in_ticker_frames_and_rest_follows_trades_and_closes(
    exchange: Exchange,
    place: Place,
    new_member: Callable[..., Credentials],
    make_client: Callable[..., httpx.AsyncClient],
) -> None:
    alice, bob, carol = new_member(), new_member(), new_member()
    sub = exchange.create_subaccount(carol.user_id)
    exchange.transfer(
        carol.user_id,
        client_transfer_id="fund",
        from_subaccount=0,
        to_subaccount=sub,
        amount_cents=10_000,
    )
    rig = FeedRig(exchange)
    feed = await rig.connect(alice)
    await feed.subscribe(1, channels=["ticker"], market_ticker=TICKER)
    # (maker, maker's order, taker, taker's order, subaccount of each, open interest after)
    steps: list[tuple[str, tuple[Any, ...], str, tuple[Any, ...], int, str]] = [
        # Alice buys 5 YES from Bob, who goes 5 NO: 5 open.
        (bob.user_id, ("yes", "sell", 40, 5), alice.user_id, ("yes", "buy", 40, 5), 0, "5.00"),
        # Carol's subaccount buys 3 YES from Alice, who keeps 2: still 5.
        (alice.user_id, ("yes", "sell", 45, 3), carol.user_id, ("yes", "buy", 45, 3), sub, "5.00"),
        # Bob buys back 3 of his NO from Carol's subaccount, which closes out: 2 open.
        (carol.user_id, ("yes", "sell", 50, 3), bob.user_id, ("yes", "buy", 50, 3), sub, "2.00"),
        # Bob closes his last 2 against Alice's 2 YES: nothing open.
        (alice.user_id, ("yes", "sell", 55, 2), bob.user_id, ("yes", "buy", 55, 2), 0, "0.00"),
        # Carol's main account opens again against Bob: 4 open.
        (bob.user_id, ("yes", "sell", 60, 4), carol.user_id, ("yes", "buy", 60, 4), 0, "4.00"),
    ]
    async with make_client(alice) as http:
        for maker, made, taker, took, subaccount, expected in steps:
            maker_sub = subaccount if maker == carol.user_id else 0
            taker_sub = subaccount if taker == carol.user_id else 0
            place(maker, *made, subaccount=maker_sub)
            place(taker, *took, subaccount=taker_sub)
            frames = [f for f in await feed.drain() if f["type"] == "ticker"]
            assert frames, f"no ticker frame after the trade leaving {expected} open"
            answer = await http.get(f"/markets/{TICKER}")
            assert answer.status_code == 200
            assert frames[-1]["msg"]["open_interest_fp"] == expected
            assert answer.json()["market"]["open_interest_fp"] == expected
            assert recount(exchange, TICKER) == Decimal(expected)
            assert exchange.open_interest(TICKER) == Decimal(expected)
        exchange.settle_market(TICKER, "yes")
        answer = await http.get(f"/markets/{TICKER}")
        assert answer.json()["market"]["open_interest_fp"] == "0.00"
    assert recount(exchange, TICKER) == 0
    assert exchange.open_interest(TICKER) == 0
