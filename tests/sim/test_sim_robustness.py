"""Whatever arrives, the simulator answers with well-formed JSON and never a 5xx.

(A handler that crashes answers 500: see test_sim_unserved.py.)
"""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

GROUP = "/portfolio/order_groups/0b0c7c36-3b5e-4a51-9b0e-6cf0e0d7a001"
JSON_HEADERS = {"Content-Type": "application/json"}

V2 = "/portfolio/events/orders"
ORDER = GROUP.replace("order_groups", "events/orders")
_FIELDS = b'"ticker":"A","side":"bid","time_in_force":"good_till_canceled","self_trade_prevention_type":"maker"'

MALFORMED: list[tuple[str, str, bytes | None]] = [
    ("POST", V2, b"{"),
    ("POST", V2, b"null"),
    ("POST", V2, b"[1, 2, 3]"),
    ("POST", V2, b'"just a string"'),
    ("POST", V2, b'{"ticker": 5, "side": [], "price": {}}'),
    ("POST", V2, b"{" + _FIELDS + b',"count":1e400,"price":"0.5"}'),
    ("POST", V2, b"{" + _FIELDS + b',"count":' + b"9" * 5000 + b"}"),
    ("POST", V2, b"{" + _FIELDS + b',"count":"9' + b"9" * 400 + b'","price":"0.05"}'),
    (
        "POST",
        V2,
        b"{" + _FIELDS + b',"count":"1","price":"0.05","expiration_time":9223372036854775807}',
    ),
    ("POST", V2, b"{" + _FIELDS + b',"count":"1","price":"0.' + b"0" * 400 + b'5"}'),
    ("POST", V2, b'{"ticker":"\xff\xfe","side":"bid"}'),
    ("POST", V2, b"[" * 100_000 + b"]" * 100_000),
    ("POST", V2, b'{"a": NaN, "b": Infinity}'),
    ("POST", V2, b""),
    ("POST", V2 + "/batched", b'{"orders": [null, 5, "x", [], {}]}'),
    ("POST", V2 + "/batched", b'{"orders": {}}'),
    ("DELETE", V2 + "/batched", b'{"orders": [null, {"order_id": 5}, {"order_id": ""}]}'),
    ("DELETE", V2 + "/batched", b"not json"),
    ("POST", ORDER + "/amend", b'{"ticker":"A","side":"bid","price":"2","count":"-1"}'),
    ("POST", ORDER + "/decrease", b'{"reduce_by":"1","reduce_to":"1"}'),
    ("DELETE", V2 + "?subaccount=-3", None),
    ("POST", "/portfolio/orders", b"{"),
    ("DELETE", "/portfolio/orders/batched", b"\x00"),
    ("POST", "/portfolio/order_groups/create", b'{"contracts_limit": -9223372036854775808}'),
    ("POST", "/portfolio/order_groups/create", b'{"contracts_limit_fp": "1e5"}'),
    ("POST", "/portfolio/order_groups/create", b'{"contracts_limit_fp": "\\u0661\\u0662"}'),
    ("POST", "/portfolio/order_groups/create", b'{"subaccount": 1e309, "contracts_limit": 1}'),
    ("PUT", GROUP + "/limit", b'{"contracts_limit": true}'),
    ("PUT", GROUP + "/reset", b"[]"),
    ("GET", "/portfolio/order_groups/%E2%98%83", None),
    ("GET", "/portfolio/order_groups/..%2F..%2Fetc%2Fpasswd", None),
    ("GET", "/portfolio/orders/../../../etc/passwd", None),
    ("GET", "/portfolio/orders/%00", None),
    ("GET", "/portfolio/orders/" + "a" * 5000, None),
    ("GET", "/portfolio/orders?limit=99999999999999999999999", None),
    ("GET", "/portfolio/orders?limit=-1&min_ts=abc&status=%FF", None),
    ("GET", "/portfolio/orders?cursor=" + "%" * 50, None),
    ("GET", "/portfolio/order_groups?subaccount=1e3", None),
    ("GET", "/portfolio/balance?subaccount=99", None),
    ("DELETE", "/portfolio/orders/\u00e9\u00e8", None),
    ("DELETE", GROUP + "?subaccount=-5&exchange_index=7", None),
    ("GET", "/markets/%20", None),
    ("GET", "/markets/" + "A" * 10_000, None),
    ("GET", "//trade-api//v2//exchange/status", None),
    ("OPTIONS", "/portfolio/orders", None),
    ("HEAD", "/exchange/status", None),
]


@pytest.mark.parametrize(("method", "path", "body"), MALFORMED)
async def test_malformed_requests_never_get_a_5xx(
    client: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
    method: str,
    path: str,
    body: bytes | None,
) -> None:
    with caplog.at_level(logging.ERROR, logger="kalshi.sim"):
        response = await client.request(method, path, content=body, headers=JSON_HEADERS)
    assert response.status_code < 500
    assert caplog.records == [], "handled only by the catch-all"
    if method != "HEAD":
        assert isinstance(response.json(), dict)


@hypothesis_settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    path=st.sampled_from(
        [V2, V2 + "/batched", ORDER + "/amend", "/portfolio/order_groups/create", GROUP + "/limit"]
    ),
    body=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "ticker",
                        "side",
                        "count",
                        "price",
                        "time_in_force",
                        "self_trade_prevention_type",
                        "orders",
                        "reduce_only",
                        "contracts_limit",
                        "contracts_limit_fp",
                        "subaccount",
                        "order_group_id",
                        "x",
                    ]
                ),
                inner,
                max_size=6,
            )
        ),
        max_leaves=10,
    ),
)
async def test_fuzzed_bodies_never_get_a_5xx(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, path: str, body: object
) -> None:
    method = "PUT" if path.endswith("/limit") else "POST"
    content = json.dumps(body, allow_nan=True).encode()
    with caplog.at_level(logging.ERROR, logger="kalshi.sim"):
        response = await client.request(method, path, content=content, headers=JSON_HEADERS)
    assert 200 <= response.status_code < 500
    assert caplog.records == [], "handled only by the catch-all"
    assert isinstance(response.json(), dict)
