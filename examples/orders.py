"""Orders: create (sent as Kalshi V2 orders), batches, amend, get, cancel, and list.

Offline, against the simulator: `python examples/orders.py`.
"""

from __future__ import annotations

import itertools
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
    # The V2 answer: the id, what filled at once and what rests.
    print(order.order_id, order.fill_count, order.remaining_count)
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
    assert (order.fill_count, order.remaining_count) == ("0.00", "10.00")
    assert order.client_order_id  # a UUID the SDK made up
    assert mine.client_order_id == "my-strategy-0001"
    # Buying NO at 0.20 rests as an ask (an offer of YES) at 0.80.
    as_read = client.orders.get(mine.order_id)
    assert (as_read.book_side, as_read.yes_price_dollars, as_read.no_price_dollars) == (
        "ask",
        "0.8000",
        "0.2000",
    )

    # --8<-- [start:create_v2]
    # The V2 form: a bid (buy YES) or an ask (sell YES) at a YES price, with the two
    # fields V2 requires.
    quote = client.orders.create_v2(
        ticker=TICKER,
        side="bid",
        price="0.30",
        count="2.50",  # fractional contracts, up to two decimals
        time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
    )
    # --8<-- [end:create_v2]
    assert quote.remaining_count == "2.50"
    client.orders.cancel(quote.order_id)

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
    assert placed.remaining_count == "2.00"

    # --8<-- [start:batch]
    batch = client.orders.batch_create_v2(
        orders=[
            CreateOrderRequest(ticker=TICKER, side="yes", action="buy", count=1, yes_price="0.11"),
            {
                "ticker": TICKER,
                "side": "bid",
                "price": "0.123",  # off the market's one-cent grid: refused
                "count": "1",
                "time_in_force": "good_till_canceled",
                "self_trade_prevention_type": "taker_at_cross",
            },
        ]
    )
    for result in batch.orders:  # in the order sent
        print(result.order_id, result.error.code if result.error else "placed")
    canceled_all = client.orders.batch_cancel_v2(
        orders=[r.order_id for r in batch.orders if r.error is None]
    )
    # --8<-- [end:batch]
    assert batch.orders[0].error is None and batch.orders[1].error is not None
    assert [r.reduced_by for r in canceled_all.orders] == ["1.00"]

    # --8<-- [start:amend]
    amended = client.orders.amend_v2(
        placed.order_id,
        ticker=TICKER,
        side="bid",
        price="0.12",  # a new price: the order goes to the back of its level
        count=3,  # the new total, filled plus resting
    )
    decreased = client.orders.decrease_v2(placed.order_id, reduce_by=1)
    print(amended.remaining_count, "->", decreased.remaining_count)
    # --8<-- [end:amend]
    assert (amended.remaining_count, decreased.remaining_count) == ("3.00", "2.00")

    # --8<-- [start:get_cancel]
    fetched = client.orders.get(order.order_id)
    canceled = client.orders.cancel(order.order_id)
    print(fetched.status, "->", canceled.reduced_by, "contracts cancelled")
    # --8<-- [end:get_cancel]
    assert fetched.order_id == order.order_id and fetched.status == "resting"
    assert canceled.reduced_by == "10.00"
    assert client.orders.get(order.order_id).status == "canceled"

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
    # One page of (at most) two orders; iterating the page follows the cursor.
    page = client.orders.list(ticker=TICKER, status="resting", limit=2)
    print(len(page.items), "on the first page; next cursor:", page.cursor)
    resting = list(page)
    print(len(resting), "resting orders")
    # list_all() iterates every order, fetching a page only when the loop needs it.
    first_five = list(itertools.islice(client.orders.list_all(limit=2), 5))
    # --8<-- [end:list]
    requests.stop()
    assert len(resting) == 2 + 5  # mine, placed, and the five
    assert len(first_five) == 5
    # 4 pages of two resting orders (2 + 2 + 2 + 1), then 3 pages for the first five of all
    assert requests.count("GET /portfolio/orders") == 4 + 3, requests.lines
    everything = list(client.orders.list_all())
    # order, mine, quote, placed, the batch's one order and the five
    assert len(everything) == 10
    assert sum(o.status == "canceled" for o in everything) == 3
    assert len(sim.exchange.orders(sim.credentials.user_id)) == 10


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
