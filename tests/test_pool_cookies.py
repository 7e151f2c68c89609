"""The pool's cookies: a response reaches the cookie jar only when it sets a cookie.

httpx offers every response to the jar; the clients skip the ones that set none (nearly all of
Kalshi's), and must still keep and send back any cookie a response does set, through their own
pool and a pool the caller gave, sync and async.
"""

from __future__ import annotations

import asyncio
from http.cookiejar import CookieJar
from typing import Any

import httpx
import kalshi
from conftest import KEY_ID

GROUP = {"is_auto_cancel_enabled": False, "orders": [], "contracts_limit_fp": "5.00"}


class Server:
    """Sets cookie `c=1` on the first answer only; remembers each request's Cookie header."""

    def __init__(self) -> None:
        self.cookie_headers: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.cookie_headers.append(request.headers.get("cookie"))
        headers = {"set-cookie": "c=1; Path=/"} if len(self.cookie_headers) == 1 else {}
        return httpx.Response(200, json=GROUP, headers=headers)


class CountingJar(CookieJar):
    """A cookie jar counting the responses offered to it."""

    def __init__(self) -> None:
        super().__init__()
        self.offered = 0

    def extract_cookies(self, response: Any, request: Any) -> None:
        self.offered += 1
        super().extract_cookies(response, request)


def test_a_given_pool_keeps_and_sends_back_a_cookie_set_by_an_answer(private_pem: str) -> None:
    server = Server()
    jar = CountingJar()
    http = httpx.Client(transport=httpx.MockTransport(server), cookies=jar)
    http.cookies.set("held", "0", domain="external-api.kalshi.com")
    client = kalshi.KalshiClient(key_id=KEY_ID, private_key=private_pem, http_client=http)
    for _ in range(3):
        client.order_groups.get(order_group_id="g1")
    assert server.cookie_headers == ["held=0", "held=0; c=1", "held=0; c=1"]
    assert jar.offered == 1  # only the answer that set a cookie
    assert http.cookies.jar is jar  # the caller's jar, not a copy
    assert dict(http.cookies) == {"held": "0", "c": "1"}


def test_the_sdk_pool_keeps_a_cookie_and_skips_answers_without_one(
    private_pem: str, monkeypatch: Any
) -> None:
    server = Server()
    real = httpx.Client.__init__

    def on_mock(self: httpx.Client, **options: Any) -> None:
        real(self, transport=httpx.MockTransport(server), **options)

    monkeypatch.setattr(httpx.Client, "__init__", on_mock)
    client = kalshi.KalshiClient(key_id=KEY_ID, private_key=private_pem)
    offered = []
    jar_extract = client._http.cookies.jar.extract_cookies
    monkeypatch.setattr(
        client._http.cookies.jar,
        "extract_cookies",
        lambda *a: (offered.append(1), jar_extract(*a)),
    )
    for _ in range(3):
        client.order_groups.get(order_group_id="g1")
    assert server.cookie_headers == [None, "c=1", "c=1"]
    assert len(offered) == 1


def test_an_async_pool_keeps_a_cookie_and_skips_answers_without_one(private_pem: str) -> None:
    server = Server()
    jar = CountingJar()
    http = httpx.AsyncClient(transport=httpx.MockTransport(server), cookies=jar)
    client = kalshi.AsyncKalshiClient(key_id=KEY_ID, private_key=private_pem, http_client=http)

    async def three() -> None:
        for _ in range(3):
            await client.order_groups.get(order_group_id="g1")

    asyncio.run(three())
    assert server.cookie_headers == [None, "c=1", "c=1"]
    assert jar.offered == 1
