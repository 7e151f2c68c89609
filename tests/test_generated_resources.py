"""Every current operation of the table through its generated method, sync and async.

Arguments, requests and answers are built from the spec: each test asserts the exact method,
path (ids percent-encoded), query and JSON body sent, that a spec-valid answer parses into
the operation's model, and that an answer with added fields and unknown enum values parses.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.resources
import inspect
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import kalshi
import pytest
from conftest import BASE, make_client
from kalshi._operations import OPERATIONS, Operation
from kalshi._pages import AsyncPage, Page
from kalshi_openapi.resources import RESOURCES
from pytest_httpx import HTTPXMock

SPEC: dict[str, Any] = json.loads(
    (importlib.resources.files("kalshi_openapi") / "_spec.json").read_text()  # type: ignore[attr-defined]
)
CURRENT = sorted(
    (row for row in OPERATIONS.values() if row.status == "current"),
    key=lambda row: row.operation_id,
)
WHEN = "2026-01-02T03:04:05+00:00"


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    if isinstance(node, dict):
        for combined in ("allOf", "anyOf", "oneOf"):
            parts = [p for p in node.get(combined, []) if resolve(p).get("type") != "null"]
            if len(parts) == 1 and not node.get("properties"):
                return resolve(parts[0])
    return node


def sample(schema: Any, *, unknown_enums: bool = False, depth: int = 0) -> Any:
    """A value valid for the schema (every property filled), or with enums no release knows."""
    node = resolve(schema)
    if "enum" in node:
        return "zz_unknown_value" if unknown_enums else node["enum"][0]
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "string":
        return WHEN if node.get("format") == "date-time" else "s"
    if kind == "integer":
        return int(node.get("minimum", 1))
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        if depth > 3:
            return []
        return [sample(node.get("items", {}), unknown_enums=unknown_enums, depth=depth + 1)]
    if node.get("properties") and depth <= 3:
        return {
            name: sample(prop, unknown_enums=unknown_enums, depth=depth + 1)
            for name, prop in sorted(node["properties"].items())
        }
    return {}


def spec_op(row: Operation) -> dict[str, Any]:
    op: dict[str, Any] = SPEC["paths"][row.path][row.method.lower()]
    return op


def success_schema(row: Operation) -> dict[str, Any] | None:
    for code, answer in sorted(spec_op(row)["responses"].items()):
        if code.startswith("2"):
            schema = resolve(answer).get("content", {}).get("application/json", {}).get("schema")
            if schema and resolve(schema).get("properties"):
                return resolve(schema)  # type: ignore[no-any-return]
    return None


class Case:
    """The arguments of one operation's method and the request they must make."""

    def __init__(self, row: Operation) -> None:
        op = spec_op(row)
        params = [resolve(p) for p in op.get("parameters", [])]
        self.args: list[Any] = []
        path = row.path
        for name in _path_names(row.path):
            value = f"{name}-1/a b"  # a "/" and a space: must arrive percent-encoded
            self.args.append(value)
            path = path.replace("{" + name + "}", quote(value, safe=""))
        self.path = "/trade-api/v2" + path
        self.kwargs: dict[str, Any] = {}
        self.query: list[tuple[str, str]] = []
        for param in params:
            if param["in"] != "query" or not param.get("required"):
                continue
            value = sample(param.get("schema", {}))
            self.kwargs[param["name"]] = value
            for item in value if isinstance(value, list) else [value]:
                self.query.append((param["name"], _query_text(item)))
        self.body: Any = None
        request_body = op.get("requestBody")
        if request_body:
            schema = resolve(request_body["content"]["application/json"]["schema"])
            self.body = {
                name: sample(schema["properties"][name]) for name in schema.get("required", [])
            }
            self.kwargs.update(self.body)


def _path_names(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{")]


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def generated_method(client: Any, resource: str, name: str) -> Any:
    """The generated method, on the generated class (hand-written ones override some)."""
    top, *nested = resource.split(".")
    module_name, sync_name, async_name = RESOURCES[top]
    module = importlib.import_module(f"kalshi_openapi.resources.{module_name}")
    cls = getattr(module, async_name if isinstance(client, kalshi.AsyncKalshiClient) else sync_name)
    target = cls(client)
    for part in nested:
        target = getattr(target, part)
    return getattr(target, name)


async def run(method: Any, *args: Any, **kwargs: Any) -> Any:
    result = method(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


def response_model(row: Operation) -> type[Any] | None:
    schema = success_schema(row)
    if schema is None:
        return None
    for code, answer in sorted(spec_op(row)["responses"].items()):
        if code.startswith("2"):
            ref = resolve(answer)["content"]["application/json"]["schema"]["$ref"]
            models = importlib.import_module("kalshi_openapi.models")
            return getattr(models, ref.rsplit("/", 1)[-1])  # type: ignore[no-any-return]
    return None  # pragma: no cover


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest, rsa_key: Any) -> Any:
    made = make_client(request.param, rsa_key, max_retries=0)
    yield made
    if isinstance(made, kalshi.AsyncKalshiClient):
        await made.aclose()
    else:
        made.close()


@pytest.mark.parametrize("row", CURRENT, ids=lambda row: row.operation_id)
async def test_every_current_operation(row: Operation, client: Any, httpx_mock: HTTPXMock) -> None:
    case = Case(row)
    method = generated_method(client, row.resource, row.name)
    schema = success_schema(row)
    model = response_model(row)
    valid = sample(schema) if schema else {}
    broken = sample(schema, unknown_enums=True) if schema else {}
    if isinstance(broken, dict):
        broken["zz_added_field"] = {"new": [1, 2]}
    for body in (valid, broken):
        httpx_mock.add_response(json=body)
        result = await run(method, *case.args, **case.kwargs)
        sent = httpx_mock.get_requests()[-1]
        assert sent.method == row.method
        assert sent.url.raw_path.split(b"?")[0].decode() == case.path
        assert sorted(sent.url.params.multi_items()) == sorted(case.query)
        if case.body is None:
            assert sent.content == b""
        else:
            assert json.loads(sent.content) == case.body
        if row.items:
            assert isinstance(result, Page | AsyncPage)
            assert model is not None and isinstance(result.response, model)
            assert result.items == getattr(result.response, row.items)
            assert len(result.items) == 1
            result = result.response
        if model is None:
            assert result is None
        else:
            assert isinstance(result, model)
            if body is valid:
                assert result.to_dict() == valid
            else:
                assert result["zz_added_field"] == {"new": [1, 2]}


def test_every_current_operation_is_a_method_and_no_retired_one_is() -> None:
    from kalshi_openapi.resources import orders as generated_orders

    for row in OPERATIONS.values():
        top, *nested = row.resource.split(".")
        module = importlib.import_module(f"kalshi_openapi.resources.{RESOURCES[top][0]}")
        cls: Any = getattr(module, RESOURCES[top][1])
        for part in nested:
            cls = getattr(cls, part).func.__annotations__["return"]
            cls = getattr(module, cls)
        assert hasattr(cls, row.name) == (row.status == "current"), row.operation_id
    assert not hasattr(generated_orders.OrdersResource, "create_v1")


# --- pages --------------------------------------------------------------------------------


def _markets_page(tickers: list[str], cursor: str | None) -> dict[str, Any]:
    return {"markets": [{"ticker": t} for t in tickers], "cursor": cursor or ""}


async def test_a_page_walks_the_next_pages_through_the_cursor(
    client: Any, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=_markets_page(["A", "B"], "c1"))
    httpx_mock.add_response(json=_markets_page(["C"], None))
    httpx_mock.add_response(json=_markets_page(["C"], None))  # walking again fetches again
    page = await run(client.markets.list, limit=2, status="open")
    assert [m.ticker for m in page.items] == ["A", "B"] and page.cursor == "c1"
    if isinstance(page, AsyncPage):
        tickers = [m.ticker async for m in page]
        pages = [p async for p in page.aiter_pages()]
    else:
        tickers = [m.ticker for m in page]
        pages = list(page.iter_pages())
    assert tickers == ["A", "B", "C"]
    assert [[m.ticker for m in p.items] for p in pages] == [["A", "B"], ["C"]]
    queries = [dict(r.url.params) for r in httpx_mock.get_requests()]
    second = {"limit": "2", "status": "open", "cursor": "c1"}
    assert queries == [{"limit": "2", "status": "open"}, second, second]


async def test_list_all_stops_at_max_pages_and_at_a_repeated_cursor(
    client: Any, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=_markets_page(["A"], "c1"))
    httpx_mock.add_response(json=_markets_page(["B"], "c2"))
    iterator = client.markets.list_all(max_pages=2)
    if isinstance(client, kalshi.AsyncKalshiClient):
        tickers = [m.ticker async for m in iterator]
    else:
        tickers = [m.ticker for m in iterator]
    assert tickers == ["A", "B"]  # a third page exists (cursor c2) but is not fetched
    assert len(httpx_mock.get_requests()) == 2

    httpx_mock.add_response(json=_markets_page(["C"], "same"))
    httpx_mock.add_response(json=_markets_page(["D"], "same"))
    iterator = client.markets.list_all()
    if isinstance(client, kalshi.AsyncKalshiClient):
        tickers = [m.ticker async for m in iterator]
    else:
        tickers = [m.ticker for m in iterator]
    assert tickers == ["C", "D"]
    assert len(httpx_mock.get_requests()) == 4


async def test_max_pages_must_be_positive(client: Any) -> None:
    with pytest.raises(ValueError, match="max_pages"):
        client.markets.list_all(max_pages=0)


# --- arguments ----------------------------------------------------------------------------


async def test_a_bound_violated_raises_before_sending(client: Any, httpx_mock: HTTPXMock) -> None:
    with pytest.raises(ValueError, match=r"limit must be in 0\.\.1000, got 1001"):
        await run(client.markets.list, limit=1001)
    with pytest.raises(ValueError, match="limit"):
        client.markets.list_all(limit=-1)
    assert httpx_mock.get_requests() == []


async def test_request_model_or_fields_not_both(client: Any, httpx_mock: HTTPXMock) -> None:
    from kalshi_openapi.models import CreateQuoteRequest

    fields = {"rfq_id": "r1", "yes_bid": "0.5", "no_bid": "0.4", "rest_remainder": False}
    answer = {"id": "q1"}
    httpx_mock.add_response(json=answer)
    httpx_mock.add_response(json=answer)
    quotes = client.communications.quotes
    by_fields = await run(quotes.create, **fields)
    by_model = await run(quotes.create, request=CreateQuoteRequest(**fields))
    assert by_fields.id == by_model.id == "q1"
    sent = [json.loads(r.content) for r in httpx_mock.get_requests()]
    assert sent == [fields, fields]
    with pytest.raises(TypeError, match="not both"):
        await run(quotes.create, request=CreateQuoteRequest(**fields), rfq_id="r2")
    with pytest.raises(TypeError, match="must be a CreateQuoteRequest"):
        await run(quotes.create, request=fields)
    with pytest.raises(TypeError, match="missing required argument"):
        await run(quotes.create, rfq_id="r1")
    assert len(httpx_mock.get_requests()) == 2


async def test_client_attaches_generated_and_hand_written_resources(client: Any) -> None:
    from kalshi.resources.orders import AsyncOrdersResource, OrdersResource
    from kalshi_openapi.resources.markets import AsyncMarketsResource, MarketsResource

    is_async = isinstance(client, kalshi.AsyncKalshiClient)
    assert isinstance(client.markets, AsyncMarketsResource if is_async else MarketsResource)
    assert client.markets is client.markets
    assert isinstance(client.orders, AsyncOrdersResource if is_async else OrdersResource)
    assert callable(client.orders.queue_positions) and callable(client.orders.fills)
    assert client.communications.rfqs is client.communications.rfqs
    with pytest.raises(AttributeError, match="no_such_resource"):
        client.no_such_resource  # noqa: B018


async def test_optional_query_and_unsent_defaults(client: Any, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"markets": []})
    when = datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC)
    await run(client.milestones.list, limit=5, minimum_start_date=when)
    assert dict(httpx_mock.get_requests()[0].url.params) == {
        "limit": "5",
        "minimum_start_date": when.isoformat(),
    }
    httpx_mock.add_response(json={"markets": []})
    await run(client.markets.list)
    sent = httpx_mock.get_requests()[1]
    assert str(sent.url) == BASE + "/markets"  # the spec's default limit is not sent


# --- required arguments -------------------------------------------------------------------

WITH_REQUIRED_FIELDS = [
    row
    for row in CURRENT
    if (body := spec_op(row).get("requestBody"))
    and resolve(body["content"]["application/json"]["schema"]).get("required")
]


@pytest.mark.parametrize("row", WITH_REQUIRED_FIELDS, ids=lambda row: row.operation_id)
async def test_a_required_field_left_out_raises_before_sending(
    row: Operation, client: Any, httpx_mock: HTTPXMock
) -> None:
    case = Case(row)
    method = generated_method(client, row.resource, row.name)
    for name in case.body:
        kwargs = {k: v for k, v in case.kwargs.items() if k != name}
        with pytest.raises(TypeError, match=f"missing required argument.*{name}"):
            await run(method, *case.args, **kwargs)
    assert httpx_mock.get_requests() == []


def test_required_fields_are_required_for_type_checkers(tmp_path: Any) -> None:
    """mypy reports a call that leaves out a required field or mixes request= with fields."""
    from mypy import api

    root = Path(__file__).resolve().parent.parent
    snippet = tmp_path / "typed_calls.py"
    snippet.write_text(
        "from kalshi import AsyncKalshiClient, KalshiClient\n"
        "from kalshi_openapi.models import CreateQuoteRequest\n"
        "\n"
        "\n"
        "def calls(client: KalshiClient, request: CreateQuoteRequest) -> None:\n"
        "    quotes = client.communications.quotes\n"
        '    quotes.create(rfq_id="r", yes_bid="0.5", no_bid="0.4", rest_remainder=False)\n'
        "    quotes.create(request=request)\n"
        '    quotes.create(rfq_id="r", yes_bid="0.5")  # line 9: no_bid, rest_remainder left out\n'
        '    quotes.create(request=request, rfq_id="r")  # line 10: both forms\n'
        "\n"
        "\n"
        "async def async_calls(client: AsyncKalshiClient) -> None:\n"
        '    await client.api_keys.create(name="k", public_key="pem")\n'
        '    await client.api_keys.create(public_key="pem")  # line 15: name left out\n'
    )
    out, err, status = api.run(
        [
            "--config-file",
            str(root / "pyproject.toml"),
            "--cache-dir",
            str(root / ".mypy_cache"),
            str(snippet),
        ]
    )
    errors = sorted(int(line.split(":")[1]) for line in out.splitlines() if ": error:" in line)
    assert errors == [9, 10, 15], out + err
    assert status == 1
