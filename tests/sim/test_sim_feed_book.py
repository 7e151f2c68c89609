"""A book rebuilt from the feed's snapshot and deltas equals the REST orderbook (property)."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import httpx
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from kalshi.sim import Exchange, ManualClock, OrderAmend, OrderRequest
from kalshi.sim._errors import SimError

from .conftest import TICKER
from .feed_helpers import FeedRig, RawFeed

_place = st.tuples(
    st.just("place"),
    st.integers(0, 2),
    st.sampled_from(["bid", "ask"]),
    st.integers(35, 65),
    st.integers(1, 6),
    st.sampled_from(["good_till_canceled", "immediate_or_cancel"]),
)
_cancel = st.tuples(st.just("cancel"), st.integers(0, 50))
_decrease = st.tuples(st.just("decrease"), st.integers(0, 50), st.integers(1, 4))
_amend = st.tuples(st.just("amend"), st.integers(0, 50), st.integers(35, 65), st.integers(1, 8))
_ops = st.lists(st.one_of(_place, _place, _cancel, _decrease, _amend), max_size=25)


def _apply(exchange: Exchange, members: list[str], op: tuple[Any, ...]) -> None:
    """Carry out one random operation; the exchange refusing it is fine."""
    resting = [o for user in members for o in exchange.orders(user) if o.is_live]
    try:
        if op[0] == "place":
            _, who, side, cents, count, tif = op
            request = OrderRequest(
                TICKER, side, Decimal(cents) / 100, Decimal(count), time_in_force=tif
            )
            exchange.place_order(members[who], request)
        elif not resting:
            return
        elif op[0] == "cancel":
            order = resting[op[1] % len(resting)]
            exchange.cancel_order(order.user_id, order.order_id)
        elif op[0] == "decrease":
            order = resting[op[1] % len(resting)]
            exchange.decrease_order(order.user_id, order.order_id, reduce_by=Decimal(op[2]))
        else:
            order = resting[op[1] % len(resting)]
            amend = OrderAmend(
                TICKER, order.book_side, Decimal(op[2]) / 100, order.fill_count + op[3]
            )
            exchange.amend_order(order.user_id, order.order_id, amend)
    except SimError:
        pass


def _rebuild(frames: list[dict[str, Any]], *, yes_priced: bool) -> dict[str, list[list[str]]]:
    """Replay a snapshot and deltas; return both sides as REST lists them (NO in NO price)."""
    levels: dict[str, dict[Decimal, Decimal]] = {"yes": {}, "no": {}}
    seqs = []
    for frame in frames:
        msg = frame["msg"]
        if frame["type"] == "orderbook_snapshot":
            seqs.append(frame["seq"])
            levels = {"yes": {}, "no": {}}
            for side in ("yes", "no"):
                for price, count in msg.get(f"{side}_dollars_fp", []):
                    levels[side][Decimal(price)] = Decimal(count)
        elif frame["type"] == "orderbook_delta":
            seqs.append(frame["seq"])
            side_levels = levels[msg["side"]]
            price = Decimal(msg["price_dollars"])
            side_levels[price] = side_levels.get(price, Decimal(0)) + Decimal(msg["delta_fp"])
            assert side_levels[price] >= 0
            if side_levels[price] == 0:
                del side_levels[price]
    assert seqs == list(range(1, len(seqs) + 1))
    result = {}
    for side in ("yes", "no"):
        shown = sorted(
            (1 - price if side == "no" and yes_priced else price, count)
            for price, count in levels[side].items()
        )
        result[f"{side}_dollars"] = [[f"{p:.4f}", f"{c:.2f}"] for p, c in shown]
    return result


async def _run(before: list[tuple[Any, ...]], after: list[tuple[Any, ...]]) -> None:
    exchange = Exchange(clock=ManualClock())
    members = [exchange.create_member(key_type="ed25519") for _ in range(3)]
    users = [m.user_id for m in members]
    rig = FeedRig(exchange)
    for op in before:
        _apply(exchange, users, op)
    plain: RawFeed = await rig.connect(members[0])
    yes_priced: RawFeed = await rig.connect(members[1])
    plain_frames = await plain.subscribe(1, channels=["orderbook_delta"], market_ticker=TICKER)
    yes_frames = await yes_priced.subscribe(
        1, channels=["orderbook_delta"], market_ticker=TICKER, use_yes_price=True
    )
    for op in after:
        _apply(exchange, users, op)
    plain_frames += await plain.drain()
    yes_frames += await yes_priced.drain()
    transport = httpx.ASGITransport(app=rig.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim.test") as http:
        answer = await http.get(f"/trade-api/v2/markets/{TICKER}/orderbook")
    assert answer.status_code == 200
    rest = answer.json()["orderbook_fp"]
    assert _rebuild(plain_frames, yes_priced=False) == rest
    assert _rebuild(yes_frames, yes_priced=True) == rest


@hypothesis_settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=_ops, after=_ops)
def test_snapshot_plus_deltas_rebuilds_the_rest_book(
    before: list[tuple[Any, ...]], after: list[tuple[Any, ...]]
) -> None:
    asyncio.run(_run(before, after))
