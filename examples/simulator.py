"""The simulator: settings, an injectable clock, state for assertions, in-process ASGI use,
and the command line. Offline: `python examples/simulator.py`.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from decimal import Decimal

import httpx
from kalshi import AsyncKalshiClient, KalshiClient
from kalshi.sim import Exchange, ManualClock, SimSettings, Simulator, create_app

TICKER = "KXDEMO-26-YES"


def settings_and_state() -> None:
    print("-- settings, clock and state")
    # --8<-- [start:settings]
    settings = SimSettings(
        trigger_on_reach=True,  # trip when the window total reaches the limit
        skew_past_ms=3_600_000,  # accept signatures up to an hour old
    )
    clock = ManualClock()  # starts at the real time and moves only when told to
    with Simulator(settings, clock) as sim:
        trader = sim.add_member(balance_cents=50_000)  # a second account, $500
        url = sim.base_url
        me, them = (
            KalshiClient(
                key_id=c.key_id,
                private_key=c.private_key_pem,
                base_url=url,
            )
            for c in (sim.credentials, trader)
        )
        group = me.order_groups.create(contracts_limit=5)
        me.orders.create(
            ticker=TICKER,
            side="yes",
            action="buy",
            count=10,
            yes_price="0.55",
            order_group_id=group.order_group_id,
        )
        them.orders.create(
            ticker=TICKER,
            side="yes",
            action="sell",
            count=5,
            yes_price="0.55",
        )

        # Look inside the exchange: no request, no signature, no read lag.
        [state] = sim.exchange.groups(sim.credentials.user_id)
        window = settings.group_window_ms
        print(state.state, state.limit, state.volume(clock.now_ms(), window))
        assert state.triggered  # 5 filled, limit 5: trigger_on_reach trips it
        position = sim.exchange.position(trader.user_id, TICKER)
        assert position == Decimal(-5)  # the trader holds 5 NO

        clock.advance(15)  # the fills leave the 15-second window
        assert state.volume(clock.now_ms(), window) == 0
        assert state.triggered  # but a trip lasts until reset()
        # --8<-- [end:settings]
        me.close()
        them.close()


async def in_process() -> None:
    print("-- in process, through httpx.ASGITransport")
    # --8<-- [start:asgi]
    exchange = Exchange()  # default settings and the system clock
    creds = exchange.create_member()
    transport = httpx.ASGITransport(app=create_app(exchange))
    async with AsyncKalshiClient(
        key_id=creds.key_id,
        private_key=creds.private_key_pem,
        base_url="http://127.0.0.1/trade-api/v2",  # no socket: the app answers
        http_client=httpx.AsyncClient(transport=transport),
    ) as client:
        group = await client.order_groups.create(contracts_limit=10)
        print("created in process:", group.order_group_id)
    # --8<-- [end:asgi]
    assert [g.group_id for g in exchange.groups(creds.user_id)] == [group.order_group_id]


def command_line() -> None:
    print("-- python -m kalshi.sim")
    with tempfile.TemporaryDirectory() as tmp:
        key_file = os.path.join(tmp, "sim-key.pem")
        command = [sys.executable, "-m", "kalshi.sim", "--port", "0", "--log-level", "warning"]
        server = subprocess.Popen(
            [*command, "--credentials-file", key_file], stdout=subprocess.PIPE, text=True
        )
        try:
            assert server.stdout is not None
            base_url = server.stdout.readline().strip()
            print("serving at", base_url)
            exports = {}
            for _ in range(4):
                line = server.stdout.readline().strip()
                if line.startswith("export "):
                    name, _, value = line.removeprefix("export ").partition("=")
                    exports[name] = value
            assert exports["KALSHI_ENV"] == base_url, exports
            assert exports["KALSHI_PRIVATE_KEY_PATH"] == key_file, exports
            os.environ.update(exports)
            os.environ.pop("KALSHI_PRIVATE_KEY", None)
            with KalshiClient.from_env() as client:
                assert client.exchange.status().exchange_active
                assert client.order_groups.list() == []
                print("from_env client on the command-line simulator: OK")
        finally:
            server.terminate()
            server.wait(timeout=10)


def main() -> None:
    settings_and_state()
    asyncio.run(in_process())
    command_line()
    print("simulator: OK")


if __name__ == "__main__":
    main()
