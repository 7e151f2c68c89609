"""Client configuration: environments, credentials, hosts, options, and secrets kept out of sight."""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path
from typing import Any

import httpx
import kalshi
import pytest
from conftest import BASE, KEY_ID
from pytest_httpx import HTTPXMock


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, "https://external-api.kalshi.com/trade-api/v2"),
        ({"environment": "prod"}, "https://external-api.kalshi.com/trade-api/v2"),
        ({"environment": "demo"}, "https://external-api.demo.kalshi.co/trade-api/v2"),
        ({"base_url": "https://api.elections.kalshi.com/trade-api/v2/"}, "https://api.elections.kalshi.com/trade-api/v2"),
        ({"base_url": "https://demo-api.kalshi.co/trade-api/v2"}, "https://demo-api.kalshi.co/trade-api/v2"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("cls", [kalshi.KalshiClient, kalshi.AsyncKalshiClient])
def test_environments(cls: Any, options: dict[str, Any], expected: str, private_pem: str) -> None:
    client = cls(key_id=KEY_ID, private_key=private_pem, **options)
    assert client.base_url == expected
    assert str(client._http.base_url).rstrip("/") == expected


def test_unknown_environment() -> None:
    with pytest.raises(ValueError, match="environment must be one of demo, prod"):
        kalshi.KalshiClient(environment="staging")


@pytest.mark.parametrize(
    "base_url",
    ["https://evil.example.com/trade-api/v2", "http://external-api.kalshi.com/trade-api/v2"],
)
def test_signed_requests_stay_on_kalshi_hosts(base_url: str, private_pem: str) -> None:
    with pytest.raises(ValueError, match="refusing to send signed requests"):
        kalshi.KalshiClient(key_id=KEY_ID, private_key=private_pem, base_url=base_url)


def test_other_hosts_need_explicit_consent(private_pem: str) -> None:
    url = "https://proxy.internal/trade-api/v2"
    client = kalshi.KalshiClient(
        key_id=KEY_ID, private_key=private_pem, base_url=url, allow_unknown_host=True
    )
    assert client.base_url == url
    for loopback in (
        "http://127.0.0.1:8899/trade-api/v2",
        "http://localhost:1/trade-api/v2",
        "http://[::1]:5/trade-api/v2",
    ):
        kalshi.KalshiClient(key_id=KEY_ID, private_key=private_pem, base_url=loopback)


def test_credentials_come_in_pairs(private_pem: str) -> None:
    with pytest.raises(ValueError, match="without private_key"):
        kalshi.KalshiClient(key_id=KEY_ID)
    with pytest.raises(ValueError, match="without key_id"):
        kalshi.KalshiClient(private_key=private_pem)
    with pytest.raises(ValueError, match="exactly one"):
        kalshi.KalshiClient(key_id=KEY_ID, private_key=private_pem, private_key_path="x.pem")


def test_key_file_and_permission_warning(tmp_path: Path, private_pem: str) -> None:
    path = tmp_path / "key.pem"
    path.write_text(private_pem)
    path.chmod(0o600)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        kalshi.KalshiClient(key_id=KEY_ID, private_key_path=path)
    path.chmod(0o644)
    with pytest.warns(kalshi.KeyFilePermissionWarning, match="chmod 600"):
        kalshi.KalshiClient(key_id=KEY_ID, private_key_path=path)


def test_a_bad_key_is_not_echoed(private_pem: str) -> None:
    broken = private_pem[:200] + "garbage" + private_pem[200:]
    with pytest.raises(ValueError) as caught:
        kalshi.KalshiClient(key_id=KEY_ID, private_key=broken)
    assert "garbage" not in str(caught.value) and "MII" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, private_pem: str) -> None:
    path = tmp_path / "key.pem"
    path.write_text(private_pem)
    path.chmod(0o600)
    monkeypatch.setenv("KALSHI_API_KEY_ID", KEY_ID)
    monkeypatch.setenv("KALSHI_PRIVATE_KEY_PATH", str(path))
    monkeypatch.setenv("KALSHI_ENV", "demo")
    client = kalshi.KalshiClient.from_env()
    assert (client.key_id, client.base_url) == (
        KEY_ID,
        "https://external-api.demo.kalshi.co/trade-api/v2",
    )
    monkeypatch.delenv("KALSHI_PRIVATE_KEY_PATH")
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", private_pem)
    monkeypatch.setenv("KALSHI_ENV", "http://127.0.0.1:8899/trade-api/v2")
    client = kalshi.AsyncKalshiClient.from_env(timeout=3)
    assert (client.base_url, client.timeout) == ("http://127.0.0.1:8899/trade-api/v2", 3.0)


def test_secrets_stay_out_of_reprs(private_pem: str) -> None:
    client = kalshi.KalshiClient(key_id=KEY_ID, private_key=private_pem)
    body = private_pem.splitlines()[1]
    for thing in (client, client._signer, client._auth, client.order_groups):
        text = repr(thing) + str(vars(thing) if hasattr(thing, "__dict__") else "")
        assert body not in text
    assert KEY_ID in repr(client)


async def test_debug_log_has_method_path_status_only(
    httpx_mock: HTTPXMock, private_pem: str, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(json={"order_groups": []})
    client = kalshi.KalshiClient(key_id=KEY_ID, private_key=private_pem, base_url=BASE)
    with caplog.at_level(logging.DEBUG, logger="kalshi"):
        client.order_groups.list(subaccount=1)
    (record,) = [r for r in caplog.records if r.name == "kalshi"]
    assert record.getMessage().startswith("GET /portfolio/order_groups -> 200 in ")
    signature = httpx_mock.get_requests()[0].headers["KALSHI-ACCESS-SIGNATURE"]
    assert signature not in caplog.text


def test_with_options_shares_the_pool(private_pem: str, httpx_mock: HTTPXMock) -> None:
    client = kalshi.KalshiClient(key_id=KEY_ID, private_key=private_pem, base_url=BASE)
    patient = client.with_options(max_retries=5, timeout=30)
    assert (patient.max_retries, patient.timeout) == (5, 30.0)
    assert (client.max_retries, client.timeout) == (2, 10.0)
    assert patient._http is client._http
    assert patient.order_groups is not client.order_groups
    assert patient.order_groups._client is patient
    patient.close()
    assert not client._http.is_closed
    with client:
        pass
    assert client._http.is_closed


@pytest.mark.parametrize("bad", [0, -1, True, "5"])
def test_bad_timeouts_and_retries(bad: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        kalshi.KalshiClient(timeout=bad)
    if bad != 0:
        with pytest.raises((ValueError, TypeError)):
            kalshi.KalshiClient(max_retries=bad)


async def test_async_context_manager(private_pem: str) -> None:
    async with kalshi.AsyncKalshiClient(key_id=KEY_ID, private_key=private_pem) as client:
        assert not client._http.is_closed
    assert client._http.is_closed


def test_injected_http_client_is_used(private_pem: str, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"order_groups": []})
    mine = httpx.Client(headers={"User-Agent": "my-bot"})
    client = kalshi.KalshiClient(key_id=KEY_ID, private_key=private_pem, http_client=mine)
    client.order_groups.list()
    request = httpx_mock.get_requests()[0]
    assert request.headers["User-Agent"] == "my-bot"
    assert request.url.host == "external-api.kalshi.com"


def test_public_names() -> None:
    for name in kalshi.__all__:
        assert getattr(kalshi, name) is not None
    assert issubclass(kalshi.APITimeoutError, kalshi.APIConnectionError)
    for cls in (kalshi.BadRequestError, kalshi.RateLimitError, kalshi.InternalServerError):
        assert issubclass(cls, kalshi.APIStatusError) and issubclass(cls, kalshi.KalshiError)


def test_import_is_lazy() -> None:
    import subprocess
    import sys

    code = "import sys, kalshi; print(any(m.startswith('kalshi_openapi') for m in sys.modules), 'cryptography' in sys.modules)"
    assert subprocess.check_output(
        [sys.executable, "-c", code], text=True, env={**os.environ}
    ).split() == ["False", "False"]


def test_import_leaves_the_signing_pools_queue_unloaded() -> None:
    import subprocess
    import sys

    code = "import sys, kalshi; print('queue' in sys.modules)"
    out = subprocess.check_output([sys.executable, "-c", code], text=True, env={**os.environ})
    assert out.strip() == "False"


def test_a_first_call_loads_only_the_generated_operation_it_makes() -> None:
    import subprocess
    import sys

    code = """
import sys, httpx, kalshi
from cryptography.hazmat.primitives.asymmetric import rsa
def answer(request):
    return httpx.Response(200, json={"is_auto_cancel_enabled": False, "orders": []})
key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
http = httpx.Client(transport=httpx.MockTransport(answer))
client = kalshi.KalshiClient(key_id="k", private_key=key, http_client=http)
client.order_groups.get("g1")
print(sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("kalshi_openapi.api.")))
"""
    out = subprocess.check_output([sys.executable, "-c", code], text=True, env={**os.environ})
    assert out.strip() == "['get_order_group', 'order_groups']"


_FIRST_GET = """
import sys, httpx, kalshi
from cryptography.hazmat.primitives.asymmetric import rsa
def answer(request):
    return httpx.Response(200, json={"is_auto_cancel_enabled": False, "orders": []})
key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
http = httpx.Client(transport=httpx.MockTransport(answer))
client = kalshi.KalshiClient(key_id="k", private_key=key, http_client=http)
client.order_groups.get("g1")
print(" ".join(sorted(sys.modules)))
"""


def _loaded_by_a_first_get() -> set[str]:
    import subprocess
    import sys

    out = subprocess.check_output([sys.executable, "-c", _FIRST_GET], text=True, env={**os.environ})
    return set(out.split())


def test_a_first_order_group_call_does_not_load_the_operation_table() -> None:
    loaded = _loaded_by_a_first_get()
    assert "kalshi._call" in loaded
    assert "kalshi._operations" not in loaded


def test_a_first_call_does_not_load_the_generated_client_module() -> None:
    loaded = _loaded_by_a_first_get()
    assert "kalshi_openapi.api.order_groups.get_order_group" in loaded
    assert "kalshi_openapi.client" not in loaded


def test_a_first_get_loads_neither_the_create_nor_the_error_model() -> None:
    loaded = _loaded_by_a_first_get()
    assert "kalshi_openapi.models.get_order_group_response" in loaded
    assert "kalshi_openapi.models.create_order_group_response" not in loaded
    assert "kalshi_openapi.models.error_response" not in loaded


def test_a_first_call_without_a_rate_limit_loads_neither_the_limiter_nor_the_order_form() -> None:
    loaded = _loaded_by_a_first_get()
    assert "kalshi._ratelimit" not in loaded
    assert "kalshi._requests" not in loaded
    assert kalshi.RateLimit.__module__ == "kalshi._ratelimit"
    assert {"RateLimit", "CreateOrderRequest", "OrderGroupDetail"} <= set(dir(kalshi))
    assert kalshi.CreateOrderRequest.__module__ == "kalshi._requests"


def test_order_group_policies_given_ahead_of_the_table_match_it() -> None:
    from kalshi import _call, _operations
    from kalshi.resources import order_groups  # noqa: F401  (registers its rows)

    assert len(_call.POLICIES) >= 7
    for operation_id, (safety, bucket, cost, per_item) in _call.POLICIES.items():
        row = _operations.OPERATIONS[operation_id]
        assert (row.safety, row.bucket, row.cost, row.cost_per_item) == (
            safety,
            bucket,
            cost,
            per_item,
        )


def test_every_public_class_and_method_has_a_docstring() -> None:
    import inspect
    from functools import cached_property

    from kalshi.resources import exchange, order_groups, orders

    missing = []
    objects = [getattr(kalshi, name) for name in kalshi.__all__]
    objects += [order_groups.OrderGroupsResource, order_groups.AsyncOrderGroupsResource]
    objects += [orders.OrdersResource, orders.AsyncOrdersResource]
    objects += [exchange.ExchangeResource, exchange.AsyncExchangeResource]
    for obj in objects:
        # Generated request models (kalshi_openapi) carry the spec's shape, not prose.
        if not inspect.isclass(obj) or obj.__module__.startswith("kalshi_openapi"):
            continue
        if not (obj.__doc__ or "").strip():
            missing.append(obj.__name__)
        for name, member in vars(obj).items():
            if name.startswith("_") or not (
                inspect.isfunction(member)
                or isinstance(member, property | classmethod | cached_property)
            ):
                continue
            function = (
                member.fget
                if isinstance(member, property)
                else getattr(member, "__func__", getattr(member, "func", member))
            )
            if not (function.__doc__ or "").strip():
                missing.append(f"{obj.__name__}.{name}")
    assert missing == []


def test_url_cache_stays_bounded_keeps_fixed_paths_and_follows_base_url(private_pem: str) -> None:
    # The URLs follow the SDK client's own base_url; the given http client's is never used.
    from kalshi import _base_client as _client

    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        body = {"order_groups": [], "orders": [], "is_auto_cancel_enabled": False}
        return httpx.Response(200, json=body)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = kalshi.KalshiClient(key_id=KEY_ID, private_key=private_pem, http_client=http)
    client.order_groups.list()
    for n in range(_client._URL_CACHE_SIZE + 50):
        client.order_groups.get(f"g{n}")
    _, _, urls = client._urls
    assert len(urls) <= _client._URL_CACHE_SIZE
    assert "/portfolio/order_groups" in urls  # the fixed path, filed first, is kept
    assert seen[-1] == f"{BASE}/portfolio/order_groups/g{_client._URL_CACHE_SIZE + 49}"
    http.base_url = httpx.URL("https://elsewhere.example/")
    client.order_groups.get("g0")
    assert seen[-1] == f"{BASE}/portfolio/order_groups/g0"
    client.base_url = "https://external-api.demo.kalshi.co/trade-api/v2"
    client.order_groups.get("g0")
    assert seen[-1] == "https://external-api.demo.kalshi.co/trade-api/v2/portfolio/order_groups/g0"


def test_kalshi_over_plain_http_is_refused_even_with_consent(private_pem: str) -> None:
    # The feed refused ws:// to Kalshi's hosts whatever allow_unknown_host said; REST let
    # http:// through with it. One rule serves both now.
    with pytest.raises(ValueError, match="over http: use https"):
        kalshi.KalshiClient(
            key_id=KEY_ID,
            private_key=private_pem,
            base_url="http://external-api.kalshi.com/trade-api/v2",
            allow_unknown_host=True,
        )
