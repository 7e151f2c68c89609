"""The feed's generated message models and `parse_frame`, against the normalized feed spec.

Every example here is built from the schema in `openapi/kalshi-ws.yaml`, never typed by hand
per message, so a new message or field in the spec is covered without a new test.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import kalshi_ws.models
import pytest
import yaml
from kalshi.streaming import MESSAGE_TYPES, UnknownFrame, parse_frame

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "kalshi-ws.yaml").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
UNKNOWN = "zz_value_added_later"
# The server frames the SDK must read (the feed's data frames and the command replies).
REQUIRED_TYPES = {
    "orderbook_snapshot",
    "orderbook_delta",
    "ticker",
    "trade",
    "fill",
    "user_order",
    "market_position",
    "market_lifecycle_v2",
    "event_lifecycle",
    "event_fee_update",
    "multivariate_market_lifecycle",
    "order_group_updates",
    "rfq_created",
    "rfq_deleted",
    "quote_created",
    "quote_accepted",
    "quote_executed",
    "subscribed",
    "unsubscribed",
    "ok",
    "error",
}


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema behind any `$ref`, with an `allOf` merged (later parts' properties win)."""
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for part in schema["allOf"]:
        part = resolve(part)
        merged["properties"].update(part.get("properties", {}))
        merged["required"] += part.get("required", [])
    return merged


def example(schema: dict[str, Any]) -> Any:
    """A value valid under schema, with every optional property filled in as well."""
    schema = resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(value for value in schema["enum"] if value is not None)
    kind = schema.get("type")
    if kind == "object":
        return {name: example(prop) for name, prop in schema.get("properties", {}).items()}
    if kind == "array":
        return [example(schema["items"]) for _ in range(max(schema.get("minItems", 1), 1))]
    if kind == "integer":
        return max(schema.get("minimum", 7), 1)
    if kind == "number":
        return 0.25
    if kind == "boolean":
        return True
    return {
        "date-time": "2026-03-04T05:06:07+00:00",
        "uuid": "5b9c1d7e-2f3a-4b5c-8d9e-0f1a2b3c4d5e",
    }.get(schema.get("format", ""), "KXTEST-26")


def frame_messages() -> list[tuple[str, str, dict[str, Any]]]:
    """(type, message name, payload schema) of every JSON message that has a `type` const."""
    found = []
    for message in SPEC["components"]["messages"].values():
        payload = message["payload"]
        if message.get("contentType") != "application/json" or "$ref" not in payload:
            continue
        type_schema = resolve(payload).get("properties", {}).get("type", {})
        if "const" in type_schema:
            found.append((type_schema["const"], message["name"], payload))
    return sorted(found, key=lambda m: m[1])


FRAMES = frame_messages()
IDS = [name for _, name, _ in FRAMES]


def model_class(payload: dict[str, Any]) -> type[Any]:
    """The generated class of a payload schema (`tickerPayload` -> `TickerPayload`)."""
    name = payload["$ref"].rsplit("/", 1)[1]
    cls: type[Any] = getattr(kalshi_ws.models, name[0].upper() + name[1:])
    return cls


def extras_anywhere(model: Any) -> list[Any]:
    """The `additional_properties` of the model and of every model it holds, where not empty."""
    found = [model.additional_properties] if model.additional_properties else []
    for value in vars(model).values() if hasattr(model, "__dict__") else []:
        found += _extras_of_value(value)
    for name in getattr(type(model), "__attrs_attrs__", ()):
        found += _extras_of_value(getattr(model, name.name))
    return found


def _extras_of_value(value: Any) -> list[Any]:
    if hasattr(value, "additional_properties") and not isinstance(value, dict):
        return extras_anywhere(value)
    if isinstance(value, list):
        return [e for item in value for e in _extras_of_value(item)]
    return []


def replace_enums(schema: dict[str, Any], value: Any) -> Any:
    """The example with every enum value (not the `type` const) set to an unknown string."""
    schema = resolve(schema)
    if "enum" in schema:
        return UNKNOWN
    if schema.get("type") == "object" and isinstance(value, dict):
        props = schema.get("properties", {})
        return {k: replace_enums(props[k], v) if k in props else v for k, v in value.items()}
    if schema.get("type") == "array" and isinstance(value, list):
        return [replace_enums(schema["items"], item) for item in value]
    return value


def wrong_types(schema: dict[str, Any], value: Any) -> Any:
    """The example with every scalar field given a value of another JSON type."""
    schema = resolve(schema)
    if schema.get("type") == "object" and isinstance(value, dict):
        props = schema.get("properties", {})
        return {k: wrong_types(props[k], v) if k in props else v for k, v in value.items()}
    if schema.get("type") == "array":
        return {"not": "a list"}
    return ["not", "a", "scalar"] if isinstance(value, str) else "not a number"


def test_the_spec_names_every_frame_the_sdk_reads() -> None:
    assert REQUIRED_TYPES - {frame_type for frame_type, _, _ in FRAMES} == set()


def test_message_types_are_the_spec_messages() -> None:
    types_in_spec = {frame_type for frame_type, _, _ in FRAMES}
    assert set(MESSAGE_TYPES) == types_in_spec
    assert len(MESSAGE_TYPES) == len(types_in_spec)
    for frame_type, name, payload in FRAMES:
        if name == frame_type:  # the message named as its type is the type's model
            assert MESSAGE_TYPES[frame_type] is model_class(payload)


@pytest.mark.parametrize(("frame_type", "name", "payload"), FRAMES, ids=IDS)
def test_every_message_parses_a_spec_valid_example(
    frame_type: str, name: str, payload: dict[str, Any]
) -> None:
    body = example(payload)
    model = parse_frame(copy.deepcopy(body))
    assert type(model) is model_class(payload)
    assert model.type_ == frame_type
    for field in ("sid", "seq", "id"):
        if field in body:
            assert getattr(model, field) == body[field]
    assert extras_anywhere(model) == []  # every field read as its declared type
    assert model.to_dict() == body
    if isinstance(body.get("msg"), dict):
        assert model.msg.to_dict() == body["msg"]


@pytest.mark.parametrize(("frame_type", "name", "payload"), FRAMES, ids=IDS)
def test_extra_fields_and_unknown_enum_values_are_kept(
    frame_type: str, name: str, payload: dict[str, Any]
) -> None:
    body = replace_enums(payload, example(payload))
    body["type"] = frame_type
    body["added_later"] = {"nested": [1, 2]}
    if isinstance(body.get("msg"), dict):
        body["msg"]["also_added"] = "x"
    model = parse_frame(copy.deepcopy(body))
    assert type(model) is model_class(payload)
    assert model["added_later"] == {"nested": [1, 2]}
    if isinstance(body.get("msg"), dict):
        assert model.msg["also_added"] == "x"
    assert model.to_dict() == body  # the unknown enum values come back as they came


def test_an_unknown_enum_value_is_the_attribute() -> None:
    frame = example({"$ref": "#/components/schemas/userOrderPayload"})
    frame["msg"]["status"] = UNKNOWN
    model = parse_frame(frame)
    assert model.msg.status == UNKNOWN
    assert model.msg.additional_properties == {}


@pytest.mark.parametrize(("frame_type", "name", "payload"), FRAMES, ids=IDS)
def test_fields_of_the_wrong_type_do_not_raise(
    frame_type: str, name: str, payload: dict[str, Any]
) -> None:
    body = wrong_types(payload, example(payload))
    body["type"] = frame_type
    model = parse_frame(copy.deepcopy(body))
    # A `msg` of the wrong shape cannot tell the `ok` replies apart: either model will do.
    assert type(model) in {model_class(p) for t, _, p in FRAMES if t == frame_type}
    for field in ("sid", "seq", "id"):
        if field in body:
            assert getattr(model, field) is None
            assert model[field] == body[field]  # kept as it came


def test_a_frame_with_a_wrong_type_field_does_not_raise() -> None:
    for value in (5, None, ["ticker"], {"t": 1}, ""):
        frame = {"type": value, "sid": 1, "msg": {}}
        result = parse_frame(frame)
        assert isinstance(result, UnknownFrame)
        assert result.frame == frame and result.type == value
    ticker = parse_frame({"type": "ticker", "sid": "one", "msg": "not an object"})
    assert type(ticker) is MESSAGE_TYPES["ticker"]
    assert ticker.sid is None and ticker.msg is None
    assert ticker["sid"] == "one" and ticker["msg"] == "not an object"


def test_an_unknown_type_gives_an_unknown_frame_keeping_the_dict() -> None:
    frame = {"type": "brand_new_channel", "sid": 3, "seq": 9, "msg": {"a": 1}}
    result = parse_frame(frame)
    assert isinstance(result, UnknownFrame)
    assert result.frame == frame and result.type == "brand_new_channel"
    assert (result.sid, result.seq, result.msg) == (3, 9, {"a": 1})
    assert result["msg"] == {"a": 1}
    assert parse_frame({}) == UnknownFrame({})
    not_an_object: Any = [1, 2]
    assert parse_frame(not_an_object) == UnknownFrame(raw=[1, 2])


def test_ok_replies_are_told_apart_by_the_shape_of_msg() -> None:
    listing = parse_frame({"type": "ok", "id": 4, "msg": [{"channel": "ticker", "sid": 2}]})
    assert type(listing) is kalshi_ws.models.ListSubscriptionsResponsePayload
    assert listing.msg[0].channel == "ticker" and listing.msg[0].sid == 2
    update = parse_frame({"type": "ok", "id": 5, "sid": 2, "seq": 7, "msg": {"market_tickers": []}})
    assert type(update) is kalshi_ws.models.OkResponsePayload
    assert (update.id, update.sid, update.seq) == (5, 2, 7)
    bare = parse_frame({"type": "ok", "id": 6})
    assert type(bare) is kalshi_ws.models.OkResponsePayload and bare.id == 6


def test_the_multivariate_payload_has_the_lifecycle_fields_and_its_own_type() -> None:
    frame = example({"$ref": "#/components/schemas/multivariateMarketLifecyclePayload"})
    assert frame["type"] == "multivariate_market_lifecycle"
    model = parse_frame(frame)
    assert model.type_ == "multivariate_market_lifecycle"
    assert model.msg.market_ticker == frame["msg"]["market_ticker"]
    assert model.msg.price_ranges[0].step == frame["msg"]["price_ranges"][0]["step"]


def test_message_models_are_exported_lazily_from_kalshi_streaming() -> None:
    import kalshi.streaming

    for cls in MESSAGE_TYPES.values():
        assert getattr(kalshi.streaming, cls.__name__) is cls
    assert kalshi.streaming.TickerPayloadMsg is kalshi_ws.models.TickerPayloadMsg
    with pytest.raises(AttributeError):
        _ = kalshi.streaming.NoSuchMessage
    code = (
        "import sys, kalshi, kalshi.streaming; "
        "print(sorted(m for m in sys.modules if m.startswith('kalshi_ws') "
        "or m == 'kalshi.streaming._messages'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
