"""Money on the simulated exchange: fees, collateral, fill-or-kill, pauses and settlement."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from kalshi.sim import Credentials, Exchange, ManualClock, Order, OrderRequest, SimError
from kalshi.sim._events import MarketLifecycle
from kalshi.sim._fees import FeeSchedule, fill_cash

from .conftest import TICKER

Place = Callable[..., Order]
D = Decimal


@pytest.fixture
def other(new_member: Callable[..., Credentials]) -> Credentials:
    """A second member to trade against."""
    return new_member()


# --- fees: Kalshi's published examples ----------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "price", "fee"),
    [
        ("100", "0.50", "1.75"),  # Kalshi's example: a 100-lot taken at $0.50 pays $1.75
        ("1", "0.52", "0.0175"),  # demo fill: raw 0.017472 ceiled to 0.0175
        ("1", "0.99", "0.0007"),  # demo fill: raw 0.000693 ceiled to 0.0007
        ("1", "0.01", "0.0007"),  # P(1-P) is symmetric
    ],
)
def test_taker_fee_on_a_standard_series(count: str, price: str, fee: str) -> None:
    assert FeeSchedule("quadratic").trade_fee(D(price), D(count), taker=True) == D(fee)


@pytest.mark.parametrize(
    ("fee_type", "maker_fee"),
    [
        ("quadratic", "0"),
        ("quadratic_with_maker_fees", "0.4375"),  # a quarter of the taker's 1.75
        ("quadratic_with_combo_maker_fees", "0.875"),  # half of it
    ],
)
def test_maker_fee_by_series_fee_type(fee_type: str, maker_fee: str) -> None:
    schedule = FeeSchedule(fee_type)
    assert schedule.trade_fee(D("0.50"), D(100), taker=True) == D("1.75")
    assert schedule.trade_fee(D("0.50"), D(100), taker=False) == D(maker_fee)


def test_fee_multiplier_scales_the_fee_and_flat_series_charge_per_contract() -> None:
    assert FeeSchedule("quadratic", D("0.5")).trade_fee(D("0.50"), D(100), taker=True) == D("0.875")
    flat = FeeSchedule("flat", D(1), D("0.01"))
    assert flat.trade_fee(D("0.30"), D(7), taker=True) == D("0.07")


def test_rounding_fees_add_up_per_order_and_pay_back_each_whole_cent() -> None:
    # A member whose balance has cent precision: each fill's cash is floored to the cent.
    owed = D(0)
    first, owed = fill_cash(D("-0.3301"), D("0.0155"), D("0.01"), owed)
    assert (first.balance_change, first.rounding_fee, first.rebate) == (D("-0.35"), D("0.0044"), 0)
    second, owed = fill_cash(D("-0.3301"), D("0.0155"), D("0.01"), owed)
    third, owed = fill_cash(D("-0.3301"), D("0.0155"), D("0.01"), owed)
    assert owed == D("0.0032")  # 3 x 0.0044 = 0.0132: one cent paid back
    assert third.rebate == D("0.01")
    assert third.balance_change == D("-0.34")
    assert sum((f.net_fee for f in (first, second, third)), D(0)) == 3 * D("0.0155") + D("0.0032")


def test_fills_charge_the_fee_on_the_taker_and_report_it(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    maker = place(other.user_id, "no", "buy", 50, 100)  # an ask for YES at 0.50
    taker = place(member.user_id, "yes", "buy", 50, 100)
    assert (taker.taker_fees, maker.maker_fees) == (D("1.75"), D(0))
    assert exchange.balance(member.user_id) == D(10000) - D(50) - D("1.75")
    assert exchange.balance(other.user_id) == D(10000) - D(50)
    assert exchange.fees_collected == D("1.75")
    fills = exchange.member(member.user_id).fills
    assert [(f.is_taker, f.fee, f.count) for f in fills] == [(True, D("1.75"), D(100))]


def test_a_maker_fee_series_charges_the_maker(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    ticker = "KXHIGHNY-26JAN02-T40"  # series fee type quadratic_with_maker_fees
    place(other.user_id, "no", "buy", 50, 100, ticker=ticker)
    place(member.user_id, "yes", "buy", 50, 100, ticker=ticker)
    assert exchange.balance(other.user_id) == D(10000) - D(50) - D("0.4375")


def test_an_event_fee_override_replaces_the_series_fee(clock: ManualClock) -> None:
    exchange = Exchange(clock=clock)
    exchange.add_scenario(
        {
            "series": [{"ticker": "KXFEE", "fee_type": "quadratic"}],
            "events": [
                {
                    "event_ticker": "KXFEE-1",
                    "series_ticker": "KXFEE",
                    "fee_type_override": "quadratic_with_maker_fees",
                    "fee_multiplier_override": 0.5,
                    "markets": [{"ticker": "KXFEE-1-A"}],
                }
            ],
        }
    )
    maker, taker = exchange.add_member(), exchange.add_member()
    ask = OrderRequest(ticker="KXFEE-1-A", book_side="ask", yes_price=D("0.50"), count=D(100))
    bid = OrderRequest(ticker="KXFEE-1-A", book_side="bid", yes_price=D("0.50"), count=D(100))
    resting = exchange.place_order(maker, ask)
    taken = exchange.place_order(taker, bid)
    # Taker 0.07 x 0.5 x 100 x 0.25 = 0.875; maker a quarter of it, 0.21875 ceiled.
    assert (taken.taker_fees, resting.maker_fees) == (
        D("0.875"),
        D("0.2188"),
    )


def test_a_resting_order_holds_its_maker_fees_until_it_fills_or_goes(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    ticker = "KXHIGHNY-26JAN02-T40"  # quadratic_with_maker_fees: 0.0044 a contract at 0.50
    order = place(other.user_id, "yes", "buy", 50, 100, ticker=ticker)
    assert order.fee_hold == D("0.44")
    assert exchange.balance(other.user_id) == D(10000) - D(50) - D("0.44")
    place(member.user_id, "yes", "sell", 50, 40, ticker=ticker)  # the maker pays 0.175
    assert order.maker_fees == D("0.175")
    assert order.fee_hold == D("0.264")
    # 20 paid for the 40 filled and 30 still held for the 60 resting.
    assert exchange.balance(other.user_id) == D(10000) - D(50) - D("0.175") - D("0.264")
    exchange.cancel_order(other.user_id, order.order_id)
    assert exchange.balance(other.user_id) == D(10000) - D(20) - D("0.175")


def test_positions_add_up_fees_as_the_demo_showed(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    # Three YES bought at 0.52, 0.99, 0.99: fees 0.0175 + 0.0007 + 0.0007 = 0.0189.
    for cents in (52, 99, 99):
        place(other.user_id, "no", "buy", 100 - cents, 1)
        place(member.user_id, "yes", "buy", cents, 1)
    holding = exchange.member(member.user_id).holdings[(0, TICKER)]
    assert (holding.position, holding.fees_paid) == (D(3), D("0.0189"))
    assert holding.total_traded == holding.cost == D("2.50")


# --- collateral ------------------------------------------------------------------------------


def test_selling_yes_you_hold_needs_no_cash(
    exchange: Exchange,
    new_member: Callable[..., Credentials],
    other: Credentials,
    place: Place,
) -> None:
    seller = new_member(balance_cents=700)
    place(other.user_id, "no", "buy", 40, 10)  # an ask for YES at 0.60
    place(seller.user_id, "yes", "buy", 60, 10)  # 6.00 + 0.168 fee
    cash = exchange.balance(seller.user_id)
    assert cash == D("7") - D("6") - D("0.168")
    # An ask for the 10 YES held rests without taking cash (it closes the position).
    order = place(seller.user_id, "yes", "sell", 70, 10)
    assert order.status == "resting"
    assert exchange.balance(seller.user_id) == cash
    # A second ask on the same YES would open NO contracts: that needs cash.
    with pytest.raises(SimError) as refused:
        place(seller.user_id, "yes", "sell", 70, 10)
    assert refused.value.code == "insufficient_balance"
    place(other.user_id, "yes", "buy", 70, 10)  # the resting ask fills as a maker
    assert exchange.position(seller.user_id, TICKER) == 0
    assert exchange.balance(seller.user_id) == cash + D(7)


def test_cash_must_cover_the_taker_fee_too(
    exchange: Exchange, new_member: Callable[..., Credentials], other: Credentials, place: Place
) -> None:
    place(other.user_id, "no", "buy", 50, 200)
    short = new_member(balance_cents=5_000)
    with pytest.raises(SimError) as refused:
        place(short.user_id, "yes", "buy", 50, 100)  # 50.00 + a 1.75 fee
    assert refused.value.code == "insufficient_balance"
    enough = new_member(balance_cents=5_175)
    place(enough.user_id, "yes", "buy", 50, 100)
    assert exchange.balance(enough.user_id) == 0


def test_buying_no_while_long_yes_nets_and_pays_each_pair(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    place(other.user_id, "no", "buy", 40, 10)
    place(member.user_id, "yes", "buy", 60, 10)
    before = exchange.balance(member.user_id)
    place(other.user_id, "yes", "buy", 70, 4)  # the other bids 0.70 YES: we buy NO at 0.30
    place(member.user_id, "no", "buy", 30, 4)
    assert exchange.position(member.user_id, TICKER) == 6
    fee = FeeSchedule().trade_fee(D("0.70"), D(4), taker=True)
    assert exchange.balance(member.user_id) == before - D("1.20") - fee + D(4)
    holding = exchange.member(member.user_id).holdings[(0, TICKER)]
    assert holding.realized_pnl == 4 * (D(1) - D("0.60") - D("0.30"))


def test_reduce_only_never_opens_or_grows_a_position(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    place(other.user_id, "yes", "buy", 60, 10)  # bids to sell YES into
    place(other.user_id, "no", "buy", 30, 10)  # asks to buy YES from
    flat = place(
        member.user_id, "yes", "sell", 60, 5, reduce_only=True, time_in_force="immediate_or_cancel"
    )
    assert (flat.fill_count, exchange.position(member.user_id, TICKER)) == (0, 0)
    place(member.user_id, "yes", "buy", 70, 3)
    grow = place(
        member.user_id, "yes", "buy", 70, 5, reduce_only=True, time_in_force="immediate_or_cancel"
    )
    assert grow.fill_count == 0
    close = place(
        member.user_id, "yes", "sell", 60, 5, reduce_only=True, time_in_force="immediate_or_cancel"
    )
    assert (close.fill_count, close.status) == (3, "canceled")
    assert exchange.position(member.user_id, TICKER) == 0


# --- fill-or-kill and order groups -------------------------------------------------------------


def test_fill_or_kill_fills_in_full_when_its_own_group_trips_midway(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=D(5))
    place(other.user_id, "no", "buy", 51, 6)  # asks: 6 at 0.49 (trade first), 4 at 0.50
    place(other.user_id, "no", "buy", 50, 4)
    fok = place(
        member.user_id,
        "yes",
        "buy",
        50,
        10,
        time_in_force="fill_or_kill",
        order_group_id=group.group_id,
    )
    assert (fok.fill_count, fok.status) == (10, "executed")
    assert group.triggered


def test_fill_or_kill_fills_in_full_when_the_makers_group_trips_midway(
    exchange: Exchange, member: Credentials, other: Credentials, place: Place
) -> None:
    group = exchange.create_group(other.user_id, limit=D(5))
    place(other.user_id, "no", "buy", 51, 6, order_group_id=group.group_id)
    place(other.user_id, "no", "buy", 50, 4, order_group_id=group.group_id)
    fok = place(member.user_id, "yes", "buy", 50, 10, time_in_force="fill_or_kill")
    assert (fok.fill_count, fok.status) == (10, "executed")
    assert exchange.position(member.user_id, TICKER) == 10
    assert group.triggered


# --- pauses ------------------------------------------------------------------------------------


def test_a_trading_pause_cancels_orders_that_asked_and_refuses_new_ones(
    exchange: Exchange, member: Credentials, place: Place
) -> None:
    keep = place(member.user_id, "yes", "buy", 20, 5)
    drop = place(member.user_id, "yes", "buy", 21, 5, cancel_order_on_pause=True)
    assert exchange.pause("trading") == 1
    assert (keep.status, drop.status) == ("resting", "canceled")
    with pytest.raises(SimError) as refused:
        place(member.user_id, "yes", "buy", 20, 1)
    assert (refused.value.status, refused.value.code) == (400, "trading_paused")
    exchange.cancel_order(member.user_id, keep.order_id)  # cancels are allowed
    exchange.resume()
    assert place(member.user_id, "yes", "buy", 20, 1).status == "resting"


def test_an_exchange_pause_refuses_cancels_too(
    exchange: Exchange, member: Credentials, place: Place
) -> None:
    order = place(member.user_id, "yes", "buy", 20, 5)
    exchange.pause("exchange")
    with pytest.raises(SimError) as refused:
        exchange.cancel_order(member.user_id, order.order_id)
    assert refused.value.code == "exchange_paused"
    exchange.resume()
    exchange.cancel_order(member.user_id, order.order_id)
    assert order.status == "canceled"


def test_a_scheduled_pause_starts_and_ends_with_the_clock(
    exchange: Exchange, clock: ManualClock, member: Credentials, place: Place
) -> None:
    order = place(member.user_id, "yes", "buy", 20, 5, cancel_order_on_pause=True)
    start = clock.now_ms() + 1_000
    exchange.schedule_pause("trading", start, start + 1_000)
    assert exchange.paused is None
    clock.advance(ms=1_000)
    exchange.get_order(member.user_id, order.order_id)
    assert (exchange.paused, order.status) == ("trading", "canceled")
    clock.advance(ms=1_000)
    exchange.get_order(member.user_id, order.order_id)
    assert exchange.paused is None


# --- lifecycle ---------------------------------------------------------------------------------


def test_from_open_to_settlement_with_payouts(clock: ManualClock) -> None:
    clock.set(1_800_000_000_000)
    now = clock.now_ms()
    scenario = {
        "series": [{"ticker": "KXLIFE", "fee_type": "quadratic"}],
        "events": [
            {
                "event_ticker": "KXLIFE-1",
                "series_ticker": "KXLIFE",
                "markets": [
                    {
                        "ticker": "KXLIFE-1-A",
                        "open_time": (now + 60_000) // 1000,
                        "close_time": (now + 120_000) // 1000,
                    }
                ],
            }
        ],
    }
    exchange = Exchange(clock=clock)
    exchange.add_scenario(scenario)
    seen: list[MarketLifecycle] = []
    exchange.bus.subscribe(
        lambda event: seen.append(event) if isinstance(event, MarketLifecycle) else None
    )
    yes_buyer = exchange.add_member(balance_cents=10_000)
    no_buyer = exchange.add_member(balance_cents=10_000)

    def order(user: str, side: str, price: str, count: int, **more: object) -> Order:
        request = OrderRequest(
            ticker="KXLIFE-1-A", book_side=side, yes_price=D(price), count=D(count), **more
        )  # type: ignore[arg-type]
        return exchange.place_order(user, request)

    with pytest.raises(SimError) as early:
        order(yes_buyer, "bid", "0.40", 10)
    assert early.value.code == "market_inactive"
    clock.advance(ms=60_000)
    resting = order(no_buyer, "ask", "0.40", 15)  # NO bought at 0.60, as a maker
    assert [e.event_type for e in seen] == ["activated"]
    order(yes_buyer, "bid", "0.40", 10)  # takes 10 of it: fee 0.07 x 10 x 0.4 x 0.6 = 0.168
    assert resting.remaining == 5
    clock.advance(ms=60_000)
    exchange.balance(yes_buyer)  # any call lets the engine see the close
    assert resting.status == "canceled"
    assert [e.event_type for e in seen] == ["activated", "deactivated"]
    records = exchange.settle_market("KXLIFE-1-A", "yes")
    assert [e.event_type for e in seen] == ["activated", "deactivated", "determined", "settled"]
    assert seen[2].fields["result"] == "yes"
    assert exchange.balance(yes_buyer) == D(100) - D(4) - D("0.168") + D(10)
    assert exchange.balance(no_buyer) == D(100) - D(6)
    assert exchange.position(yes_buyer, "KXLIFE-1-A") == 0
    by_user = {r.yes_count or -r.no_count: r for r in records}
    assert by_user[D(10)].revenue == D(10) and by_user[D(-10)].revenue == 0
    assert exchange.market("KXLIFE-1-A").spec.status == "finalized"
    with pytest.raises(SimError):
        exchange.settle_market("KXLIFE-1-A", "no")


def test_a_scenario_settles_a_market_at_its_time(clock: ManualClock) -> None:
    clock.set(1_800_000_000_000)
    now = clock.now_ms()
    exchange = Exchange(clock=clock)
    exchange.add_scenario(
        {
            "events": [
                {
                    "event_ticker": "KXAUTO-1",
                    "series_ticker": "KXAUTO",
                    "markets": [
                        {
                            "ticker": "KXAUTO-1-A",
                            "settle_time": (now + 5_000) // 1000,
                            "settle_result": "no",
                        }
                    ],
                }
            ]
        }
    )
    assert exchange.market("KXAUTO-1-A").result == ""
    clock.advance(ms=5_000)
    assert exchange.market("KXAUTO-1-A").result == "no"


@pytest.mark.parametrize(
    "fields", [{"settle_time": 1_900_000_000}, {"settle_time": 1_900_000_000, "settle_result": "x"}]
)
def test_a_scheduled_settlement_needs_a_result(fields: dict[str, object]) -> None:
    market = {"ticker": "KXBAD-1-A", **fields}
    with pytest.raises(ValueError, match="settle_result"):
        Exchange().add_scenario({"markets": [market]})


def test_a_settlement_scheduled_from_a_test_runs_when_the_clock_gets_there(
    exchange: Exchange, clock: ManualClock, member: Credentials, other: Credentials, place: Place
) -> None:
    place(other.user_id, "yes", "buy", 30, 5)
    place(member.user_id, "no", "buy", 70, 5)  # member holds 5 NO
    exchange.schedule_settlement(TICKER, "no", clock.now_ms() + 10_000)
    assert exchange.position(member.user_id, TICKER) == -5
    before = exchange.balance(member.user_id)
    clock.advance(ms=10_000)
    assert exchange.balance(member.user_id) == before + 5
    [record] = exchange.member(member.user_id).settlements
    assert (record.no_count, record.revenue, record.result) == (5, 5, "no")


def test_unknown_pause_scopes_and_results_are_refused(exchange: Exchange) -> None:
    for call in (
        lambda: exchange.pause("lunch"),
        lambda: exchange.settle_market(TICKER, "maybe"),
        lambda: exchange.schedule_settlement(TICKER, "maybe", 0),
    ):
        with pytest.raises(SimError) as refused:
            call()
        assert refused.value.code == "invalid_parameters"
    assert exchange.paused is None
