"""Time `GetOrdersResponse.from_dict` on a page of 1,000 orders against `json.loads` of it.

Run: `.venv/bin/python openapi/bench_from_dict.py`. A measurement to compare template
changes by, not a test.
"""

from __future__ import annotations

import json
import timeit

from kalshi_openapi.models import GetOrdersResponse


def order(i: int) -> dict[str, object]:
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


def main() -> None:
    """Print the best of several runs for json.loads and for json.loads + from_dict."""
    text = json.dumps({"orders": [order(i) for i in range(1000)], "cursor": "next"})
    data = json.loads(text)
    page = GetOrdersResponse.from_dict(data)
    assert len(page.orders) == 1000 and page.orders[0].client_order_id == "c-000000"
    number, repeat = 20, 7
    loads = min(timeit.repeat(lambda: json.loads(text), number=number, repeat=repeat)) / number
    parse = min(
        timeit.repeat(lambda: GetOrdersResponse.from_dict(data), number=number, repeat=repeat)
    )
    parse /= number
    print(f"json.loads            {loads * 1e3:7.2f} ms")
    print(f"from_dict             {parse * 1e3:7.2f} ms")
    total = loads + parse
    print(f"loads + from_dict     {total * 1e3:7.2f} ms ({total / loads:.2f}x loads)")


if __name__ == "__main__":
    main()
