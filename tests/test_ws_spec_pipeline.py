"""The feed's spec pipeline: normalize_ws.py, the translation to OpenAPI, the generated models."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_spec_pipeline import _shared_dir

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "openapi"))
import gen_ws  # noqa: E402
import normalize_ws  # noqa: E402

UPSTREAM = _shared_dir() / "kalshi-openapi" / "asyncapi-2.0.0.yaml"
COMMITTED = ROOT / "openapi" / "kalshi-ws.yaml"
RECORD = ROOT / "openapi" / "UPSTREAM-ws"
GENERATED = ROOT / "generated" / "kalshi_ws"
needs_upstream = pytest.mark.skipif(
    not UPSTREAM.exists(), reason="Kalshi's AsyncAPI spec is not in ../shared/kalshi-openapi"
)
# Keys that hold prose in the upstream; their values must not reach the project.
PROSE = ("description", "summary")
# Keys the normalized spec drops (its `info` keeps the document's `title`, as kalshi.yaml does).
DROPPED = frozenset({"description", "summary", "example", "examples", "title", "tags"})


def load(path: Path) -> dict[str, Any]:
    return yaml.load(path.read_text(), Loader=yaml.CSafeLoader)  # type: ignore[no-any-return]


def keywords(node: Any, map_key: str | None = None) -> set[str]:
    """Every keyword used under node, outside name maps (whose keys are data)."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if map_key is None:
                found.add(key)
            child = key if map_key is None and key in normalize_ws.WS_NAME_MAPS else None
            found |= keywords(value, child if isinstance(value, dict) else None)
    elif isinstance(node, list):
        for value in node:
            found |= keywords(value)
    return found


def test_the_normalized_spec_has_no_prose() -> None:
    spec = load(COMMITTED)
    assert keywords({k: v for k, v in spec.items() if k != "info"}) & DROPPED == set()
    assert spec["info"] == {"title": "Kalshi Market Data WebSocket API", "version": "2.0.0"}
    used = keywords(spec)
    assert {"x-error-codes", "payload", "properties", "required", "enum", "const"} <= used
    assert [k for k in used if k.startswith("x-") and k != "x-error-codes"] == []


@needs_upstream
def test_no_upstream_prose_reaches_the_project() -> None:
    sentences: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in PROSE and isinstance(value, str) and len(value.strip()) >= 30:
                    sentences.add(value.strip()[:60])
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(load(UPSTREAM))
    assert len(sentences) > 50
    files = [COMMITTED, *GENERATED.rglob("*.py")]
    text = "\n".join(path.read_text() for path in files)
    assert sorted(s for s in sentences if s in text) == []


@needs_upstream
def test_normalizing_again_gives_the_committed_files_and_the_recorded_sha256() -> None:
    spec_text, record_text = normalize_ws.normalize(str(UPSTREAM))
    assert normalize_ws.normalize(str(UPSTREAM)) == (spec_text, record_text)
    assert COMMITTED.read_text() == spec_text, "openapi/kalshi-ws.yaml is stale: make spec-ws"
    assert RECORD.read_text() == record_text
    record = dict(line.split(": ", 1) for line in RECORD.read_text().splitlines())
    assert record["sha256"] == hashlib.sha256(UPSTREAM.read_bytes()).hexdigest()
    assert record["version"] == str(load(UPSTREAM)["info"]["version"])


@needs_upstream
def test_every_schema_fact_survives() -> None:
    upstream = load(UPSTREAM)
    result = load(COMMITTED)

    def facts(node: Any, in_map: bool = False) -> Any:
        if isinstance(node, dict):
            return {
                k: facts(v, k == "properties" and not in_map)
                for k, v in node.items()
                if in_map or k not in DROPPED
            }
        if isinstance(node, list):
            return [facts(v) for v in node]
        return node

    schemas = upstream["components"]["schemas"]
    assert result["components"]["schemas"] == {
        name: facts(schema) for name, schema in schemas.items()
    }
    for key, message in upstream["components"]["messages"].items():
        kept = result["components"]["messages"][key]
        assert (kept["name"], kept["payload"]) == (message["name"], message["payload"])
    assert set(result["channels"]) == set(upstream["channels"])
    for name, channel in upstream["channels"].items():
        assert result["channels"][name]["address"] == channel["address"]
        assert result["channels"][name]["messages"] == channel["messages"]
    assert result["x-error-codes"]["codes"] == [
        {"code": c["code"], "name": c["name"]} for c in upstream["x-error-codes"]["codes"]
    ]
    assert result["servers"]["production"]["pathname"] == "/trade-api/ws/v2"


def test_the_rest_normalizer_still_reads_only_openapi_documents(tmp_path: Path) -> None:
    asyncapi = tmp_path / "feed.yaml"
    asyncapi.write_text("asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n")
    with pytest.raises(SystemExit):
        normalize_ws.load_upstream(str(asyncapi))
    _, document = normalize_ws.load_upstream(str(asyncapi), kind="asyncapi")
    assert document["asyncapi"] == "3.0.0"


def test_the_translation_keeps_to_openapi_3_0_keywords() -> None:
    document = gen_ws.to_openapi(gen_ws.load_spec())
    used = keywords(document)
    assert used & {"const", "allOf", "asyncapi"} == set()
    schemas = document["components"]["schemas"]
    assert set(schemas) == set(load(COMMITTED)["components"]["schemas"])
    ticker_type = schemas["tickerPayload"]["properties"]["type"]
    assert ticker_type == {"type": "string", "enum": ["ticker"]}
    multivariate = schemas["multivariateMarketLifecyclePayload"]
    assert multivariate["properties"]["type"]["enum"] == ["multivariate_market_lifecycle"]
    assert "price_ranges" in multivariate["properties"]["msg"]["properties"]
    fee_type = schemas["eventFeeUpdatePayload"]["properties"]["msg"]["properties"]
    assert None not in fee_type["fee_type_override"]["enum"]
    assert fee_type["fee_type_override"]["nullable"] is True


def test_the_frame_table_is_generated_from_the_spec() -> None:
    from kalshi_ws._messages import FRAMES

    assert len(FRAMES) == len(gen_ws.frames(gen_ws.load_spec()))
    assert [row[:3] for row in FRAMES] == [row[:3] for row in gen_ws.frames(gen_ws.load_spec())]
    ok_rows = [row for row in FRAMES if row[0] == "ok"]
    assert [row[1:3] for row in ok_rows] == [("ok", "object"), ("list_subscriptions", "array")]


def test_regenerating_is_byte_identical(tmp_path: Path) -> None:
    bin_dir = Path(sys.executable).parent
    generator = bin_dir / "openapi-python-client"
    if not generator.exists():
        pytest.skip("openapi-python-client is not installed beside this Python")
    translated = tmp_path / "kalshi-ws-openapi.yaml"
    # Inside the checkout, so that the generator's ruff hooks read the project's settings.
    (ROOT / ".check-generated").mkdir(exist_ok=True)
    out = Path(tempfile.mkdtemp(dir=ROOT / ".check-generated")) / "kalshi_ws"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    run = {"cwd": ROOT, "env": env, "check": True, "capture_output": True}
    subprocess.run([sys.executable, "openapi/gen_ws.py", "translate", str(translated)], **run)
    subprocess.run(
        [
            str(generator),
            "generate",
            "--path",
            str(translated),
            "--config",
            "generator-config.yaml",
            "--meta",
            "none",
            "--overwrite",
            "--fail-on-warning",
            "--custom-template-path",
            "openapi/templates",
            "--output-path",
            str(out),
        ],
        **run,
    )
    subprocess.run([sys.executable, "openapi/gen_ws.py", "postgen", str(out)], **run)

    def files(root: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(root)): p.read_bytes()
            for p in sorted(root.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts
        }

    try:
        regenerated, committed = files(out), files(GENERATED)
    finally:
        shutil.rmtree(out.parent)
    assert sorted(regenerated) == sorted(committed)
    assert [name for name in committed if committed[name] != regenerated[name]] == []
