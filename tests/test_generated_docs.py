"""The generated reference and coverage pages: current, complete, and true to the client."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import kalshi
import pytest
from kalshi._operations import OPERATIONS
from kalshi.sim._routes import OPERATIONS as SIM_ROUTES

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "openapi"))
import gen_docs  # noqa: E402

PACKAGE = ROOT / "generated" / "kalshi_openapi"
DOCS = ROOT / "docs"
REFERENCE = (DOCS / "reference" / "api.md").read_text()
COVERAGE = (DOCS / "coverage.md").read_text()


def test_the_committed_pages_are_what_the_generator_writes(tmp_path: Path) -> None:
    gen_docs.main(str(PACKAGE), str(tmp_path))
    assert (tmp_path / "reference" / "api.md").read_text() == REFERENCE
    assert (tmp_path / "coverage.md").read_text() == COVERAGE


def _documented() -> set[str]:
    return set(re.findall(r"^### `client\.([\w.]+)`$", REFERENCE, re.M))


def test_every_method_of_every_current_operation_is_documented_and_exists() -> None:
    documented = _documented()
    client = kalshi.KalshiClient(environment="demo")
    expected = set()
    for row in OPERATIONS.values():
        if row.status != "current":
            continue
        names = [(row.resource, row.name), *row.aliases]
        if row.all_name:
            names.append((row.resource, row.all_name))
        expected |= {f"{resource}.{name}" for resource, name in names}
    assert expected <= documented, sorted(expected - documented)
    for dotted in sorted(documented):
        target: object = client
        for part in dotted.split("."):
            target = getattr(target, part)  # every documented method is on the client
        assert callable(target), dotted
    client.close()


@pytest.mark.parametrize(
    ("method", "made"),
    [
        ("orders.create", "hand-written"),
        ("orders.amend_v2", "hand-written"),
        ("orders.fills", "generated"),
        ("order_groups.create", "hand-written"),
        ("exchange.status", "hand-written"),
        ("exchange.schedule", "generated"),
        ("markets.list", "generated"),
    ],
)
def test_hand_written_overrides_are_marked(method: str, made: str) -> None:
    resource, name = method.rsplit(".", 1)
    section = REFERENCE.split(f"\n## `client.{resource}`\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith(f"| `{name}` |")]
    assert len(rows) == 1 and rows[0].endswith(f"| {made} |"), rows


def test_required_fields_show_without_default() -> None:
    section = REFERENCE.split("### `client.communications.quotes.create`\n", 1)[1]
    block = section.split("```python\n", 1)[1].split("```", 1)[0]
    assert "@overload" in block
    assert "    rfq_id: str,\n" in block  # required: no default
    assert "    post_only: bool | None = None,\n" in block


def test_coverage_has_one_row_per_operation_and_the_simulator_column_is_true() -> None:
    spec = json.loads((PACKAGE / "_spec.json").read_text())
    ids = [
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    rows = {
        m.group(1): line
        for line in COVERAGE.splitlines()
        if (m := re.match(r"^\| `(\w+)` \|", line))
    }
    assert sorted(rows) == sorted(ids)
    served = {(r.method, re.sub(r"\{[^}]*\}", "{}", r.template)) for r in SIM_ROUTES}
    for op_id, line in rows.items():
        row = OPERATIONS[op_id]
        is_served = (row.method, re.sub(r"\{[^}]*\}", "{}", row.path)) in served
        assert line.endswith("| no (501) |") != is_served, line
        if row.status != "current":
            assert "`client.request` only" in line, line
    assert f"| in the spec | {len(ids)} |" in COVERAGE
    assert f"| served by the simulator | {len(served)} |" in COVERAGE
    assert "yes: 410, as Kalshi" in rows["CreateOrder"]
