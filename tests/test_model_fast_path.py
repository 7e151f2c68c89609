"""The fast path of the generated `from_dict` reads what the tolerant path reads.

A body with every key, each value of its type or null, is read without the tolerant path;
its dates, date-times and nested models are read on first access. These tests hold that
path to the same results as `_read_tolerant`, the path for every other body.
"""

from __future__ import annotations

import copy
import datetime
from typing import Any

import attrs
import pytest
from kalshi_openapi import models
from test_generated_models import RESPONSES, SCHEMAS, build, model_class


def order_body() -> dict[str, Any]:
    return build(SCHEMAS["Order"])


def market_body() -> dict[str, Any]:
    return build(SCHEMAS["Market"])


def same(fast: Any, slow: Any) -> None:
    """Two models read from the same body hold the same values, extras and nulls."""
    assert type(fast) is type(slow)
    for field in attrs.fields(type(fast)):
        if field.name == "_times_kept":  # which path read the model, nothing it holds
            continue
        a, b = getattr(fast, field.name), getattr(slow, field.name)
        if field.name == "_nulls":
            assert set(a) == set(b)
        elif attrs.has(type(a)):
            same(a, b)
        elif isinstance(a, list) and a and attrs.has(type(a[0])):
            assert len(a) == len(b)
            for x, y in zip(a, b, strict=True):
                same(x, y)
        else:
            assert a == b, field.name
    assert fast.to_dict() == slow.to_dict()


def no_tolerant_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(cls: Any, src_dict: Any) -> Any:
        raise AssertionError(f"{cls.__name__} took the tolerant path")

    for name in models.__all__:
        cls = getattr(models, name)
        if isinstance(cls, type) and "_read_tolerant" in cls.__dict__:
            monkeypatch.setattr(cls, "_read_tolerant", classmethod(refuse))


@pytest.mark.parametrize("schema_name", RESPONSES)
def test_fast_path_reads_what_the_tolerant_path_reads(schema_name: str) -> None:
    cls = model_class(schema_name)
    if "_read_tolerant" not in cls.__dict__:
        pytest.skip("a map or request model: one path only")
    valid = build(SCHEMAS[schema_name])
    with_extra = {**copy.deepcopy(valid), "brand_new_field": [1, {"two": 2}]}
    all_null = dict.fromkeys(valid)
    for body in (valid, with_extra, all_null):
        same(cls.from_dict(copy.deepcopy(body)), cls._read_tolerant(copy.deepcopy(body)))


def test_pages_of_valid_bodies_never_take_the_tolerant_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    no_tolerant_path(monkeypatch)
    orders = models.GetOrdersResponse.from_dict({"orders": [order_body()] * 3, "cursor": "c"})
    markets = models.GetMarketsResponse.from_dict({"markets": [market_body()], "cursor": "c"})
    assert [o.ticker for o in orders.orders or []] == ["text"] * 3
    market = (markets.markets or [])[0]
    assert market.price_ranges and isinstance(market.price_ranges[0], models.PriceRange)
    assert isinstance(market.created_time, datetime.datetime)


def test_a_body_with_a_value_of_another_type_takes_the_tolerant_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    no_tolerant_path(monkeypatch)
    body = order_body()
    body["exchange_index"] = "0"
    with pytest.raises(AssertionError, match="Order took the tolerant path"):
        models.Order.from_dict(body)


def test_a_time_that_does_not_parse_is_kept_before_the_field_is_read() -> None:
    body = order_body()
    body["created_time"] = "yesterday"
    order = models.Order.from_dict(body)
    # Not one field read yet: the extras already hold the raw value.
    assert "created_time" in order
    assert order.additional_keys == ["created_time"]
    assert order["created_time"] == "yesterday"
    assert order.created_time is None
    assert order.to_dict() == body


def test_a_time_that_does_not_parse_is_written_back_by_to_dict_first() -> None:
    body = market_body()
    body["settlement_ts"] = "not a time"
    assert models.Market.from_dict(body).to_dict() == body


def test_lazy_fields_are_read_once_and_can_be_set() -> None:
    market = models.Market.from_dict(market_body())
    assert market.created_time is market.created_time
    assert market.created_time == datetime.datetime(
        2026, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.UTC
    )
    assert market.price_ranges is market.price_ranges
    assert market.mve_selected_legs is market.mve_selected_legs
    later = datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC)
    market.created_time = later
    market.price_ranges = []
    assert market.created_time is later and market.price_ranges == []
    assert market.to_dict()["created_time"] == later.isoformat()


def test_models_read_by_either_path_compare_equal() -> None:
    body = market_body()
    assert models.Market.from_dict(body) == models.Market._read_tolerant(body)
    assert models.Market.from_dict(body) != models.Market.from_dict({**body, "ticker": "other"})
    assert "created_time=datetime.datetime(2026" in repr(models.Market.from_dict(body))


def test_a_null_pattern_is_kept_per_model() -> None:
    first = order_body()
    first["expiration_time"] = None
    second = order_body()
    second["order_group_id"] = None
    a, b = models.Order.from_dict(first), models.Order.from_dict(second)
    assert a.to_dict() == first and b.to_dict() == second
    assert a.expiration_time is None and b.order_group_id is None
