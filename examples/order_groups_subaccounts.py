"""Order groups on a subaccount: how list, get and update_limit find a group's subaccount.

Run it with `python examples/order_groups_subaccounts.py`: offline, against the simulator.
"""

from __future__ import annotations

from kalshi import KalshiClient, NotFoundError
from kalshi.sim import Simulator


def main() -> None:
    with Simulator() as sim:
        creds = sim.credentials
        me = KalshiClient(
            key_id=creds.key_id, private_key=creds.private_key_pem, base_url=sim.base_url
        )
        # Another client with the same key, standing for a second process that did not
        # create the group.
        other_process = KalshiClient(
            key_id=creds.key_id, private_key=creds.private_key_pem, base_url=sim.base_url
        )
        with me, other_process:
            # --8<-- [start:list]
            main_group = me.order_groups.create(contracts_limit=100)
            sub_group = me.order_groups.create(contracts_limit=10, subaccount=1)
            print("created on subaccount", sub_group.subaccount)

            every = me.order_groups.list()  # a plain list, all subaccounts, no cursor
            only_sub1 = me.order_groups.list(subaccount=1)
            for group in every:
                print(group.id, group.contracts_limit, group.is_auto_cancel_enabled)
            # --8<-- [end:list]
            assert isinstance(every, list)
            assert {g.id for g in every} == {main_group.order_group_id, sub_group.order_group_id}
            assert [g.id for g in only_sub1] == [sub_group.order_group_id]

            # --8<-- [start:update_limit]
            gid = sub_group.order_group_id
            # No subaccount argument: this client created the group, so it sends the
            # update to subaccount 1 by itself.
            me.order_groups.update_limit(gid, contracts_limit=25)
            assert me.order_groups.get(gid, subaccount=1).contracts_limit == 25

            # A client that has never seen the group sends it to subaccount 0, Kalshi's
            # default, where there is no such group ...
            try:
                other_process.order_groups.update_limit(gid, contracts_limit=30)
                raise AssertionError("the update reached a group on another subaccount")
            except NotFoundError as error:
                print("never seen here:", error.status_code)  # 404
            # ... until it has seen the group on its subaccount.
            other_process.order_groups.get(gid, subaccount=1)  # or .list(subaccount=1)
            other_process.order_groups.update_limit(gid, contracts_limit=30)
            # --8<-- [end:update_limit]
            assert other_process.order_groups.get(gid).contracts_limit == 30

            # --8<-- [start:other_ops]
            # reset, trigger and delete take the subaccount (and shard) as arguments.
            me.order_groups.trigger(gid, subaccount=1)
            me.order_groups.reset(gid, subaccount=1, exchange_index=0)
            me.order_groups.delete(gid, subaccount=1, exchange_index=0)
            # --8<-- [end:other_ops]
            remaining = [g.id for g in me.order_groups.list()]
            assert remaining == [main_group.order_group_id], remaining

            # --8<-- [start:exchange_index]
            group = me.order_groups.create(contracts_limit=100, exchange_index=0)
            gid = group.order_group_id
            me.order_groups.reset(gid, exchange_index=0)
            me.order_groups.update_limit(gid, contracts_limit=50, exchange_index=0)
            me.order_groups.delete(gid, exchange_index=0)
            # --8<-- [end:exchange_index]
            assert group.exchange_index == 0
            assert [g.id for g in me.order_groups.list()] == [main_group.order_group_id]
    print("order_groups_subaccounts: OK")


if __name__ == "__main__":
    main()
