"""The spec pipeline: normalize.py, the overlay, and the generated low-level client."""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "openapi"))
import normalize  # noqa: E402


def _shared_dir() -> Path:
    """../shared beside this checkout or, for a git worktree, beside its main checkout."""
    checkouts = [ROOT]
    dot_git = ROOT / ".git"
    if dot_git.is_file():  # a worktree: .git names its git dir, whose commondir is the main one
        git_dir = Path(dot_git.read_text().removeprefix("gitdir:").strip())
        common = git_dir / "commondir"
        if common.is_file():
            checkouts.append((git_dir / common.read_text().strip()).resolve().parent)
    for checkout in checkouts:
        if (checkout.parent / "shared").is_dir():
            return checkout.parent / "shared"
    return ROOT.parent / "shared"


UPSTREAMS = _shared_dir() / "kalshi-openapi"
NEW = UPSTREAMS / "openapi-3.34.0-derived.yaml"  # the committed spec's upstream
PREVIOUS = UPSTREAMS / "openapi-3.28.0-assembled.yaml"
OLD = UPSTREAMS / "openapi-3.13.0.yaml"
OVERLAY = ROOT / "openapi" / "overlay.yaml"
COMMITTED = ROOT / "openapi" / "kalshi.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
# Contract keywords whose values must survive normalization unchanged.
FACT_KEYS = [
    "type",
    "format",
    "enum",
    "required",
    "nullable",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "pattern",
    "default",
    "operationId",
    "name",
    "in",
    "$ref",
    "deprecated",
    "additionalProperties",
    "readOnly",
    "writeOnly",
    "uniqueItems",
]


def needs(path: Path) -> Any:
    """Skip a test when an upstream spec copy is not beside the project."""
    return pytest.mark.skipif(
        not path.exists(), reason=f"upstream spec {path.name} is not in ../shared/kalshi-openapi"
    )


def load(path: Path) -> dict[str, Any]:
    return yaml.load(path.read_text(), Loader=yaml.CSafeLoader)  # type: ignore[no-any-return]


def normalized(source: Path, overlay: Path = OVERLAY) -> dict[str, Any]:
    text, _ = normalize.normalize(str(source), overlay)
    return yaml.load(text, Loader=yaml.CSafeLoader)  # type: ignore[no-any-return]


def overlay_targets() -> set[tuple[str, ...]]:
    entries = yaml.safe_load(OVERLAY.read_text())["patches"]
    return {tuple(e["target"]) for e in entries if "set" in e}


def facts(node: Any, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], Any]:
    """Every contract fact under node, keyed by where it lives."""
    found: dict[tuple[str, ...], Any] = {}
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("example", "examples") or key.startswith("x-"):
                continue
            if (key in FACT_KEYS and not isinstance(value, dict | list)) or (
                key in FACT_KEYS
                and isinstance(value, list)
                and all(not isinstance(v, dict | list) for v in value)
            ):
                found[(*path, key)] = value
            else:
                found.update(facts(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.update(facts(value, (*path, str(index))))
    return found


def lookup(document: Any, path: tuple[str, ...]) -> Any:
    node = document
    for key in path:
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def prose_keys(node: Any, map_key: str | None = None) -> list[str]:
    """Prose keywords left anywhere outside name maps (an empty response description aside)."""
    left: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            empty_description = key == "description" and value == ""
            if map_key is None and key in normalize.PROSE_KEYS and not empty_description:
                left.append(key)
            if map_key is None and key.startswith("x-") and key not in normalize.KEPT_EXTENSIONS:
                left.append(key)
            child = key if map_key is None and key in normalize.NAME_MAPS else None
            left += prose_keys(value, child if isinstance(value, dict) else None)
    elif isinstance(node, list):
        for value in node:
            left += prose_keys(value)
    return left


@needs(NEW)
def test_normalize_is_deterministic_and_matches_the_committed_spec() -> None:
    first, upstream_1 = normalize.normalize(str(NEW), OVERLAY)
    second, upstream_2 = normalize.normalize(str(NEW), OVERLAY)
    assert first == second and upstream_1 == upstream_2
    assert COMMITTED.read_text() == first, "openapi/kalshi.yaml is stale: run make spec"
    assert (ROOT / "openapi" / "UPSTREAM").read_text() == upstream_1


def test_committed_spec_has_no_prose() -> None:
    assert prose_keys(load(COMMITTED)) == []


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(path, marks=needs(path), id=version)
        for path, version in ((NEW, "3.34.0"), (PREVIOUS, "3.28.0"), (OLD, "3.13.0"))
    ],
)
def test_every_contract_fact_survives(source: Path) -> None:
    upstream = load(source)
    result = normalized(source)
    assert result["info"]["version"] == str(upstream["info"]["version"])
    for url, server in zip(
        [s["url"] for s in upstream.get("servers", [])], result.get("servers", []), strict=True
    ):
        assert server == {"url": url}
    patched = overlay_targets()
    for section in ("paths", "components"):
        for path, value in facts(upstream[section], (section,)).items():
            if any(path[: len(t)] == t for t in patched):
                continue
            assert lookup(result, path) == value, f"{'/'.join(path)} changed"
    for route, item in upstream["paths"].items():
        for method in METHODS:
            if method in item:
                assert result["paths"][route][method]["operationId"] == item[method]["operationId"]


@needs(NEW)
def test_no_upstream_sentence_reaches_the_project() -> None:
    sentences: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                prose = key in ("description", "summary") and isinstance(value, str)
                if prose and len(value.strip()) >= 30:
                    sentences.add(value.strip()[:60])
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(load(NEW))
    assert len(sentences) > 100
    files = [*(ROOT / "generated").rglob("*.py"), *(ROOT / "openapi").iterdir()]
    files.append(ROOT / "generated" / "kalshi_openapi" / "_spec.json")
    text = "\n".join(p.read_text() for p in files if p.is_file() and p.suffix != ".pyc")
    leaked = sorted(s for s in sentences if s in text)
    assert leaked == []


def _exchange_index_of_create(document: dict[str, Any]) -> Any:
    return document["components"]["schemas"]["CreateOrderGroupRequest"]["properties"].get(
        "exchange_index"
    )


def _query_names(document: dict[str, Any], route: str, method: str) -> set[str]:
    names = set()
    for parameter in document["paths"][route][method].get("parameters", []):
        if "$ref" in parameter:
            parameter = lookup(document, tuple(parameter["$ref"].removeprefix("#/").split("/")))
        if parameter["in"] == "query":
            names.add(parameter["name"])
    return names


@needs(OLD)
def test_overlay_supplies_the_mission_facts_on_3_13_0(tmp_path: Path) -> None:
    bare = tmp_path / "empty.yaml"
    bare.write_text("patches: []\n")
    without = normalized(OLD, bare)
    assert _exchange_index_of_create(without) is None
    assert "exchange_index" not in _query_names(
        without, "/portfolio/order_groups/{order_group_id}", "delete"
    )
    result = normalized(OLD)
    assert _exchange_index_of_create(result) == {"type": "integer", "minimum": 0}
    route = "/portfolio/order_groups/{order_group_id}"
    assert {"subaccount", "exchange_index"} <= _query_names(result, route, "delete")
    orders = result["components"]["schemas"]["GetOrderGroupResponse"]["properties"]["orders"]
    assert orders["nullable"] is True


@needs(NEW)
def test_overlay_changes_nothing_where_the_upstream_has_the_fact(tmp_path: Path) -> None:
    entries = yaml.safe_load(OVERLAY.read_text())["patches"]
    exchange_entries = [e for e in entries if "exchange_index" in json.dumps(e)]
    assert len(exchange_entries) == 2
    bare = tmp_path / "empty.yaml"
    bare.write_text("patches: []\n")
    only_exchange = tmp_path / "exchange.yaml"
    only_exchange.write_text(yaml.safe_dump({"patches": exchange_entries}))
    assert normalized(NEW, only_exchange) == normalized(NEW, bare)


@needs(NEW)
@needs(PREVIOUS)
def test_overlay_3_34_0_facts_are_no_ops_on_3_34_0_and_supplied_on_3_28_0(tmp_path: Path) -> None:
    entries = yaml.safe_load(OVERLAY.read_text())["patches"]
    newer = [e for e in entries if "3.34.0" in e["reason"]]
    assert len(newer) == 2  # cancel-all and the amend's expiration_time
    bare = tmp_path / "empty.yaml"
    bare.write_text("patches: []\n")
    only_newer = tmp_path / "newer.yaml"
    only_newer.write_text(yaml.safe_dump({"patches": newer}))
    assert normalized(NEW, only_newer) == normalized(NEW, bare)
    without, with_newer = normalized(PREVIOUS, bare), normalized(PREVIOUS, only_newer)
    route = with_newer["paths"]["/portfolio/events/orders"]
    assert "delete" not in without["paths"]["/portfolio/events/orders"]
    assert route["delete"] == normalized(NEW, bare)["paths"]["/portfolio/events/orders"]["delete"]
    amend = "AmendOrderV2Request"
    assert "expiration_time" not in without["components"]["schemas"][amend]["properties"]
    assert (
        with_newer["components"]["schemas"][amend]["properties"]["expiration_time"]
        == (normalized(NEW, bare)["components"]["schemas"][amend]["properties"]["expiration_time"])
    )


def test_overlay_is_idempotent() -> None:
    document = load(COMMITTED)
    again = copy.deepcopy(document)
    for patch in yaml.safe_load(OVERLAY.read_text())["patches"]:
        normalize.apply_patch(again, patch)
    assert again == document


def test_overlay_entries_each_give_a_reason() -> None:
    for patch in yaml.safe_load(OVERLAY.read_text())["patches"]:
        assert isinstance(patch.get("reason"), str) and patch["reason"].strip()
    with pytest.raises(ValueError, match="reason"):
        normalize.apply_patch(load(COMMITTED), {"target": ["info"], "set": {"title": "x"}})


ORDER_GROUP_OPERATIONS = {
    "get_order_groups": {"subaccount"},
    "get_order_group": {"order_group_id", "subaccount"},
    "create_order_group": {"body"},
    "delete_order_group": {"order_group_id", "subaccount", "exchange_index"},
    "reset_order_group": {"order_group_id", "subaccount", "body"},
    "trigger_order_group": {"order_group_id", "subaccount", "body"},
    "update_order_group_limit": {"order_group_id", "body"},
}


@pytest.mark.parametrize("name", sorted(ORDER_GROUP_OPERATIONS))
def test_generated_client_exposes_order_group_operations(name: str) -> None:
    module = importlib.import_module(f"kalshi_openapi.api.order_groups.{name}")
    for function in ("sync_detailed", "asyncio_detailed"):
        parameters = set(inspect.signature(getattr(module, function)).parameters) - {"client"}
        assert ORDER_GROUP_OPERATIONS[name] <= parameters


def test_generated_create_body_has_exchange_index() -> None:
    from kalshi_openapi.models import CreateOrderGroupRequest

    body = CreateOrderGroupRequest(contracts_limit=5, exchange_index=0, subaccount=2)
    assert body.to_dict() == {"contracts_limit": 5, "exchange_index": 0, "subaccount": 2}


def test_every_operation_was_generated() -> None:
    spec = load(COMMITTED)
    operations = sum(1 for item in spec["paths"].values() for m in METHODS if m in item)
    modules = [
        p for p in (ROOT / "generated/kalshi_openapi/api").rglob("*.py") if p.name != "__init__.py"
    ]
    assert len(modules) == operations


def test_generated_parsing_tolerates_evolution() -> None:
    from kalshi_openapi.models import GetOrderGroupResponse, GetOrderGroupsResponse, Order

    detail = GetOrderGroupResponse.from_dict(
        {"is_auto_cancel_enabled": False, "orders": None, "brand_new_field": 7}
    )
    assert detail.orders == [] and detail["brand_new_field"] == 7
    assert GetOrderGroupsResponse.from_dict({"order_groups": None}).order_groups == []
    wire = {
        "order_id": "o1", "user_id": "u", "client_order_id": "c", "ticker": "T",
        "outcome_side": "maybe", "book_side": "bid", "type": "iceberg",
        "status": "partially_filled", "yes_price_dollars": "0.6500",
        "no_price_dollars": "0.3500", "fill_count_fp": "0.00", "remaining_count_fp": "1.00",
        "initial_count_fp": "1.00", "taker_fees_dollars": "0", "maker_fees_dollars": "0",
        "taker_fill_cost_dollars": "0", "maker_fill_cost_dollars": "0", "queue_rank": 3,
    }  # fmt: skip
    order = Order.from_dict(wire)
    assert (order.status, order.type_, order.outcome_side) == (
        "partially_filled",
        "iceberg",
        "maybe",
    )
    assert order["queue_rank"] == 3


def test_a_pre_3_34_0_body_without_the_newly_required_fields_parses() -> None:
    from kalshi_openapi.models import (
        GetTargetBalanceAllocationResponse,
        Market,
        MultivariateEventCollection,
        Series,
    )

    market = Market.from_dict({"ticker": "T", "liquidity_dollars": "0.0000"})
    assert market.ticker == "T" and market.settlement_bounds_type is None
    assert market["liquidity_dollars"] == "0.0000"  # dropped by 3.34.0, kept as it came
    assert Series.from_dict({"ticker": "S"}).categories is None
    assert MultivariateEventCollection.from_dict({}).price_ranges is None
    allocation = GetTargetBalanceAllocationResponse.from_dict({})
    assert allocation.resting_margin_reservation is None
    assert Market.from_dict({"settlement_bounds_type": "ceiling"}).settlement_bounds_type == (
        "ceiling"
    )


def test_generated_models_import_lazily() -> None:
    # An operation module imports its models only where it parses an answer; the model it
    # parses with loads the few models it holds, not the package's 267.
    code = (
        "import sys, kalshi_openapi.api.order_groups.get_order_group\n"
        "print(sum(m.startswith('kalshi_openapi.models.') for m in sys.modules))\n"
        "import kalshi_openapi.models.get_order_group_response\n"
        "print(sum(m.startswith('kalshi_openapi.models.') for m in sys.modules))"
    )
    out = subprocess.check_output([sys.executable, "-c", code], text=True).split()
    assert int(out[0]) == 0
    assert 0 < int(out[1]) < 10
