"""Ed25519 API keys: loading, signing (sync, async, signing pool), refusals, secrets, the sim."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import kalshi
import pytest
from conftest import BASE, KEY_ID, make_client, secret_texts, verify_signature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa
from kalshi import _auth
from kalshi.sim import ManualClock, SimSettings, Simulator
from pytest_httpx import HTTPXMock

GROUP = {"is_auto_cancel_enabled": False, "orders": [], "contracts_limit_fp": "5.00"}
TICKER = "KXED-26-T"


def _pem(key: Any, form: serialization.PrivateFormat = serialization.PrivateFormat.PKCS8) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, form, serialization.NoEncryption()
    ).decode()


def _public_pem(key: Any) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def _answering(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=GROUP)

    return httpx.MockTransport(answer)


# --- loading and detecting the key ---------------------------------------------------------


def test_an_ed25519_pem_is_loaded_and_detected(
    ed25519_pem: str, ed25519_key: ed25519.Ed25519PrivateKey
) -> None:
    assert ed25519_pem.startswith("-----BEGIN PRIVATE KEY-----")  # PKCS#8, as Kalshi mints it
    for given in (ed25519_pem, ed25519_pem.encode(), ed25519_key):
        key = _auth.load_private_key(given)
        assert isinstance(key, ed25519.Ed25519PrivateKey)
        assert key.public_key() == ed25519_key.public_key()
        assert _auth.Signer(KEY_ID, key).key_type == "ed25519"


def test_rsa_keys_are_still_rsa_in_either_pem_form(rsa_key: rsa.RSAPrivateKey) -> None:
    for form in (serialization.PrivateFormat.PKCS8, serialization.PrivateFormat.TraditionalOpenSSL):
        key = _auth.load_private_key(_pem(rsa_key, form))
        assert isinstance(key, rsa.RSAPrivateKey)
        assert _auth.Signer(KEY_ID, key).key_type == "rsa"


def test_an_ed25519_key_file_loads_and_gets_the_permission_warning(
    tmp_path: Path, ed25519_pem: str
) -> None:
    path = tmp_path / "ed25519.pem"
    path.write_text(ed25519_pem)
    path.chmod(0o600)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client = kalshi.KalshiClient(key_id=KEY_ID, private_key_path=path)
    assert client._signer is not None and client._signer.key_type == "ed25519"
    path.chmod(0o640)
    with pytest.warns(kalshi.KeyFilePermissionWarning, match="chmod 600"):
        kalshi.KalshiClient(key_id=KEY_ID, private_key_path=path)


def _refusal(given: Any) -> str:
    with pytest.raises(ValueError) as caught:
        kalshi.KalshiClient(key_id=KEY_ID, private_key=given)
    assert caught.value.__cause__ is None
    return str(caught.value)


@pytest.fixture(scope="module")
def ec_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def test_an_ec_key_is_refused_by_name(ec_key: ec.EllipticCurvePrivateKey) -> None:
    pem = _pem(ec_key)
    for given in (pem, pem.encode(), ec_key):
        message = _refusal(given)
        assert "EC (secp256r1) private key" in message
        assert "RSA or Ed25519" in message
        assert pem.splitlines()[1] not in message


def test_a_dsa_key_is_refused_by_name() -> None:
    key = dsa.generate_private_key(key_size=1024)
    message = _refusal(_pem(key))
    assert "DSA private key" in message and "RSA or Ed25519" in message


def test_public_keys_are_refused_by_name(
    rsa_key: rsa.RSAPrivateKey, ed25519_key: ed25519.Ed25519PrivateKey
) -> None:
    assert "RSA public key" in _refusal(_public_pem(rsa_key))
    assert "RSA public key" in _refusal(rsa_key.public_key())
    assert "Ed25519 public key" in _refusal(_public_pem(ed25519_key))
    assert "RSA or Ed25519" in _refusal(_public_pem(rsa_key))


def test_garbage_and_wrong_objects_are_refused_naming_what_is_accepted() -> None:
    garbage = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PRIVATE KEY-----\n"
    message = _refusal(garbage)
    assert "not a valid" in message and "RSA or Ed25519" in message
    assert "bm90IGEga2V5" not in message
    with pytest.raises(TypeError, match=r"RSA or Ed25519.*got int"):
        kalshi.KalshiClient(key_id=KEY_ID, private_key=12345)  # type: ignore[arg-type]


def test_an_encrypted_key_is_refused_as_encrypted(
    ed25519_key: ed25519.Ed25519PrivateKey,
) -> None:
    pem = ed25519_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"passphrase"),
    ).decode()
    assert "is encrypted" in _refusal(pem)


# --- signing ---------------------------------------------------------------------------------


def test_sync_requests_carry_a_verifiable_ed25519_signature(
    httpx_mock: HTTPXMock, ed25519_pem: str, ed25519_key: ed25519.Ed25519PrivateKey
) -> None:
    httpx_mock.add_response(json={"order_groups": []})
    httpx_mock.add_response(json=GROUP)
    with make_client("sync", ed25519_pem) as client:
        client.order_groups.list(subaccount=1)  # the query is not signed
        client.order_groups.get("g/1 x")  # the path is signed as sent, percent-encoded
    first, second = httpx_mock.get_requests()
    assert first.url.query and b"%" in second.url.raw_path
    for request in (first, second):
        verify_signature(request, ed25519_key)
        assert len(request.headers["KALSHI-ACCESS-SIGNATURE"]) == 88  # 64 bytes, base64
    with pytest.raises(pytest.fail.Exception):  # the check can fail: not RSA-PSS
        verify_signature(first, rsa.generate_private_key(public_exponent=65537, key_size=1024))


async def test_async_requests_carry_a_verifiable_ed25519_signature(
    ed25519_pem: str, ed25519_key: ed25519.Ed25519PrivateKey
) -> None:
    seen: list[httpx.Request] = []
    http = httpx.AsyncClient(transport=_answering(seen))
    async with make_client("async", ed25519_pem, http_client=http) as client:
        await client.order_groups.get("alone")  # an idle loop
        ids = [f"g{n}" for n in range(100)]
        await asyncio.gather(*(client.order_groups.get(i) for i in ids))  # a busy one
    assert sorted(r.url.path.rsplit("/", 1)[1] for r in seen) == sorted([*ids, "alone"])
    for request in seen:
        verify_signature(request, ed25519_key)


async def test_ed25519_signs_on_the_loop_and_rsa_in_the_pool(
    monkeypatch: pytest.MonkeyPatch,
    ed25519_pem: str,
    private_pem: str,
    rsa_key: rsa.RSAPrivateKey,
    ed25519_key: ed25519.Ed25519PrivateKey,
) -> None:
    pooled: list[str] = []
    original = _auth._SigningPool.submit

    def submit(self: Any, loop: Any, signer: _auth.Signer, *args: Any) -> Any:
        pooled.append(signer.key_type)
        return original(self, loop, signer, *args)

    monkeypatch.setattr(_auth._SigningPool, "submit", submit)
    for pem, key in ((ed25519_pem, ed25519_key), (private_pem, rsa_key)):
        seen: list[httpx.Request] = []
        http = httpx.AsyncClient(transport=_answering(seen))
        async with make_client("async", pem, http_client=http) as client:
            await asyncio.gather(*(client.order_groups.get(f"g{n}") for n in range(20)))
        assert len(seen) == 20
        for request in seen:
            verify_signature(request, key)
    assert "ed25519" not in pooled
    assert pooled.count("rsa") >= 19  # all but (at most) the first, made on an idle loop


async def test_the_signing_pool_signs_with_ed25519_too(
    ed25519_pem: str, ed25519_key: ed25519.Ed25519PrivateKey
) -> None:
    seen: list[httpx.Request] = []
    http = httpx.AsyncClient(transport=_answering(seen))
    async with make_client("async", ed25519_pem, http_client=http) as client:
        assert client._signer is not None
        client._signer.inline = False  # as an RSA key would: through the pool
        await asyncio.gather(*(client.order_groups.get(f"g{n}") for n in range(50)))
        loop = asyncio.get_running_loop()
        path = b"/trade-api/v2/portfolio/order_groups?limit=1"
        timestamp, signature = await _auth._signing_pool().submit(loop, client._signer, "GET", path)
    ed25519_key.public_key().verify(
        base64.b64decode(signature), f"{timestamp}GET/trade-api/v2/portfolio/order_groups".encode()
    )
    assert len(seen) == 50
    for request in seen:
        verify_signature(request, ed25519_key)


# --- environment and secrets ------------------------------------------------------------------


def test_from_env_with_an_ed25519_key(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    httpx_mock: HTTPXMock,
    ed25519_pem: str,
    ed25519_key: ed25519.Ed25519PrivateKey,
) -> None:
    path = tmp_path / "key.pem"
    path.write_text(ed25519_pem)
    path.chmod(0o600)
    monkeypatch.setenv("KALSHI_API_KEY_ID", KEY_ID)
    monkeypatch.setenv("KALSHI_ENV", BASE)
    monkeypatch.setenv("KALSHI_PRIVATE_KEY_PATH", str(path))
    monkeypatch.delenv("KALSHI_PRIVATE_KEY", raising=False)
    httpx_mock.add_response(json=GROUP, is_reusable=True)
    with kalshi.KalshiClient.from_env() as client:
        client.order_groups.get("g1")
    monkeypatch.delenv("KALSHI_PRIVATE_KEY_PATH")
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", ed25519_pem)
    with kalshi.KalshiClient.from_env() as client:
        client.order_groups.get("g1")
    requests = httpx_mock.get_requests()
    assert len(requests) == 2
    for request in requests:
        verify_signature(request, ed25519_key)


def test_ed25519_secrets_stay_out_of_reprs(ed25519_pem: str) -> None:
    client = kalshi.KalshiClient(key_id=KEY_ID, private_key=ed25519_pem)
    body = ed25519_pem.splitlines()[1]
    for thing in (client, client._signer, client._auth, client.order_groups):
        text = repr(thing) + str(vars(thing) if hasattr(thing, "__dict__") else "")
        assert body not in text
    assert repr(client._signer) == f"Signer(key_id={KEY_ID!r}, key_type='ed25519')"


def test_the_leak_watch_knows_an_ed25519_key_when_it_sees_one(
    ed25519_key: ed25519.Ed25519PrivateKey, ed25519_pem: str
) -> None:
    secrets = secret_texts(ed25519_key)
    assert ed25519_pem.splitlines()[1] in secrets  # the PKCS#8 body, one 64-character line
    seed = ed25519_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    assert seed.hex() in secrets


# --- end to end against the simulator ---------------------------------------------------------


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    settings = dataclasses.replace(SimSettings(), skew_past_ms=3_600_000)
    with Simulator(settings, ManualClock()) as running:
        yield running


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_an_ed25519_client_trades_on_the_simulator(kind: str, sim: Simulator) -> None:
    credentials = sim.add_member(key_type="ed25519")
    assert credentials.key_type == "ed25519"
    assert credentials.private_key_pem.startswith("-----BEGIN PRIVATE KEY-----")
    cls = kalshi.AsyncKalshiClient if kind == "async" else kalshi.KalshiClient
    client = cls(
        key_id=credentials.key_id, private_key=credentials.private_key_pem, base_url=sim.base_url
    )

    async def call(result: Any) -> Any:
        return await result if kind == "async" else result

    try:
        group = await call(client.order_groups.create(contracts_limit=10))
        order = await call(
            client.orders.create(
                ticker=TICKER,
                side="yes",
                action="buy",
                count=2,
                yes_price="0.30",
                order_group_id=group.order_group_id,
            )
        )
        read = await call(client.orders.get(order.order_id))
        assert (read.order_id, read.status, read.order_group_id) == (
            order.order_id,
            "resting",
            group.order_group_id,
        )
        detail = await call(client.order_groups.get(group.order_group_id))
        assert detail.orders == [order.order_id]
    finally:
        if isinstance(client, kalshi.AsyncKalshiClient):
            await client.aclose()
        else:
            client.close()


def test_the_simulator_refuses_an_ed25519_signature_from_the_wrong_key(sim: Simulator) -> None:
    credentials = sim.add_member(key_type="ed25519")
    stranger = _pem(ed25519.Ed25519PrivateKey.generate())
    with (
        kalshi.KalshiClient(
            key_id=credentials.key_id, private_key=stranger, base_url=sim.base_url, max_retries=0
        ) as client,
        pytest.raises(kalshi.AuthenticationError),
    ):
        client.order_groups.list()
