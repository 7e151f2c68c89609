"""Contract tests: what every order-group call sends, and how its answer is read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import kalshi
import pytest
from conftest import BASE, Api, verify_signature
from kalshi.resources.order_groups import AsyncOrderGroupsResource, OrderGroupsResource
from pytest_httpx import HTTPXMock

GROUPS = f"{BASE}/portfolio/order_groups"
LISTED = {"order_groups": [{"id": "g1", "contracts_limit_fp": "100.00", "is_auto_cancel_enabled": False, "exchange_index": 0}]}  # fmt: skip
DETAIL = {"is_auto_cancel_enabled": True, "contracts_limit_fp": "100.00", "orders": ["o1", "o2"], "exchange_index": 0}  # fmt: skip
CREATED = {"order_group_id": "g1", "subaccount": 0, "exchange_index": 0}

# (call, method, url, JSON body sent or None, status, answer)
CASES: list[tuple[str, Any, str, str, Any, int, Any]] = [
    ("list", lambda c: c.order_groups.list(), "GET", GROUPS, None, 200, LISTED),
    ("list-sub", lambda c: c.order_groups.list(subaccount=3), "GET", f"{GROUPS}?subaccount=3", None, 200, LISTED),
    ("get", lambda c: c.order_groups.get("g1"), "GET", f"{GROUPS}/g1", None, 200, DETAIL),
    ("get-sub", lambda c: c.order_groups.get("g1", subaccount=2), "GET", f"{GROUPS}/g1?subaccount=2", None, 200, DETAIL),
    ("create", lambda c: c.order_groups.create(contracts_limit=100), "POST", f"{GROUPS}/create", {"contracts_limit": 100}, 201, CREATED),
    ("create-all", lambda c: c.order_groups.create(contracts_limit=100, subaccount=2, exchange_index=0), "POST", f"{GROUPS}/create", {"contracts_limit": 100, "subaccount": 2, "exchange_index": 0}, 201, {**CREATED, "subaccount": 2}),
    ("delete", lambda c: c.order_groups.delete("g1"), "DELETE", f"{GROUPS}/g1", None, 200, {}),
    ("delete-doc", lambda c: c.order_groups.delete("og_abc", exchange_index=0), "DELETE", f"{GROUPS}/og_abc?exchange_index=0", None, 200, {}),
    ("delete-all", lambda c: c.order_groups.delete("g1", subaccount=4, exchange_index=0), "DELETE", f"{GROUPS}/g1?subaccount=4&exchange_index=0", None, 200, {}),
    ("reset", lambda c: c.order_groups.reset("g1"), "PUT", f"{GROUPS}/g1/reset", {}, 200, {}),
    ("reset-sub", lambda c: c.order_groups.reset("g1", subaccount=1), "PUT", f"{GROUPS}/g1/reset?subaccount=1", {}, 200, {}),
    ("reset-shard", lambda c: c.order_groups.reset("g1", exchange_index=2), "PUT", f"{GROUPS}/g1/reset?exchange_index=2", {}, 200, {}),
    ("trigger", lambda c: c.order_groups.trigger("g1"), "PUT", f"{GROUPS}/g1/trigger", {}, 200, {}),
    ("trigger-sub", lambda c: c.order_groups.trigger("g1", subaccount=5), "PUT", f"{GROUPS}/g1/trigger?subaccount=5", {}, 200, {}),
    ("limit", lambda c: c.order_groups.update_limit("g1", contracts_limit=50), "PUT", f"{GROUPS}/g1/limit", {"contracts_limit": 50}, 200, {}),
    ("limit-shard", lambda c: c.order_groups.update_limit("g1", contracts_limit=50, exchange_index=1), "PUT", f"{GROUPS}/g1/limit?exchange_index=1", {"contracts_limit": 50}, 200, {}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "action", "method", "url", "sent", "status", "answer"),
    CASES,
    ids=[c[0] for c in CASES],
)
async def test_request_sent_and_answer_read(
    api: Api, httpx_mock: HTTPXMock, rsa_key: Any, name: str, action: Any, method: str,
    url: str, sent: Any, status: int, answer: Any,
) -> None:  # fmt: skip
    httpx_mock.add_response(method=method, url=url, status_code=status, json=answer)
    result = await api(action)
    (request,) = httpx_mock.get_requests()
    assert request.method == method
    assert str(request.url) == url
    if sent is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == sent
        assert request.headers["content-type"] == "application/json"
    verify_signature(request, rsa_key)
    if name.startswith("list"):
        assert result == [kalshi.OrderGroup(id="g1", contracts_limit_fp="100.00", is_auto_cancel_enabled=False, exchange_index=0)]  # fmt: skip
        assert result[0].contracts_limit == 100
    elif name.startswith("get"):
        assert isinstance(result, kalshi.OrderGroupDetail)
        assert (result.order_group_id, result.orders, result.is_auto_cancel_enabled) == (
            "g1",
            ["o1", "o2"],
            True,
        )
    elif name.startswith("create"):
        assert isinstance(result, kalshi.CreatedOrderGroup)
        assert result.order_group_id == "g1"
        assert result.subaccount == answer["subaccount"]
    else:
        assert result is None


async def test_null_lists_read_as_empty(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=GROUPS, json={"order_groups": None})
    httpx_mock.add_response(
        url=f"{GROUPS}/g1", json={"is_auto_cancel_enabled": False, "orders": None}
    )
    assert await api(lambda c: c.order_groups.list()) == []
    detail = await api(lambda c: c.order_groups.get("g1"))
    assert detail.orders == [] and detail.contracts_limit is None


async def test_update_limit_routes_by_the_groups_own_subaccount(
    api: Api, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="POST", url=f"{GROUPS}/create", status_code=201,
                            json={"order_group_id": "g9", "subaccount": 3, "exchange_index": 0})  # fmt: skip
    httpx_mock.add_response(
        method="PUT", url=f"{GROUPS}/g9/limit?subaccount=3&exchange_index=0", json={}
    )
    httpx_mock.add_response(method="PUT", url=f"{GROUPS}/other/limit", json={})
    await api(lambda c: c.order_groups.create(contracts_limit=10, subaccount=3))
    await api(lambda c: c.order_groups.update_limit("g9", contracts_limit=20))
    # A group this client never saw goes to Kalshi's default subaccount: nothing is added.
    await api(lambda c: c.order_groups.update_limit("other", contracts_limit=20))
    assert [json.loads(r.content) for r in httpx_mock.get_requests()[1:]] == [
        {"contracts_limit": 20}
    ] * 2


async def test_update_limit_learns_the_subaccount_from_get(api: Api, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{GROUPS}/gx?subaccount=7", json=DETAIL)
    httpx_mock.add_response(
        method="PUT", url=f"{GROUPS}/gx/limit?subaccount=7&exchange_index=0", json={}
    )
    await api(lambda c: c.order_groups.get("gx", subaccount=7))
    await api(lambda c: c.order_groups.update_limit("gx", contracts_limit=5))


def test_update_limit_has_no_subaccount_parameter() -> None:
    import inspect

    for cls in (OrderGroupsResource, AsyncOrderGroupsResource):
        params = inspect.signature(cls.update_limit).parameters
        assert "subaccount" not in params
        assert params["contracts_limit"].kind is inspect.Parameter.KEYWORD_ONLY


def bare_signature(function: Any) -> str:
    """A signature as the doc writes it: names, '*' and defaults, no annotations."""
    import inspect

    parts: list[str] = []
    for parameter in list(inspect.signature(function).parameters.values())[1:]:
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and "*" not in parts:
            parts.append("*")
        default = "" if parameter.default is inspect.Parameter.empty else f"={parameter.default!r}"
        parts.append(parameter.name + default)
    return f"{function.__name__}({', '.join(parts)})"


DOCUMENTED = [
    "list(*, subaccount=None)",
    "get(order_group_id, *, subaccount=None)",
    "create(*, contracts_limit, subaccount=None, exchange_index=None)",
    "delete(order_group_id, *, subaccount=None, exchange_index=None)",
    "reset(order_group_id, *, subaccount=None",  # optional extras may follow
    "trigger(order_group_id, *, subaccount=None",
    "update_limit(order_group_id, *, contracts_limit",
]


@pytest.mark.parametrize("cls", [OrderGroupsResource, AsyncOrderGroupsResource])
def test_documented_signatures(cls: type) -> None:
    base = "AsyncResource" if cls is AsyncOrderGroupsResource else "SyncResource"
    assert [b.__name__ for b in cls.__bases__] == [base]
    for documented in DOCUMENTED:
        actual = bare_signature(getattr(cls, documented.split("(")[0]))
        assert actual.startswith(documented), actual
        assert "subaccount" not in actual or not documented.startswith("update_limit")


BAD_ARGUMENTS = [
    (lambda c: c.order_groups.create(contracts_limit=0), ValueError, "contracts_limit"),
    (lambda c: c.order_groups.create(contracts_limit=1_000_001), ValueError, "contracts_limit"),
    (lambda c: c.order_groups.create(contracts_limit=True), TypeError, "contracts_limit"),
    (lambda c: c.order_groups.create(contracts_limit="5"), TypeError, "contracts_limit"),
    (lambda c: c.order_groups.create(contracts_limit=5, subaccount=64), ValueError, "subaccount"),
    (lambda c: c.order_groups.create(contracts_limit=5, subaccount=-1), ValueError, "subaccount"),
    (
        lambda c: c.order_groups.create(contracts_limit=5, exchange_index=-1),
        ValueError,
        "exchange_index",
    ),
    (lambda c: c.order_groups.list(subaccount=False), TypeError, "subaccount"),
    (lambda c: c.order_groups.get(""), ValueError, "order_group_id"),
    (lambda c: c.order_groups.get(".."), ValueError, "order_group_id"),
    (lambda c: c.order_groups.delete(None), TypeError, "order_group_id"),
    (lambda c: c.order_groups.reset("g", subaccount=1.0), TypeError, "subaccount"),
    (lambda c: c.order_groups.update_limit("g", contracts_limit=-3), ValueError, "contracts_limit"),
]


@pytest.mark.parametrize(("action", "error", "name"), BAD_ARGUMENTS)
async def test_bad_arguments_raise_before_sending(
    api: Api, httpx_mock: HTTPXMock, action: Any, error: type[Exception], name: str
) -> None:
    with pytest.raises(error, match=name):
        await api(action)
    assert httpx_mock.get_requests() == []


async def test_ids_are_one_encoded_path_segment(
    api: Api, httpx_mock: HTTPXMock, rsa_key: Any
) -> None:
    httpx_mock.add_response(url=f"{GROUPS}/..%2Forders%3Fx%3D1", json=DETAIL)
    await api(lambda c: c.order_groups.get("../orders?x=1"))
    (request,) = httpx_mock.get_requests()
    assert request.url.raw_path == b"/trade-api/v2/portfolio/order_groups/..%2Forders%3Fx%3D1"
    verify_signature(request, rsa_key)


ERRORS = [
    (400, {"error": {"code": "invalid_parameters", "message": "bad limit", "details": "x"}}, kalshi.BadRequestError, "invalid_parameters", "bad limit"),
    (401, {"error": {"code": "authentication_error", "message": "authentication_error", "details": "INCORRECT_API_KEY_SIGNATURE"}}, kalshi.AuthenticationError, "authentication_error", "authentication_error"),
    (403, {"code": "forbidden", "message": "read-only key"}, kalshi.PermissionDeniedError, "forbidden", "read-only key"),
    (404, {"error": {"code": "not_found", "message": "not found", "service": "exchange"}}, kalshi.NotFoundError, "not_found", "not found"),
    (409, {"code": "order_already_exists", "message": "exists"}, kalshi.ConflictError, "order_already_exists", "exists"),
    (429, {"error": "too many requests"}, kalshi.RateLimitError, None, "too many requests"),
    (500, {"error": {"code": "internal_server_error", "message": "oops"}}, kalshi.InternalServerError, "internal_server_error", "oops"),
    (503, "<html><body><h1>503 Service Unavailable</h1></body></html>", kalshi.InternalServerError, None, "503 Service Unavailable"),
    (502, "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>", kalshi.InternalServerError, None, "502 Bad Gateway"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("status", "body", "error", "code", "message"), ERRORS, ids=[str(e[0]) for e in ERRORS]
)
async def test_error_statuses_raise_typed_errors(
    api: Api, httpx_mock: HTTPXMock, status: int, body: Any, error: type[kalshi.APIStatusError],
    code: str | None, message: str,
) -> None:  # fmt: skip
    if isinstance(body, str):
        httpx_mock.add_response(url=f"{GROUPS}/g1", status_code=status, text=body)
    else:
        httpx_mock.add_response(url=f"{GROUPS}/g1", status_code=status, json=body)
    with pytest.raises(error) as caught:
        await api(lambda c: c.order_groups.get("g1"))
    assert caught.value.status_code == status
    assert caught.value.code == code
    assert message in caught.value.message
    assert "<" not in caught.value.message  # an HTML page is reduced to its text
    assert isinstance(caught.value.response, httpx.Response)


async def test_bad_signature_names_the_key_id(api: Api, httpx_mock: HTTPXMock) -> None:
    body = {"error": {"code": "authentication_error", "message": "authentication_error",
                      "details": "INCORRECT_API_KEY_SIGNATURE"}}  # fmt: skip
    httpx_mock.add_response(status_code=401, json=body)
    with pytest.raises(kalshi.AuthenticationError, match="0b1e2c3d-key-id"):
        await api(lambda c: c.order_groups.list())


async def test_stale_timestamp_says_to_check_the_clock(api: Api, httpx_mock: HTTPXMock) -> None:
    body = {"error": {"code": "header_timestamp_expired", "message": "header timestamp expired"}}
    httpx_mock.add_response(status_code=401, json=body)
    with pytest.raises(kalshi.AuthenticationError, match="clock"):
        await api(lambda c: c.order_groups.list())


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_no_credentials_fails_before_sending(kind: str, httpx_mock: HTTPXMock) -> None:
    from conftest import make_client

    api = Api(make_client(kind, None))
    with pytest.raises(kalshi.MissingCredentialsError, match="key_id"):
        await api(lambda c: c.order_groups.list())
    assert httpx_mock.get_requests() == []


MISSION_DOC = Path(__file__).resolve().parents[2] / "shared" / "mission" / "order-groups-doc.txt"


def lifecycle_code() -> str:
    """The lifecycle example, verbatim from the mission doc."""
    text = MISSION_DOC.read_text()
    return text.split("Lifecycle¶", 1)[1].split("List¶", 1)[0]


@pytest.mark.skipif(not MISSION_DOC.exists(), reason="the mission doc is not beside the project")
def test_the_documented_lifecycle_runs_as_written(
    httpx_mock: HTTPXMock, private_pem: str, capsys: Any
) -> None:
    httpx_mock.add_response(method="POST", url=f"{GROUPS}/create", status_code=201, json=CREATED)
    created = {"order_id": "o1", "fill_count": "0.00", "remaining_count": "10.00", "ts_ms": 1}
    httpx_mock.add_response(
        method="POST", url=f"{BASE}/portfolio/events/orders", status_code=201, json=created
    )
    httpx_mock.add_response(method="GET", url=f"{GROUPS}/g1", json={**DETAIL, "orders": ["o1"]})
    httpx_mock.add_response(method="PUT", url=f"{GROUPS}/g1/reset", json={})
    httpx_mock.add_response(method="PUT", url=f"{GROUPS}/g1/trigger", json={})
    httpx_mock.add_response(method="DELETE", url=f"{GROUPS}/g1", json={})
    client = kalshi.KalshiClient(key_id="k", private_key=private_pem, base_url=BASE)
    exec(lifecycle_code(), {"client": client})
    assert capsys.readouterr().out.split() == ["g1", "['o1']"]
    sent = json.loads(httpx_mock.get_requests()[1].content)
    assert (sent["side"], sent["price"], sent["order_group_id"]) == ("bid", "0.6500", "g1")
    assert [r.method for r in httpx_mock.get_requests()] == [
        "POST",
        "POST",
        "GET",
        "PUT",
        "PUT",
        "DELETE",
    ]
