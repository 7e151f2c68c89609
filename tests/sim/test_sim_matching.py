"""Matching on the engine: crossing, priority, partial fills, cash and positions."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from kalshi.sim import Credentials, Exchange, ManualClock, Order, SimError, SimSettings

Place = Callable[..., Order]
TICKER = "KXTEST-26-YES"


@pytest.fixture
def other(new_member: Callable[..., Credentials]) -> Credentials:
    """A second member to trade against."""
    return new_member()


def test_yes_bid_and_no_bid_cross_when_prices_sum_to_a_dollar(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    maker = place(other.user_id, "no", "buy", 35, 5)
    below = place(member.user_id, "yes", "buy", 64, 5)
    assert below.status == "resting" and maker.status == "resting"
    taker = place(member.user_id, "yes", "buy", 65, 5)
    assert taker.status == "executed"
    assert maker.status == "executed"
    assert taker.fill_count == 5
    assert taker.taker_fill_cost == Decimal("3.25")
    assert maker.maker_fill_cost == Decimal("1.75")


def test_maker_price_sets_the_trade_price_and_the_taker_keeps_the_difference(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    place(other.user_id, "no", "buy", 45, 10)  # an ask for YES at 0.55
    taker = place(member.user_id, "yes", "buy", 70, 10)
    assert taker.taker_fill_cost == Decimal("5.50")
    # Only the taker pays a fee on a quadratic series: 0.07 x 10 x 0.55 x 0.45 = 0.17325 -> 0.1733.
    assert taker.taker_fees == Decimal("0.1733")
    assert exchange.balance(member.user_id) == Decimal("10000") - Decimal("5.50") - Decimal(
        "0.1733"
    )
    assert exchange.balance(other.user_id) == Decimal("10000") - Decimal("4.50")
    assert exchange.position(member.user_id, TICKER) == 10
    assert exchange.position(other.user_id, TICKER) == -10
    assert exchange.market(TICKER).last_price == Decimal("0.55")


def test_price_then_time_priority(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    early = place(other.user_id, "no", "buy", 40, 1)
    late = place(other.user_id, "no", "buy", 40, 1)
    better = place(other.user_id, "no", "buy", 42, 1)
    place(member.user_id, "yes", "buy", 60, 2)
    assert better.status == "executed"
    assert early.status == "executed"
    assert late.status == "resting"


def test_partial_fill_leaves_the_rest_resting(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    maker = place(other.user_id, "no", "buy", 50, 10)
    taker = place(member.user_id, "yes", "buy", 50, 4)
    assert taker.status == "executed"
    assert (maker.status, maker.fill_count, maker.remaining) == ("resting", 4, 6)
    bigger = place(member.user_id, "yes", "buy", 50, 10)
    assert (bigger.status, bigger.fill_count, bigger.remaining) == ("resting", 6, 4)
    assert maker.status == "executed"
    assert exchange.market(TICKER).book.top("bid") == (Decimal("0.50"), Decimal(4))


def test_sell_yes_closes_a_yes_position_for_cash(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    place(other.user_id, "no", "buy", 40, 10)
    place(member.user_id, "yes", "buy", 60, 10)
    bought_fee = Decimal("0.168")  # 0.07 x 10 x 0.60 x 0.40
    assert exchange.balance(member.user_id) == Decimal("9994") - bought_fee
    place(other.user_id, "yes", "buy", 70, 10)  # someone bids 0.70 for YES
    sale = place(member.user_id, "yes", "sell", 70, 10)
    assert sale.status == "executed"
    assert sale.book_side == "ask"
    assert exchange.position(member.user_id, TICKER) == 0
    sold_fee = Decimal("0.147")  # 0.07 x 10 x 0.70 x 0.30
    assert exchange.balance(member.user_id) == Decimal("10001") - bought_fee - sold_fee


def test_resting_orders_hold_cash_and_cancel_returns_it(
    exchange: Exchange, member: Credentials, place: Place
) -> None:
    order = place(member.user_id, "no", "buy", 25, 8)
    assert exchange.balance(member.user_id) == Decimal("9998")
    _, reduced = exchange.cancel_order(member.user_id, order.order_id)
    assert reduced == 8
    assert exchange.balance(member.user_id) == Decimal("10000")
    assert order.status == "canceled"


def test_insufficient_balance(
    exchange: Exchange, new_member: Callable[..., Credentials], place: Place
) -> None:
    poor = new_member(balance_cents=104)  # 2 x 0.50, and room for a 0.035 taker fee
    place(poor.user_id, "yes", "buy", 50, 2)
    with pytest.raises(SimError) as rejected:
        place(poor.user_id, "yes", "buy", 50, 1)
    assert (rejected.value.status, rejected.value.code) == (400, "insufficient_balance")


def test_immediate_or_cancel_cancels_the_rest(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    place(other.user_id, "no", "buy", 40, 3)
    order = place(member.user_id, "yes", "buy", 60, 5, time_in_force="immediate_or_cancel")
    assert (order.status, order.fill_count, order.remaining) == ("canceled", 3, 0)
    assert exchange.market(TICKER).book.top("bid") is None


def test_fill_or_kill_fills_all_or_nothing(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    maker = place(other.user_id, "no", "buy", 40, 3)
    killed = place(member.user_id, "yes", "buy", 60, 5, time_in_force="fill_or_kill")
    assert (killed.status, killed.fill_count) == ("canceled", 0)
    assert maker.remaining == 3
    filled = place(member.user_id, "yes", "buy", 60, 3, time_in_force="fill_or_kill")
    assert (filled.status, filled.fill_count) == ("executed", 3)


def test_post_only_that_would_cross_is_rejected(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    place(other.user_id, "no", "buy", 40, 3)
    with pytest.raises(SimError) as rejected:
        place(member.user_id, "yes", "buy", 60, 1, post_only=True)
    assert (rejected.value.status, rejected.value.code) == (400, "invalid_order")
    assert rejected.value.details == "post only cross"
    assert place(member.user_id, "yes", "buy", 59, 1, post_only=True).status == "resting"


def test_self_trade_cancels_the_taker_by_default(
    exchange: Exchange, member: Credentials, place: Place
) -> None:
    maker = place(member.user_id, "no", "buy", 40, 3)
    taker = place(member.user_id, "yes", "buy", 60, 3)
    assert (taker.status, taker.fill_count) == ("canceled", 0)
    assert maker.status == "resting"


def test_self_trade_prevention_maker_cancels_the_resting_order(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    own = place(member.user_id, "no", "buy", 41, 3)
    theirs = place(other.user_id, "no", "buy", 40, 3)
    taker = place(member.user_id, "yes", "buy", 60, 3, self_trade_prevention="maker")
    assert own.status == "canceled"
    assert theirs.status == "executed"
    assert taker.status == "executed"


@pytest.mark.parametrize("settings", [SimSettings(allow_self_trade=True)], ids=["self_trade"])
def test_self_trade_allowed_by_setting(
    exchange: Exchange, member: Credentials, place: Place
) -> None:
    place(member.user_id, "no", "buy", 40, 3)
    taker = place(member.user_id, "yes", "buy", 60, 3)
    assert taker.status == "executed"
    assert exchange.position(member.user_id, TICKER) == 0
    # Each side of the trade is the member's: only the taker side pays, 0.07 x 3 x 0.6 x 0.4.
    assert exchange.balance(member.user_id) == Decimal("10000") - Decimal("0.0504")


def test_client_order_ids_are_never_reused(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    order = place(member.user_id, "yes", "buy", 10, 1, client_order_id="mine-1")
    exchange.cancel_order(member.user_id, order.order_id)
    with pytest.raises(SimError) as duplicate:
        place(member.user_id, "yes", "buy", 10, 1, client_order_id="mine-1")
    assert (duplicate.value.status, duplicate.value.code) == (409, "order_already_exists")
    assert place(other.user_id, "yes", "buy", 10, 1, client_order_id="mine-1").client_order_id


def test_client_order_id_is_generated_when_missing(member: Credentials, place: Place) -> None:
    first = place(member.user_id, "yes", "buy", 10, 1)
    second = place(member.user_id, "yes", "buy", 10, 1)
    assert first.client_order_id and first.client_order_id != second.client_order_id


def test_expiring_order_is_canceled_when_its_time_comes(
    exchange: Exchange, clock: ManualClock, member: Credentials, place: Place
) -> None:
    order = place(member.user_id, "yes", "buy", 10, 1, expiration_ms=clock.now_ms() + 5_000)
    clock.advance(4.999)
    assert exchange.get_order(member.user_id, order.order_id).status == "resting"
    clock.advance(ms=1)
    assert exchange.get_order(member.user_id, order.order_id).status == "canceled"
    assert exchange.balance(member.user_id) == Decimal("10000")


def test_unknown_market_is_rejected(member: Credentials, place: Place) -> None:
    with pytest.raises(SimError) as rejected:
        place(member.user_id, "yes", "buy", 10, 1, ticker="not a ticker")
    assert (rejected.value.status, rejected.value.code) == (404, "market_not_found")


def test_market_hook_decides_which_tickers_exist(clock: ManualClock) -> None:
    exchange = Exchange(SimSettings(market_shard=lambda t: 0 if t == "ONLY" else None), clock)
    assert exchange.market("ONLY").ticker == "ONLY"
    with pytest.raises(SimError):
        exchange.market("OTHER")
