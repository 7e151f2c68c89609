"""Normalize an upstream Kalshi OpenAPI document into the project's committed spec.

Usage: python openapi/normalize.py UPSTREAM [--overlay openapi/overlay.yaml] [--out-dir openapi]

UPSTREAM is a file path or an http(s) URL. The output keeps the contract (paths, methods,
operationIds, parameters, schemas, types, formats, enums, required lists, nullable, bounds,
defaults, security) and drops prose (descriptions, summaries, examples, vendor extensions the
generator ignores). Then the overlay's patches are applied. Output is byte-for-byte deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import urllib.request
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent

# Keywords whose value is prose, never a contract fact.
PROSE_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs"})
# Vendor extensions openapi-python-client reads; every other x- key is dropped.
KEPT_EXTENSIONS = frozenset({"x-enum-varnames"})
# Keys whose value is a map from user-chosen names to objects: its keys are data, not keywords.
NAME_MAPS = frozenset(
    {
        "paths",
        "properties",
        "schemas",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "securitySchemes",
        "content",
        "encoding",
        "links",
        "callbacks",
        "mapping",
        "patternProperties",
        "definitions",
    }
)
# Keys where a list of objects (not a name map) is expected under the same key name.
LIST_KEYS = frozenset({"parameters"})


def load_upstream(source: str, *, kind: str = "openapi") -> tuple[bytes, dict[str, Any]]:
    """Read the upstream document from a path or URL; return its raw bytes and parsed form.

    kind is the document's top-level version key (`openapi`, or `asyncapi` for the feed's spec).
    """
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=60) as response:
            raw: bytes = response.read()
    else:
        raw = Path(source).read_bytes()
    document = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    marker = "paths" if kind == "openapi" else kind
    if not isinstance(document, dict) or marker not in document:
        raise SystemExit(f"{source}: not an {kind} document (no '{marker}')")
    return raw, document


def strip_prose(
    node: Any,
    *,
    map_key: str | None = None,
    prose_keys: frozenset[str] = PROSE_KEYS,
    name_maps: frozenset[str] = NAME_MAPS,
) -> Any:
    """Return a copy of node without prose keywords.

    map_key is set when node is a name map (the keyword it sits under): its keys are data.
    prose_keys and name_maps default to OpenAPI's; the feed's AsyncAPI spec passes its own.
    """
    if isinstance(node, list):
        return [strip_prose(item, prose_keys=prose_keys, name_maps=name_maps) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if map_key is None:
            if key in prose_keys:
                continue
            if key.startswith("x-") and key not in KEPT_EXTENSIONS:
                continue
        child_map = (
            key if map_key is None and key in name_maps and isinstance(value, dict) else None
        )
        child = strip_prose(value, map_key=child_map, prose_keys=prose_keys, name_maps=name_maps)
        if map_key == "responses" and isinstance(child, dict) and "$ref" not in child:
            # OpenAPI requires a description on a response object: keep it, empty.
            child["description"] = ""
        result[key] = child
    return result


def keep_contract(document: dict[str, Any]) -> dict[str, Any]:
    """Keep the contract sections of the document, each without prose."""
    info = document.get("info", {})
    out: dict[str, Any] = {
        "openapi": document["openapi"],
        "info": {"title": info.get("title", ""), "version": str(info.get("version", ""))},
    }
    if "servers" in document:
        out["servers"] = [{"url": server["url"]} for server in document["servers"]]
    if "security" in document:
        out["security"] = document["security"]
    if "tags" in document:
        out["tags"] = [{"name": tag["name"]} for tag in document["tags"]]
    out["paths"] = strip_prose(document["paths"], map_key="paths")
    out["components"] = strip_prose(document.get("components", {}))
    return out


def resolve_pointer(document: dict[str, Any], path: list[str]) -> Any:
    """Follow a list of keys from the document root; raise a readable error if one is missing."""
    node: Any = document
    for key in path:
        if not isinstance(node, dict) or key not in node:
            raise KeyError(f"overlay target {'/'.join(path)}: '{key}' not found")
        node = node[key]
    return node


def find_operation(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """Return the operation object with this operationId."""
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(f"overlay: operationId {operation_id} not found")


def apply_patch(document: dict[str, Any], patch: dict[str, Any]) -> None:
    """Apply one overlay entry; an entry whose fact is already present changes nothing."""
    if not patch.get("reason"):
        raise ValueError(f"overlay entry without a reason: {patch}")
    if "operation" in patch:
        operation = find_operation(document, patch["operation"])
        for parameter in patch.get("ensure_parameters", []):
            parameters = operation.setdefault("parameters", [])
            if not any(_parameter_matches(document, p, parameter) for p in parameters):
                parameters.append(parameter)
        return
    try:
        target = resolve_pointer(document, patch["target"])
    except KeyError:
        if patch.get("if_present"):  # a fix for a part that older specs do not have
            return
        raise
    for key, value in patch.get("ensure", {}).items():
        target.setdefault(key, value)
    for key, value in patch.get("set", {}).items():
        target[key] = value


def _parameter_matches(
    document: dict[str, Any], existing: dict[str, Any], new: dict[str, Any]
) -> bool:
    if "$ref" in existing:
        ref_path = existing["$ref"].removeprefix("#/").split("/")
        existing = resolve_pointer(document, ref_path)
    return bool(existing.get("name") == new["name"] and existing.get("in") == new["in"])


def dump(document: dict[str, Any]) -> str:
    """Serialize with sorted keys and fixed layout, so equal input gives equal bytes."""
    return yaml.safe_dump(
        document, sort_keys=True, default_flow_style=False, allow_unicode=True, width=100
    )


def normalize(source: str, overlay_path: Path) -> tuple[str, str]:
    """Return (kalshi.yaml text, UPSTREAM text) for the upstream at source."""
    raw, upstream = load_upstream(source)
    document = keep_contract(upstream)
    overlay = yaml.safe_load(overlay_path.read_text()) or {}
    for patch in overlay.get("patches", []):
        apply_patch(document, patch)
    return dump(document), upstream_record(raw, upstream, source)


def upstream_record(raw: bytes, upstream: dict[str, Any], source: str) -> str:
    """The text of an UPSTREAM file: title, version, sha256 and source of the upstream."""
    info = upstream.get("info", {})
    return (
        f"title: {info.get('title', '')}\n"
        f"version: {info.get('version', '')}\n"
        f"sha256: {hashlib.sha256(raw).hexdigest()}\n"
        f"source: {_display_source(source)}\n"
    )


def _display_source(source: str) -> str:
    if source.startswith(("http://", "https://")):
        return source
    return Path(source).name


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("upstream", help="upstream spec: a file path or an http(s) URL")
    parser.add_argument("--overlay", type=Path, default=HERE / "overlay.yaml")
    parser.add_argument("--out-dir", type=Path, default=HERE)
    args = parser.parse_args(argv)
    spec_text, upstream_text = normalize(args.upstream, args.overlay)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "kalshi.yaml").write_text(spec_text)
    (args.out_dir / "UPSTREAM").write_text(upstream_text)
    print(f"wrote {args.out_dir / 'kalshi.yaml'} from {upstream_text.splitlines()[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
