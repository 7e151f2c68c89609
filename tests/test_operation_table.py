"""The table of operations against the spec, the documented names, and the policy facts."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from kalshi import _operations
from kalshi._operations import OPERATIONS, Bucket, Operation, Safety, operation_for

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "generated" / "kalshi_openapi" / "_spec.json"
METHODS = ("get", "put", "post", "delete", "patch")

V1_WRITES = {
    "CreateOrder",
    "CancelOrder",
    "AmendOrder",
    "DecreaseOrder",
    "BatchCreateOrders",
    "BatchCancelOrders",
}
# Deprecated in the spec but documented by name (communications.quotes.*): kept current.
DEPRECATED_BUT_NAMED = {"GetQuote", "DeleteQuote", "AcceptQuote", "ConfirmQuote"}


# --- the spec -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return json.loads(SPEC.read_text())


def _deref(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _properties(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """Properties of a schema, through $ref and allOf."""
    schema = _deref(spec, schema)
    found: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        found.update(_properties(spec, part))
    for key, value in schema.get("properties", {}).items():
        found[key] = _deref(spec, value)
    return found


@pytest.fixture(scope="module")
def spec_ops(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path template, operation object)."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    seen: Counter[str] = Counter()
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                seen[op["operationId"]] += 1
                found[op["operationId"]] = (method.upper(), path, op)
    assert not [o for o, n in seen.items() if n > 1], "operationIds repeat in the spec"
    return found


def _query_names(spec: dict[str, Any], op: dict[str, Any]) -> set[str]:
    params = (_deref(spec, p) for p in op.get("parameters", []))
    return {p["name"] for p in params if p["in"] == "query"}


def _body_fields(spec: dict[str, Any], op: dict[str, Any]) -> set[str]:
    """Fields of the JSON request body, and of the items of its array fields."""
    body = _deref(spec, op.get("requestBody", {}))
    schema = body.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return set()
    fields = set()
    for key, value in _properties(spec, schema).items():
        fields.add(key)
        if value.get("type") == "array":
            fields |= set(_properties(spec, value.get("items", {})))
    return fields


def _ok_schema(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    response = _deref(spec, op["responses"]["200"])
    return _properties(spec, response["content"]["application/json"]["schema"])


# --- coverage: a spec bump that adds, removes or moves an operation fails here ---------------


def _coverage_problems(spec_ops: dict[str, tuple[str, str, Any]]) -> list[str]:
    """Each spec operation with no entry, and each entry absent from the spec or moved."""
    problems = [
        f"{m} {p} ({o}): no entry in kalshi._operations"
        for o, (m, p, _) in spec_ops.items()
        if o not in OPERATIONS
    ]
    for op in OPERATIONS.values():
        if op.operation_id not in spec_ops:
            problems.append(f"{op.operation_id}: in the table, not in the spec")
            continue
        method, path, _ = spec_ops[op.operation_id]
        if (op.method, op.path) != (method, path):
            problems.append(f"{op.operation_id}: table {op.method} {op.path}, spec {method} {path}")
    return problems


def test_the_table_and_the_spec_hold_the_same_operations(spec_ops: dict[str, Any]) -> None:
    assert _coverage_problems(spec_ops) == []


def test_a_spec_bump_is_reported_by_operation(spec_ops: dict[str, Any]) -> None:
    bumped = dict(spec_ops)
    bumped["GetWidgets"] = ("GET", "/widgets", {})
    bumped["GetMarket"] = ("GET", "/markets/{ticker}/v2", {})
    del bumped["GetBalance"]
    assert sorted(_coverage_problems(bumped)) == [
        "GET /widgets (GetWidgets): no entry in kalshi._operations",
        "GetBalance: in the table, not in the spec",
        "GetMarket: table GET /markets/{ticker}, spec GET /markets/{ticker}/v2",
    ]


def test_every_operation_id_has_exactly_one_entry() -> None:
    counts = Counter(op.operation_id for op in _operations._TABLE)
    assert [o for o, n in counts.items() if n > 1] == []
    assert all(key == op.operation_id for key, op in OPERATIONS.items())
    assert len(OPERATIONS) == 131  # Kalshi's 3.34.0 spec (which has the overlay's cancel-all)


# --- documented names ----------------------------------------------------------------------


def _shared_file(*parts: str) -> Path | None:
    """A file of ../shared beside this checkout, or beside the main checkout of a worktree."""
    checkouts = [ROOT]
    dot_git = ROOT / ".git"
    if dot_git.is_file():  # a worktree: .git names its git dir, whose commondir is the main one
        git_dir = Path(dot_git.read_text().removeprefix("gitdir:").strip())
        common = git_dir / "commondir"
        if common.is_file():
            checkouts.append((git_dir / common.read_text().strip()).resolve().parent)
    for checkout in checkouts:
        candidate = checkout.parent.joinpath("shared", *parts)
        if candidate.is_file():
            return candidate
    return None


NAMES_FILE = _shared_file("research", "KALSHI-SDK-NAMES.md")
GROUPS_PAGE = _shared_file("mission", "order-groups-doc.txt")
needs_names = pytest.mark.skipif(NAMES_FILE is None, reason="../shared/research is not here")

# Rows whose HTTP column is a bare prefix or omits the method: the operation read from the spec.
PREFIX_ROWS = {
    ("communications.quotes", "get_for_rfq"): "GetRFQQuote",
    ("communications.quotes", "delete_for_rfq"): "DeleteRFQQuote",
    ("communications.quotes", "accept_for_rfq"): "AcceptRFQQuote",
    ("communications.quotes", "confirm_for_rfq"): "ConfirmRFQQuote",
    ("communications.block_trade_proposals", "accept"): "AcceptBlockTradeProposal",
    ("orders", "batch_create_v2"): "BatchCreateOrdersV2",
    ("orders", "batch_cancel_v2"): "BatchCancelOrdersV2",
    ("portfolio", "get_intra_exchange_transfer"): "GetIntraExchangeInstanceTransfer",
    ("portfolio", "set_target_balance_allocation"): "SetTargetBalanceAllocation",
}


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _name_rows() -> list[tuple[str, str, int, str | None, str, bool]]:
    """(resource, method name, positional args, HTTP method, path, iterates) per row."""
    assert NAMES_FILE is not None
    rows = []
    for line in NAMES_FILE.read_text().splitlines():
        if not line.startswith("| ") or line.startswith("| resource"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        resource, name, args, http = cells[0].split(" ")[0], cells[1], cells[2], cells[3]
        positional = 0
        for arg in (a.strip() for a in args.split(",")):
            if not arg or arg == "*":
                break
            positional += 1
        verb, _, path = http.rpartition(" ")
        iterates = verb == "LIST_ALL"
        rows.append((resource, name, positional, verb or None, path, iterates))
    assert len(rows) > 150, "the names file changed shape"
    return rows


def _names_of(op: Operation) -> set[tuple[str, str]]:
    names = {(op.resource, op.name), *op.aliases}
    if op.all_name is not None:
        names.add((op.resource, op.all_name))
    return names


@needs_names
def test_documented_names_match_the_table(spec_ops: dict[str, Any]) -> None:
    wrong, checked = [], 0
    for resource, name, positional, verb, path, iterates in _name_rows():
        if not path:
            continue  # flat aliases with no HTTP column: see the next test
        method = {"LIST": "GET", "LIST_ALL": "GET"}.get(verb or "", verb)
        exact = [
            o
            for o, (m, p, _) in spec_ops.items()
            if m == method and _template(p) == _template(path) and p.count("{") == positional
        ]
        if exact:
            [operation_id] = exact
        elif (resource, name) in PREFIX_ROWS:
            operation_id = PREFIX_ROWS[resource, name]
            m, p, _ = spec_ops[operation_id]
            assert method in (None, m), (resource, name)
            assert _template(p).startswith(_template(path).rstrip("/")), (resource, name)
            assert p.count("{") == positional, (resource, name)
        else:
            # An operation newer than the spec: nothing in the spec may sit under its path.
            prefix = _template(path).rstrip("/")
            near = [
                o
                for o, (m, p, _) in spec_ops.items()
                if method in (None, m) and (_template(p) + "/").startswith(prefix + "/")
            ]
            assert not near, f"{resource}.{name} ({verb} {path}) is not mapped; candidates {near}"
            continue
        op = OPERATIONS[operation_id]
        expected = (op.resource, op.all_name if iterates else op.name)
        if (resource, name) != expected and (resource, name) not in op.aliases:
            wrong.append(f"{operation_id}: documented {resource}.{name}, table {expected}")
        checked += 1
    assert not wrong, wrong
    assert checked > 100


@needs_names
def test_flat_aliases_are_recorded() -> None:
    known = set().union(*(_names_of(op) for op in OPERATIONS.values()))
    flat = [(r, n) for r, n, _, _, path, _ in _name_rows() if not path]
    assert flat, "the names file has no rows without an HTTP column"
    assert [f"{r}.{n}" for r, n in flat if (r, n) not in known] == []


@pytest.mark.skipif(GROUPS_PAGE is None, reason="../shared/mission is not here")
def test_order_groups_page_names_win() -> None:
    assert GROUPS_PAGE is not None
    lines = [line.strip().rstrip("|").strip() for line in GROUPS_PAGE.read_text().splitlines()]
    pairs = []
    for first, second in itertools.pairwise(lines):
        call = re.fullmatch(r"(\w+)\(.*\)", first)
        route = re.fullmatch(r"(GET|POST|PUT|DELETE) (/portfolio/order_groups\S*)", second)
        if call and route:
            pairs.append((call.group(1), route.group(1), route.group(2)))
    assert len(pairs) == 7
    for name, method, path in pairs:
        [op] = [
            o
            for o in OPERATIONS.values()
            if o.method == method and _template(o.path) == _template(path)
        ]
        assert (op.resource, op.name) == ("order_groups", name), op.operation_id


def test_names_are_unique_per_resource() -> None:
    counts = Counter(pair for op in OPERATIONS.values() for pair in _names_of(op))
    assert [f"{r}.{n}" for (r, n), c in counts.items() if c > 1] == []


def test_names_are_identifiers() -> None:
    for op in OPERATIONS.values():
        for resource, name in _names_of(op):
            assert all(part.isidentifier() for part in resource.split(".")), op.operation_id
            assert name.isidentifier(), op.operation_id


# --- paging ----------------------------------------------------------------------------------


def test_paged_operations_name_their_items_and_cursor(
    spec: dict[str, Any], spec_ops: dict[str, Any]
) -> None:
    for operation_id, (_, _, raw) in spec_ops.items():
        op = OPERATIONS[operation_id]
        if "cursor" not in _query_names(spec, raw):
            assert (op.items, op.cursor, op.all_name) == (None, None, None), operation_id
            continue
        assert op.items is not None and op.cursor is not None, operation_id
        assert op.all_name is not None, operation_id
        fields = _ok_schema(spec, raw)
        assert fields.get(op.items, {}).get("type") == "array", (operation_id, op.items)
        assert op.cursor in fields, (operation_id, op.cursor)


def test_incentive_programs_page_with_next_cursor() -> None:
    assert OPERATIONS["GetIncentivePrograms"].cursor == "next_cursor"
    assert OPERATIONS["GetOrderGroups"].items is None
    assert OPERATIONS["GetPositions"].items == "market_positions"


# --- operation_for ---------------------------------------------------------------------------

SAMPLE_IDS = ["KXPRES-24-DJT", "a/b", "50%", "with space", "x/y%z w"]


@pytest.mark.parametrize("sample", SAMPLE_IDS)
def test_operation_for_finds_every_operation(sample: str) -> None:
    for op in OPERATIONS.values():
        concrete = re.sub(r"\{[^}]*\}", quote(sample, safe=""), op.path)
        assert operation_for(op.method, concrete) is op, (op.operation_id, concrete)


def test_operation_for_takes_a_prefix_a_query_and_any_case() -> None:
    get_order = OPERATIONS["GetOrder"]
    assert operation_for("get", "/trade-api/v2/portfolio/orders/a%2Fb?subaccount=0") is get_order
    assert operation_for("GET", "/markets?limit=5") is OPERATIONS["GetMarkets"]


def test_operation_for_prefers_a_literal_segment_and_backtracks() -> None:
    assert operation_for("DELETE", "/portfolio/orders/batched") is OPERATIONS["BatchCancelOrders"]
    queue = OPERATIONS["GetOrderQueuePositions"]
    assert operation_for("GET", "/portfolio/orders/queue_positions") is queue
    # "milestone" then an id that is not followed by game_stats: a typed milestone lookup.
    typed = operation_for("GET", "/live_data/milestone/milestone/7")
    assert typed is OPERATIONS["GetLiveData"]
    stats = operation_for("GET", "/live_data/milestone/7/game_stats")
    assert stats is OPERATIONS["GetGameStats"]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/nothing"),
        ("GET", ""),
        ("GET", "markets"),
        ("GET", "/markets/"),
        ("GET", "/markets//orderbook"),
        ("GET", "/markets/T/unknown"),
        ("GET", "/markets/T/orderbook/extra"),
        ("PATCH", "/markets"),
        ("POST", "/portfolio/orders/abc"),
        ("PUT", "/portfolio/order_groups/g1"),
        ("GET", "/portfolio/orders/a/b"),  # an id with an unencoded "/" is two segments
        ("GET", "/trade-api/v3/markets"),
    ],
)
def test_operation_for_unknown_paths(method: str, path: str) -> None:
    assert operation_for(method, path) is None


# --- policy facts ----------------------------------------------------------------------------


def test_order_policy_spot_checks() -> None:
    create = OPERATIONS["CreateOrderV2"]
    assert (create.safety, create.bucket, create.cost, create.cost_per_item) == (
        Safety.KEYED,
        Bucket.WRITE,
        10,
        False,
    )
    assert (create.resource, create.name) == ("orders", "create_v2")
    assert OPERATIONS["CancelOrderV2"].cost == 2
    batch = OPERATIONS["BatchCreateOrdersV2"]
    assert (batch.cost, batch.cost_per_item, batch.safety) == (10, True, Safety.KEYED)
    batch_cancel = OPERATIONS["BatchCancelOrdersV2"]
    assert (batch_cancel.cost, batch_cancel.cost_per_item) == (2, True)
    get_order = OPERATIONS["GetOrder"]
    assert (get_order.cost, get_order.bucket) == (2, Bucket.READ)
    assert OPERATIONS["AmendOrderV2"].safety is Safety.REPEATABLE
    assert OPERATIONS["DecreaseOrderV2"].safety is Safety.ONCE
    assert OPERATIONS["UpgradeAccountApiUsageLevel"].cost == 30
    assert OPERATIONS["CreateQuote"].cost == 2
    assert OPERATIONS["GetMarkets"].bucket is Bucket.READ


def test_order_groups_bill_the_write_bucket() -> None:
    groups = [op for op in OPERATIONS.values() if op.path.startswith("/portfolio/order_groups")]
    assert len(groups) == 7
    assert {op.bucket for op in groups} == {Bucket.WRITE}
    assert OPERATIONS["GetOrderGroup"].bucket is Bucket.WRITE
    assert OPERATIONS["CreateOrderGroup"].safety is Safety.ONCE
    for name in ("ResetOrderGroup", "TriggerOrderGroup", "UpdateOrderGroupLimit"):
        assert OPERATIONS[name].safety is Safety.REPEATABLE


def test_the_v1_writes_are_retired_at_ten_times_the_v2_cost() -> None:
    retired = {o for o, op in OPERATIONS.items() if op.status == "retired"}
    assert retired == V1_WRITES
    costs = {o: (OPERATIONS[o].cost, OPERATIONS[o].cost_per_item) for o in V1_WRITES}
    assert costs == {
        "CreateOrder": (100, False),
        "CancelOrder": (20, False),
        "AmendOrder": (100, False),
        "DecreaseOrder": (100, False),
        "BatchCreateOrders": (100, True),
        "BatchCancelOrders": (20, True),
    }
    assert {OPERATIONS[o].bucket for o in V1_WRITES} == {Bucket.WRITE}
    # The reads of the first family stay current.
    assert OPERATIONS["GetOrders"].status == OPERATIONS["GetOrder"].status == "current"


def test_deprecated_entries_follow_the_spec(spec_ops: dict[str, Any]) -> None:
    in_spec = {o for o, (_, _, raw) in spec_ops.items() if raw.get("deprecated")}
    marked = {o for o, op in OPERATIONS.items() if op.status == "deprecated"}
    assert marked <= in_spec
    assert in_spec - marked == DEPRECATED_BUT_NAMED


def test_only_batches_cost_per_item() -> None:
    per_item = {o for o, op in OPERATIONS.items() if op.cost_per_item}
    expected = {"BatchCreateOrdersV2", "BatchCancelOrdersV2", "BatchCreateOrders"}
    assert per_item == expected | {"BatchCancelOrders"}


def test_write_bucket_is_orders_groups_quote_flow_and_block_trade_accepts() -> None:
    def is_write(op: Operation) -> bool:
        if op.path.startswith(("/portfolio/events/orders", "/portfolio/order_groups")):
            return True
        if op.operation_id in V1_WRITES:
            return True
        quote_route = "/quotes/{quote_id}" in op.path or op.path == "/communications/quotes"
        if quote_route and op.method != "GET":
            return True
        return op.path.startswith("/communications/block-trade-proposals/") and op.path.endswith(
            "/accept"
        )

    wrong = [o for o, op in OPERATIONS.items() if (op.bucket is Bucket.WRITE) != is_write(op)]
    assert wrong == []


def test_safety_follows_the_method_and_the_request_key(
    spec: dict[str, Any], spec_ops: dict[str, Any]
) -> None:
    for operation_id, (method, _, raw) in spec_ops.items():
        op = OPERATIONS[operation_id]
        if method in ("GET", "DELETE"):
            assert op.safety is Safety.REPEATABLE, operation_id
        keys = {f for f in _body_fields(spec, raw) if re.fullmatch(r"client_\w+_id", f)}
        # A create with a client-given id is keyed; an amend names the order by its id.
        creates_with_key = bool(keys) and not op.path.endswith("/amend")
        assert (op.safety is Safety.KEYED) == creates_with_key, (operation_id, keys)
    once = {o for o, op in OPERATIONS.items() if op.safety is Safety.ONCE}
    assert {"CreateOrderGroup", "CreateApiKey", "CreateFCMSubtrader"} <= once
    # 3.34.0 gave the intra-exchange transfer a client_transfer_id.
    assert OPERATIONS["IntraExchangeInstanceTransfer"].safety is Safety.KEYED
    assert {OPERATIONS[o].method for o in once} <= {"POST", "PUT"}
