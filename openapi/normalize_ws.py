"""Normalize Kalshi's AsyncAPI document of the feed into the project's committed feed spec.

Usage: python openapi/normalize_ws.py UPSTREAM [--out-dir openapi]

UPSTREAM is a file path or an http(s) URL of the AsyncAPI document. The output keeps the
contract (servers, channel addresses and their messages, operations, message names and content
types, payload schemas with their types, formats, enums, consts, required lists and bounds,
security schemes, the error codes) and drops prose (descriptions, summaries, titles, tags,
examples, other vendor extensions). Output is byte-for-byte deterministic:
`kalshi-ws.yaml` and `UPSTREAM-ws` (title, version, sha256 and source of the upstream).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from normalize import NAME_MAPS, PROSE_KEYS, dump, load_upstream, strip_prose, upstream_record

HERE = Path(__file__).resolve().parent
SPEC_NAME = "kalshi-ws.yaml"
UPSTREAM_NAME = "UPSTREAM-ws"

# AsyncAPI adds labels (`title`) and grouping (`tags`) to OpenAPI's prose keywords.
WS_PROSE_KEYS = PROSE_KEYS | {"title", "tags"}
# AsyncAPI's maps from user-chosen names to objects (a list of refs under `messages` stays one).
WS_NAME_MAPS = NAME_MAPS | {"channels", "operations", "messages", "servers"}


def _strip(node: Any, map_key: str | None = None) -> Any:
    return strip_prose(node, map_key=map_key, prose_keys=WS_PROSE_KEYS, name_maps=WS_NAME_MAPS)


def keep_contract(document: dict[str, Any]) -> dict[str, Any]:
    """Keep the contract sections of an AsyncAPI document, each without prose."""
    info = document.get("info", {})
    out: dict[str, Any] = {
        "asyncapi": str(document["asyncapi"]),
        "info": {"title": info.get("title", ""), "version": str(info.get("version", ""))},
    }
    if "defaultContentType" in document:
        out["defaultContentType"] = document["defaultContentType"]
    for section in ("servers", "channels", "operations"):
        if section in document:
            out[section] = _strip(document[section], map_key=section)
    out["components"] = _strip(document.get("components", {}))
    codes = document.get("x-error-codes", {}).get("codes", [])
    if codes:
        out["x-error-codes"] = {
            "codes": [{"code": code["code"], "name": code["name"]} for code in codes]
        }
    return out


def normalize(source: str) -> tuple[str, str]:
    """Return (kalshi-ws.yaml text, UPSTREAM-ws text) for the AsyncAPI upstream at source."""
    raw, upstream = load_upstream(source, kind="asyncapi")
    return dump(keep_contract(upstream)), upstream_record(raw, upstream, source)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("upstream", help="upstream AsyncAPI spec: a file path or an http(s) URL")
    parser.add_argument("--out-dir", type=Path, default=HERE)
    args = parser.parse_args(argv)
    spec_text, upstream_text = normalize(args.upstream)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / SPEC_NAME).write_text(spec_text)
    (args.out_dir / UPSTREAM_NAME).write_text(upstream_text)
    print(f"wrote {args.out_dir / SPEC_NAME} from {upstream_text.splitlines()[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
