"""The retry policy: what is retried, what is never re-sent, and how long it waits."""

from __future__ import annotations

import json
import random
from typing import Any

import httpx
import kalshi
import pytest
from conftest import BASE, Api, make_client
from kalshi import _retry
from pytest_httpx import HTTPXMock

GROUPS = f"{BASE}/portfolio/order_groups"
ORDERS = f"{BASE}/portfolio/orders"
V2 = f"{BASE}/portfolio/events/orders"
ORDER = {"order": {"order_id": "o1", "ticker": "T", "status": "resting"}}
CREATED = {"order_id": "o1", "fill_count": "0.00", "remaining_count": "1.00", "ts_ms": 1}
CREATE_ORDER = {"ticker": "T", "side": "yes", "action": "buy", "count": 1, "yes_price": "0.5"}

# (name, call, method, url, success status, success body)
REPEATABLE = [
    ("list", lambda c: c.order_groups.list(), "GET", GROUPS, 200, {"order_groups": []}),
    (
        "get",
        lambda c: c.order_groups.get("g"),
        "GET",
        f"{GROUPS}/g",
        200,
        {"orders": [], "is_auto_cancel_enabled": False},
    ),
    ("delete", lambda c: c.order_groups.delete("g"), "DELETE", f"{GROUPS}/g", 200, {}),
    ("reset", lambda c: c.order_groups.reset("g"), "PUT", f"{GROUPS}/g/reset", 200, {}),
    ("trigger", lambda c: c.order_groups.trigger("g"), "PUT", f"{GROUPS}/g/trigger", 200, {}),
    (
        "limit",
        lambda c: c.order_groups.update_limit("g", contracts_limit=3),
        "PUT",
        f"{GROUPS}/g/limit",
        200,
        {},
    ),
    ("order-create", lambda c: c.orders.create(**CREATE_ORDER), "POST", V2, 201, CREATED),
    ("order-get", lambda c: c.orders.get("o1"), "GET", f"{ORDERS}/o1", 200, ORDER),
]
FAULTS: list[tuple[str, Any]] = [
    ("429", {"status_code": 429, "json": {"error": "too many requests"}}),
    ("502", {"status_code": 502, "text": "<html>bad gateway</html>"}),
    ("503", {"status_code": 503, "json": {"error": {"code": "unavailable", "message": "x"}}}),
    ("504", {"status_code": 504, "text": ""}),
    ("read-timeout", httpx.ReadTimeout("slow")),
    ("connect-error", httpx.ConnectError("refused")),
    ("dropped", httpx.RemoteProtocolError("server disconnected")),
]


def add_fault(httpx_mock: HTTPXMock, fault: Any, method: str, url: str) -> None:
    if isinstance(fault, Exception):
        httpx_mock.add_exception(fault, method=method, url=url)
    else:
        httpx_mock.add_response(method=method, url=url, **fault)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.parametrize(("fault_name", "fault"), FAULTS, ids=[f[0] for f in FAULTS])
@pytest.mark.parametrize(
    ("name", "action", "method", "url", "status", "body"),
    REPEATABLE,
    ids=[r[0] for r in REPEATABLE],
)
async def test_repeatable_requests_recover_from_transient_faults(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, delays: list[Any], fault_name: str,
    fault: Any, name: str, action: Any, method: str, url: str, status: int, body: Any,
) -> None:  # fmt: skip
    add_fault(httpx_mock, fault, method, url)
    httpx_mock.add_response(method=method, url=url, status_code=status, json=body)
    api = Api(make_client(kind, private_pem))
    await api(action)
    requests = httpx_mock.get_requests()
    assert len(requests) == 2 and len(delays) == 1
    if method != "GET" and requests[0].content:
        assert requests[0].content == requests[1].content  # the same client_order_id both times


@pytest.mark.parametrize(
    ("name", "action", "method", "url", "status", "body"),
    REPEATABLE,
    ids=[r[0] for r in REPEATABLE],
)
async def test_a_plain_500_is_not_retried(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, name: str, action: Any, method: str,
    url: str, status: int, body: Any,
) -> None:  # fmt: skip
    httpx_mock.add_response(
        method=method, url=url, status_code=500, json={"code": "internal", "message": "boom"}
    )
    with pytest.raises(kalshi.InternalServerError):
        await Api(make_client(kind, private_pem))(action)
    assert len(httpx_mock.get_requests()) == 1


async def test_retries_stop_at_max_retries(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, delays: list[Any]
) -> None:
    httpx_mock.add_response(url=GROUPS, status_code=503, is_reusable=True)
    api = Api(make_client(kind, private_pem, max_retries=3))
    with pytest.raises(kalshi.InternalServerError) as caught:
        await api(lambda c: c.order_groups.list())
    assert len(httpx_mock.get_requests()) == 4 and caught.value.retries_taken == 3
    httpx_mock.reset()
    httpx_mock.add_response(url=GROUPS, status_code=503)
    with pytest.raises(kalshi.InternalServerError):
        await api(lambda c: c.with_options(max_retries=0).order_groups.list())
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (
            {"status_code": 503, "json": {"code": "unavailable", "message": "x"}},
            kalshi.InternalServerError,
        ),
        ({"status_code": 502, "text": "<html>bad gateway</html>"}, kalshi.InternalServerError),
        (httpx.ReadTimeout("slow"), kalshi.APITimeoutError),
        (httpx.RemoteProtocolError("server disconnected"), kalshi.APIConnectionError),
    ],
)
async def test_group_create_is_never_resent_once_it_may_have_arrived(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, fault: Any, error: type[Exception]
) -> None:
    add_fault(httpx_mock, fault, "POST", f"{GROUPS}/create")
    with pytest.raises(error) as caught:
        await Api(make_client(kind, private_pem))(
            lambda c: c.order_groups.create(contracts_limit=5)
        )
    assert len(httpx_mock.get_requests()) == 1
    assert caught.value.outcome_unknown is True
    assert "outcome is unknown" in str(caught.value) and "order_groups.list()" in str(caught.value)


async def test_group_create_is_retried_when_it_never_left(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, delays: list[Any]
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"), method="POST", url=f"{GROUPS}/create")
    httpx_mock.add_response(
        method="POST",
        url=f"{GROUPS}/create",
        status_code=201,
        json={"order_group_id": "g", "subaccount": 0},
    )
    created = await Api(make_client(kind, private_pem))(
        lambda c: c.order_groups.create(contracts_limit=5)
    )
    assert created.order_group_id == "g" and len(httpx_mock.get_requests()) == 2


async def test_group_create_rate_limited_is_not_resent(
    kind: str, private_pem: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        method="POST", url=f"{GROUPS}/create", status_code=429, json={"error": "too many requests"}
    )
    with pytest.raises(kalshi.RateLimitError) as caught:
        await Api(make_client(kind, private_pem))(
            lambda c: c.order_groups.create(contracts_limit=5)
        )
    assert len(httpx_mock.get_requests()) == 1
    assert caught.value.outcome_unknown is False


async def test_connection_error_says_whether_it_was_sent(
    kind: str, private_pem: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    with pytest.raises(kalshi.APIConnectionError) as caught:
        await Api(make_client(kind, private_pem, max_retries=0))(lambda c: c.order_groups.list())
    assert caught.value.sent is False and "before it was sent" in str(caught.value)


async def test_retry_after_is_honoured(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, delays: list[Any]
) -> None:
    httpx_mock.add_response(url=GROUPS, status_code=429, headers={"Retry-After": "1.5"})
    httpx_mock.add_response(url=GROUPS, json={"order_groups": []})
    await Api(make_client(kind, private_pem))(lambda c: c.order_groups.list())
    assert delays == [1.5]


async def test_a_long_retry_after_is_not_waited_for(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, delays: list[Any]
) -> None:
    httpx_mock.add_response(url=GROUPS, status_code=429, headers={"Retry-After": "3600"})
    with pytest.raises(kalshi.RateLimitError):
        await Api(make_client(kind, private_pem))(lambda c: c.order_groups.list())
    assert delays == [None] and len(httpx_mock.get_requests()) == 1


def test_backoff_is_full_jitter_and_capped() -> None:
    rng = random.Random(7)
    for attempt in range(10):
        ceiling = min(8.0, 0.5 * 2**attempt)
        samples = [_retry.backoff_delay(attempt, None, rng) for _ in range(200)]
        assert all(0.0 <= s <= ceiling for s in samples if s is not None)
        assert max(s for s in samples if s is not None) > ceiling * 0.9  # the whole range is used


def test_retry_after_parsing() -> None:
    assert _retry.parse_retry_after(httpx.Headers({"retry-after": "2"})) == 2.0
    assert _retry.parse_retry_after(httpx.Headers({})) is None
    assert _retry.parse_retry_after(httpx.Headers({"retry-after": "soon"})) is None
    in_past = _retry.parse_retry_after(
        httpx.Headers({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})
    )
    assert in_past == 0.0


async def test_order_create_reuses_its_client_order_id(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, delays: list[Any]
) -> None:
    httpx_mock.add_response(method="POST", url=V2, status_code=502)
    httpx_mock.add_response(method="POST", url=V2, status_code=201, json=CREATED)
    await Api(make_client(kind, private_pem))(
        lambda c: c.orders.create(**CREATE_ORDER, client_order_id="mine")
    )
    ids = [json.loads(r.content)["client_order_id"] for r in httpx_mock.get_requests()]
    assert ids == ["mine", "mine"]


@pytest.mark.parametrize(
    ("fault", "deleted"),
    [
        (httpx.ReadTimeout("slow"), True),
        ({"status_code": 503}, True),
        (httpx.ConnectError("refused"), False),
        ({"status_code": 429}, False),
    ],
)
async def test_a_retried_delete_that_finds_the_group_gone(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, delays: list[Any], fault: Any, deleted: bool
) -> None:
    add_fault(httpx_mock, fault, "DELETE", f"{GROUPS}/g")
    httpx_mock.add_response(
        method="DELETE",
        url=f"{GROUPS}/g",
        status_code=404,
        json={"error": {"code": "not_found", "message": "not found"}},
    )
    api = Api(make_client(kind, private_pem))
    if deleted:  # the first attempt may have deleted it: reading it back confirms it is gone
        httpx_mock.add_response(
            method="GET",
            url=f"{GROUPS}/g",
            status_code=404,
            json={"error": {"code": "not_found", "message": "not found"}},
        )
        assert await api(lambda c: c.order_groups.delete("g")) is None
        [read_back] = [r for r in httpx_mock.get_requests() if r.method == "GET"]
        assert "subaccount" not in read_back.url.params  # searched on every subaccount
    else:  # the first attempt surely did nothing: the group never existed
        with pytest.raises(kalshi.NotFoundError):
            await api(lambda c: c.order_groups.delete("g"))


# The policy as a pure function of (the operation's safety, what an attempt met).
_REQUEST = httpx.Request("POST", "https://example.invalid/")
OUTCOMES: list[tuple[str, Any, dict[_retry.Safety, bool]]] = [
    # what the attempt met, and whether each safety retries it
    ("refused", httpx.ConnectError("refused"), dict.fromkeys(_retry.Safety, True)),
    ("connect timeout", httpx.ConnectTimeout("slow"), dict.fromkeys(_retry.Safety, True)),
    ("pool timeout", httpx.PoolTimeout("busy"), dict.fromkeys(_retry.Safety, True)),
    ("read timeout", httpx.ReadTimeout("slow"), {_retry.Safety.REPEATABLE: True, _retry.Safety.KEYED: True, _retry.Safety.ONCE: False}),
    ("write error", httpx.WriteError("cut"), {_retry.Safety.REPEATABLE: True, _retry.Safety.KEYED: True, _retry.Safety.ONCE: False}),
    ("dropped", httpx.RemoteProtocolError("gone"), {_retry.Safety.REPEATABLE: True, _retry.Safety.KEYED: True, _retry.Safety.ONCE: False}),
    *[(str(status), status, {_retry.Safety.REPEATABLE: True, _retry.Safety.KEYED: True, _retry.Safety.ONCE: False})
      for status in (429, 502, 503, 504)],
    *[(str(status), status, dict.fromkeys(_retry.Safety, False)) for status in (400, 401, 403, 404, 409, 410, 500)],
]  # fmt: skip


@pytest.mark.parametrize(("outcome", "met", "retried"), OUTCOMES, ids=[o[0] for o in OUTCOMES])
def test_the_retry_policy_by_safety_and_outcome(
    outcome: str, met: Any, retried: dict[_retry.Safety, bool]
) -> None:
    for safety in _retry.Safety:
        if isinstance(met, int):
            decision = _retry.should_retry_status(met, safety)
        else:
            decision = _retry.should_retry_exception(met, safety)
            # A failure before anything left is never one that may have landed.
            assert _retry.was_sent(met) is not isinstance(
                met, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout
            )
        assert decision is retried[safety], (outcome, safety)


TRANSFER = f"{BASE}/portfolio/intra_exchange_instance_transfer"
TRANSFER_ARGS = {"source": "event_contract", "destination": "margined", "amount": 100}


async def test_a_keyed_create_sent_without_its_key_is_sent_once(
    kind: str, private_pem: str, httpx_mock: HTTPXMock
) -> None:
    # The transfer's client_transfer_id is optional: without it a repeat could move money twice.
    add_fault(httpx_mock, FAULTS[1][1], "POST", TRANSFER)
    with pytest.raises(kalshi.InternalServerError) as caught:
        await Api(make_client(kind, private_pem))(
            lambda c: c.portfolio.create_intra_exchange_transfer(**TRANSFER_ARGS)
        )
    assert len(httpx_mock.get_requests()) == 1
    assert caught.value.retries_taken == 0


async def test_a_keyed_create_with_its_key_is_retried_with_the_same_key(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, delays: list[Any]
) -> None:
    key = "6f1c2b9e-7d4a-4f0e-9a53-2b8c1d0e4f7a"
    add_fault(httpx_mock, FAULTS[1][1], "POST", TRANSFER)
    httpx_mock.add_response(
        method="POST", url=TRANSFER, status_code=200, json={"transfer_id": "t1"}
    )
    done = await Api(make_client(kind, private_pem))(
        lambda c: c.portfolio.create_intra_exchange_transfer(
            **TRANSFER_ARGS, client_transfer_id=key
        )
    )
    assert done.transfer_id == "t1"
    sent = [json.loads(r.content) for r in httpx_mock.get_requests()]
    assert [body["client_transfer_id"] for body in sent] == [key, key]


def test_a_batch_is_keyed_only_when_every_item_carries_its_key() -> None:
    from kalshi._call import Call, ignore

    def safety(body: Any) -> Any:
        kwargs = {"method": "post", "url": "/portfolio/events/orders/batched", "json": body}
        return Call(kwargs, ignore, operation="BatchCreateOrdersV2").safety

    keyed = [{"ticker": "T", "client_order_id": "a"}, {"ticker": "T", "client_order_id": "b"}]
    assert safety({"orders": keyed}) is _retry.Safety.KEYED
    assert safety({"orders": [*keyed, {"ticker": "T"}]}) is _retry.Safety.ONCE
    assert safety({"orders": [{"ticker": "T", "client_order_id": ""}]}) is _retry.Safety.ONCE
    assert safety({"orders": []}) is _retry.Safety.ONCE
