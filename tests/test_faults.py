"""The fault matrix: every operation against every injected fault, sync and async.

For each case: the outcome the caller sees (a result or a typed error), what the exchange
holds afterwards (no group or order ever created twice), how many requests reached the
server, and that nothing hangs past timeout x (retries + 1) plus backoff.

The sync client meets the simulator over loopback, with real delays and real timeouts. The
async client meets the same exchange in process (`kalshi.sim.asgi_transport`), on a fake
monotonic clock: a `delay` fault moves the clock instead of waiting, and every request has
been served by the time the test looks at the exchange. Both sides make the same assertions,
so the in-process run stands in faithfully for the async client over a socket.
"""

from __future__ import annotations

import asyncio
import sys
import time
import types
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import kalshi
import pytest
from conftest import Api
from kalshi.sim import FaultPlan, SimTransport, Simulator, asgi_transport, create_app

TIMEOUT = 0.5
RETRIES = 2
DELAY = 1.0
PREFIX = "/trade-api/v2"
TICKER = "KXFAULT-26-T"
BATCH_ITEM = {"ticker": TICKER, "side": "bid", "price": "0.05", "count": "1",
              "time_in_force": "good_till_canceled", "self_trade_prevention_type": "taker_at_cross"}  # fmt: skip

FAULTS = {
    "drop_before": {},
    "drop_after": {},
    "status": {"status": 503},
    "status_after": {"status": 503},
    "rate_limit": {},
    "delay": {"delay_s": DELAY},
    "malformed_json": {},
    "html_error": {"status": 502},
}

# name: (call, method, path template); {g} is a fresh group's id and {o} a fresh order's.
OPERATIONS: dict[str, tuple[Any, str, str]] = {
    "group.list": (lambda c, g, o: c.order_groups.list(), "GET", "/portfolio/order_groups"),
    "group.get": (lambda c, g, o: c.order_groups.get(g), "GET", "/portfolio/order_groups/{g}"),
    "group.create": (lambda c, g, o: c.order_groups.create(contracts_limit=10), "POST", "/portfolio/order_groups/create"),
    "group.delete": (lambda c, g, o: c.order_groups.delete(g), "DELETE", "/portfolio/order_groups/{g}"),
    "group.reset": (lambda c, g, o: c.order_groups.reset(g), "PUT", "/portfolio/order_groups/{g}/reset"),
    "group.trigger": (lambda c, g, o: c.order_groups.trigger(g), "PUT", "/portfolio/order_groups/{g}/trigger"),
    "group.limit": (lambda c, g, o: c.order_groups.update_limit(g, contracts_limit=20), "PUT", "/portfolio/order_groups/{g}/limit"),
    "order.create": (lambda c, g, o: c.orders.create(ticker=TICKER, side="yes", action="buy", count=1, yes_price="0.20"), "POST", "/portfolio/events/orders"),
    "order.get": (lambda c, g, o: c.orders.get(o), "GET", "/portfolio/orders/{o}"),
    "order.cancel": (lambda c, g, o: c.orders.cancel(o), "DELETE", "/portfolio/events/orders/{o}"),
    "order.amend": (lambda c, g, o: c.orders.amend_v2(o, ticker=TICKER, side="bid", price="0.11", count=1), "POST", "/portfolio/events/orders/{o}/amend"),
    "order.decrease": (lambda c, g, o: c.orders.decrease_v2(o, reduce_to=0), "POST", "/portfolio/events/orders/{o}/decrease"),
    "order.batch_create": (lambda c, g, o: c.orders.batch_create_v2(orders=[BATCH_ITEM, BATCH_ITEM]), "POST", "/portfolio/events/orders/batched"),
    "order.batch_cancel": (lambda c, g, o: c.orders.batch_cancel_v2(orders=[o]), "DELETE", "/portfolio/events/orders/batched"),
    "order.cancel_all": (lambda c, g, o: c.orders.cancel_all_v2(), "DELETE", "/portfolio/events/orders"),
}  # fmt: skip
# Orders each operation adds, and the operations that leave the fresh order canceled.
CREATES = {"order.create": 1, "order.batch_create": 2}
CANCELS = {"order.cancel", "order.decrease", "order.batch_cancel", "order.cancel_all"}

ONCE_ERRORS = {  # order-group create: (error, outcome unknown, groups created)
    "drop_before": (kalshi.APIConnectionError, True, 0),
    "drop_after": (kalshi.APIConnectionError, True, 1),
    "status": (kalshi.InternalServerError, True, 0),
    "status_after": (kalshi.InternalServerError, True, 1),
    "rate_limit": (kalshi.RateLimitError, False, 0),
    "delay": (kalshi.APITimeoutError, True, 1),
    "malformed_json": (kalshi.APIResponseError, True, 1),
    "html_error": (kalshi.InternalServerError, True, 0),
}


def expected(operation: str, fault: str) -> type[Exception] | None:
    """The error a repeatable operation ends with, or None for success after a retry."""
    # An unreadable answer is not re-sent; an order create that got one looks the order up.
    # (A cancel or delete whose retry hears 404 reads the order or group back and succeeds.)
    # (Cancel-all answers 204, which carries no body for the fault to break.)
    if fault == "malformed_json" and operation not in {*CREATES, "order.cancel_all"}:
        return kalshi.APIResponseError
    # A stalled answer uses up the call's whole deadline (timeout): nothing is left to retry.
    if fault == "delay":
        return kalshi.APITimeoutError
    return None


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator() as running:
        yield running


@pytest.fixture(scope="module")
def member(sim: Simulator) -> Any:
    credentials = sim.add_member()
    # The first signed requests of a process are slow (keys parsed, validators built): take
    # that cost here, under a generous timeout, not in the first case's 0.5 s deadline.
    with kalshi.KalshiClient(
        key_id=credentials.key_id, private_key=credentials.private_key_pem, base_url=sim.base_url
    ) as client:
        client.order_groups.list()
        client.order_groups.create(contracts_limit=1)
        client.orders.create(ticker=TICKER, side="yes", action="buy", count=1, yes_price="0.01")
    return credentials


_REAL_MONOTONIC = time.monotonic


class FakeMonotonic:
    """A monotonic clock that a `delay` fault moves forward instead of waiting.

    `fake_monotonic` puts it in place of `time.monotonic` for the SDK's modules and as the
    test's event loop's time, so the client's deadline, asyncio's timers and the in-process
    transport's read timeout all see the delay; other threads (the loopback server's) keep
    the real clock.
    """

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return _REAL_MONOTONIC() + self.offset

    async def sleep(self, seconds: float) -> None:
        """Let `seconds` pass at once, then give the timers now due their turn."""
        self.offset += seconds
        await asyncio.sleep(0)


class _TimeModule(types.ModuleType):
    """The `time` module with `monotonic` replaced."""

    def __init__(self, monotonic: FakeMonotonic) -> None:
        super().__init__("time")
        self.monotonic = monotonic

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


class Side:
    """One side of the matrix: a client, the fault plan its server applies, and its server."""

    def __init__(
        self,
        api: Api,
        faults: FaultPlan,
        transport: SimTransport | None = None,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        self.api = api
        self.faults = faults
        self.transport = transport
        self.http = http

    async def served(self) -> None:
        """In process: wait until the server has finished every request it received."""
        if self.transport is not None:
            await self.transport.drain()
            assert self.transport.running == 0

    async def holds(self, condition: Callable[[], bool], fault: str) -> bool:
        """Whether the exchange reaches `condition` once the server has done its work.

        In process, and over loopback for every fault but `delay`, each request was served
        before the call returned, so the state is final: it is checked once. Over loopback a
        `delay` fault answers after the client has given up, and the server thread may still
        be sleeping: only there is it polled.
        """
        if self.transport is not None or fault != "delay":
            return condition()
        return wait_for(condition, DELAY + 2)


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    """Poll a loopback server's exchange until `condition` holds or `seconds` pass."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return bool(condition())


@pytest.fixture(scope="module")
def clock() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture(scope="module")
def in_process(sim: Simulator, clock: FakeMonotonic) -> tuple[FaultPlan, Any]:
    """A second app on the simulator's exchange, with its own fault plan on the fake clock."""
    faults = FaultPlan(sleep=clock.sleep)
    return faults, create_app(sim.exchange, faults=faults)


def use_fake_monotonic(monkeypatch: pytest.MonkeyPatch, clock: FakeMonotonic) -> None:
    """Run the SDK and the running event loop on `clock` until the test ends."""
    fake_time = _TimeModule(clock)
    for name, module in list(sys.modules.items()):
        if name.startswith("kalshi") and getattr(module, "time", None) is time:
            monkeypatch.setattr(module, "time", fake_time)
    monkeypatch.setattr(asyncio.get_running_loop(), "time", clock)


def client_kind(kind: str, **options: Any) -> Any:
    cls = kalshi.AsyncKalshiClient if kind != "sync" else kalshi.KalshiClient
    return cls(**options)


async def make_side(
    kind: str, sim: Simulator, member: Any, request: pytest.FixtureRequest, **options: Any
) -> Side:
    options = {"key_id": member.key_id, "private_key": member.private_key_pem, **options}
    if kind != "in-process":
        return Side(Api(client_kind(kind, base_url=sim.base_url, **options)), sim.faults)
    faults, app = request.getfixturevalue("in_process")
    use_fake_monotonic(request.getfixturevalue("monkeypatch"), request.getfixturevalue("clock"))
    transport = asgi_transport(app)
    http = httpx.AsyncClient(transport=transport)
    client = kalshi.AsyncKalshiClient(base_url=sim.base_url, http_client=http, **options)
    return Side(Api(client), faults, transport, http)


async def close_side(side: Side) -> None:
    client = side.api.client
    if isinstance(client, kalshi.AsyncKalshiClient):
        await client.aclose()
    else:
        client.close()
    if side.http is not None:  # given to the client, so not closed by it
        await side.http.aclose()


@pytest.fixture(params=["sync", "in-process"])
async def side(
    request: pytest.FixtureRequest, sim: Simulator, member: Any, no_backoff: None
) -> Any:
    made = await make_side(
        request.param, sim, member, request, timeout=TIMEOUT, max_retries=RETRIES
    )
    yield made
    await close_side(made)


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("operation", OPERATIONS)
async def test_fault_matrix(
    side: Side, sim: Simulator, member: Any, operation: str, fault: str
) -> None:
    api, faults, exchange, user = side.api, side.faults, sim.exchange, member.user_id
    group = await api(lambda c: c.order_groups.create(contracts_limit=1000))
    order = await api(
        lambda c: c.orders.create(
            ticker=TICKER, side="yes", action="buy", count=1, yes_price="0.10"
        )
    )
    groups_before, orders_before = len(exchange.groups(user)), len(exchange.orders(user))
    call, method, template = OPERATIONS[operation]
    path = PREFIX + template.format(g=group.order_group_id, o=order.order_id)
    faults.clear()
    faults.add(fault, method=method, path=path, **FAULTS[fault])

    clock = asyncio.get_running_loop().time  # the fake clock in process: it counts delays
    started = clock()
    outcome: Any
    try:
        outcome = await api(lambda c: call(c, group.order_group_id, order.order_id))
    except kalshi.KalshiError as error:
        outcome = error
    elapsed = clock() - started
    assert elapsed < TIMEOUT * (RETRIES + 1) + 1.0, f"took {elapsed:.2f} s"
    await side.served()

    received = faults.count(method, path)
    if operation == "group.create":
        error, unknown, created = ONCE_ERRORS[fault]
        assert isinstance(outcome, error), outcome
        assert outcome.outcome_unknown is unknown
        if unknown:
            assert "order_groups.list()" in str(outcome)
        assert received == 1  # never re-sent once it may have reached the exchange
        assert await side.holds(
            lambda: len(exchange.groups(user)) == groups_before + created, fault
        )
        return
    failure = expected(operation, fault)
    if failure is None:
        assert not isinstance(outcome, Exception), outcome
    else:
        assert isinstance(outcome, failure), outcome
    # The faulted attempt and one retry; an answered request (even unreadably) is not re-sent,
    # and a stalled one takes the call's whole deadline. Every request the client made is
    # counted here, and none is left unanswered but a stalled one: once the exchange holds
    # what they did, no late duplicate can still arrive.
    assert received == (1 if fault in ("malformed_json", "delay") else 2)
    if operation in CREATES:
        added = CREATES[operation]
        assert await side.holds(lambda: len(exchange.orders(user)) == orders_before + added, fault)
        if fault == "delay":  # the deadline passed: the error says the order may exist
            assert outcome.outcome_unknown
            ids = outcome.client_order_ids or [outcome.client_order_id]
            placed_ids = [o.client_order_id for o in exchange.orders(user)[-added:]]
            assert ids == placed_ids  # ... and names the ids it was placed with
        elif operation == "order.create":
            assert outcome.order_id == exchange.orders(user)[-1].order_id
        else:
            placed = [o.order_id for o in exchange.orders(user)[-2:]]
            assert [item.order_id for item in outcome.orders] == placed
    else:
        assert len(exchange.orders(user)) == orders_before
    if operation in ("group.delete",):
        assert await side.holds(lambda: len(exchange.groups(user)) == groups_before - 1, fault)
    else:
        assert len(exchange.groups(user)) == groups_before
    if operation in CANCELS:  # a stalled cancel takes effect when its delay ends
        assert await side.holds(lambda: exchange.order(order.order_id).status == "canceled", fault)
    if operation == "order.amend":
        assert await side.holds(
            lambda: exchange.order(order.order_id).yes_price == Decimal("0.11"), fault
        )


@pytest.mark.parametrize("kind", ["sync", "async", "in-process"])
async def test_nothing_hangs_past_its_budget(
    kind: str, sim: Simulator, member: Any, request: pytest.FixtureRequest
) -> None:
    # timeout is one deadline for the whole call: the first stalled attempt uses it all up,
    # and no retry is made however many are allowed. The async client meets a real delay
    # here over loopback; in process the delay moves the fake clock.
    side = await make_side(kind, sim, member, request, timeout=0.3, max_retries=2)
    side.faults.clear()
    side.faults.add(
        "delay", method="GET", path=PREFIX + "/portfolio/order_groups", delay_s=1.0, times=-1
    )
    clock = asyncio.get_running_loop().time  # the fake clock in process
    started = clock()
    with pytest.raises(kalshi.APITimeoutError) as caught:
        await side.api(lambda c: c.order_groups.list())
    elapsed = clock() - started
    received = side.faults.count("GET", PREFIX + "/portfolio/order_groups")
    side.faults.clear()
    await side.served()
    await close_side(side)
    assert caught.value.retries_taken == 0 and received == 1
    assert "deadline of 0.3 s passed" in str(caught.value)
    assert elapsed < 0.3 * 3 + (0.5 + 1.0) + 0.5


async def test_control_endpoint(sim: Simulator) -> None:
    import httpx

    control = sim.base_url.replace(PREFIX, "") + "/_sim/faults"
    async with httpx.AsyncClient() as http:
        assert (await http.delete(control)).json()["faults"] == []
        added = await http.post(
            control,
            json={
                "kind": "rate_limit",
                "method": "GET",
                "path": PREFIX + "/exchange/status",
                "times": 2,
            },
        )
        assert added.status_code == 200 and added.json()["faults"][0]["kind"] == "rate_limit"
        assert (await http.post(control, json={"kind": "meteor"})).status_code == 400
        status = sim.base_url + "/exchange/status"
        assert [(await http.get(status)).status_code for _ in range(3)] == [429, 429, 200]
        await http.delete(control)


async def test_a_retried_delete_that_missed_the_group_is_not_taken_for_success(
    side: Side, sim: Simulator, member: Any
) -> None:
    api, faults = side.api, side.faults
    # The group lives on subaccount 3; delete() without subaccount goes to subaccount 0. The
    # first attempt meets a 503, the retry a 404: that 404 is not "the first attempt did it".
    group = await api(lambda c: c.order_groups.create(contracts_limit=10, subaccount=3))
    path = f"{PREFIX}/portfolio/order_groups/{group.order_group_id}"
    faults.clear()
    faults.add("status", method="DELETE", path=path, status=503)
    with pytest.raises(kalshi.NotFoundError):
        await api(lambda c: c.order_groups.delete(group.order_group_id))
    assert faults.count("DELETE", path) == 2
    assert any(g.group_id == group.order_group_id for g in sim.exchange.groups(member.user_id))
    # Sent where it lives, the delete goes through.
    await api(lambda c: c.order_groups.delete(group.order_group_id, subaccount=3))
    assert all(g.group_id != group.order_group_id for g in sim.exchange.groups(member.user_id))
