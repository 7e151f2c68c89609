"""The benchmarks still run (`make bench --quick` sizes); nothing here asserts a speed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quick_benchmark_run_prints_the_table_and_writes_its_json(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    [written] = tmp_path.glob("bench-*.json")
    record = json.loads(written.read_text())
    figures = {row["figure"]: row for row in record["rows"]}
    for figure in (
        "sync get",
        "sync create, RSA stubbed",
        "sync get, Ed25519",
        "1000 concurrent async get",
        "import kalshi (vs import httpx)",
        "first call (vs httpx by hand)",
        "simulator order-group ops, sync",
        "1,000-order page parse",
        "1,000-market page parse",
        "1,000 orderbook deltas",
    ):
        assert figure in figures and figures[figure]["ours"] > 0
        assert figure in done.stdout  # the printed table has the same rows
    assert figures["sync get"]["floor"] > 0 and figures["sync get"]["met"] in (True, False)
    page = figures["1,000-market page parse"]
    assert page["floor"] > 0 and page["target"] == "<= 1.50x" and page["met"] in (True, False)
