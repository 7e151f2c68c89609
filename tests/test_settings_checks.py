"""Settings that could never work are refused when the client is built, naming the setting."""

from __future__ import annotations

import math
import random
from typing import Any

import kalshi
import pytest
from conftest import make_client
from kalshi import _retry
from kalshi._auth import Signer
from kalshi._constants import MAX_RETRIES_LIMIT
from kalshi._ratelimit import RateLimit

NOT_FINITE = [math.nan, math.inf, -math.inf, float("-nan")]
BAD_TIMEOUTS = [*NOT_FINITE, 0, -1, -0.5, 10**400, True, "10", None]


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("timeout", BAD_TIMEOUTS, ids=repr)
async def test_a_timeout_that_cannot_work_is_refused(kind: str, timeout: Any) -> None:
    with pytest.raises(ValueError, match="timeout"):
        make_client(kind, None, timeout=timeout)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("timeout", [t for t in BAD_TIMEOUTS if t is not None], ids=repr)
async def test_with_options_refuses_a_timeout_that_cannot_work(kind: str, timeout: Any) -> None:
    client = make_client(kind, None)
    with pytest.raises(ValueError, match="timeout"):
        client.with_options(timeout=timeout)
    assert client.timeout == 10.0


@pytest.mark.parametrize("timeout", [0.001, 1, 30.5, 1e6])
def test_finite_positive_timeouts_are_kept(timeout: float) -> None:
    client = make_client("sync", None, timeout=timeout)
    assert client.timeout == float(timeout)
    assert client.with_options(timeout=timeout * 2).timeout == float(timeout * 2)


RATE_FIELDS = ["read_per_second", "write_per_second", "read_burst_seconds", "write_burst_seconds"]


@pytest.mark.parametrize("field", RATE_FIELDS)
@pytest.mark.parametrize("value", [*NOT_FINITE, 0, -1, 10**400, True, "5"], ids=repr)
def test_a_rate_limit_that_cannot_work_is_refused(field: str, value: Any) -> None:
    budgets: dict[str, Any] = {"read_per_second": 100, "write_per_second": 100, field: value}
    with pytest.raises(ValueError, match=field):
        RateLimit(**budgets)


def test_a_finite_rate_limit_is_kept() -> None:
    limit = RateLimit(read_per_second=0.5, write_per_second=1e4, read_burst_seconds=0.1)
    client = make_client("sync", None, rate_limit=limit)
    assert client._limiter is not None and client._limiter.limit == limit


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    ("value", "error"),
    [(-1, ValueError), (MAX_RETRIES_LIMIT + 1, ValueError), (10**100, ValueError),
     (True, TypeError), (2.0, TypeError), (math.nan, TypeError), ("3", TypeError)],
    ids=repr,
)  # fmt: skip
async def test_max_retries_that_cannot_work_are_refused(
    kind: str, value: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match="max_retries"):
        make_client(kind, None, max_retries=value)
    with pytest.raises(error, match="max_retries"):
        make_client(kind, None).with_options(max_retries=value)


def test_the_largest_max_retries_allowed_can_back_off_every_time() -> None:
    client = make_client("sync", None, max_retries=MAX_RETRIES_LIMIT)
    assert client.max_retries == MAX_RETRIES_LIMIT
    rng = random.Random(1)
    # The backoff for the last retry allowed is still a number of seconds, capped.
    assert 0.0 <= (_retry.backoff_delay(MAX_RETRIES_LIMIT - 1, None, rng) or 0.0) <= 8.0


BAD_KEY_IDS = [
    "0b1e2c3d-key-id\n", "0b1e2c3d-key-id\r\n", "key\x00id", "key\rid", "key\tid",
    "key\x7fid", "kéy-id", "key-id\u2028", " key-id", "key-id ", "\n",
]  # fmt: skip


@pytest.mark.parametrize("key_id", BAD_KEY_IDS, ids=repr)
@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_key_id_a_header_cannot_carry_is_refused(
    kind: str, key_id: str, rsa_key: Any, private_pem: str
) -> None:
    with pytest.raises(ValueError, match="key_id") as caught:
        make_client(kind, private_pem, key_id=key_id)
    message = str(caught.value)
    assert not [line for line in private_pem.splitlines() if len(line) >= 40 and line in message]
    with pytest.raises(ValueError, match="key_id"):
        Signer(key_id, rsa_key)


def test_a_key_id_from_the_environment_with_a_newline_is_refused(
    monkeypatch: pytest.MonkeyPatch, private_pem: str
) -> None:
    monkeypatch.setenv("KALSHI_API_KEY_ID", "0b1e2c3d-key-id\n")
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", private_pem)
    monkeypatch.delenv("KALSHI_PRIVATE_KEY_PATH", raising=False)
    monkeypatch.delenv("KALSHI_ENV", raising=False)
    with pytest.raises(ValueError, match="key_id"):
        kalshi.KalshiClient.from_env()


@pytest.mark.parametrize("key_id", ["0b1e2c3d-key-id", "a", "A-b_c.d~e:f/g+h=", "key id"])
def test_ordinary_key_ids_are_kept(key_id: str, private_pem: str) -> None:
    client = make_client("sync", private_pem, key_id=key_id)
    assert client.key_id == key_id
