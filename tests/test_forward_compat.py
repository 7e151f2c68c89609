"""Parsing that survives the server's evolution: recorded shapes, extra fields, new enum values."""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import httpx
import kalshi
import pytest
from kalshi import CreatedOrderGroup, OrderGroup, OrderGroupDetail
from kalshi._errors import make_status_error
from kalshi.resources.orders import _parse_order

# Response bodies as the live service sent them (research notes, recorded fixtures).
RECORDED_CREATE = [
    ({"exchange_index": 0, "order_group_id": "699f1df0-aaaa", "subaccount": 0}, 0),
    ({"order_group_id": "699f1df0-aaaa", "subaccount": 0}, None),
]


@pytest.mark.parametrize(("body", "exchange_index"), RECORDED_CREATE)
def test_recorded_create_bodies(body: dict[str, Any], exchange_index: int | None) -> None:
    created = CreatedOrderGroup.from_dict(body)
    assert (created.order_group_id, created.subaccount, created.exchange_index) == (
        "699f1df0-aaaa",
        0,
        exchange_index,
    )


def test_recorded_get_body() -> None:
    detail = OrderGroupDetail.from_dict(
        {
            "contracts_limit_fp": "5.00",
            "exchange_index": 0,
            "is_auto_cancel_enabled": False,
            "orders": [],
        }
    )
    assert (detail.contracts_limit, detail.orders, detail.is_auto_cancel_enabled) == (5, [], False)


@pytest.mark.parametrize("body", [{}, {"order_groups": None}, {"order_groups": []}])
def test_list_bodies_that_mean_empty(body: Any) -> None:
    from kalshi._group_routes import GroupRoutes
    from kalshi.resources.order_groups import _list

    assert _list(GroupRoutes(), None).parse(body) == []


@pytest.mark.parametrize("orders", [None, "missing", []])
def test_get_orders_never_none(orders: Any) -> None:
    body = (
        {"is_auto_cancel_enabled": True}
        if orders == "missing"
        else {"is_auto_cancel_enabled": True, "orders": orders}
    )
    assert OrderGroupDetail.from_dict(body).orders == []


def test_legacy_order_without_optional_fields() -> None:
    # order_group_id and exchange_index are absent when not set, as recorded.
    order = _parse_order(
        {"order": {"order_id": "o", "ticker": "T", "status": "resting", "client_order_id": "c"}}
    )
    assert (order.order_group_id, order.exchange_index, order.status) == (None, None, "resting")


def test_unknown_fields_and_enum_values_are_kept() -> None:
    order = _parse_order({"order": {
        "order_id": "o", "ticker": "T", "status": "partially_filled", "book_side": "middle",
        "type": "iceberg", "queue_position": 4, "created_time": "2026-11-25T10:00:00Z",
        "last_update_time": "not a time",
    }})  # fmt: skip
    assert (order.status, order.book_side, order.type_) == ("partially_filled", "middle", "iceberg")
    assert order["queue_position"] == 4 and order.additional_properties["queue_position"] == 4
    assert order.created_time is not None and order.created_time.tzinfo is not None
    assert order.last_update_time is None and order["last_update_time"] == "not a time"
    assert order.to_dict()["last_update_time"] == "not a time"
    group = OrderGroup.from_dict({"id": "g", "is_auto_cancel_enabled": True, "status": "new-field"})
    assert group["status"] == "new-field" and group.contracts_limit is None


def test_fractional_limit_is_not_rounded() -> None:
    group = OrderGroup.from_dict(
        {"id": "g", "contracts_limit_fp": "2.50", "is_auto_cancel_enabled": False}
    )
    assert group.contracts_limit is None and group.contracts_limit_fp == "2.50"


ERROR_SHAPES = [
    (404, {"error": {"code": "not_found", "message": "not found", "service": "exchange"}}, "not_found", "not found", None),
    (400, {"error": {"code": "invalid_order", "message": "invalid order", "details": "post only cross"}}, "invalid_order", "invalid order", "post only cross"),
    (400, {"code": "bad_request", "message": "bad request", "details": "json: cannot unmarshal"}, "bad_request", "bad request", "json: cannot unmarshal"),
    (400, {"msg": "Parameter validation failed for limit"}, None, "Parameter validation failed for limit", None),
    (429, {"error": "too many requests"}, None, "too many requests", None),
    (401, {"error": {"code": "user_not_found:_1234", "message": "user not found"}}, "user_not_found:_1234", "user not found", None),
    (502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", None, "502 Bad Gateway", None),
    (500, "", None, "Internal Server Error", None),
    (503, "[1, 2]", None, "Service Unavailable", None),
]  # fmt: skip


@pytest.mark.parametrize(("status", "body", "code", "message", "details"), ERROR_SHAPES)
def test_every_error_shape(
    status: int, body: Any, code: str | None, message: str, details: Any
) -> None:
    request = httpx.Request("GET", "https://external-api.kalshi.com/trade-api/v2/x")
    if isinstance(body, str):
        response = httpx.Response(status, text=body, request=request)
    else:
        response = httpx.Response(status, json=body, request=request)
    error = make_status_error(response, key_id="k")
    assert isinstance(error, kalshi.APIStatusError)
    assert (error.code, error.details) == (code, details)
    assert message in error.message


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_success_status_with_a_body_that_is_not_json(
    kind: str, private_pem: str, httpx_mock: Any
) -> None:
    from conftest import BASE, Api, make_client

    api = Api(make_client(kind, private_pem))
    httpx_mock.add_response(url=f"{BASE}/portfolio/order_groups/g", text="{not json")
    httpx_mock.add_response(
        method="POST", url=f"{BASE}/portfolio/order_groups/create", status_code=201, text="<html>"
    )
    with pytest.raises(kalshi.APIResponseError, match="not JSON") as caught:
        await api(lambda c: c.order_groups.get("g"))
    assert caught.value.status_code == 200 and caught.value.outcome_unknown is False
    with pytest.raises(kalshi.APIResponseError, match=r"order_groups\.list") as caught:
        await api(lambda c: c.order_groups.create(contracts_limit=3))
    assert caught.value.outcome_unknown is True
    assert len(httpx_mock.get_requests()) == 2


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("2026-11-25T10:00:00Z", datetime.datetime(2026, 11, 25, 10, tzinfo=datetime.UTC)),
        (
            "2026-11-25T10:00:00.123456789Z",
            datetime.datetime(2026, 11, 25, 10, 0, 0, 123456, tzinfo=datetime.UTC),
        ),
        # ISO 8601's end-of-day 24:00, which only the fallback parser reads.
        ("2026-11-25T24:00:00Z", datetime.datetime(2026, 11, 26, tzinfo=datetime.UTC)),
    ],
)
def test_order_times_parse_common_and_rare_iso_forms(
    wire: str, expected: datetime.datetime
) -> None:
    order = _parse_order({"order": {"order_id": "o", "created_time": wire}})
    assert order.created_time == expected and "created_time" not in order


SPEC_NAMES = {
    "Order": "Order",
    "ExchangeStatus": "ExchangeStatus",
    "ErrorResponse": "ErrorResponse",
    "CreateOrderV2Response": "CreateOrderV2Response",
    "CancelOrderV2Response": "CancelOrderV2Response",
    "AmendOrderV2Response": "AmendOrderV2Response",
    "DecreaseOrderV2Response": "DecreaseOrderV2Response",
    "BatchCreateOrdersV2ResponseOrdersItem": "BatchCreateOrdersV2ResponseOrdersItem",
    "BatchCancelOrdersV2ResponseOrdersItem": "BatchCancelOrdersV2ResponseOrdersItem",
    "OrderGroup": "OrderGroup",
    "OrderGroupDetail": "GetOrderGroupResponse",
    "CreatedOrderGroup": "CreateOrderGroupResponse",
    "BatchCreateOrdersV2Response": "BatchCreateOrdersV2Response",
    "BatchCancelOrdersV2Response": "BatchCancelOrdersV2Response",
}


SUBCLASSED = {
    "OrderGroup",
    "OrderGroupDetail",
    "CreatedOrderGroup",
    "BatchCreateOrdersV2Response",
    "BatchCancelOrdersV2Response",
}


@pytest.mark.parametrize(("public", "schema"), SPEC_NAMES.items())
def test_public_models_are_the_generated_ones(public: str, schema: str) -> None:
    from kalshi_openapi import models

    cls, generated = getattr(kalshi, public), getattr(models, schema)
    assert issubclass(cls, generated)
    # No copy of the schema's fields: a subclass adds none, except the id a detail is read under.
    added = {f.name for f in attrs.fields(cls)} - {f.name for f in attrs.fields(generated)}
    assert added == ({"order_group_id"} if public == "OrderGroupDetail" else set())
    # Only the names that add a convenience, or differ from the schema's, are subclasses.
    assert (cls is generated) == (public not in SUBCLASSED)


def test_batch_failed_lists_the_results_with_an_error() -> None:
    result = kalshi.BatchCreateOrdersV2Response.from_dict(
        {"orders": [{"order_id": "a"}, {"error": {"code": "x", "details": {"k": 1}}}]}
    )
    (failed,) = result.failed
    assert isinstance(failed.error, kalshi.ErrorResponse) and failed.error.code == "x"
    assert failed.error["details"] == {"k": 1}  # not the spec's string: kept as sent
    assert kalshi.BatchCancelOrdersV2Response.from_dict({"orders": None}).failed == []
    assert kalshi.BatchCancelOrdersV2Response.from_dict({}).failed == []
