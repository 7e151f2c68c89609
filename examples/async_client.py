"""AsyncKalshiClient: `async with`, concurrent requests, `async for` over orders, aclose().

Offline, against the simulator: `python examples/async_client.py`.
"""

from __future__ import annotations

import asyncio
import threading

from kalshi import AsyncKalshiClient, CreateOrderRequest
from kalshi.sim import Simulator

TICKER = "KXDEMO-26-YES"


async def main() -> None:
    with Simulator() as sim:
        creds = sim.credentials
        # --8<-- [start:gather]
        async with AsyncKalshiClient(
            key_id=creds.key_id,
            private_key=creds.private_key_pem,
            base_url=sim.base_url,
        ) as client:
            group = await client.order_groups.create(contracts_limit=500)
            gid = group.order_group_id
            requests = [
                CreateOrderRequest(
                    ticker=TICKER,
                    side="yes",
                    action="buy",
                    count=1,
                    yes_price=f"0.{10 + i}",
                    order_group_id=gid,
                )
                for i in range(10)
            ]
            # Ten orders at once, each signed in a worker thread.
            creates = (client.orders.create(request=r) for r in requests)
            orders = await asyncio.gather(*creates)
            print(len(orders), "orders placed concurrently")

            # Pages of 4 are fetched as the loop goes: 4, 4, then 2.
            every = client.orders.list_all(limit=4)
            seen = [order.order_id async for order in every]
            print(len(seen), "orders listed")
        # --8<-- [end:gather]
        assert sorted(seen) == sorted(o.order_id for o in orders)
        assert all(o.remaining_count == "1.00" for o in orders)
        signers = [t.name for t in threading.enumerate() if t.name.startswith("kalshi-sign")]
        assert signers, "signing did not run in the worker pool"

        # --8<-- [start:aclose]
        client = AsyncKalshiClient(
            key_id=creds.key_id,
            private_key=creds.private_key_pem,
            base_url=sim.base_url,
        )
        try:
            status = await client.exchange.status()
            # A variant with other settings, sharing the connection pool:
            patient = client.with_options(max_retries=5, timeout=30)
            groups = await patient.order_groups.list()
        finally:
            await client.aclose()  # what `async with` does on the way out
        # --8<-- [end:aclose]
        assert status.trading_active and len(groups) == 1
    print("async_client: OK")


if __name__ == "__main__":
    asyncio.run(main())
