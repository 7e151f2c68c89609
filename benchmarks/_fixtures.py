"""What every benchmark shares: one RSA key, the canned answers, and the floor clients.

The floor is what a careful hand-written client does: raw httpx on the same transport,
signing inline with the same RSA-PSS (SHA-256, salt = 32), or Ed25519 for an Ed25519 key,
over the same message, sending the same three headers, and decoding the answer with
`response.json()`.
"""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

BASE_URL = "https://external-api.kalshi.com/trade-api/v2"
PREFIX = "/trade-api/v2"
KEY_ID = "bench-key-id"
GROUP_PATH = "/portfolio/order_groups/g1"
CREATE_PATH = "/portfolio/order_groups/create"
GET_ANSWER = {
    "is_auto_cancel_enabled": False,
    "orders": ["o1"],
    "contracts_limit_fp": "100.00",
    "exchange_index": 0,
}
CREATE_ANSWER = {"order_group_id": "g1", "subaccount": 0, "exchange_index": 0}
CREATE_BODY = {"contracts_limit": 100}

_GET_BYTES = json.dumps(GET_ANSWER).encode()
_CREATE_BYTES = json.dumps(CREATE_ANSWER).encode()
_JSON = [(b"content-type", b"application/json")]


def handler(request: httpx.Request) -> httpx.Response:
    """Answer at once: a GET with the group, anything else with the created group."""
    if request.method == "GET":
        return httpx.Response(200, content=_GET_BYTES, headers=_JSON)
    return httpx.Response(201, content=_CREATE_BYTES, headers=_JSON)


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def new_ed25519_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


def pem_of(key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def public_pem_of(key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> bytes:
    """The public half of a key, as the simulator's members are given it."""
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


class StubKey:
    """Stands in for the RSA key: `sign` returns fixed bytes, so only client overhead is left."""

    _SIGNATURE = bytes(range(256))

    def sign(self, data: bytes, pad: Any, algorithm: Any) -> bytes:
        return self._SIGNATURE


class FloorSigner:
    """Hand-written signing: what the floor does inline before each request."""

    def __init__(self, key: Any) -> None:
        self.key = key
        self.ed25519 = isinstance(key, ed25519.Ed25519PrivateKey)
        self.hash = hashes.SHA256()
        self.pad = padding.PSS(mgf=padding.MGF1(self.hash), salt_length=padding.PSS.DIGEST_LENGTH)

    def headers(self, method: str, path: str) -> dict[str, str]:
        timestamp = str(time.time_ns() // 1_000_000)
        message = (timestamp + method + PREFIX + path).encode()
        if self.ed25519:
            signature = base64.b64encode(self.key.sign(message)).decode()
        else:
            signature = base64.b64encode(self.key.sign(message, self.pad, self.hash)).decode()
        return {
            "KALSHI-ACCESS-KEY": KEY_ID,
            "KALSHI-ACCESS-TIMESTAMP": timestamp,
            "KALSHI-ACCESS-SIGNATURE": signature,
        }


def floor_sync(key: Any) -> tuple[httpx.Client, FloorSigner]:
    return httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler)), FloorSigner(key)


def floor_async(key: Any) -> tuple[httpx.AsyncClient, FloorSigner]:
    http = httpx.AsyncClient(base_url=BASE_URL, transport=httpx.MockTransport(handler))
    return http, FloorSigner(key)


def floor_get(http: httpx.Client, signer: FloorSigner) -> Any:
    return http.get(GROUP_PATH, headers=signer.headers("GET", GROUP_PATH)).json()


def floor_create(http: httpx.Client, signer: FloorSigner) -> Any:
    headers = signer.headers("POST", CREATE_PATH)
    return http.post(CREATE_PATH, json=CREATE_BODY, headers=headers).json()


async def afloor_get(http: httpx.AsyncClient, signer: FloorSigner) -> Any:
    return (await http.get(GROUP_PATH, headers=signer.headers("GET", GROUP_PATH))).json()


async def afloor_create(http: httpx.AsyncClient, signer: FloorSigner) -> Any:
    headers = signer.headers("POST", CREATE_PATH)
    return (await http.post(CREATE_PATH, json=CREATE_BODY, headers=headers)).json()


def ours_sync(pem: bytes, *, stub: bool = False) -> Any:
    import kalshi

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return _ours(kalshi.KalshiClient, http, pem, stub)


def ours_async(pem: bytes, *, stub: bool = False) -> Any:
    import kalshi

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return _ours(kalshi.AsyncKalshiClient, http, pem, stub)


def _ours(cls: Any, http: Any, pem: bytes, stub: bool) -> Any:
    client = cls(key_id=KEY_ID, private_key=pem, http_client=http)
    if stub:
        client._signer._key = StubKey()
    return client
