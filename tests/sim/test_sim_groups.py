"""The order-group state machine, driven directly on the engine with a manual clock."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from kalshi.sim import Credentials, Exchange, ManualClock, Order, SimError, SimSettings

Place = Callable[..., Order]


@pytest.fixture
def maker(new_member: Callable[..., Credentials]) -> Credentials:
    """A second member who provides liquidity."""
    return new_member()


def _fill(place: Place, maker: Credentials, taker: str, count: int, **options: object) -> Order:
    """Rest a NO bid from `maker`, then cross it with a YES buy from `taker`."""
    place(maker.user_id, "no", "buy", 40, count)
    return place(taker, "yes", "buy", 60, count, **options)


def test_window_counts_fills_for_exactly_15_seconds(
    exchange: Exchange, clock: ManualClock, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(5))
    _fill(place, maker, member.user_id, 5, order_group_id=group.group_id)
    assert group.volume(clock.now_ms(), 15_000) == 5
    clock.advance(14.999)
    assert group.volume(clock.now_ms(), 15_000) == 5
    clock.advance(ms=1)
    assert group.volume(clock.now_ms(), 15_000) == 0


def test_fill_that_only_reaches_the_limit_does_not_trip(
    exchange: Exchange, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(5))
    _fill(place, maker, member.user_id, 5, order_group_id=group.group_id)
    assert not group.triggered
    _fill(place, maker, member.user_id, 1, order_group_id=group.group_id)
    assert group.triggered


@pytest.mark.parametrize("settings", [SimSettings(trigger_on_reach=True)], ids=["on_reach"])
def test_trigger_on_reach_setting_trips_at_the_limit(
    exchange: Exchange, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(5))
    _fill(place, maker, member.user_id, 5, order_group_id=group.group_id)
    assert group.triggered


def test_fills_older_than_the_window_do_not_add_up(
    exchange: Exchange, clock: ManualClock, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(5))
    _fill(place, maker, member.user_id, 5, order_group_id=group.group_id)
    clock.advance(15)
    _fill(place, maker, member.user_id, 5, order_group_id=group.group_id)
    assert not group.triggered
    clock.advance(14.999)
    _fill(place, maker, member.user_id, 1, order_group_id=group.group_id)
    assert group.triggered


def test_trip_cancels_resting_members_and_the_aggressors_remainder(
    exchange: Exchange, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(3))
    resting = place(member.user_id, "yes", "buy", 10, 7, order_group_id=group.group_id)
    outside = place(member.user_id, "yes", "buy", 11, 2)
    for _ in range(3):
        place(maker.user_id, "no", "buy", 40, 2)
    aggressor = place(member.user_id, "yes", "buy", 60, 10, order_group_id=group.group_id)
    # Matches 2 + 2 (total 4 > 3): the group trips after the second match.
    assert group.triggered
    assert aggressor.status == "canceled"
    assert aggressor.fill_count == 4
    assert aggressor.remaining == 0
    assert resting.status == "canceled"
    assert outside.status == "resting"
    assert exchange.market("KXTEST-26-YES").book.top("ask") == (Decimal("0.60"), Decimal(2))


def test_maker_fills_count_and_trip_the_makers_group(
    exchange: Exchange, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(2))
    first = place(member.user_id, "no", "buy", 40, 2, order_group_id=group.group_id)
    second = place(member.user_id, "no", "buy", 39, 5, order_group_id=group.group_id)
    taker = place(maker.user_id, "yes", "buy", 61, 3)
    assert first.status == "executed"
    assert second.fill_count == 1
    assert second.status == "canceled"
    assert group.triggered
    assert taker.fill_count == 3


def test_triggered_group_rejects_new_orders_until_reset(
    exchange: Exchange, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(1))
    exchange.trigger_group(member.user_id, group.group_id)
    with pytest.raises(SimError) as rejected:
        place(member.user_id, "yes", "buy", 50, 1, order_group_id=group.group_id)
    assert rejected.value.status == 400
    assert rejected.value.code == "exceeded_order_group_risk_limit"
    exchange.reset_group(member.user_id, group.group_id)
    order = place(member.user_id, "yes", "buy", 50, 1, order_group_id=group.group_id)
    assert order.status == "resting"


def test_reset_clears_the_window_and_does_not_restore_orders(
    exchange: Exchange, clock: ManualClock, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(5))
    resting = place(member.user_id, "yes", "buy", 10, 1, order_group_id=group.group_id)
    _fill(place, maker, member.user_id, 6, order_group_id=group.group_id)
    assert group.triggered
    exchange.reset_group(member.user_id, group.group_id)
    assert not group.triggered
    assert group.volume(clock.now_ms(), 15_000) == 0
    assert resting.status == "canceled"
    assert list(group.live) == []


def test_reset_on_an_active_group_zeroes_the_counter(
    exchange: Exchange, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(5))
    _fill(place, maker, member.user_id, 5, order_group_id=group.group_id)
    exchange.reset_group(member.user_id, group.group_id)
    _fill(place, maker, member.user_id, 5, order_group_id=group.group_id)
    assert not group.triggered


def test_manual_trigger_cancels_members_and_is_idempotent(
    exchange: Exchange, clock: ManualClock, member: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(100))
    order = place(member.user_id, "yes", "buy", 30, 4, order_group_id=group.group_id)
    exchange.trigger_group(member.user_id, group.group_id)
    assert group.triggered
    assert order.status == "canceled"
    stamp = order.last_update_ms
    clock.advance(1)
    exchange.trigger_group(member.user_id, group.group_id)
    assert group.triggered
    assert order.last_update_ms == stamp


def test_lowering_the_limit_below_the_window_trips_at_once(
    exchange: Exchange, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(10))
    _fill(place, maker, member.user_id, 4, order_group_id=group.group_id)
    resting = place(member.user_id, "yes", "buy", 20, 1, order_group_id=group.group_id)
    exchange.update_group_limit(member.user_id, group.group_id, limit=Decimal(4))
    assert not group.triggered
    exchange.update_group_limit(member.user_id, group.group_id, limit=Decimal(3))
    assert group.triggered
    assert group.limit == 3
    assert resting.status == "canceled"


def test_raising_the_limit_does_not_untrigger(exchange: Exchange, member: Credentials) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(1))
    exchange.trigger_group(member.user_id, group.group_id)
    exchange.update_group_limit(member.user_id, group.group_id, limit=Decimal(1000))
    assert group.triggered


def test_time_passing_never_untriggers(
    exchange: Exchange, clock: ManualClock, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(1))
    _fill(place, maker, member.user_id, 2, order_group_id=group.group_id)
    clock.advance(3600)
    assert group.triggered


def test_delete_cancels_members_and_forgets_the_group(
    exchange: Exchange, member: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(10))
    order = place(member.user_id, "no", "buy", 30, 3, order_group_id=group.group_id)
    exchange.delete_group(member.user_id, group.group_id)
    assert order.status == "canceled"
    with pytest.raises(SimError) as missing:
        exchange.get_group(member.user_id, group.group_id)
    assert (missing.value.status, missing.value.code) == (404, "not_found")
    with pytest.raises(SimError) as unknown:
        place(member.user_id, "yes", "buy", 50, 1, order_group_id=group.group_id)
    assert (unknown.value.status, unknown.value.code) == (404, "not_found")


def test_groups_are_scoped_by_subaccount(exchange: Exchange, member: Credentials) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(10), subaccount=3)
    assert exchange.get_group(member.user_id, group.group_id).subaccount == 3
    with pytest.raises(SimError):
        exchange.get_group(member.user_id, group.group_id, subaccount=0)
    with pytest.raises(SimError):
        exchange.trigger_group(member.user_id, group.group_id)
    exchange.trigger_group(member.user_id, group.group_id, subaccount=3)
    assert [g.group_id for g in exchange.list_groups(member.user_id, subaccount=0)] == []
    assert len(exchange.list_groups(member.user_id)) == 1


def test_other_members_cannot_see_a_group(
    exchange: Exchange, member: Credentials, maker: Credentials
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(10))
    with pytest.raises(SimError) as missing:
        exchange.get_group(maker.user_id, group.group_id)
    assert missing.value.status == 404


@pytest.mark.parametrize("settings", [SimSettings(max_groups=2)], ids=["max2"])
def test_max_groups_cap(exchange: Exchange, member: Credentials) -> None:
    first = exchange.create_group(member.user_id, limit=Decimal(1))
    exchange.create_group(member.user_id, limit=Decimal(1), subaccount=1)
    with pytest.raises(SimError) as capped:
        exchange.create_group(member.user_id, limit=Decimal(1))
    assert (capped.value.status, capped.value.code) == (400, "order_group_limit_exceeded")
    exchange.delete_group(member.user_id, first.group_id)
    exchange.create_group(member.user_id, limit=Decimal(1))


@pytest.mark.parametrize("limit", ["1", "2.5", "2.55", "1000000"])
def test_accepted_limits(exchange: Exchange, member: Credentials, limit: str) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(limit))
    assert group.limit == Decimal(limit)


@pytest.mark.parametrize("limit", ["0", "0.99", "2.555", "1000000.01", "-1"])
def test_rejected_limits(exchange: Exchange, member: Credentials, limit: str) -> None:
    with pytest.raises(SimError) as rejected:
        exchange.create_group(member.user_id, limit=Decimal(limit))
    assert (rejected.value.status, rejected.value.code) == (400, "invalid_parameters")


def test_fractional_limit_trips_on_fractional_fills(
    exchange: Exchange, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal("2.50"))
    _fill(place, maker, member.user_id, "2.5", order_group_id=group.group_id)
    assert not group.triggered
    _fill(place, maker, member.user_id, "0.01", order_group_id=group.group_id)
    assert group.triggered


def test_view_lists_resting_members_only_by_default(
    exchange: Exchange, member: Credentials, maker: Credentials, place: Place
) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(100))
    resting = place(member.user_id, "yes", "buy", 10, 1, order_group_id=group.group_id)
    filled = _fill(place, maker, member.user_id, 1, order_group_id=group.group_id)
    assert filled.status == "executed"
    assert list(group.live) == [resting.order_id]
    assert group.attached == [resting.order_id, filled.order_id]


def test_exchange_index_must_be_allowed(exchange: Exchange, member: Credentials) -> None:
    with pytest.raises(SimError) as rejected:
        exchange.create_group(member.user_id, limit=Decimal(1), exchange_index=1)
    assert rejected.value.code == "invalid_parameters"


@pytest.mark.parametrize(
    "settings", [SimSettings(allowed_exchange_indices=frozenset({0, 1}))], ids=["shards"]
)
def test_groups_are_scoped_by_exchange_index(exchange: Exchange, member: Credentials) -> None:
    group = exchange.create_group(member.user_id, limit=Decimal(1), exchange_index=1)
    with pytest.raises(SimError):
        exchange.trigger_group(member.user_id, group.group_id)
    exchange.trigger_group(member.user_id, group.group_id, exchange_index=1)
    assert group.triggered
