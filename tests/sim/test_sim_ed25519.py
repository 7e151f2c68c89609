"""Ed25519 API keys in the simulator: registered, generated, checked by the key's own type."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from kalshi.sim import Credentials, Exchange, ManualClock

PATH = "/trade-api/v2/portfolio/order_groups"
MakeClient = Callable[..., httpx.AsyncClient]
UNSIGNED = {
    "error": {
        "code": "authentication_error",
        "message": "authentication_error",
        "details": "INCORRECT_API_KEY_SIGNATURE",
    }
}


def _public_pem(key: ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


async def test_a_generated_ed25519_member_signs_in(
    exchange: Exchange, make_client: MakeClient
) -> None:
    credentials = exchange.create_member(key_type="ed25519")
    assert credentials.key_type == "ed25519"
    key = serialization.load_pem_private_key(credentials.private_key_pem.encode(), None)
    assert isinstance(key, ed25519.Ed25519PrivateKey)
    assert credentials.private_key_pem not in repr(credentials)
    async with make_client(credentials) as http:
        response = await http.get("/portfolio/order_groups")
    assert response.status_code == 200, response.text


async def test_a_registered_ed25519_public_key_signs_in(
    exchange: Exchange, make_client: MakeClient
) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    key_id = str(uuid.uuid4())
    user_id = exchange.add_member(public_key_pem=_public_pem(key), key_id=key_id)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    credentials = Credentials(key_id, pem, user_id, "ed25519")
    async with make_client(credentials) as http:
        response = await http.post("/portfolio/order_groups/create", json={"contracts_limit": 5})
    assert response.status_code == 201, response.text
    assert exchange.key(key_id) is not None


async def test_signatures_are_checked_by_the_registered_key_type(
    exchange: Exchange,
    make_client: MakeClient,
    member: Credentials,
    clock: ManualClock,
    sign_message: Callable[..., str],
) -> None:
    ed = exchange.create_member(key_type="ed25519")
    now = clock.now_ms()
    message = f"{now}GET{PATH}"
    crossed = [
        (ed.key_id, sign_message(member.private_key_pem, message)),  # RSA-PSS under Ed25519
        (member.key_id, sign_message(ed.private_key_pem, message)),  # Ed25519 under RSA
        (ed.key_id, sign_message(ed.private_key_pem, f"{now}POST{PATH}")),  # another message
    ]
    async with make_client(None) as http:
        for key_id, signature in crossed:
            headers = {
                "KALSHI-ACCESS-KEY": key_id,
                "KALSHI-ACCESS-TIMESTAMP": str(now),
                "KALSHI-ACCESS-SIGNATURE": signature,
            }
            response = await http.get("/portfolio/order_groups", headers=headers)
            assert (response.status_code, response.json()) == (401, UNSIGNED)
        headers["KALSHI-ACCESS-SIGNATURE"] = sign_message(ed.private_key_pem, message)
        headers["KALSHI-ACCESS-KEY"] = ed.key_id
        assert (await http.get("/portfolio/order_groups", headers=headers)).status_code == 200


def test_other_key_types_are_refused(exchange: Exchange) -> None:
    with pytest.raises(ValueError, match="RSA or Ed25519 public key, got ECPublicKey"):
        exchange.add_member(public_key_pem=_public_pem(ec.generate_private_key(ec.SECP256R1())))
    with pytest.raises(ValueError, match="'rsa' or 'ed25519', got 'ec'"):
        exchange.create_member(key_type="ec")  # type: ignore[arg-type]
