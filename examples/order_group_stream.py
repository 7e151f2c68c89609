"""Watch an order group trip in real time on the feed.

A member rests two orders in a group allowed 3 contracts per 15 seconds, subscribes to
`order_group_updates` and `user_orders`, and a second member sells into the first order: the
fill takes the group over its limit, the group triggers, and the exchange cancels what is
left of the group's orders. Offline, against the simulator:
`python examples/order_group_stream.py`.
"""

from __future__ import annotations

import asyncio
from typing import Any

from kalshi import AsyncKalshiClient
from kalshi.sim import Simulator

TICKER = "KXPRES-24-DJT"


def limit_order(side: str, price: str, count: int, **extra: Any) -> dict[str, Any]:
    """A good-till-cancelled limit order on TICKER."""
    return {
        "ticker": TICKER,
        "side": side,
        "price": price,
        "count": count,
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
        **extra,
    }


async def watch(client: AsyncKalshiClient, seller: AsyncKalshiClient) -> None:
    """Trip a group from a second member and print what the feed says about it."""
    # --8<-- [start:watch]
    async with client.websocket() as ws:
        groups = await ws.subscribe_order_group()
        orders = await ws.subscribe_user_orders(TICKER)

        group = await client.order_groups.create(contracts_limit=3)
        gid = group.order_group_id
        print("group", gid, "created:", (await anext(groups)).msg.event_type)
        first = await client.orders.create_v2(**limit_order("bid", "0.50", 5, order_group_id=gid))
        second = await client.orders.create_v2(**limit_order("bid", "0.45", 4, order_group_id=gid))
        resting = {first.order_id, second.order_id}
        for _ in resting:  # each new order shows up on user_orders
            await anext(orders)

        # The other member sells 4 into the first order: 4 > 3 trips the group.
        await seller.orders.create_v2(**limit_order("ask", "0.50", 4))

        event = await anext(groups)
        print(
            f"{event.msg.event_type} at ts_ms={event.msg.ts_ms}: group {event.msg.order_group_id}"
        )
        cancelled: dict[str, str] = {}
        while set(cancelled) != resting:
            update = (await anext(orders)).msg
            order_id = str(update.order_id)
            if update.status == "canceled":
                cancelled[order_id] = update.fill_count_fp
                print(f"  cancelled {order_id} (filled {update.fill_count_fp} before)")
    # --8<-- [end:watch]
    assert event.msg.event_type == "triggered" and event.msg.order_group_id == gid
    assert cancelled == {first.order_id: "4.00", second.order_id: "0.00"}


async def main() -> None:
    with Simulator() as sim:
        seller_key = sim.add_member()
        async with (
            AsyncKalshiClient(
                key_id=sim.credentials.key_id,
                private_key=sim.credentials.private_key_pem,
                base_url=sim.base_url,  # the feed's URL follows: ws://127.0.0.1:PORT/trade-api/ws/v2
            ) as client,
            AsyncKalshiClient(
                key_id=seller_key.key_id,
                private_key=seller_key.private_key_pem,
                base_url=sim.base_url,
            ) as seller,
        ):
            await watch(client, seller)
    print("order_group_stream: OK")


if __name__ == "__main__":
    asyncio.run(main())
