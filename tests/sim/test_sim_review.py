"""Money and trading-loop edge cases of the simulator checked against Kalshi's documented rules:
RFQ execution (`Exchange.cross`), settlement and `reset`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from kalshi.sim import Exchange, ManualClock, OrderRequest, SimError, SimSettings
from kalshi.sim._events import MarketLifecycle
from kalshi.sim._rfq import communications_of

START_MS = 1_800_000_000_000
TICKER = "KXREV-1-A"


def _scenario(**market: Any) -> dict[str, Any]:
    return {
        "series": [{"ticker": "KXREV", "fee_type": "quadratic_with_maker_fees"}],
        "events": [
            {
                "event_ticker": "KXREV-1",
                "series_ticker": "KXREV",
                "markets": [{"ticker": TICKER, **market}],
            }
        ],
    }


def _exchange(**market: Any) -> tuple[Exchange, ManualClock]:
    clock = ManualClock(START_MS)
    return Exchange(SimSettings(scenario=_scenario(**market)), clock), clock


def _request(side: str, price: str, count: str, **extra: Any) -> OrderRequest:
    return OrderRequest(
        ticker=TICKER,
        book_side=side,  # type: ignore[arg-type]
        yes_price=Decimal(price),
        count=Decimal(count),
        **extra,
    )


def _cross(exchange: Exchange, taker: str, maker: str, side: str, price: str, count: str) -> None:
    other = "ask" if side == "bid" else "bid"
    exchange.cross(taker, _request(side, price, count), maker, _request(other, price, count))


# --- Exchange.cross ------------------------------------------------------------------------


def test_cross_refuses_a_taker_who_cannot_pay_the_fee() -> None:
    exchange, _ = _exchange()
    taker = exchange.add_member(balance_cents=500)  # exactly 10 YES at 0.50, nothing for fees
    maker = exchange.add_member(balance_cents=10_000)
    with pytest.raises(SimError) as caught:
        _cross(exchange, taker, maker, "bid", "0.50", "10")
    assert caught.value.code == "insufficient_balance"
    assert exchange.balance(taker) == Decimal(5)
    assert exchange.position(taker, TICKER) == 0


def test_cross_refuses_a_maker_who_cannot_pay_the_maker_fee() -> None:
    exchange, _ = _exchange()
    taker = exchange.add_member(balance_cents=10_000)
    maker = exchange.add_member(balance_cents=500)  # exactly 10 NO at 0.50, no maker fee
    with pytest.raises(SimError) as caught:
        _cross(exchange, taker, maker, "bid", "0.50", "10")
    assert caught.value.code == "insufficient_balance"
    assert exchange.balance(maker) == Decimal(5)


def test_cross_never_leaves_a_balance_negative() -> None:
    exchange, _ = _exchange()
    taker = exchange.add_member(balance_cents=10_000)
    maker = exchange.add_member(balance_cents=10_000)
    _cross(exchange, taker, maker, "bid", "0.50", "10")
    fee_taker = Decimal("0.1750")  # 0.07 x 10 x 0.5 x 0.5
    fee_maker = Decimal("0.0438")  # a quarter of it, ceiled to $0.0001
    assert exchange.balance(taker) == Decimal(100) - 5 - fee_taker
    assert exchange.balance(maker) == Decimal(100) - 5 - fee_maker
    assert exchange.fees_collected == fee_taker + fee_maker


def test_cross_sells_a_held_position_without_cash() -> None:
    """Selling contracts one holds needs no collateral on the order path; nor through an RFQ."""
    exchange, _ = _exchange()
    seller = exchange.add_member(balance_cents=1_000)
    buyer = exchange.add_member(balance_cents=10_000)
    market_maker = exchange.add_member(balance_cents=10_000)
    exchange.place_order(market_maker, _request("ask", "0.50", "10"))
    exchange.place_order(seller, _request("bid", "0.50", "10", time_in_force="fill_or_kill"))
    assert exchange.position(seller, TICKER) == 10
    # Move the cash away but for what the fee needs: selling needs no collateral.
    exchange.create_subaccount(seller)
    cents = int(exchange.balance(seller) * 100) - 20
    exchange.transfer(
        seller, client_transfer_id="t", from_subaccount=0, to_subaccount=1, amount_cents=cents
    )
    assert exchange.balance(seller) < Decimal("0.21")
    # The seller (RFQ requester) sells its 10 YES at 0.60 to the buyer (the quote's maker).
    before = exchange.balance(seller)
    _cross(exchange, seller, buyer, "ask", "0.60", "10")
    assert exchange.position(seller, TICKER) == 0
    fee = Decimal("0.1680")  # 0.07 x 10 x 0.6 x 0.4
    assert exchange.balance(seller) == before + 6 - fee


def test_cross_refuses_a_closed_or_settled_market() -> None:
    exchange, clock = _exchange(close_time=(START_MS + 60_000) // 1000)
    a = exchange.add_member(balance_cents=10_000)
    b = exchange.add_member(balance_cents=10_000)
    clock.advance(ms=60_000)
    with pytest.raises(SimError) as caught:
        _cross(exchange, a, b, "bid", "0.50", "1")
    assert caught.value.code == "market_closed"
    exchange.settle_market(TICKER, "yes")
    with pytest.raises(SimError):
        _cross(exchange, a, b, "bid", "0.50", "1")
    assert exchange.balance(a) == exchange.balance(b) == Decimal(100)


def test_cross_refuses_during_a_trading_pause() -> None:
    exchange, _ = _exchange()
    a = exchange.add_member(balance_cents=10_000)
    b = exchange.add_member(balance_cents=10_000)
    exchange.pause("trading")
    with pytest.raises(SimError) as caught:
        _cross(exchange, a, b, "bid", "0.50", "1")
    assert caught.value.code == "trading_paused"


# --- settlement ----------------------------------------------------------------------------


def test_settling_twice_is_refused_and_pays_once() -> None:
    exchange, _ = _exchange()
    a = exchange.add_member(balance_cents=10_000)
    b = exchange.add_member(balance_cents=10_000)
    _cross(exchange, a, b, "bid", "0.50", "10")
    after_trade = exchange.balance(a)
    exchange.settle_market(TICKER, "yes")
    assert exchange.balance(a) == after_trade + 10
    with pytest.raises(SimError):
        exchange.settle_market(TICKER, "no")
    assert exchange.balance(a) == after_trade + 10
    assert len(exchange.member(a).settlements) == 1


def test_a_closed_out_position_reads_settled_once_its_market_settles() -> None:
    """`settlement_status=unsettled` keeps positions in markets not yet settled only."""
    exchange, _ = _exchange()
    a = exchange.add_member(balance_cents=10_000)
    b = exchange.add_member(balance_cents=10_000)
    _cross(exchange, a, b, "bid", "0.50", "10")
    _cross(exchange, a, b, "ask", "0.55", "10")  # a sells its 10 YES back: position 0
    assert exchange.position(a, TICKER) == 0
    exchange.settle_market(TICKER, "yes")
    holding = exchange.member(a).holdings[(0, TICKER)]
    assert holding.settled
    assert holding.position == 0


# --- reset ---------------------------------------------------------------------------------


def test_reset_clears_rfqs_and_quotes() -> None:
    exchange, _ = _exchange()
    a = exchange.add_member(balance_cents=10_000)
    b = exchange.add_member(balance_cents=10_000)
    book = communications_of(exchange)
    rfq = book.create_rfq(a, ticker=TICKER, contracts=Decimal(5), target_cost=None,
                          rest_remainder=False)  # fmt: skip
    book.create_quote(b, rfq_id=rfq.rfq_id, yes_bid=Decimal("0.4"), no_bid=Decimal("0.5"),
                      rest_remainder=False)  # fmt: skip
    exchange.reset()
    book = communications_of(exchange)
    assert book.list_rfqs() == []
    assert book.list_quotes(a) == book.list_quotes(b) == []


def test_reset_keeps_scheduled_lifecycle_on_the_live_exchange() -> None:
    """After a reset, a market's scheduled close still cancels resting orders on this exchange
    and tells this exchange's listeners (the feed)."""
    exchange, clock = _exchange(close_time=(START_MS + 60_000) // 1000)
    a = exchange.add_member(balance_cents=10_000)
    exchange.reset()
    heard: list[MarketLifecycle] = []
    exchange.bus.subscribe(
        lambda event: heard.append(event) if isinstance(event, MarketLifecycle) else None
    )
    order = exchange.place_order(a, _request("bid", "0.40", "5"))
    clock.advance(ms=60_000)
    exchange.pause_state()  # a call runs what fell due
    assert [event.event_type for event in heard] == ["deactivated"]
    assert order.status == "canceled"
    assert exchange.balance(a) == Decimal(100)


def test_reset_forgets_a_pause() -> None:
    exchange, _ = _exchange()
    exchange.pause("exchange")
    exchange.reset()
    assert exchange.pause_state() is None
    assert exchange.fees_collected == 0


# --- units on the wire ---------------------------------------------------------------------


def test_costs_and_fees_are_written_to_six_places() -> None:
    """Kalshi writes fee, cost and P&L amounts with 6 decimals: a cent's fraction is not lost."""
    from kalshi.sim._portfolio_routes import market_position_view
    from kalshi.sim._views import order_view

    exchange, _ = _exchange(price_level_structure="tapered_deci_cent")
    maker = exchange.add_member(balance_cents=10_000)
    taker = exchange.add_member(balance_cents=10_000)
    exchange.place_order(maker, _request("ask", "0.081", "0.01"))
    order = exchange.place_order(
        taker, _request("bid", "0.081", "0.01", time_in_force="fill_or_kill")
    )
    view = order_view(order)
    assert view["taker_fill_cost_dollars"] == "0.000810"
    assert view["taker_fees_dollars"] == "0.000100"  # 0.07 x 0.01 x 0.081 x 0.919, ceiled
    assert view["yes_price_dollars"] == "0.0810"  # prices stay at 4 places
    holding = exchange.member(taker).holdings[(0, TICKER)]
    position = market_position_view(holding)
    assert position["market_exposure_dollars"] == "0.000810"
    assert position["total_traded_dollars"] == "0.000810"
    assert position["fees_paid_dollars"] == "0.000100"


# --- cash checks of the order path ---------------------------------------------------------


def test_an_order_meeting_many_makers_cannot_go_negative() -> None:
    """Each fill's fee is ceiled on its own: ten small fills cost more fee than one."""
    exchange, _ = _exchange()
    maker = exchange.add_member(balance_cents=100_000)
    for _ in range(10):
        exchange.place_order(maker, _request("ask", "0.52", "0.01"))
    taker = exchange.add_member(balance_cents=0)
    # Cost 0.052 and the fee of 0.10 at 0.52 in one fill (0.0018): short of ten fills' 0.0020.
    exchange.member(taker).balances[0] = Decimal("0.0538")
    with pytest.raises(SimError) as caught:
        exchange.place_order(taker, _request("bid", "0.52", "0.10", time_in_force="fill_or_kill"))
    assert caught.value.code == "insufficient_balance"
    exchange.member(taker).balances[0] = Decimal("0.0540")
    order = exchange.place_order(taker, _request("bid", "0.52", "0.10"))
    assert order.fill_count == Decimal("0.10")
    assert exchange.balance(taker) == 0


def test_an_amend_that_crosses_needs_cash_for_the_taker_fee() -> None:
    from kalshi.sim import OrderAmend

    exchange, _ = _exchange()
    maker = exchange.add_member(balance_cents=100_000)
    taker = exchange.add_member(balance_cents=10_000)
    order = exchange.place_order(taker, _request("bid", "0.40", "10"))
    exchange.place_order(maker, _request("ask", "0.52", "10"))
    # Enough for the dearer collateral (1.20) and the maker fee a resting order holds, not
    # for the taker fee of crossing the ask (0.1748).
    exchange.member(taker).balances[0] = Decimal("1.202")
    amend = OrderAmend(TICKER, "bid", Decimal("0.52"), Decimal(10))
    with pytest.raises(SimError) as caught:
        exchange.amend_order(taker, order.order_id, amend)
    assert caught.value.code == "insufficient_balance"
    assert order.yes_price == Decimal("0.40") and order.is_live
    exchange.member(taker).balances[0] = Decimal("1.3748")
    order, fills, _ = exchange.amend_order(taker, order.order_id, amend)
    assert fills.count == 10
    assert exchange.balance(taker) >= 0


def test_balance_dollars_never_shows_more_than_is_there() -> None:
    """A resting deci-cent order holds a cost below $0.0001 of precision; the balance reads
    rounded down, as `balance` in cents is."""
    from kalshi.sim._views import balance_view

    exchange, _ = _exchange(price_level_structure="tapered_deci_cent")
    member = exchange.add_member(balance_cents=10_000)
    exchange.place_order(member, _request("bid", "0.081", "0.01"))
    assert exchange.balance(member) == Decimal("99.999176")  # cost 0.00081, maker fee 0.000014
    view = balance_view(exchange.balance(member), Decimal(0), 0)
    assert view["balance_dollars"] == "99.9991"
    assert view["balance"] == 9999
