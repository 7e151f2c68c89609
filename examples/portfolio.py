"""The portfolio: balance, fills, positions, settlements and subaccounts, against the simulator.

Offline, against the simulator's default scenario: `python examples/portfolio.py`.
"""

from __future__ import annotations

import uuid

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
            run(trader, seller, sim)
    print("portfolio: OK")


def run(client: KalshiClient, seller: KalshiClient, sim: Simulator) -> None:
    # --8<-- [start:balance]
    balance = client.portfolio.balance()
    # `balance` and `portfolio_value` are whole cents; `balance_dollars` is a dollar string.
    print("cash:", balance.balance, "cents =", balance.balance_dollars, "dollars")
    # --8<-- [end:balance]
    assert balance.balance == 1_000_000

    # Someone offers YES at 0.50; we take 100 of it. On a standard series the taker pays
    # 0.07 x 100 x 0.50 x 0.50 = $1.75 in fees.
    seller.orders.create(ticker=TICKER, side="yes", action="sell", count=100, yes_price="0.50")
    client.orders.create(ticker=TICKER, side="yes", action="buy", count=100, yes_price="0.50")

    # --8<-- [start:fills]
    for fill in client.portfolio.fills_all(ticker=TICKER):
        role = "taker" if fill.is_taker else "maker"
        print(
            fill.count_fp,
            fill.outcome_side,
            "at",
            fill.yes_price_dollars,
            role,
            "fee",
            fill.fee_cost,
        )
    # --8<-- [end:fills]
    fills = list(client.portfolio.fills_all(ticker=TICKER))
    assert [fill.fee_cost for fill in fills] == ["1.750000"]

    # --8<-- [start:positions]
    for position in client.portfolio.positions_all():
        print(
            position.ticker,
            position.position_fp,  # signed: YES contracts positive, NO negative
            "cost",
            position.market_exposure_dollars,
            "fees",
            position.fees_paid_dollars,
        )
    # --8<-- [end:positions]
    [position] = list(client.portfolio.positions_all())
    assert (position.position_fp, position.fees_paid_dollars) == ("100.00", "1.750000")
    assert client.portfolio.balance().balance == 1_000_000 - 5_000 - 175

    # The simulator decides the market (on Kalshi the exchange does): YES pays $1 a contract.
    sim.exchange.settle_market(TICKER, "yes")

    # --8<-- [start:settlements]
    for settlement in client.portfolio.settlements_all():
        print(
            settlement.ticker,
            settlement.market_result,
            settlement.yes_count_fp,
            "revenue",
            settlement.revenue,  # cents
        )
    # --8<-- [end:settlements]
    [settlement] = list(client.portfolio.settlements_all())
    assert (settlement.market_result, settlement.revenue) == ("yes", 10_000)
    assert client.portfolio.balance().balance == 1_000_000 - 5_000 - 175 + 10_000

    # --8<-- [start:subaccounts]
    number = client.subaccounts.create().subaccount_number
    client.subaccounts.transfer(
        client_transfer_id=str(uuid.uuid4()),  # a retry with the same id moves nothing twice
        from_subaccount=0,
        to_subaccount=number,
        amount_cents=2_500,
    )
    for entry in client.subaccounts.list_balances().subaccount_balances:
        print("subaccount", entry.subaccount_number, "holds", entry.balance)
    print("its own balance:", client.portfolio.balance(subaccount=number).balance, "cents")
    # --8<-- [end:subaccounts]
    assert client.portfolio.balance(subaccount=number).balance == 2_500
    assert [t.amount_cents for t in client.subaccounts.list_all_transfers()] == [2_500]


if __name__ == "__main__":
    main()
