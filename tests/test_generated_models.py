"""Generated response models read any body without raising and keep what they cannot read.

Every 2xx response schema of the spec is walked: a valid instance is built from the schema,
read with the generated model and written back; then mutated copies (each key missing, each
value of the wrong type, nulls, unknown enum values, extra keys) are read too.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
from collections.abc import Iterator
from importlib import resources
from typing import Any

import attrs
import pytest
from kalshi_openapi import models
from kalshi_openapi.types import UNSET

SPEC: dict[str, Any] = json.loads(
    resources.files("kalshi_openapi").joinpath("_spec.json").read_text()
)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
MARKS = {"additional_properties", "_nulls", "_absent"}
NEW_ENUM = "value_this_spec_does_not_know"
EXTRA = {"brand_new_field": {"nested": [1, "two"]}}


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


CLASSES = {_norm(name): name for name in models.__all__}


def model_class(schema_name: str) -> Any:
    """The generated class of a component schema (class names follow the schema names)."""
    return getattr(models, CLASSES[_norm(schema_name)])


def response_schemas() -> list[str]:
    """The component schema of every 2xx JSON response of every operation."""
    names = set()
    for item in SPEC["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for code, response in operation.get("responses", {}).items():
                if not code.startswith("2"):
                    continue
                for content in response.get("content", {}).values():
                    names.add(content["schema"]["$ref"].rsplit("/", 1)[1])
    return sorted(names)


RESPONSES = response_schemas()


# --- schemas ---------------------------------------------------------------------------------


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with $ref and single-member allOf replaced by what they point to."""
    while True:
        if "$ref" in schema:
            schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
        elif "allOf" in schema and len(schema["allOf"]) == 1:
            merged = {k: v for k, v in schema.items() if k != "allOf"}
            schema = {**resolve(schema["allOf"][0]), **merged}
        else:
            return schema


def kind(schema: dict[str, Any]) -> str:
    """What the generated code checks a value of this schema against."""
    s = resolve(schema)
    if "enum" in s:
        return "enum"
    if s.get("format") in ("date-time", "date"):
        return s["format"]
    if s.get("type") == "object" or "properties" in s:
        return "object"
    return str(s.get("type", "any"))


def build(schema: dict[str, Any], depth: int = 0) -> Any:
    """A valid JSON value of the schema, with every property present and nothing null."""
    s = resolve(schema)
    k = kind(s)
    if k == "enum":
        return s["enum"][0]
    if k == "date-time":
        return "2026-01-02T03:04:05.123456+00:00"
    if k == "date":
        return "2026-01-02"
    if k == "object":
        if depth > 6:
            return {}
        value = {name: build(sub, depth + 1) for name, sub in s.get("properties", {}).items()}
        extra = s.get("additionalProperties")
        if isinstance(extra, dict) and not s.get("properties"):
            value["some_key"] = build(extra, depth + 1)
        return value
    if k == "array":
        return [build(s.get("items", {}), depth + 1)] if depth <= 6 else []
    if k == "integer":
        return 7
    if k == "number":
        return 1.5
    if k == "boolean":
        return True
    if k == "string":
        return "2b9a0c3e-7c4f-4a59-9a3b-0f0f0f0f0f0f" if s.get("format") == "uuid" else "text"
    return "anything"


WRONG = {
    "string": 12345,
    "enum": 12345,
    "integer": "seven",
    "number": "one and a half",
    "boolean": "yes",
    "array": {"not": "a list"},
    "object": ["not", "an", "object"],
    "date-time": "not a time",
    "date": "2026-13-45",
}


# --- walking an instance next to its model -----------------------------------------------------

Path = tuple[str | int, ...]


def nodes(schema: dict[str, Any], value: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    """Every object of a valid instance that has declared properties, with its schema."""
    s = resolve(schema)
    k = kind(s)
    if k == "object" and isinstance(value, dict):
        if s.get("properties"):
            yield path, s
        for name, sub in s.get("properties", {}).items():
            if name in value:
                yield from nodes(sub, value[name], (*path, name))
    elif k == "array" and isinstance(value, list):
        for i, item in enumerate(value):
            yield from nodes(s.get("items", {}), item, (*path, i))


def attribute(model: Any, key: str) -> str:
    """The attribute of a generated model that holds the body's key (`type` -> `type_`)."""
    for field in attrs.fields(type(model)):
        if field.name not in MARKS and _norm(field.name.rstrip("_")) == _norm(key):
            return field.name
    raise KeyError(key)


def locate(model: Any, path: Path) -> Any:
    """The part of a parsed model at the path of its body."""
    for step in path:
        if isinstance(step, int):
            model = model[step]
        elif attrs.has(type(model)) and any(f.name not in MARKS for f in attrs.fields(type(model))):
            model = getattr(model, attribute(model, step))
        else:
            model = model[step]
    return model


def get(body: Any, path: Path) -> Any:
    for step in path:
        body = body[step]
    return body


def read_fully(model: Any, value: Any) -> None:
    """Every value of a valid body was read: no field is None and nothing was left unread."""
    if isinstance(value, list):
        assert isinstance(model, list) and len(model) == len(value)
        for item, raw in zip(model, value, strict=True):
            read_fully(item, raw)
        return
    if not isinstance(value, dict):
        assert model is not None and model is not UNSET
        return
    fields = [f.name for f in attrs.fields(type(model)) if f.name not in MARKS]
    if not fields:  # a map (additionalProperties with a schema): its entries are the data
        for key, raw in value.items():
            read_fully(model[key], raw)
        return
    assert model.additional_properties == {}, type(model).__name__
    for key, raw in value.items():
        read_fully(getattr(model, attribute(model, key)), raw)


def names(schema_name: str) -> list[str]:
    return list(resolve(SCHEMAS[schema_name]).get("properties", {}))


# --- tests -----------------------------------------------------------------------------------


def test_every_response_schema_is_walked() -> None:
    assert len(RESPONSES) > 80
    assert {"GetOrdersResponse", "GetOrderGroupResponse", "CreateOrderV2Response"} <= set(RESPONSES)


@pytest.mark.parametrize("schema_name", RESPONSES)
def test_valid_body_is_read_and_written_back(schema_name: str) -> None:
    cls = model_class(schema_name)
    body = build(SCHEMAS[schema_name])
    model = cls.from_dict(copy.deepcopy(body))
    read_fully(model, body)
    assert model.to_dict() == body


@pytest.mark.parametrize("schema_name", RESPONSES)
def test_missing_keys_read_as_none(schema_name: str) -> None:
    cls = model_class(schema_name)
    valid = build(SCHEMAS[schema_name])
    for path, schema in nodes(SCHEMAS[schema_name], valid):
        for key in schema["properties"]:
            body = copy.deepcopy(valid)
            del get(body, path)[key]
            model = cls.from_dict(body)
            part = locate(model, path)
            assert getattr(part, attribute(part, key)) is None, (path, key)
            assert key not in part.additional_properties
            assert model.to_dict() == body, (path, key)
        # Every key missing at once.
        body = copy.deepcopy(valid)
        get(body, path).clear()
        model = cls.from_dict(body)
        part = locate(model, path)
        assert all(getattr(part, attribute(part, key)) is None for key in schema["properties"])
        assert model.to_dict() == body


@pytest.mark.parametrize("schema_name", RESPONSES)
def test_wrong_types_read_as_none_and_kept_raw(schema_name: str) -> None:
    cls = model_class(schema_name)
    valid = build(SCHEMAS[schema_name])
    for path, schema in nodes(SCHEMAS[schema_name], valid):
        for key, sub in schema["properties"].items():
            k = kind(sub)
            if k == "any":
                continue
            body = copy.deepcopy(valid)
            get(body, path)[key] = WRONG[k]
            model = cls.from_dict(body)
            part = locate(model, path)
            assert getattr(part, attribute(part, key)) is None, (path, key)
            assert part[key] == WRONG[k], (path, key)
            assert model.to_dict() == body, (path, key)


@pytest.mark.parametrize("schema_name", RESPONSES)
def test_list_items_of_the_wrong_shape_are_skipped_and_the_list_kept_raw(
    schema_name: str,
) -> None:
    cls = model_class(schema_name)
    valid = build(SCHEMAS[schema_name])
    for path, schema in nodes(SCHEMAS[schema_name], valid):
        for key, sub in schema["properties"].items():
            s = resolve(sub)
            if kind(s) != "array" or kind(s.get("items", {})) == "any":
                continue
            body = copy.deepcopy(valid)
            good = get(body, path)[key][0]
            bad = WRONG[kind(s["items"])]
            get(body, path)[key] = [bad, good]
            model = cls.from_dict(body)
            part = locate(model, path)
            read = getattr(part, attribute(part, key))
            assert len(read) == 1, (path, key)
            read_fully(read[0], good)
            assert part[key] == [bad, good]


@pytest.mark.parametrize("schema_name", RESPONSES)
def test_nulls_read_as_none_and_empty_lists(schema_name: str) -> None:
    cls = model_class(schema_name)
    valid = build(SCHEMAS[schema_name])
    for path, schema in nodes(SCHEMAS[schema_name], valid):
        body = copy.deepcopy(valid)
        node = get(body, path)
        for key in schema["properties"]:
            node[key] = None
        model = cls.from_dict(body)
        part = locate(model, path)
        for key, sub in schema["properties"].items():
            value = getattr(part, attribute(part, key))
            assert value == ([] if kind(sub) == "array" else None), (path, key)
        assert part.additional_properties == {}
        written = model.to_dict()
        for key, sub in schema["properties"].items():
            node[key] = [] if kind(sub) == "array" else None
        assert written == body


@pytest.mark.parametrize("schema_name", RESPONSES)
def test_unknown_enum_values_and_extra_keys_are_kept(schema_name: str) -> None:
    cls = model_class(schema_name)
    valid = build(SCHEMAS[schema_name])
    body = copy.deepcopy(valid)
    enums: list[tuple[Path, str]] = []
    places = list(nodes(SCHEMAS[schema_name], valid))
    for path, schema in places:
        node = get(body, path)
        node.update(copy.deepcopy(EXTRA))
        for key, sub in schema["properties"].items():
            if kind(sub) == "enum" and isinstance(node[key], str):
                node[key] = NEW_ENUM
                enums.append((path, key))
    model = cls.from_dict(body)
    for path, _ in places:
        part = locate(model, path)
        assert part["brand_new_field"] == EXTRA["brand_new_field"]
        assert "brand_new_field" in part.additional_keys
    for path, key in enums:
        part = locate(model, path)
        assert getattr(part, attribute(part, key)) == NEW_ENUM
    assert model.to_dict() == body


@pytest.mark.parametrize("schema_name", RESPONSES)
@pytest.mark.parametrize("body", [None, [], "text", 7, [{"a": 1}]])
def test_a_body_that_is_not_an_object_reads_as_an_empty_model(schema_name: str, body: Any) -> None:
    model = model_class(schema_name).from_dict(body)
    for key in names(schema_name):
        assert getattr(model, attribute(model, key)) is None
    assert model.to_dict() == {}


# --- the rules one by one, on the models users meet first -------------------------------------


def test_order_reads_a_drifted_body_and_keeps_the_raw_values() -> None:
    body = build(SCHEMAS["Order"])
    body.update(
        created_time="yesterday",
        exchange_index="0",
        ticker=None,
        status="partially_filled",
        queue_rank=3,
    )
    del body["order_id"]
    order = models.Order.from_dict(body)
    assert order.created_time is None and order["created_time"] == "yesterday"
    assert order.exchange_index is None and order["exchange_index"] == "0"
    assert order.ticker is None and "ticker" not in order
    assert order.order_id is None
    assert order.status == "partially_filled"
    assert order["queue_rank"] == 3
    assert order.last_update_time == datetime.datetime(
        2026, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.UTC
    )
    assert order.to_dict() == body


def test_response_models_default_to_none_not_unset() -> None:
    order = models.Order(ticker="T")
    assert order.order_id is None and order.created_time is None
    assert order.to_dict() == {"ticker": "T"}


def test_null_list_reads_as_empty_list() -> None:
    detail = models.GetOrderGroupResponse.from_dict({"orders": None})
    assert detail.orders == []
    assert detail.is_auto_cancel_enabled is None


def test_request_models_still_leave_unset_fields_out() -> None:
    # exchange_index has the spec's default (0); a None given is sent as null, as before.
    request = models.CreateOrderGroupRequest(contracts_limit=5)
    assert request.to_dict() == {"contracts_limit": 5, "exchange_index": 0}
    request = models.CreateOrderGroupRequest(contracts_limit_fp="5.00", subaccount=None)
    assert request.to_dict() == {
        "contracts_limit_fp": "5.00",
        "exchange_index": 0,
        "subaccount": None,
    }
    assert models.CreateOrderGroupRequest(exchange_index=UNSET).to_dict() == {}


def test_model_of_a_request_and_a_response_reads_none_and_writes_back_what_it_read() -> None:
    # TickerPair is both a request item and a response item.
    pair = models.TickerPair.from_dict({"market_ticker": "M", "side": 3, "event_ticker": None})
    assert (pair.market_ticker, pair.side, pair.event_ticker) == ("M", None, None)
    assert pair["side"] == 3
    assert pair.to_dict() == {"market_ticker": "M", "side": 3, "event_ticker": None}


def test_map_entry_of_the_wrong_shape_is_kept_as_it_came() -> None:
    body = {"nba": {"scopes": ["game"]}, "nfl": "not an object"}
    competitions = models.SportFilterDetailsCompetitions.from_dict(body)
    assert isinstance(competitions["nba"], models.ScopeList)
    assert competitions["nfl"] == "not an object"
    assert competitions.to_dict() == body
