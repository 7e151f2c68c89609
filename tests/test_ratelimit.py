"""Client-side rate limiting: token buckets that make a burst wait."""

from __future__ import annotations

from typing import Any

import kalshi
import pytest
from conftest import BASE, make_client
from kalshi._ratelimit import TIERS, RateLimiter, TokenBucket, make_limiter
from pytest_httpx import HTTPXMock


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_bucket_allows_its_capacity_then_spaces_requests() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=100, capacity=100, clock=clock)
    assert [bucket.reserve(10) for _ in range(10)] == [0.0] * 10
    assert bucket.reserve(10) == pytest.approx(0.1)
    assert bucket.reserve(10) == pytest.approx(0.2)
    clock.now += 0.2
    assert bucket.reserve(10) == pytest.approx(0.1)
    clock.now += 100
    assert bucket.reserve(10) == 0.0  # refilled, but never above capacity:
    assert [bucket.reserve(10) for _ in range(9)] == [0.0] * 9
    assert bucket.reserve(10) > 0


def _reserve(limiter: RateLimiter, operation_id: str, items: int = 1) -> float:
    """Reserve for one request of an operation, with the table's bucket and cost."""
    from kalshi._call import Call
    from kalshi._operations import OPERATIONS

    row = OPERATIONS[operation_id]
    call: Call[None] = Call({"method": row.method, "url": row.path}, lambda _: None,
                            operation=operation_id, items=items)  # fmt: skip
    return limiter.reserve(call.bucket, call.cost)


def test_reads_and_writes_draw_on_separate_buckets() -> None:
    clock = FakeClock()
    limiter = RateLimiter(TIERS["basic"], clock=clock)
    assert all(_reserve(limiter, "GetOrders") == 0.0 for _ in range(20))  # 200 read tokens
    assert _reserve(limiter, "GetOrders") > 0
    assert all(_reserve(limiter, "CreateOrderV2") == 0.0 for _ in range(10))  # 100 write
    assert _reserve(limiter, "ResetOrderGroup") == pytest.approx(0.1)


def test_costs_come_from_the_operation_table() -> None:
    clock = FakeClock()
    limiter = RateLimiter(TIERS["basic"], clock=clock)
    assert _reserve(limiter, "BatchCreateOrdersV2", items=10) == 0.0  # 10 x 10 tokens
    assert _reserve(limiter, "GetOrderGroups") == 0.1  # a group read is a write: bucket empty
    clock.now += 2.0  # refilled
    assert all(_reserve(limiter, "CancelOrderV2") == 0.0 for _ in range(50))  # 2 tokens each
    assert _reserve(limiter, "CancelOrderV2") > 0
    # GET /portfolio/orders/{order_id} costs 2 read tokens, a path with an id included.
    assert all(_reserve(limiter, "GetOrder") == 0.0 for _ in range(100))


@pytest.mark.parametrize("bad", ["platinum", 5, kalshi.RateLimit])
def test_bad_rate_limit(bad: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        make_limiter(bad)
    with pytest.raises(ValueError, match="read_per_second"):
        kalshi.RateLimit(read_per_second=0, write_per_second=1)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_client_waits_instead_of_bursting(
    kind: str, private_pem: str, httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio
    import time

    waited: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(time, "sleep", waited.append)
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    httpx_mock.add_response(url=f"{BASE}/portfolio/order_groups/g/reset", json={}, is_reusable=True)
    client = make_client(
        kind,
        private_pem,
        rate_limit=kalshi.RateLimit(read_per_second=10, write_per_second=10, write_burst_seconds=2),
    )
    for _ in range(3):
        result = client.order_groups.reset("g")
        if kind == "async":
            await result
    assert waited[:2] == [0.0, 0.0] and waited[2] > 0.9
