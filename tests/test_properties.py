"""Property tests: ids stay one path segment, bad arguments never reach the wire, parsing never raises."""

from __future__ import annotations

import string
from typing import Any
from urllib.parse import unquote

import httpx
import kalshi
from conftest import BASE, KEY_ID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kalshi import (
    BatchCreateOrdersV2ResponseOrdersItem,
    CancelOrderV2Response,
    CreatedOrderGroup,
    CreateOrderV2Response,
    Order,
    OrderGroup,
    OrderGroupDetail,
)

PREFIX = b"/trade-api/v2/portfolio/order_groups/"
SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


class Recorder:
    """A transport that records what would be sent and answers like Kalshi would."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        body = {"is_auto_cancel_enabled": False, "orders": [], "order_group_id": "g"}
        return httpx.Response(200, json=body)


def client_with(recorder: Recorder, rsa_key: Any) -> kalshi.KalshiClient:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return kalshi.KalshiClient(key_id=KEY_ID, private_key=rsa_key, http_client=http, base_url=BASE)


@SETTINGS
@given(group_id=st.text(min_size=1).filter(lambda s: s.strip() and s not in (".", "..")))
def test_any_id_is_one_percent_encoded_segment(rsa_key: Any, group_id: str) -> None:
    recorder = Recorder()
    client_with(recorder, rsa_key).order_groups.get(group_id)
    (request,) = recorder.requests
    raw = request.url.raw_path
    assert raw.startswith(PREFIX)
    segment = raw[len(PREFIX) :]
    assert b"/" not in segment and b"?" not in segment and b"#" not in segment
    assert unquote(segment.decode("ascii"), errors="strict") == group_id


ANY = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**7), 10**7),
    st.floats(allow_nan=True),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
)


def _valid_int(value: Any, low: int, high: int | None) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and value >= low
        and (high is None or value <= high)
    )


@SETTINGS
@given(contracts_limit=ANY, subaccount=ANY, exchange_index=ANY)
def test_invalid_create_arguments_raise_before_sending(
    rsa_key: Any, contracts_limit: Any, subaccount: Any, exchange_index: Any
) -> None:
    valid = (
        _valid_int(contracts_limit, 1, 1_000_000)
        and (subaccount is None or _valid_int(subaccount, 0, 63))
        and (exchange_index is None or _valid_int(exchange_index, 0, None))
    )
    recorder = Recorder()
    client = client_with(recorder, rsa_key)
    try:
        client.order_groups.create(
            contracts_limit=contracts_limit, subaccount=subaccount, exchange_index=exchange_index
        )
    except (TypeError, ValueError) as error:
        assert not valid, error
        assert recorder.requests == []
    else:
        assert valid and len(recorder.requests) == 1


PRICE = st.one_of(
    st.none(),
    st.decimals(allow_nan=True),
    st.text(alphabet=string.digits + ".-e", max_size=8),
    st.integers(0, 100),
    st.floats(),
)


@SETTINGS
@given(yes_price=PRICE, no_price=PRICE, count=ANY, side=st.sampled_from(["yes", "no", "YES", ""]))
def test_invalid_orders_raise_before_sending(
    rsa_key: Any, yes_price: Any, no_price: Any, count: Any, side: str
) -> None:
    recorder = Recorder()
    client = client_with(recorder, rsa_key)
    try:
        client.orders.create(
            ticker="T", side=side, action="buy", count=count, yes_price=yes_price, no_price=no_price
        )  # type: ignore[arg-type]
    except (TypeError, ValueError):
        assert recorder.requests == []
    except kalshi.KalshiError:
        # Sent: the answer was not an order, which is fine here; what was sent must be valid.
        pass
    if recorder.requests:
        import json

        body = json.loads(recorder.requests[0].content)
        assert side in ("yes", "no") and _valid_int(count, 1, None)
        prices = [body.get("yes_price_dollars"), body.get("no_price_dollars")]
        assert sum(p is not None for p in prices) == 1
        price = next(p for p in prices if p is not None)
        assert 0 < float(price) < 1 and len(price.split(".")[1]) == 4


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)
VALID_ORDER = {
    "order_id": "o", "user_id": "u", "client_order_id": "c", "ticker": "T", "outcome_side": "yes",
    "book_side": "bid", "type": "limit", "status": "resting", "yes_price_dollars": "0.5000",
    "no_price_dollars": "0.5000", "fill_count_fp": "0.00", "remaining_count_fp": "1.00",
    "initial_count_fp": "1.00", "taker_fees_dollars": "0", "maker_fees_dollars": "0",
    "taker_fill_cost_dollars": "0", "maker_fill_cost_dollars": "0",
}  # fmt: skip
VALID = [
    (Order, VALID_ORDER),
    (
        OrderGroup,
        {
            "id": "g",
            "is_auto_cancel_enabled": False,
            "contracts_limit_fp": "1.00",
            "exchange_index": 0,
        },
    ),
    (
        OrderGroupDetail,
        {"is_auto_cancel_enabled": True, "orders": ["a"], "contracts_limit_fp": "1.00"},
    ),
    (CreatedOrderGroup, {"order_group_id": "g", "subaccount": 0, "exchange_index": 0}),
    (CancelOrderV2Response, {"order_id": "o1", "reduced_by": "1.00", "ts_ms": 1}),
    (
        CreateOrderV2Response,
        {"order_id": "o1", "fill_count": "0.00", "remaining_count": "1.00", "ts_ms": 1},
    ),
    (
        BatchCreateOrdersV2ResponseOrdersItem,
        {"order_id": None, "error": {"code": "x", "message": "y"}},
    ),
]


# Enum fields of the bodies above, and the attributes that hold them.
ENUMS = {
    "status": "status",
    "book_side": "book_side",
    "type": "type_",
    "outcome_side": "outcome_side",
}


@SETTINGS
@given(
    index=st.integers(0, len(VALID) - 1),
    extra=st.dictionaries(st.text(min_size=1, max_size=12), JSON, max_size=4),
    enum_value=st.text(max_size=12),
)
def test_parsing_never_raises_on_extra_fields_or_enum_values(
    index: int, extra: dict[str, Any], enum_value: str
) -> None:
    model, body = VALID[index]
    wire = {**extra, **body}
    for enum_field in ENUMS:
        if enum_field in body:
            wire[enum_field] = enum_value
    parsed: Any = model.from_dict(wire)
    for key, value in extra.items():
        if key in body:
            continue
        if key in parsed.additional_properties:  # not a field, or one of the wrong type: kept
            assert parsed[key] == value
        else:  # a field the model declares, of the right type: read
            assert value is None or getattr(parsed, ENUMS.get(key, key)) is not None, key
    for enum_field, attribute in ENUMS.items():
        if enum_field in body:  # a value this version does not know stays a plain string
            assert getattr(parsed, attribute) == enum_value


@SETTINGS
@given(
    side=st.sampled_from(["yes", "no"]),
    action=st.sampled_from(["buy", "sell"]),
    ticks=st.integers(1, 9999),
)
def test_the_documented_form_keeps_its_economic_price(side: str, action: str, ticks: int) -> None:
    from decimal import Decimal

    price = Decimal(ticks) / 10000
    order = kalshi.CreateOrderRequest(
        ticker="T", side=side, action=action, count=1, **{f"{side}_price": price}
    )
    sent = order.to_v2("c")
    yes_price = Decimal(sent["price"])
    # The price of the side traded is the one asked for, whichever way V2 quotes it.
    assert (yes_price if side == "yes" else 1 - yes_price) == price
    # Buying YES or selling NO bids for YES; the other two offer it.
    assert (sent["side"] == "bid") == ((side == "yes") == (action == "buy"))
