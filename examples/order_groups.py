"""Order groups: the lifecycle, then what a group does as a kill switch on fill rate.

Two members trade on the simulator: "we" attach orders to a group, a counterparty trades
against them. The simulator's clock is a ManualClock, so the 15-second window can be crossed
without waiting. Run it with `python examples/order_groups.py`.
"""

from __future__ import annotations

from kalshi import BadRequestError, CreateOrderV2Response, KalshiClient, NotFoundError
from kalshi.sim import Credentials, ManualClock, SimSettings, Simulator

TICKER = "KXDEMO-26-YES"


def main() -> None:
    # --8<-- [start:setup]
    # A clock moved by hand. Clients sign with the real time, so the simulator
    # accepts signatures up to an hour older than its own clock.
    settings = SimSettings(skew_past_ms=3_600_000)
    with Simulator(settings, ManualClock()) as sim:
        me = client_for(sim, sim.credentials)  # our orders join the groups
        other = client_for(sim, sim.add_member())  # a counterparty
        # --8<-- [end:setup]
        with me, other:
            lifecycle(me)
            trip(sim, me, other)
            window(sim, me, other)
            by_hand(me)
    print("order_groups: OK")


# --8<-- [start:helpers]
def client_for(sim: Simulator, credentials: Credentials) -> KalshiClient:
    return KalshiClient(
        key_id=credentials.key_id,
        private_key=credentials.private_key_pem,
        base_url=sim.base_url,
    )


def buy(
    client: KalshiClient,
    count: int,
    price: str,
    group: str | None = None,
) -> CreateOrderV2Response:
    return client.orders.create(
        ticker=TICKER,
        side="yes",
        action="buy",
        count=count,
        yes_price=price,
        order_group_id=group,
    )


def sell(client: KalshiClient, count: int, price: str) -> CreateOrderV2Response:
    return client.orders.create(
        ticker=TICKER,
        side="yes",
        action="sell",
        count=count,
        yes_price=price,
    )


# --8<-- [end:helpers]


def lifecycle(client: KalshiClient) -> None:
    print("-- lifecycle")
    # --8<-- [start:lifecycle]
    # 1) A group whose orders may fill at most 100 contracts in any 15 seconds.
    group = client.order_groups.create(contracts_limit=100)
    print("created", group.order_group_id)

    # 2) Orders join the group by naming its id.
    order = client.orders.create(
        ticker="KXPRES-24-DJT",
        side="yes",
        action="buy",
        count=10,
        yes_price="0.65",
        order_group_id=group.order_group_id,
    )

    # 3) Inspect: its resting orders' ids, its limit, whether it has tripped.
    detail = client.order_groups.get(group.order_group_id)
    print(detail.orders, detail.contracts_limit, detail.is_auto_cancel_enabled)

    # 4) reset() clears the 15-second count; trigger() trips the group by hand.
    client.order_groups.reset(group.order_group_id)
    client.order_groups.trigger(group.order_group_id)

    # 5) Tear down.
    client.order_groups.delete(group.order_group_id)
    # --8<-- [end:lifecycle]
    assert detail.orders == [order.order_id]
    assert detail.contracts_limit == 100 and detail.is_auto_cancel_enabled is False
    assert client.orders.get(order.order_id).status == "canceled"
    assert client.order_groups.list() == []


def trip(sim: Simulator, me: KalshiClient, other: KalshiClient) -> None:
    print("-- tripping a group")
    # The counterparty offers YES: 6 at 0.50, 1 at 0.51, 200 at 0.52.
    sell(other, 6, "0.50")
    sell(other, 1, "0.51")
    sell(other, 200, "0.52")

    # --8<-- [start:trip]
    group = me.order_groups.create(contracts_limit=10)
    gid = group.order_group_id

    # A resting bid in the group; the counterparty sells 4 into it.
    # Maker fills count.
    resting = buy(me, 20, "0.40", gid)
    sell(other, 4, "0.40")

    # Take 6 more (taker fills count too): 10 in the window, the limit itself.
    buy(me, 6, "0.50", gid)
    assert not me.order_groups.get(gid).is_auto_cancel_enabled  # not tripped

    # Bid for 5 at up to 0.52: the first contract (at 0.51) makes 11 > 10,
    # which trips the group and cancels the other 4.
    tripping = buy(me, 5, "0.52", gid)
    print("tripping order: filled", tripping.fill_count, "resting", tripping.remaining_count)
    assert (tripping.fill_count, tripping.remaining_count) == ("1.00", "0.00")
    assert me.orders.get(tripping.order_id).status == "canceled"

    detail = me.order_groups.get(gid)
    print("tripped:", detail.is_auto_cancel_enabled, "orders:", detail.orders)
    assert detail.is_auto_cancel_enabled is True and detail.orders == []
    # The resting bid's other 16 contracts were cancelled too.
    assert me.orders.get(resting.order_id).status == "canceled"

    try:
        buy(me, 1, "0.40", gid)  # refused while the group is tripped
        raise AssertionError("an order into a tripped group was accepted")
    except BadRequestError as error:
        print("refused:", error.status_code, error.code)

    me.order_groups.reset(gid)  # clears the window and re-arms the group
    assert me.order_groups.get(gid).is_auto_cancel_enabled is False
    assert buy(me, 1, "0.40", gid).remaining_count == "1.00"  # resting
    # --8<-- [end:trip]
    me.order_groups.delete(gid)


def window(sim: Simulator, me: KalshiClient, other: KalshiClient) -> None:
    print("-- the rolling 15-second window")
    clock = sim.clock
    assert isinstance(clock, ManualClock)
    # --8<-- [start:window]
    group = me.order_groups.create(contracts_limit=10)
    gid = group.order_group_id

    buy(me, 8, "0.52", gid)  # 8 in the window
    clock.advance(15)  # those 8 fall out of the window
    buy(me, 8, "0.52", gid)  # 8 again, not 16
    assert me.order_groups.get(gid).is_auto_cancel_enabled is False

    me.order_groups.update_limit(gid, contracts_limit=5)  # below the 8 counted
    assert me.order_groups.get(gid).is_auto_cancel_enabled  # tripped at once
    print("limit cut below the window total: tripped")
    # --8<-- [end:window]
    me.order_groups.delete(gid)


def by_hand(me: KalshiClient) -> None:
    print("-- trigger and delete")
    # --8<-- [start:by_hand]
    group = me.order_groups.create(contracts_limit=100)
    gid = group.order_group_id
    first = buy(me, 3, "0.30", gid)

    me.order_groups.trigger(gid)  # trip now, whatever the window holds
    assert me.orders.get(first.order_id).status == "canceled"
    assert me.order_groups.get(gid).is_auto_cancel_enabled is True

    me.order_groups.reset(gid)
    second = buy(me, 3, "0.30", gid)
    me.order_groups.delete(gid)  # cancels resting members, removes the group
    assert me.orders.get(second.order_id).status == "canceled"
    try:
        me.order_groups.get(gid)
        raise AssertionError("a deleted group was still found")
    except NotFoundError as error:
        print("deleted group:", error.status_code, error.code)
    # --8<-- [end:by_hand]


if __name__ == "__main__":
    main()
