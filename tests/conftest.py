"""Shared fixtures: RSA and Ed25519 keys, clients of both kinds, and signature checking."""

from __future__ import annotations

import base64
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import httpx
import kalshi
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

T = TypeVar("T")
BASE = "https://external-api.kalshi.com/trade-api/v2"
KEY_ID = "0b1e2c3d-key-id"


@pytest.fixture(scope="session")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def private_pem(rsa_key: rsa.RSAPrivateKey) -> str:
    return rsa_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


@pytest.fixture(scope="session")
def ed25519_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


@pytest.fixture(scope="session")
def ed25519_pem(ed25519_key: ed25519.Ed25519PrivateKey) -> str:
    return ed25519_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def verify_signature(
    request: httpx.Request,
    key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey,
    key_id: str = KEY_ID,
) -> None:
    """Assert the request carries Kalshi's headers and a valid signature over ts+METHOD+path.

    RSA-PSS (SHA-256, salt 32) for an RSA key, plain Ed25519 for an Ed25519 key.
    """
    assert request.headers["KALSHI-ACCESS-KEY"] == key_id
    timestamp = request.headers["KALSHI-ACCESS-TIMESTAMP"]
    assert timestamp.isdigit() and len(timestamp) == 13
    path = request.url.raw_path.split(b"?")[0]
    message = timestamp.encode() + request.method.encode() + path
    signature = base64.b64decode(request.headers["KALSHI-ACCESS-SIGNATURE"], validate=True)
    try:
        if isinstance(key, ed25519.Ed25519PrivateKey):
            key.public_key().verify(signature, message)
        else:
            key.public_key().verify(
                signature,
                message,
                padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
                hashes.SHA256(),
            )
    except InvalidSignature:  # pragma: no cover - the assertion message is the point
        pytest.fail(f"signature does not verify over {message!r}")


class Api:
    """One client, sync or async, and a way to call it the same from a test."""

    def __init__(self, client: kalshi.KalshiClient | kalshi.AsyncKalshiClient) -> None:
        self.client = client
        self.is_async = isinstance(client, kalshi.AsyncKalshiClient)

    async def __call__(self, action: Callable[[Any], T | Awaitable[T]]) -> T:
        result = action(self.client)
        if inspect.isawaitable(result):
            return await result  # type: ignore[no-any-return]
        return result

    async def collect(self, iterable: Any) -> list[Any]:
        """Drain a sync iterator or an async iterator into a list."""
        if hasattr(iterable, "__aiter__"):
            return [item async for item in iterable]
        return list(iterable)


_PARSED: dict[str, Any] = {}


def parsed_key(pem: Any) -> Any:
    """A PEM's key object, parsed once per test session (parsing checks the key: slow)."""
    if not isinstance(pem, str):
        return pem
    if pem not in _PARSED:
        _PARSED[pem] = serialization.load_pem_private_key(pem.encode(), password=None)
    return _PARSED[pem]


def make_client(kind: str, private_pem: Any, **options: Any) -> Any:
    cls = kalshi.AsyncKalshiClient if kind == "async" else kalshi.KalshiClient
    if private_pem is not None:
        options.setdefault("key_id", KEY_ID)
        options.setdefault("private_key", parsed_key(private_pem))
    options.setdefault("base_url", BASE)
    return cls(**options)


@pytest.fixture(params=["sync", "async"])
async def api(request: pytest.FixtureRequest, rsa_key: rsa.RSAPrivateKey) -> AsyncIterator[Api]:
    client = make_client(request.param, rsa_key, max_retries=0)
    yield Api(client)
    if isinstance(client, kalshi.AsyncKalshiClient):
        await client.aclose()
    else:
        client.close()


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries without waiting: backoff is a policy, not something tests should sit through."""
    from kalshi import _retry
    from kalshi.resources import orders

    monkeypatch.setattr(_retry, "backoff_delay", lambda *args: 0.0)
    monkeypatch.setattr(orders, "_LOOKUP_DELAYS", (0.0,) * len(orders._LOOKUP_DELAYS))


@pytest.fixture
def delays(monkeypatch: pytest.MonkeyPatch) -> list[float | None]:
    """Record each backoff the policy chose, and retry at once instead of waiting."""
    from kalshi import _retry

    chosen: list[float | None] = []
    original = _retry.backoff_delay

    def record(*args: Any) -> float | None:
        delay = original(*args)
        chosen.append(delay)
        return None if delay is None else 0.0

    monkeypatch.setattr(_retry, "backoff_delay", record)
    return chosen


@pytest.fixture(autouse=True)
def no_secret_leaks(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> Any:
    """Across every test: no key material or signature in logs (at DEBUG) or SDK exceptions."""
    import logging

    from kalshi import _auth, _errors

    keys: list[Any] = []
    signatures: list[str] = []
    errors: list[BaseException] = []
    original_init, original_sign = _auth.Signer.__init__, _auth.Signer.sign
    original_error_init = _errors.KalshiError.__init__

    def init(self: Any, key_id: str, private_key: Any) -> None:
        keys.append(private_key)
        original_init(self, key_id, private_key)

    def sign(self: Any, message: bytes) -> str:
        signature = original_sign(self, message)
        signatures.append(signature)
        return signature

    def error_init(self: BaseException, *args: Any, **kwargs: Any) -> None:
        errors.append(self)
        original_error_init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_auth.Signer, "__init__", init)
    monkeypatch.setattr(_auth.Signer, "sign", sign)
    monkeypatch.setattr(_errors.KalshiError, "__init__", error_init)
    caplog.set_level(logging.DEBUG)
    yield
    secrets = set(signatures)
    for key in keys:
        secrets.update(secret_texts(key))
    texts = [caplog.text] + [_error_texts(e) for e in errors]
    for text in texts:
        leaked = [s for s in secrets if s in text]
        assert not leaked, f"secret material leaked into: {text[:200]!r}"


def secret_texts(key: Any) -> set[str]:
    """What of a private key must never be seen: its PEM lines (in each PEM form), raw seed.

    A key that is no real key (a test's stand-in) has nothing to hide.
    """
    if not isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey):
        return set()
    forms = [serialization.PrivateFormat.PKCS8, serialization.PrivateFormat.OpenSSH]
    texts: set[str] = set()
    if isinstance(key, rsa.RSAPrivateKey):
        forms.append(serialization.PrivateFormat.TraditionalOpenSSL)
    else:
        seed = key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        texts.update({seed.hex(), base64.b64encode(seed).decode()})
    for form in forms:
        pem = key.private_bytes(serialization.Encoding.PEM, form, serialization.NoEncryption())
        texts.update(line for line in pem.decode().splitlines() if len(line) >= 40)
    return texts


def _error_texts(error: BaseException) -> str:
    """Everything of an exception a handler might print, the request it keeps included."""
    texts = [str(error), repr(error), repr(error.args), str(getattr(error, "message", ""))]
    request = getattr(error, "request", None)
    response = getattr(error, "response", None)
    if request is None and response is not None:
        try:
            request = response.request
        except RuntimeError:
            request = None
    if request is not None:
        texts.append(repr(list(request.headers.items())))
    return " ".join(texts)
