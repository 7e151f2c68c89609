"""Getting started: a client on the offline simulator, then the same code for demo or prod.

Run it with `python examples/getting_started.py`: no network, no Kalshi account. Each marked
section is a whole program (its imports included), as the docs pages show it, and
`tests/test_docs_blocks.py` runs the pages' blocks one by one. The demo and production
clients are only built, never used: the sections read `~/.kalshi/demo-key.pem` and
`~/.kalshi/prod-key.pem`, which this script points at throwaway copies of the simulator's key.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kalshi.sim import Simulator


def offline() -> None:
    # --8<-- [start:offline]
    from kalshi import KalshiClient
    from kalshi.sim import Simulator

    with Simulator() as sim:  # a Kalshi-like exchange on a loopback port
        client = KalshiClient(
            key_id=sim.credentials.key_id,
            private_key=sim.credentials.private_key_pem,
            base_url=sim.base_url,
        )
        with client:
            status = client.exchange.status()  # public: no signature needed
            print("exchange active:", status.exchange_active)

            group = client.order_groups.create(contracts_limit=50)  # signed
            order = client.orders.create(
                ticker="KXDEMO-26-YES",
                side="yes",
                action="buy",
                count=5,
                yes_price="0.40",
                order_group_id=group.order_group_id,
            )
            print("order", order.order_id, "resting:", order.remaining_count)  # 5.00
            # --8<-- [end:offline]
            assert status.exchange_active and status.trading_active
            assert order.remaining_count == "5.00"
            placed = client.orders.get(order.order_id)
            assert (placed.status, placed.order_group_id) == ("resting", group.order_group_id)


def from_env() -> None:
    # --8<-- [start:from_env]
    import os

    from kalshi import KalshiClient
    from kalshi.sim import Simulator

    with Simulator() as sim:
        # KALSHI_ENV may be prod, demo or a base URL: here, the simulator's.
        os.environ["KALSHI_ENV"] = sim.base_url
        os.environ["KALSHI_API_KEY_ID"] = sim.credentials.key_id
        os.environ["KALSHI_PRIVATE_KEY"] = sim.credentials.private_key_pem
        os.environ.pop("KALSHI_PRIVATE_KEY_PATH", None)  # it would win over KALSHI_PRIVATE_KEY
        with KalshiClient.from_env(timeout=5) as client:  # keywords win
            groups = client.order_groups.list()
            print(len(groups), "order group(s) at", client.base_url)
        # --8<-- [end:from_env]
        assert client.base_url == sim.base_url and client.timeout == 5
        assert groups == []


def raw_request() -> None:
    # --8<-- [start:request]
    from kalshi import KalshiClient
    from kalshi.sim import Simulator

    with Simulator() as sim:
        client = KalshiClient(
            key_id=sim.credentials.key_id,
            private_key=sim.credentials.private_key_pem,
            base_url=sim.base_url,
        )
        with client:
            balance = client.request("GET", "/portfolio/balance")["balance"]  # cents
            market = client.request("GET", "/markets/KXDEMO-26-YES")["market"]
            orders = client.request("GET", "/portfolio/orders", params={"limit": 5})["orders"]
            print(balance, market["ticker"], len(orders))
            # --8<-- [end:request]
            assert isinstance(balance, int) and balance > 0
            assert market["ticker"] == "KXDEMO-26-YES" and orders == []


def environments() -> None:
    # --8<-- [start:environments]
    from pathlib import Path

    from kalshi import KalshiClient

    demo = KalshiClient(
        key_id="your-demo-key-id",  # the key id Kalshi showed you
        private_key_path=Path.home() / ".kalshi" / "demo-key.pem",  # the key you downloaded
        environment="demo",
    )
    prod = KalshiClient(  # environment="prod" is the default
        key_id="your-prod-key-id",
        private_key_path=Path.home() / ".kalshi" / "prod-key.pem",
    )
    print(demo.base_url)  # https://external-api.demo.kalshi.co/trade-api/v2
    print(prod.base_url)  # https://external-api.kalshi.com/trade-api/v2
    # --8<-- [end:environments]
    assert demo.base_url == "https://external-api.demo.kalshi.co/trade-api/v2"
    assert prod.base_url == "https://external-api.kalshi.com/trade-api/v2"
    demo.close()
    prod.close()


def unsigned() -> None:
    # --8<-- [start:unsigned]
    from kalshi import KalshiClient, MissingCredentialsError

    public = KalshiClient(environment="demo")  # no key: public endpoints only
    try:
        public.order_groups.list()
    except MissingCredentialsError as error:
        print(error)  # raised before anything is sent
    # --8<-- [end:unsigned]
    else:
        raise AssertionError("an unsigned client made a signed call")
    public.close()


def unknown_host() -> None:
    # --8<-- [start:unknown_host]
    from pathlib import Path

    from kalshi import KalshiClient

    try:
        KalshiClient(
            key_id="your-demo-key-id",
            private_key_path=Path.home() / ".kalshi" / "demo-key.pem",
            base_url="https://example.org/trade-api/v2",
        )
    except ValueError as error:
        print(error)  # refusing to send signed requests to example.org ...
    # --8<-- [end:unknown_host]
    else:
        raise AssertionError("signed requests to an unknown host were allowed")


def with_key_files(pem: str) -> None:
    """Point ~ at a temporary home holding the key files the sections read."""
    home = Path(tempfile.mkdtemp())
    (home / ".kalshi").mkdir()
    for name in ("demo-key.pem", "prod-key.pem"):
        path = home / ".kalshi" / name
        path.write_text(pem)
        path.chmod(0o600)  # a key file others can read draws a KeyFilePermissionWarning
    os.environ["HOME"] = str(home)


def main() -> None:
    offline()
    from_env()
    raw_request()
    with Simulator() as sim:  # only for a throwaway key
        pem = sim.credentials.private_key_pem
    with_key_files(pem)
    environments()
    unsigned()
    unknown_host()
    print("getting_started: OK")


if __name__ == "__main__":
    main()
