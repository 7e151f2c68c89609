"""Parsing big pages: `json.loads` of a page's body, and that plus the generated page model.

Two pages of 1,000 items each, every field of the spec's `Order` and `Market` schemas filled
in as the exchange sends them (nullable fields that are usually null are null). "Ours" is
`json.loads` + `from_dict` of the page's response model + reading one field of every item;
"every field" also reads every attribute of every item (so lazily parsed fields are parsed).
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from typing import Any

from kalshi_openapi.models import GetMarketsResponse, GetOrdersResponse

from ._timing import interleave, ratio_spread

ITEMS = 1000


def order(i: int) -> dict[str, Any]:
    """One order with every field of the spec's `Order` schema."""
    return {
        "action": "buy",
        "book_side": "bid",
        "cancel_order_on_pause": False,
        "client_order_id": f"c-{i:06d}",
        "created_time": "2026-01-02T03:04:05.123456Z",
        "exchange_index": 0,
        "expiration_time": None,
        "fill_count_fp": "0.00",
        "initial_count_fp": "10.00",
        "last_update_time": "2026-01-02T03:04:06.5Z",
        "maker_fees_dollars": "0.0000",
        "maker_fill_cost_dollars": "0.0000",
        "no_price_dollars": "0.3500",
        "order_group_id": None,
        "order_id": f"0b8f9c6e-0000-4000-8000-{i:012d}",
        "outcome_side": "yes",
        "remaining_count_fp": "10.00",
        "self_trade_prevention_type": "taker_at_cross",
        "side": "yes",
        "status": "resting",
        "subaccount_number": 0,
        "taker_fees_dollars": "0.0000",
        "taker_fill_cost_dollars": "0.0000",
        "ticker": "KXHIGHNY-26JAN02-T40",
        "type": "limit",
        "user_id": "u-1",
        "yes_price_dollars": "0.6500",
    }


def market(i: int) -> dict[str, Any]:
    """One market with every field of the spec's `Market` schema."""
    return {
        "can_close_early": True,
        "cap_strike": None,
        "close_time": "2026-01-03T04:59:00Z",
        "created_time": "2025-12-30T15:00:00.123456Z",
        "custom_strike": None,
        "early_close_condition": None,
        "event_ticker": "KXHIGHNY-26JAN02",
        "exchange_index": 0,
        "expected_expiration_time": "2026-01-03T15:00:00Z",
        "expiration_time": "2026-01-10T15:00:00Z",
        "expiration_value": "",
        "fee_waiver_expiration_time": None,
        "floor_strike": 40.0 + i % 10,
        "functional_strike": None,
        "is_provisional": False,
        "last_price_dollars": "0.4200",
        "latest_expiration_time": "2026-01-10T15:00:00Z",
        "market_type": "binary",
        "mve_collection_ticker": "",
        "mve_selected_legs": [],
        "no_ask_dollars": "0.5900",
        "no_bid_dollars": "0.5700",
        "no_sub_title": f"{40 + i % 10}° or below",
        "notional_value_dollars": "1.0000",
        "occurrence_datetime": "2026-01-02T23:59:59Z",
        "open_interest_fp": "1520.00",
        "open_time": "2025-12-31T15:00:00Z",
        "previous_price_dollars": "0.4100",
        "previous_yes_ask_dollars": "0.4400",
        "previous_yes_bid_dollars": "0.4000",
        "price_level_structure": "linear_cent",
        "price_ranges": [{"start": "0.0000", "end": "1.0000", "step": "0.0100"}],
        "primary_participant_key": None,
        "result": "",
        "rules_primary": "If the highest temperature recorded in Central Park is above 40°...",
        "rules_secondary": "",
        "settlement_bounds_type": "default",
        "settlement_floor_dollars": "0.0000",
        "settlement_timer_seconds": 300,
        "settlement_ts": None,
        "settlement_value_dollars": None,
        "status": "active",
        "strike_type": "greater",
        "subtitle": "",
        "ticker": f"KXHIGHNY-26JAN02-T{i:04d}",
        "title": "Will the high temp in NYC be above 40° on Jan 2, 2026?",
        "updated_time": "2026-01-02T03:04:05.5Z",
        "volume_24h_fp": "310.00",
        "volume_fp": "8250.00",
        "yes_ask_dollars": "0.4300",
        "yes_ask_size_fp": "120.00",
        "yes_bid_dollars": "0.4100",
        "yes_bid_size_fp": "75.00",
        "yes_sub_title": f"{41 + i % 10}° or above",
    }


def orders_body() -> bytes:
    """The body of a 1,000-order `GET /portfolio/orders` page."""
    return json.dumps({"orders": [order(i) for i in range(ITEMS)], "cursor": "next"}).encode()


def markets_body() -> bytes:
    """The body of a 1,000-market `GET /markets` page."""
    return json.dumps({"markets": [market(i) for i in range(ITEMS)], "cursor": "next"}).encode()


def orders_page(body: bytes) -> int:
    """Decode and parse an order page, then read every order's ticker."""
    n = 0
    for item in GetOrdersResponse.from_dict(json.loads(body)).orders or ():
        n += item.ticker is not None
    return n


def markets_page(body: bytes) -> int:
    """Decode and parse a market page, then read every market's ticker."""
    n = 0
    for item in GetMarketsResponse.from_dict(json.loads(body)).markets or ():
        n += item.ticker is not None
    return n


def read_all(items: list[Any] | None, names: tuple[str, ...]) -> int:
    """Read every attribute of every item (the number of those not None)."""
    n = 0
    for item in items or ():
        for name in names:
            n += getattr(item, name) is not None
    return n


def fields(cls: Any) -> tuple[str, ...]:
    """The attribute names of a generated model's fields."""
    import attrs

    return tuple(f.name for f in attrs.fields(cls) if f.init)


def pages(*, rounds: int, calls: int) -> dict[str, float]:
    """Per-round ratios against `json.loads` of the same body, and medians in seconds.

    Each round runs every contender `calls` times in a rotating order; a ratio is taken within
    one round (the floor and ours side by side), so the median ratio and its quartiles show
    how much the machine moved them. Keys: "<kind> <contender>" (median seconds per page) and
    "<kind> <contender> ratio" / "... q1" / "... q3" (against "<kind> loads").
    """
    from kalshi_openapi.models import Market, Order

    orders, markets = orders_body(), markets_body()
    order_names, market_names = fields(Order), fields(Market)
    # A wrong parser must not be timed: each contender reads every item once up front.
    assert orders_page(orders) == ITEMS and markets_page(markets) == ITEMS
    contenders: dict[str, Callable[[], object]] = {
        "orders loads": lambda: json.loads(orders),
        "orders ours": lambda: orders_page(orders),
        "orders every field": lambda: read_all(
            GetOrdersResponse.from_dict(json.loads(orders)).orders, order_names
        ),
        "markets loads": lambda: json.loads(markets),
        "markets ours": lambda: markets_page(markets),
        "markets every field": lambda: read_all(
            GetMarketsResponse.from_dict(json.loads(markets)).markets, market_names
        ),
    }
    samples = interleave(contenders, rounds=rounds, calls=calls, warmup=1)
    result = {name: statistics.median(values) for name, values in samples.items()}
    for kind in ("orders", "markets"):
        floor = samples[f"{kind} loads"]
        for name in ("ours", "every field"):
            ratio, q1, q3 = ratio_spread(samples[f"{kind} {name}"], floor)
            key = f"{kind} {name}"
            result[f"{key} ratio"], result[f"{key} q1"], result[f"{key} q3"] = ratio, q1, q3
    return result


if __name__ == "__main__":
    result = pages(rounds=41, calls=3)
    for kind in ("orders", "markets"):
        floor = result[f"{kind} loads"]
        for name in ("ours", "every field"):
            key = f"{kind} {name}"
            print(
                f"{kind:8} {name:12} {result[key] * 1e3:7.2f} ms  {result[key + ' ratio']:5.2f}x"
                f" loads (quartiles {result[key + ' q1']:.2f}-{result[key + ' q3']:.2f})"
            )
        print(f"{kind:8} {'loads':12} {floor * 1e3:7.2f} ms")
