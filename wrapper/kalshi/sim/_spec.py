"""Finding and reading the OpenAPI document that requests are validated against."""

from __future__ import annotations

import functools
import importlib.resources
import json
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

SPEC_PACKAGE = "kalshi_openapi"
SPEC_RESOURCE = "_spec.json"


def locate_spec(path: str | None = None) -> Path | Traversable:
    """Where the spec lives: `path` if given, else the JSON copy bundled in the generated package.

    Raises RuntimeError when it cannot be found, so a missing spec shows up at start-up.
    """
    if path is not None:
        file = Path(path)
        if not file.is_file():
            raise RuntimeError(f"kalshi.sim: no OpenAPI spec at {path}")
        return file
    try:
        bundled = importlib.resources.files(SPEC_PACKAGE).joinpath(SPEC_RESOURCE)
    except ModuleNotFoundError as error:
        raise RuntimeError(
            f"kalshi.sim needs the OpenAPI spec: install the {SPEC_PACKAGE!r} package "
            "or set SimSettings.spec_path"
        ) from error
    if not bundled.is_file():
        raise RuntimeError(f"kalshi.sim: {SPEC_PACKAGE} has no {SPEC_RESOURCE}")
    return bundled


def load_spec(path: str | None = None) -> dict[str, Any]:
    """Parse the spec from `path` (JSON, or YAML by extension) or from the generated package."""
    source = locate_spec(path)
    text = source.read_text(encoding="utf-8")
    if source.name.endswith((".yaml", ".yml")):
        import yaml  # only needed for an explicitly given YAML file

        document = yaml.safe_load(text)
    else:
        document = json.loads(text)
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise RuntimeError(f"kalshi.sim: {source} is not an OpenAPI document")
    return document


_METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def spec_operations(path: str | None = None) -> tuple[tuple[str, str], ...]:
    """Every (METHOD, path template) pair the spec declares, read once per spec file."""
    paths = load_spec(path)["paths"]
    return tuple(
        (verb.upper(), template)
        for template, item in paths.items()
        if isinstance(item, dict)
        for verb in _METHODS
        if isinstance(item.get(verb), dict)
    )
