"""Market data: series, events, markets, an order book and trades, against the simulator.

Offline, against the simulator's default scenario: `python examples/markets.py`.
"""

from __future__ import annotations

from kalshi import KalshiClient
from kalshi.sim import Simulator

TICKER = "KXPRES-24-DJT"


def main() -> None:
    with Simulator() as sim:
        trader = KalshiClient(
            key_id=sim.credentials.key_id,
            private_key=sim.credentials.private_key_pem,
            base_url=sim.base_url,
        )
        other = sim.add_member()
        seller = KalshiClient(
            key_id=other.key_id, private_key=other.private_key_pem, base_url=sim.base_url
        )
        with trader, seller:
            run(trader, seller)
    print("markets: OK")


def run(client: KalshiClient, seller: KalshiClient) -> None:
    # --8<-- [start:browse]
    # Market data is public: these calls need no signature.
    series = client.series.get("KXPRES").series
    print(series.ticker, "-", series.title)
    event = client.events.get("KXPRES-24").event
    print(event.event_ticker, "-", event.title)
    page = client.markets.list(event_ticker="KXPRES-24", status="open", limit=10)
    for market in page.items:  # one page; iterate `page` itself to follow the cursor
        print(market.ticker, market.yes_bid_dollars, market.yes_ask_dollars)
    # --8<-- [end:browse]
    assert series.ticker == "KXPRES" and event.event_ticker == "KXPRES-24"
    assert TICKER in [market.ticker for market in page.items]

    # Some liquidity: a bid for YES at 0.40 and an offer of YES at 0.45.
    client.orders.create(ticker=TICKER, side="yes", action="buy", count=5, yes_price="0.40")
    seller.orders.create(ticker=TICKER, side="yes", action="sell", count=3, yes_price="0.45")

    # --8<-- [start:book]
    book = client.markets.orderbook(TICKER, depth=5).orderbook_fp
    # Kalshi shows both sides as bids: YES bids, and NO bids (an offer of YES at p is a
    # NO bid at 1 - p). Each level is [price, count], best price last.
    print("YES bids:", book.yes_dollars)
    print("NO bids: ", book.no_dollars)
    # --8<-- [end:book]
    assert book.yes_dollars == [["0.4000", "5.00"]]
    assert book.no_dollars == [["0.5500", "3.00"]]

    # --8<-- [start:trades]
    client.orders.create(ticker=TICKER, side="yes", action="buy", count=2, yes_price="0.45")
    for trade in client.markets.list_trades_all(ticker=TICKER, max_pages=1):
        print(trade.created_time, trade.count_fp, "at", trade.yes_price_dollars)
    market = client.markets.get(TICKER).market
    print("last price:", market.last_price_dollars, "volume:", market.volume_fp)
    # --8<-- [end:trades]
    assert market.last_price_dollars == "0.4500" and market.volume_fp == "2.00"


if __name__ == "__main__":
    main()
