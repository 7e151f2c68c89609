"""The order-group lifecycle with AsyncKalshiClient: create, attach, inspect, reset, trigger,
delete. Offline, against the simulator: `python examples/order_groups_lifecycle_async.py`.
"""

from __future__ import annotations

import asyncio

from kalshi import AsyncKalshiClient, CreateOrderRequest, NotFoundError
from kalshi.sim import Simulator


async def lifecycle(client: AsyncKalshiClient) -> None:
    # --8<-- [start:lifecycle]
    # 1) A group whose orders may fill at most 100 contracts in any 15 seconds.
    group = await client.order_groups.create(contracts_limit=100)
    gid = group.order_group_id
    print("created", gid)

    # 2) Orders join the group by naming its id.
    order = await client.orders.create(
        ticker="KXPRES-24-DJT",
        side="yes",
        action="buy",
        count=10,
        yes_price="0.65",
        order_group_id=gid,
    )
    # Another, built first as a CreateOrderRequest, on the NO side.
    request = CreateOrderRequest(
        ticker="KXPRES-24-DJT",
        side="no",
        action="buy",
        count=5,
        no_price="0.30",
        order_group_id=gid,
    )
    also = await client.orders.create(request=request)

    # 3) Inspect: its resting orders' ids, its limit, whether it has tripped.
    detail = await client.order_groups.get(gid)
    print("orders:", detail.orders, "limit:", detail.contracts_limit)

    # 4) reset() clears the 15-second count; trigger() trips the group by hand.
    await client.order_groups.reset(gid)
    await client.order_groups.trigger(gid)
    tripped = await client.order_groups.get(gid)
    print("tripped:", tripped.is_auto_cancel_enabled, "orders:", tripped.orders)

    # 5) Tear down.
    await client.order_groups.delete(gid)
    # --8<-- [end:lifecycle]
    assert set(detail.orders) == {order.order_id, also.order_id}
    assert detail.contracts_limit == 100 and detail.is_auto_cancel_enabled is False
    assert tripped.is_auto_cancel_enabled is True and tripped.orders == []
    assert (await client.orders.get(order.order_id)).status == "canceled"
    try:
        await client.order_groups.get(gid)
        raise AssertionError("the deleted group is still there")
    except NotFoundError:
        print("deleted")
    assert await client.order_groups.list() == []


async def main() -> None:
    with Simulator() as sim:
        # --8<-- [start:client]
        async with AsyncKalshiClient(
            key_id=sim.credentials.key_id,
            private_key=sim.credentials.private_key_pem,
            base_url=sim.base_url,
        ) as client:
            await lifecycle(client)
        # --8<-- [end:client]
    print("order_groups_lifecycle_async: OK")


if __name__ == "__main__":
    asyncio.run(main())
