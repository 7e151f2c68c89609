"""The order-group lifecycle, offline: against the built-in exchange simulator.

Part 1 runs the documented lifecycle (create, attach an order, get, reset, trigger, delete).
Part 2 shows what a group is for: another trader's order fills the group's orders past its
limit within 15 seconds, the group trips, its resting orders are cancelled, new orders are
refused until reset() — and then go through again.

Run it with `make demo`. It prints each step and what it observed, and exits with status 1
if anything differs from what Kalshi's documented behaviour leads us to expect.
"""

from __future__ import annotations

import sys
from typing import Any

from kalshi import BadRequestError, KalshiClient, NotFoundError
from kalshi.sim import Simulator

TICKER = "KXPRES-24-DJT"
failures: list[str] = []


def step(title: str) -> None:
    print(f"\n== {title}")


def expect(what: str, actual: Any, expected: Any) -> None:
    """Print an observation and remember it if it is not what was expected."""
    ok = actual == expected
    note = "" if ok else f" (expected {expected!r})"
    print(f"   {'ok ' if ok else 'BAD'} {what}: {actual!r}{note}")
    if not ok:
        failures.append(what)


def client_for(sim: Simulator, credentials: Any) -> KalshiClient:
    return KalshiClient(
        key_id=credentials.key_id, private_key=credentials.private_key_pem, base_url=sim.base_url
    )


def documented_lifecycle(client: KalshiClient) -> None:
    step("1) Create a group with a 100-contract cap")
    group = client.order_groups.create(contracts_limit=100)
    print(f"   order_group_id = {group.order_group_id}")

    step("2) Attach an order by id")
    order = client.orders.create(
        ticker=TICKER, side="yes", action="buy", count=10,
        yes_price="0.65", order_group_id=group.order_group_id,
    )  # fmt: skip
    expect("order resting (filled, resting)", (order.fill_count, order.remaining_count),
           ("0.00", "10.00"))  # fmt: skip
    placed = client.orders.get(order.order_id)
    expect("order as read: status, book side, YES price", (placed.status, placed.book_side,
           placed.yes_price_dollars), ("resting", "bid", "0.6500"))  # fmt: skip
    expect("order's group", placed.order_group_id, group.order_group_id)

    step("3) Inspect")
    detail = client.order_groups.get(group.order_group_id)
    expect("group orders", detail.orders, [order.order_id])
    expect("group limit", detail.contracts_limit, 100)
    expect("tripped", detail.is_auto_cancel_enabled, False)

    step("4) Reset (clears the counter), then trigger (trips by hand)")
    client.order_groups.reset(group.order_group_id)
    client.order_groups.trigger(group.order_group_id)
    detail = client.order_groups.get(group.order_group_id)
    expect("tripped after trigger", detail.is_auto_cancel_enabled, True)
    expect("member order after trigger", client.orders.get(order.order_id).status, "canceled")

    step("5) Tear down")
    client.order_groups.delete(group.order_group_id)
    try:
        client.order_groups.get(group.order_group_id)
        expect("get after delete", "found", "404")
    except NotFoundError as error:
        expect("get after delete", error.status_code, 404)
    expect("listed groups", [g.id for g in client.order_groups.list()], [])


def bid_yes(client: KalshiClient, count: int, price: str, group_id: str) -> Any:
    """A YES buy order in the group."""
    return client.orders.create(
        ticker=TICKER, side="yes", action="buy", count=count, yes_price=price,
        order_group_id=group_id,
    )  # fmt: skip


def trip_and_reset(trader: KalshiClient, other: KalshiClient) -> None:
    step("6) A group with a 10-contract cap and two resting bids (8 + 8 contracts)")
    group = trader.order_groups.create(contracts_limit=10)
    gid = group.order_group_id
    first, second = bid_yes(trader, 8, "0.60", gid), bid_yes(trader, 8, "0.55", gid)
    members = sorted(trader.order_groups.get(gid).orders)
    expect("resting members", members, sorted([first.order_id, second.order_id]))

    step("7) Another member buys NO 12 @ 0.45, which crosses the YES bids at 0.60 and 0.55")
    taker = other.orders.create(ticker=TICKER, side="no", action="buy", count=12, no_price="0.45")
    expect("taker filled", taker.fill_count, "12.00")

    step("8) 8 + 4 = 12 contracts filled within 15 s > 10: the group tripped")
    detail = trader.order_groups.get(gid)
    expect("tripped (is_auto_cancel_enabled)", detail.is_auto_cancel_enabled, True)
    expect("resting members left", detail.orders, [])
    done, cut = trader.orders.get(first.order_id), trader.orders.get(second.order_id)
    expect("first bid", (done.status, done.fill_count_fp), ("executed", "8.00"))
    expect(
        "second bid: remainder cancelled",
        (cut.status, cut.fill_count_fp, cut.remaining_count_fp),
        ("canceled", "4.00", "0.00"),
    )

    step("9) A new order into the tripped group is refused")
    try:
        bid_yes(trader, 1, "0.50", gid)
        expect("new order while tripped", "accepted", "refused")
    except BadRequestError as error:
        print(f"   refused: {error}")
        expect("refusal code", error.code, "exceeded_order_group_risk_limit")

    step("10) Reset, and the same order goes through")
    trader.order_groups.reset(gid)
    expect("tripped after reset", trader.order_groups.get(gid).is_auto_cancel_enabled, False)
    again = bid_yes(trader, 1, "0.50", gid)
    expect("order after reset: resting", again.remaining_count, "1.00")
    expect("resting members", trader.order_groups.get(gid).orders, [again.order_id])
    trader.order_groups.delete(gid)


def main() -> int:
    with Simulator() as sim:
        print(f"Simulator serving {sim.base_url} (offline; nothing leaves this machine)")
        with client_for(sim, sim.credentials) as trader, client_for(sim, sim.add_member()) as other:
            documented_lifecycle(trader)
            trip_and_reset(trader, other)
    if failures:
        print(f"\n{len(failures)} observation(s) differed from what was expected:")
        print("   " + ", ".join(failures))
        return 1
    print("\nEvery step behaved as expected.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
