"""Errors and retries: what each error carries, and which failures the client retries.

The simulator's fault injection (`sim.faults`) makes the failures happen: 503s, 429s, slow
answers, connections cut after the exchange acted. Offline: `python examples/errors_and_retries.py`.
"""

from __future__ import annotations

import logging
import time
import uuid

from kalshi import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    KalshiClient,
    NotFoundError,
    RateLimit,
)
from kalshi.sim import API_PREFIX, Simulator

TICKER = "KXDEMO-26-YES"
GROUPS = API_PREFIX + "/portfolio/order_groups"  # /trade-api/v2/portfolio/order_groups
ORDERS = API_PREFIX + "/portfolio/events/orders"


def main() -> None:
    # A cut connection is an error inside the simulator's server, which uvicorn logs with a
    # traceback; here it is intended, so keep it out of the output.
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
    with Simulator() as sim:
        client = KalshiClient(
            key_id=sim.credentials.key_id,
            private_key=sim.credentials.private_key_pem,
            base_url=sim.base_url,
        )
        with client:
            anatomy(sim, client)
            retries(sim, client)
            creates(sim, client)
            pacing(sim)
    print("errors_and_retries: OK")


def anatomy(sim: Simulator, client: KalshiClient) -> None:
    print("-- what an error carries")
    # --8<-- [start:anatomy]
    try:
        client.order_groups.get(str(uuid.uuid4()))
    except NotFoundError as error:
        print(error.status_code, error.code, error.message)  # 404 not_found ...
        print(error.details, error.body)  # the parsed body, whatever its shape
        print(error.response.request.method, error.response.request.url)
        assert error.status_code == 404 and error.code == "not_found"
    # --8<-- [end:anatomy]
    else:
        raise AssertionError("anatomy: nothing was raised")

    # --8<-- [start:bad_request]
    try:
        client.order_groups.create(contracts_limit=10, exchange_index=7)
    except BadRequestError as error:
        print(error)  # 400 invalid_parameters: invalid parameters
        print(error.details)  # exchange_index 7 is not supported
        assert error.code == "invalid_parameters"
    # --8<-- [end:bad_request]
    else:
        raise AssertionError("bad_request: nothing was raised")

    # --8<-- [start:auth]
    stranger = sim.add_member()  # a valid key pair, but another account's
    wrong_key = KalshiClient(
        key_id=sim.credentials.key_id,
        private_key=stranger.private_key_pem,
        base_url=sim.base_url,
    )
    try:
        wrong_key.order_groups.list()
    except AuthenticationError as error:
        print(error)  # 401 authentication_error: ... (and what to check)
        assert "belongs to this key id" in error.message
    # --8<-- [end:auth]
    else:
        raise AssertionError("auth: nothing was raised")
    wrong_key.close()


def retries(sim: Simulator, client: KalshiClient) -> None:
    print("-- retried failures")
    faults = sim.faults
    faults.clear()  # forget the requests counted so far
    # --8<-- [start:retry]
    # Two 503s, then the real answer: the default max_retries=2 absorbs both.
    faults.add("status", status=503, method="GET", path=GROUPS, times=2)
    groups = client.order_groups.list()
    print("list() answered after", faults.count("GET", GROUPS), "attempts")  # 3

    # A 429 (Kalshi sends no Retry-After): retried after a backoff.
    faults.add("rate_limit", method="GET", path=GROUPS)
    client.order_groups.list()

    # Without retries the first 503 is raised.
    no_retry = client.with_options(max_retries=0)
    faults.add("status", status=503, method="GET", path=GROUPS)
    try:
        no_retry.order_groups.list()
    except InternalServerError as error:
        print("max_retries=0:", error.status_code, error.retries_taken)  # 503 0
        assert error.retries_taken == 0
    # --8<-- [end:retry]
    else:
        raise AssertionError("retry: nothing was raised")
    assert groups == [] and faults.count("GET", GROUPS) == 3 + 2 + 1

    status_path = API_PREFIX + "/exchange/status"
    # --8<-- [start:timeout]
    # timeout is the deadline of the whole call (attempts, reads and backoffs together).
    # A 0.3 s deadline, and an answer that stalls for 1 s: the call ends at 0.3 s.
    quick = client.with_options(timeout=0.3)
    faults.add("delay", delay_s=1.0, method="GET", path=status_path)
    try:
        quick.exchange.status()
        raise AssertionError("no timeout")
    except APITimeoutError as error:
        print("status():", error)  # ... (the call's deadline of 0.3 s passed)
        assert error.sent is True, error  # it left: the server may have acted on it
    # --8<-- [end:timeout]
    assert faults.count("GET", status_path) == 1
    faults.clear()


def creates(sim: Simulator, client: KalshiClient) -> None:
    print("-- creates whose answer is lost")
    faults = sim.faults
    user = sim.credentials.user_id
    # --8<-- [start:order_create]
    # The exchange places the order, then the connection is cut before the
    # answer. The retry carries the same client_order_id and gets 409
    # order_already_exists; the client returns the order placed the first time.
    faults.add("drop_after", method="POST", path=ORDERS)
    order = client.orders.create(
        ticker=TICKER,
        side="yes",
        action="buy",
        count=1,
        yes_price="0.10",
    )
    print("one order placed:", order.order_id, "resting:", order.remaining_count)
    # --8<-- [end:order_create]
    placed = sim.exchange.orders(user)
    assert [o.order_id for o in placed] == [order.order_id], placed
    assert faults.count("POST", ORDERS) == 2

    # --8<-- [start:group_create]
    # An order group has no idempotency key, so a create that may have arrived
    # is never sent again: the error says the outcome is unknown.
    faults.add("drop_after", method="POST", path=GROUPS + "/create")
    try:
        client.order_groups.create(contracts_limit=10)
    except APIConnectionError as error:
        print(error)  # ... outcome is unknown ... order_groups.list() ...
        existing = client.order_groups.list()
        print("the group was created after all:", [g.id for g in existing])
        assert error.sent and "outcome is unknown" in str(error)
    # --8<-- [end:group_create]
    else:
        raise AssertionError("group_create: nothing was raised")
    assert faults.count("POST", GROUPS + "/create") == 1
    assert len(existing) == 1 and len(sim.exchange.groups(user)) == 1

    gid = existing[0].id
    # The same with a 502 from a gateway after the exchange acted.
    faults.add("status_after", status=502, method="POST", path=GROUPS + "/create")
    try:
        client.order_groups.create(contracts_limit=10)
    except InternalServerError as error:
        assert "outcome is unknown" in str(error)
    else:
        raise AssertionError("group_create_5xx: nothing was raised")
    assert len(sim.exchange.groups(user)) == 2

    # --8<-- [start:group_delete]
    # A delete is repeated; when the retry hears 404 and reading the group back
    # finds it on no subaccount, the first attempt deleted it: delete() returns.
    faults.add("drop_after", method="DELETE", path=f"{GROUPS}/{gid}")
    client.order_groups.delete(gid)
    # --8<-- [end:group_delete]
    assert faults.count("DELETE", f"{GROUPS}/{gid}") == 2
    assert gid not in [g.group_id for g in sim.exchange.groups(user)]


def pacing(sim: Simulator) -> None:
    print("-- client-side rate limit")
    creds = sim.credentials
    # --8<-- [start:rate_limit]
    # Reads cost 10 tokens. 100 tokens a second with a 0.1 s burst: one read at
    # once, then one every 0.1 s. A tier name ("basic", "advanced", "expert",
    # "premier") gives Kalshi's budgets for that tier.
    budget = RateLimit(
        read_per_second=100,
        write_per_second=100,
        read_burst_seconds=0.1,
    )
    paced = KalshiClient(
        key_id=creds.key_id,
        private_key=creds.private_key_pem,
        base_url=sim.base_url,
        rate_limit=budget,
    )
    started = time.monotonic()
    for _ in range(6):
        paced.exchange.status()
    elapsed = time.monotonic() - started
    print(f"6 reads in {elapsed:.2f} s")  # about 0.5 s: queued, not refused
    # --8<-- [end:rate_limit]
    paced.close()
    assert elapsed >= 0.45, elapsed


if __name__ == "__main__":
    main()
