"""RFQs and quotes between two members, then the trade in candlesticks, against the simulator.

Offline, against the simulator's default scenario: `python examples/communications.py`.
"""

from __future__ import annotations

import time

from kalshi import KalshiClient
from kalshi.sim import Simulator

TICKER = "KXPRES-24-DJT"
SERIES = "KXPRES"


def main() -> None:
    with Simulator() as sim:
        requester = KalshiClient(
            key_id=sim.credentials.key_id,
            private_key=sim.credentials.private_key_pem,
            base_url=sim.base_url,
        )
        other = sim.add_member()
        maker = KalshiClient(
            key_id=other.key_id, private_key=other.private_key_pem, base_url=sim.base_url
        )
        with requester, maker:
            run(requester, maker)
    print("communications: OK")


def run(requester: KalshiClient, maker: KalshiClient) -> None:
    before = requester.portfolio.balance().balance

    # --8<-- [start:rfq]
    # The requester asks for a price on 10 contracts; every member sees the RFQ.
    rfq_id = requester.communications.rfqs.create(
        market_ticker=TICKER, contracts_fp="10", rest_remainder=False
    ).id
    for rfq in maker.communications.rfqs.list(status="open").items:
        print("open RFQ:", rfq.id, rfq.market_ticker, rfq.contracts_fp, "by", rfq.creator_id)
    # --8<-- [end:rfq]

    # --8<-- [start:quote]
    # The maker answers with two prices: what YES costs and what NO costs. Only the maker
    # and the requester see the quote.
    quote_id = maker.communications.quotes.create(
        rfq_id=rfq_id, yes_bid="0.40", no_bid="0.55", rest_remainder=False
    ).id
    for quote in requester.communications.quotes.list(rfq_id=rfq_id).items:
        print("quote:", quote.id, "YES", quote.yes_bid_dollars, "NO", quote.no_bid_dollars)
    # --8<-- [end:quote]

    # --8<-- [start:execute]
    # The requester takes the YES side; the maker confirms, and the two trade at 0.40.
    requester.communications.quotes.accept_for_rfq(rfq_id, quote_id, accepted_side="yes")
    maker.communications.quotes.confirm_for_rfq(rfq_id, quote_id)
    quote = requester.communications.quotes.get_for_rfq(rfq_id, quote_id).quote
    print("quote", quote.status, "- requester's order:", quote.rfq_creator_order_id)
    # --8<-- [end:execute]
    assert quote.status == "executed" and quote.accepted_side == "yes"
    assert quote.rfq_creator_order_id is not None
    order = requester.orders.get(quote.rfq_creator_order_id)
    print("filled", order.fill_count_fp, "for", order.taker_fill_cost_dollars, "dollars")
    assert (order.fill_count_fp, order.taker_fill_cost_dollars) == ("10.00", "4.000000")
    after = requester.portfolio.balance().balance
    assert before - after >= 400  # cents: 10 YES contracts at 0.40 (and any fee)
    assert requester.communications.rfqs.get(rfq_id).rfq.status == "closed"

    # --8<-- [start:candles]
    now = int(time.time())
    candles = requester.markets.candlesticks(
        SERIES, TICKER, start_ts=now - 3600, end_ts=now + 3600, period_interval=60
    ).candlesticks
    for candle in candles:
        print(candle.end_period_ts, candle.price.close_dollars, candle.volume_fp)
    # --8<-- [end:candles]
    assert [(c.price.close_dollars, c.volume_fp) for c in candles] == [("0.4000", "10.00")]


if __name__ == "__main__":
    main()
