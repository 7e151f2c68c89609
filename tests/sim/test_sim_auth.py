"""Signature checks over HTTP: what passes and the exact 401 bodies for what does not."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from kalshi.sim import Credentials, ManualClock, SimSettings

PATH = "/trade-api/v2/portfolio/order_groups"
MakeClient = Callable[..., httpx.AsyncClient]
Headers = Callable[..., dict[str, str]]


@pytest.fixture
def headers_for(sign_message: Callable[..., str]) -> Headers:
    """Build KALSHI-ACCESS-* headers over an arbitrary message."""

    def build(
        credentials: Credentials, timestamp: int, message: str, salt_length: int = 32
    ) -> dict[str, str]:
        return {
            "KALSHI-ACCESS-KEY": credentials.key_id,
            "KALSHI-ACCESS-TIMESTAMP": str(timestamp),
            "KALSHI-ACCESS-SIGNATURE": sign_message(
                credentials.private_key_pem, message, salt_length=salt_length
            ),
        }

    return build


async def test_good_signature_passes(client: httpx.AsyncClient) -> None:
    response = await client.get("/portfolio/order_groups")
    assert response.status_code == 200
    assert response.json() == {"order_groups": []}


async def test_bad_signature(
    headers_for: Headers, make_client: MakeClient, member: Credentials, clock: ManualClock
) -> None:
    now = clock.now_ms()
    headers = headers_for(member, now, f"{now}GET{PATH}")
    headers["KALSHI-ACCESS-SIGNATURE"] = "AAAA" + headers["KALSHI-ACCESS-SIGNATURE"][4:]
    async with make_client(None) as http:
        response = await http.get("/portfolio/order_groups", headers=headers)
    assert response.status_code == 401
    assert response.json() == {
        "error": {
            "code": "authentication_error",
            "message": "authentication_error",
            "details": "INCORRECT_API_KEY_SIGNATURE",
        }
    }


async def test_signature_made_with_another_key(
    headers_for: Headers,
    make_client: MakeClient,
    new_member: Callable[..., Credentials],
    clock: ManualClock,
) -> None:
    first, second = new_member(), new_member()
    now = clock.now_ms()
    headers = headers_for(second, now, f"{now}GET{PATH}")
    headers["KALSHI-ACCESS-KEY"] = first.key_id
    async with make_client(None) as http:
        response = await http.get("/portfolio/order_groups", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["details"] == "INCORRECT_API_KEY_SIGNATURE"


async def test_unknown_key_id(make_client: MakeClient, member: Credentials) -> None:
    stranger = Credentials("11111111-2222-3333-4444-555555555555", member.private_key_pem, "")
    async with make_client(stranger) as http:
        response = await http.get("/portfolio/order_groups")
    assert response.status_code == 401
    assert response.json()["error"] == {
        "code": "authentication_error",
        "message": "authentication_error",
        "details": "NOT_FOUND",
    }


@pytest.mark.parametrize("missing", ["KEY", "TIMESTAMP", "SIGNATURE"])
async def test_missing_header(
    headers_for: Headers,
    make_client: MakeClient,
    member: Credentials,
    clock: ManualClock,
    missing: str,
) -> None:
    now = clock.now_ms()
    headers = headers_for(member, now, f"{now}GET{PATH}")
    del headers[f"KALSHI-ACCESS-{missing}"]
    async with make_client(None) as http:
        response = await http.get("/portfolio/order_groups", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "signature_is_missing_from_headers"


@pytest.mark.parametrize(
    ("offset_ms", "accepted"),
    [(-10_000, True), (-10_001, False), (60_000, True), (60_001, False)],
)
async def test_timestamp_skew_window(
    headers_for: Headers,
    make_client: MakeClient,
    member: Credentials,
    clock: ManualClock,
    offset_ms: int,
    accepted: bool,
) -> None:
    stamp = clock.now_ms() + offset_ms
    async with make_client(None) as http:
        response = await http.get(
            "/portfolio/order_groups", headers=headers_for(member, stamp, f"{stamp}GET{PATH}")
        )
    if accepted:
        assert response.status_code == 200
    else:
        assert response.status_code == 401
        assert response.json() == {
            "error": {"code": "header_timestamp_expired", "message": "header timestamp expired"}
        }


async def test_skew_follows_the_simulator_clock(
    headers_for: Headers, make_client: MakeClient, member: Credentials, clock: ManualClock
) -> None:
    stamp = clock.now_ms()
    headers = headers_for(member, stamp, f"{stamp}GET{PATH}")
    clock.advance(10.001)
    async with make_client(None) as http:
        response = await http.get("/portfolio/order_groups", headers=headers)
    assert response.json()["error"]["code"] == "header_timestamp_expired"


async def test_query_string_is_not_signed(make_client: MakeClient, member: Credentials) -> None:
    async with make_client(member) as http:
        response = await http.get("/portfolio/order_groups", params={"subaccount": 0})
    assert response.status_code == 200
    async with make_client(member, sign_query=True) as http:
        response = await http.get("/portfolio/order_groups", params={"subaccount": 0})
    assert response.status_code == 401
    assert response.json()["error"]["details"] == "INCORRECT_API_KEY_SIGNATURE"


async def test_short_path_signature_fails(
    headers_for: Headers, make_client: MakeClient, member: Credentials, clock: ManualClock
) -> None:
    now = clock.now_ms()
    headers = headers_for(member, now, f"{now}GET/portfolio/order_groups")
    async with make_client(None) as http:
        response = await http.get("/portfolio/order_groups", headers=headers)
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("settings", "expected"),
    [(SimSettings(), 401), (SimSettings(pss_salt_auto=True), 200)],
    ids=["strict", "lenient"],
)
async def test_salt_length_other_than_32(
    headers_for: Headers,
    make_client: MakeClient,
    member: Credentials,
    clock: ManualClock,
    expected: int,
) -> None:
    now = clock.now_ms()
    headers = headers_for(member, now, f"{now}GET{PATH}", salt_length=20)
    async with make_client(None) as http:
        response = await http.get("/portfolio/order_groups", headers=headers)
    assert response.status_code == expected


async def test_public_endpoints_need_no_signature(make_client: MakeClient) -> None:
    async with make_client(None) as http:
        status = await http.get("/exchange/status")
        market = await http.get("/markets/KXTEST-26-YES")
        balance = await http.get("/portfolio/balance")
    assert status.status_code == 200
    assert market.status_code == 200
    assert balance.status_code == 401


@pytest.mark.parametrize("settings", [SimSettings(skew_past_ms=None)], ids=["no_past_limit"])
async def test_skew_limit_can_be_lifted(client: httpx.AsyncClient, clock: ManualClock) -> None:
    signer = client.auth
    assert signer is not None
    stale = ManualClock(clock.now_ms())
    signer.clock = stale  # type: ignore[attr-defined]
    clock.advance(3600)
    response = await client.get("/portfolio/order_groups")
    assert response.status_code == 200
