"""Validating requests against the OpenAPI spec (OpenAPI 3.0 semantics).

Query and path parameters arrive as strings and are converted to their schema's type before
they are checked; unknown query parameters are allowed. Failures are answered as the live
server does (see the research notes): a bad parameter with the bare `{"msg": ...}` body, a
body that cannot be decoded into the declared types with the flat `bad_request` body, and
(inferred) a body that decodes but breaks another rule with nested `invalid_parameters`.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from ._errors import SimError, bad_request, invalid_parameters
from ._spec import load_spec, locate_spec

_BASE_URI = "urn:kalshi-sim:openapi"
_DECODE_KEYWORDS = frozenset({"type", "format"})
_INT64 = 1 << 63
_MAX_DETAIL = 200
_INTEGER = re.compile(r"-?[0-9]{1,19}")


class _Undecodable(ValueError):
    """Raised while decoding JSON that the live server's decoder would refuse."""


@dataclass(frozen=True)
class _Param:
    name: str
    location: str
    required: bool
    kind: str | None
    validator: Any


@dataclass(frozen=True)
class _Operation:
    params: tuple[_Param, ...]
    body: Any | None
    body_required: bool


class RequestValidator:
    """Checks parameters and JSON bodies against the operations of one OpenAPI document."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        from referencing import Registry  # imported on first use: keeps start-up fast
        from referencing.jsonschema import DRAFT4

        self._spec = _allow_null_refs(spec)
        resource = DRAFT4.create_resource(self._spec)
        self._registry: Any = Registry().with_resource(_BASE_URI, resource)
        self._operations: dict[tuple[str, str], _Operation | None] = {}
        self._lock = threading.Lock()

    def parameters(
        self, method: str, template: str, path: Mapping[str, str], query: Mapping[str, str]
    ) -> dict[str, Any]:
        """Path and query parameters the spec declares, converted to their types and checked."""
        operation = self._operation(method, template)
        values: dict[str, Any] = {}
        for param in operation.params if operation is not None else ():
            raw = (path if param.location == "path" else query).get(param.name)
            if raw is None:
                if param.required:
                    raise _param_error(param.name, "a value is required")
                continue
            value: Any = _convert(raw, param.kind)
            if param.kind == "array":  # repeated (?a=1&a=2) or comma-separated (?a=1,2)
                getlist = getattr(query, "getlist", None)
                repeated = getlist(param.name) if callable(getlist) else [raw]
                value = [item for entry in repeated for item in str(entry).split(",") if item]
            error = _first_error(param.validator, value)
            if error is not None:
                raise _param_error(param.name, error.message)
            values[param.name] = value
        return values

    def body(
        self, method: str, template: str, raw: bytes, *, types_only: bool = False
    ) -> dict[str, Any]:
        """The decoded JSON object body, checked against the operation's request schema.

        With `types_only`, only decoding failures (a wrong JSON type) are refused.
        """
        operation = self._operation(method, template)
        if not raw.strip():
            if operation is not None and operation.body_required:
                raise bad_request("request body is empty")
            return {}
        document = decode_json(raw)
        if operation is not None and operation.body is not None:
            error = _first_error(operation.body, document)
            if error is not None and (not types_only or _is_decode_error(error)):
                where = ".".join(str(part) for part in error.absolute_path)
                detail = _clip(f"{where}: {error.message}" if where else error.message)
                raise bad_request(detail) if _is_decode_error(error) else invalid_parameters(detail)
        if not isinstance(document, dict):
            raise bad_request("request body must be a JSON object")
        return document

    def response_error(self, method: str, template: str, status: int, document: Any) -> str | None:
        """How a response body breaks the spec's schema for its status, or None if it fits.

        `document` None stands for no body, which fits only a status declared without content.
        For checking the simulator's own answers in tests.
        """
        base = f"/paths/{_escape(template)}/{method.lower()}/responses/{status}"
        try:
            pointer, response = self._resolve(base)
        except (KeyError, IndexError, TypeError):
            return f"status {status} is not documented for {method} {template}"
        media = (response.get("content") or {}).get("application/json")
        if not isinstance(media, dict) or "schema" not in media:
            return None if document is None else f"status {status} documents no body"
        if document is None:
            return f"status {status} documents a body"
        error = _first_error(
            self._validator(f"{pointer}/content/application~1json/schema"), document
        )
        if error is None:
            return None
        where = ".".join(str(part) for part in error.absolute_path)
        return f"{where}: {error.message}"

    def _operation(self, method: str, template: str) -> _Operation | None:
        key = (method.lower(), template)
        with self._lock:
            if key not in self._operations:
                self._operations[key] = self._compile(*key)
            return self._operations[key]

    def _compile(self, method: str, template: str) -> _Operation | None:
        item = self._spec["paths"].get(template)
        operation = item.get(method) if isinstance(item, dict) else None
        if not isinstance(operation, dict):
            return None
        base = f"/paths/{_escape(template)}"
        params: dict[tuple[str, str], _Param] = {}
        for where, entries in ((base, item), (f"{base}/{method}", operation)):
            for index, _ in enumerate(entries.get("parameters") or ()):
                pointer, param = self._resolve(f"{where}/parameters/{index}")
                if param.get("in") not in ("path", "query") or "schema" not in param:
                    continue
                params[(param["name"], param["in"])] = _Param(
                    name=param["name"],
                    location=param["in"],
                    required=bool(param.get("required")),
                    kind=self._kind(f"{pointer}/schema"),
                    validator=self._validator(f"{pointer}/schema"),
                )
        body = None
        body_required = False
        if "requestBody" in operation:
            pointer, request_body = self._resolve(f"{base}/{method}/requestBody")
            body_required = bool(request_body.get("required"))
            if "schema" in request_body.get("content", {}).get("application/json", {}):
                body = self._validator(f"{pointer}/content/application~1json/schema")
        return _Operation(tuple(params.values()), body, body_required)

    def _resolve(self, pointer: str) -> tuple[str, Any]:
        node = self._node(pointer)
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            pointer = node["$ref"].removeprefix("#")
            node = self._node(pointer)
        return pointer, node

    def _node(self, pointer: str) -> Any:
        node: Any = self._spec
        for part in pointer.split("/")[1:]:
            key = part.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def _kind(self, pointer: str) -> str | None:
        pointer, schema = self._resolve(pointer)
        while isinstance(schema, dict) and "type" not in schema:
            branch = next((key for key in ("allOf", "anyOf", "oneOf") if schema.get(key)), None)
            if branch is None:
                return None
            pointer, schema = self._resolve(f"{pointer}/{branch}/0")
        kind = schema.get("type") if isinstance(schema, dict) else None
        return kind if isinstance(kind, str) else None

    def _validator(self, pointer: str) -> Any:
        from openapi_schema_validator import OAS30Validator, oas30_format_checker

        # The schema is looked up once, here, following references that stand alone (a node
        # that is only a `$ref`): validating through a reference looks it up on every call,
        # about 60 µs each, more than checking a simple schema takes.
        resolved = self._registry.resolver(_BASE_URI).lookup(
            f"{_BASE_URI}#{quote(pointer, safe='/~')}"
        )
        while isinstance(resolved.contents, dict) and resolved.contents.keys() == {"$ref"}:
            resolved = resolved.resolver.lookup(resolved.contents["$ref"])
        return OAS30Validator(
            resolved.contents,
            registry=self._registry,
            format_checker=oas30_format_checker,
            _resolver=resolved.resolver,
        )


class SpecSource:
    """The spec a simulator validates against: located at once, parsed on first use."""

    def __init__(self, path: str | None) -> None:
        locate_spec(path)
        self._path = path

    def validator(self) -> RequestValidator:
        """The compiled validator, shared by every app that uses the same spec."""
        return _validator_for(self._path)


@functools.lru_cache(maxsize=4)
def _validator_for(path: str | None) -> RequestValidator:
    return RequestValidator(load_spec(path))


def decode_json(raw: bytes) -> Any:
    """Decode a JSON body, refusing what a strict decoder refuses (NaN, out-of-range integers)."""
    try:
        return json.loads(raw, parse_int=_int64, parse_constant=_no_constant)
    except (_Undecodable, ValueError, RecursionError) as error:
        raise bad_request(_clip(f"invalid JSON body: {error}")) from None


def _int64(text: str) -> int:
    if len(text) > 20 or not -_INT64 <= int(text) < _INT64:
        raise _Undecodable(f"number {text[:24]} overflows a 64-bit integer")
    return int(text)


def _no_constant(text: str) -> Any:
    raise _Undecodable(f"{text} is not valid JSON")


def _convert(raw: str, kind: str | None) -> Any:
    """Turn a query string value into the schema's type; leave it as is when it does not fit."""
    if kind == "integer" and _INTEGER.fullmatch(raw):
        return int(raw)
    if kind == "number":
        try:
            return float(raw)
        except ValueError:
            return raw
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


def _first_error(validator: Any, instance: Any) -> Any:
    """The most telling schema violation (a type error first), or None; errors are untyped."""
    errors: list[Any] = sorted(
        validator.iter_errors(instance), key=lambda error: list(error.absolute_path)
    )
    if not errors:
        return None
    decode_errors = [error for error in errors if _is_decode_error(error)]
    return decode_errors[0] if decode_errors else errors[0]


def _is_decode_error(error: Any) -> bool:
    if error.validator in _DECODE_KEYWORDS:
        return True
    return error.validator == "anyOf" and any(_is_decode_error(sub) for sub in error.context)


def _param_error(name: str, reason: str) -> SimError:
    return SimError(
        400, "bad_request", _clip(f"Parameter validation failed for {name}: {reason}"), shape="bare"
    )


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 3] + "..."


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _allow_null_refs(node: Any) -> Any:
    """Copy the spec so that `nullable: true` next to a `$ref` or a composition admits null.

    OpenAPI 3.0 validators ignore `nullable` unless the same schema also states a `type`, yet
    Kalshi's spec writes `{"$ref": ..., "nullable": true}` for fields that the server accepts
    as null.
    """
    if isinstance(node, list):
        return [_allow_null_refs(item) for item in node]
    if not isinstance(node, dict):
        return node
    copy = {key: _allow_null_refs(value) for key, value in node.items()}
    if copy.get("nullable") is True and "type" not in copy:
        inner = {key: value for key, value in copy.items() if key != "nullable"}
        return {"anyOf": [inner, {"enum": [None]}]}
    return copy
