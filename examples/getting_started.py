"""Getting started: a client on the offline simulator, then the same code for demo or prod.

Run it with `python examples/getting_started.py`: no network, no Kalshi account. The demo and
production clients below are only built (with the simulator's throwaway key), never used.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kalshi import KalshiClient, MissingCredentialsError
from kalshi.sim import Simulator


def main() -> None:
    # --8<-- [start:offline]
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

        os.environ.pop("KALSHI_PRIVATE_KEY_PATH", None)  # it would win over KALSHI_PRIVATE_KEY
        # --8<-- [start:from_env]
        # KALSHI_ENV may be prod, demo or a base URL: here, the simulator's.
        os.environ["KALSHI_ENV"] = sim.base_url
        os.environ["KALSHI_API_KEY_ID"] = sim.credentials.key_id
        os.environ["KALSHI_PRIVATE_KEY"] = sim.credentials.private_key_pem
        with KalshiClient.from_env(timeout=5) as client:  # keywords win
            groups = client.order_groups.list()
            print(len(groups), "order group(s) at", client.base_url)
        # --8<-- [end:from_env]
        assert client.base_url == sim.base_url and client.timeout == 5
        assert [g.id for g in groups] == [group.order_group_id]

        with tempfile.TemporaryDirectory() as tmp:
            key_path = Path(tmp, "kalshi-key.pem")
            key_path.write_text(sim.credentials.private_key_pem)
            key_path.chmod(0o600)  # a key file others can read draws a KeyFilePermissionWarning
            environments(sim.credentials.key_id, key_path)
    print("getting_started: OK")


def environments(key_id: str, key_path: Path) -> None:
    # --8<-- [start:environments]
    demo = KalshiClient(
        key_id=key_id,
        private_key_path=key_path,
        environment="demo",
    )
    prod = KalshiClient(key_id=key_id, private_key_path=key_path)  # "prod"
    print(demo.base_url)  # https://external-api.demo.kalshi.co/trade-api/v2
    print(prod.base_url)  # https://external-api.kalshi.com/trade-api/v2
    # --8<-- [end:environments]
    assert demo.base_url == "https://external-api.demo.kalshi.co/trade-api/v2"
    assert prod.base_url == "https://external-api.kalshi.com/trade-api/v2"
    demo.close()
    prod.close()

    # --8<-- [start:unsigned]
    public = KalshiClient(environment="demo")  # no key: public endpoints only
    try:
        public.order_groups.list()
    except MissingCredentialsError as error:
        print(error)  # raised before anything is sent
    # --8<-- [end:unsigned]
    else:
        raise AssertionError("an unsigned client made a signed call")
    public.close()

    # --8<-- [start:unknown_host]
    try:
        KalshiClient(
            key_id=key_id,
            private_key_path=key_path,
            base_url="https://example.org/trade-api/v2",
        )
    except ValueError as error:
        print(error)  # refusing to send signed requests to example.org ...
    # --8<-- [end:unknown_host]
    else:
        raise AssertionError("signed requests to an unknown host were allowed")


if __name__ == "__main__":
    main()
