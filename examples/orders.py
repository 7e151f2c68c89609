"""Orders: create with dollar prices, get, cancel, and list with automatic paging.

Offline, against the simulator: `python examples/orders.py`.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from kalshi import CreateOrderRequest, KalshiClient
from kalshi.sim import Simulator

TICKER = "KXDEMO-26-YES"


def main() -> None:
    with Simulator() as sim:
        client = KalshiClient(
            key_id=sim.credentials.key_id,
            private_key=sim.credentials.private_key_pem,
            base_url=sim.base_url,
        )
        with client:
            run(sim, client)
    print("orders: OK")


def run(sim: Simulator, client: KalshiClient) -> None:
    # --8<-- [start:create]
    # Prices are dollars, as strings (or Decimals): exactly one of yes_price and
    # no_price.
    order = client.orders.create(
        ticker=TICKER, side="yes", action="buy", count=10, yes_price="0.65"
    )
    print(order.status, order.yes_price_dollars, order.remaining_count_fp)
    print("client_order_id (generated):", order.client_order_id)

    # Your own client_order_id, and a NO price given as a Decimal.
    mine = client.orders.create(
        ticker=TICKER,
        side="no",
        action="buy",
        count=3,
        no_price=Decimal("0.20"),
        client_order_id="my-strategy-0001",
    )
    # --8<-- [end:create]
    assert order.status == "resting" and order.yes_price_dollars == "0.6500"
    assert order.client_order_id  # a UUID the SDK made up
    assert mine.client_order_id == "my-strategy-0001" and mine.no_price_dollars == "0.2000"

    # --8<-- [start:validation]
    fields = {"ticker": TICKER, "side": "yes", "action": "buy", "count": 1}
    for bad in (
        {"yes_price": "0.65", "no_price": "0.35"},  # both prices
        {},  # no price
        {"yes_price": 0.65},  # a float: give a string or a Decimal
        {"yes_price": "65"},  # cents: prices are dollars
    ):
        try:
            client.orders.create(**fields, **bad)
            raise AssertionError(f"accepted {bad}")
        except (ValueError, TypeError) as error:
            print(f"{bad}: {error}")  # refused before anything is sent
    # --8<-- [end:validation]

    # --8<-- [start:request]
    request = CreateOrderRequest(
        ticker=TICKER, side="yes", action="buy", count=2, yes_price="0.10"
    )  # checked here, when built
    placed = client.orders.create(request=request)
    # --8<-- [end:request]
    assert placed.initial_count_fp == "2.00"

    # --8<-- [start:get_cancel]
    fetched = client.orders.get(order.order_id)
    canceled = client.orders.cancel(order.order_id)
    print(canceled.reduced_by_fp, "contracts cancelled:", canceled.order.status)
    # --8<-- [end:get_cancel]
    assert fetched.order_id == order.order_id and fetched.status == "resting"
    assert canceled.reduced_by_fp == "10.00" and canceled.order.status == "canceled"

    requests = RequestCounter()
    # --8<-- [start:list]
    for i in range(5):
        price = f"0.0{i + 1}"
        client.orders.create(
            ticker=TICKER,
            side="yes",
            action="buy",
            count=1,
            yes_price=price,
        )
    # page_size=2 fetches two orders a request; the iterator follows the cursor.
    orders = client.orders.list(ticker=TICKER, status="resting", page_size=2)
    resting = list(orders)
    print(len(resting), "resting orders")
    # --8<-- [end:list]
    requests.stop()
    assert len(resting) == 2 + 5  # mine, placed, and the five
    assert requests.count("GET /portfolio/orders") == 4, requests.lines  # 2 + 2 + 2 + 1
    everything = list(client.orders.list())
    assert len(everything) == 8 and sum(o.status == "canceled" for o in everything) == 1
    assert len(sim.exchange.orders(sim.credentials.user_id)) == 8


class RequestCounter(logging.Handler):
    """Counts the requests the SDK logs (method, path, status and latency at DEBUG)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.logger = logging.getLogger("kalshi")
        self.level_before = self.logger.level
        self.logger.setLevel(logging.DEBUG)
        self.logger.addHandler(self)

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())

    def count(self, prefix: str) -> int:
        return sum(line.startswith(prefix + " ") for line in self.lines)

    def stop(self) -> None:
        self.logger.removeHandler(self)
        self.logger.setLevel(self.level_before)


if __name__ == "__main__":
    main()
