"""Fixtures for the simulator tests: a manual clock, an exchange, members and signed clients."""

from __future__ import annotations

import base64
import functools
import uuid
from collections.abc import AsyncIterator, Callable, Generator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa
from kalshi.sim import (
    Clock,
    Credentials,
    Exchange,
    ManualClock,
    Order,
    OrderRequest,
    SimSettings,
    create_app,
)
from kalshi.sim._validation import SpecSource

BASE_URL = "http://sim.test/trade-api/v2"
TICKER = "KXTEST-26-YES"
_KEY_POOL_SIZE = 4
_key_pool: list[str] = []


def _pooled_private_key(index: int) -> str:
    """RSA keys are slow to make, so the whole run shares a few of them."""
    while len(_key_pool) <= index % _KEY_POOL_SIZE:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        _key_pool.append(pem.decode("ascii"))
    return _key_pool[index % _KEY_POOL_SIZE]


@functools.cache
def _private_key(private_key_pem: str) -> rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey:
    """Parsing a PEM key validates it, which is slow; do it once per key."""
    key = serialization.load_pem_private_key(private_key_pem.encode("ascii"), password=None)
    assert isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey)
    return key


def sign(private_key_pem: str, message: str, *, salt_length: int = 32) -> str:
    """Kalshi's request signature of `message`: base64 RSA-PSS (SHA-256, MGF1) or Ed25519."""
    key = _private_key(private_key_pem)
    if isinstance(key, ed25519.Ed25519PrivateKey):
        signature = key.sign(message.encode("utf-8"))
    else:
        signature = key.sign(
            message.encode("utf-8"),
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=salt_length),
            hashes.SHA256(),
        )
    return base64.b64encode(signature).decode("ascii")


class KalshiSigner(httpx.Auth):
    """Signs each request like Kalshi's clients do, timestamped by the simulator's clock."""

    def __init__(self, credentials: Credentials, clock: Clock, *, sign_query: bool = False):
        self.credentials = credentials
        self.clock = clock
        self.sign_query = sign_query

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the three KALSHI-ACCESS-* headers."""
        timestamp = str(self.clock.now_ms())
        target = request.url.raw_path.decode("ascii")
        path = target if self.sign_query else target.split("?", 1)[0]
        request.headers["KALSHI-ACCESS-KEY"] = self.credentials.key_id
        request.headers["KALSHI-ACCESS-TIMESTAMP"] = timestamp
        request.headers["KALSHI-ACCESS-SIGNATURE"] = sign(
            self.credentials.private_key_pem, timestamp + request.method + path
        )
        yield request


@pytest.fixture
def sign_message() -> Callable[..., str]:
    """The signing function, for tests that build the KALSHI-ACCESS-* headers by hand."""
    return sign


@pytest.fixture
def clock() -> ManualClock:
    """A clock that only moves when the test says so, starting at the real time."""
    return ManualClock()


@pytest.fixture
def settings() -> SimSettings:
    """Default settings; override this fixture in a module to change them."""
    return SimSettings()


@pytest.fixture
def exchange(settings: SimSettings, clock: ManualClock) -> Exchange:
    """A fresh simulated exchange."""
    return Exchange(settings, clock)


@pytest.fixture
def new_member(exchange: Exchange) -> Callable[..., Credentials]:
    """Make a member with an API key from the shared key pool."""
    counter = iter(range(1_000))

    def make(balance_cents: int | None = None) -> Credentials:
        private_pem = _pooled_private_key(next(counter))
        public_pem = (
            _private_key(private_pem)
            .public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        key_id = str(uuid.uuid4())
        user_id = exchange.add_member(
            public_key_pem=public_pem, key_id=key_id, balance_cents=balance_cents
        )
        return Credentials(key_id=key_id, private_key_pem=private_pem, user_id=user_id)

    return make


@pytest.fixture
def member(new_member: Callable[..., Credentials]) -> Credentials:
    """The test's main member, with the default starting balance."""
    return new_member()


@pytest.fixture
def place(exchange: Exchange) -> Callable[..., Order]:
    """Place an order directly on the engine: place(user, "yes", "buy", cents, count, ...).

    The legacy (side, action, price of that side) triple is mapped to the V2 form: buying YES
    or selling NO bids, buying NO or selling YES asks, at the YES price.
    """

    def run(
        user_id: str,
        side: str,
        action: str,
        cents: int,
        count: int | str,
        *,
        ticker: str = TICKER,
        **options: Any,
    ) -> Order:
        yes_cents = cents if side == "yes" else 100 - cents
        request = OrderRequest(
            ticker=ticker,
            book_side="bid" if (side == "yes") == (action == "buy") else "ask",
            count=Decimal(str(count)),
            yes_price=Decimal(yes_cents) / 100,
            **options,
        )
        return exchange.place_order(user_id, request)

    return run


@pytest.fixture
async def client(exchange: Exchange, member: Credentials) -> AsyncIterator[httpx.AsyncClient]:
    """An async client signed as `member`, talking to the app in-process."""
    async with signed_client(exchange, member) as http:
        yield http


def signed_client(
    exchange: Exchange, credentials: Credentials | None, **signer: Any
) -> httpx.AsyncClient:
    """An in-process client for a new app on `exchange`, signing as `credentials` if given."""
    auth = None if credentials is None else KalshiSigner(credentials, exchange.clock, **signer)
    transport = httpx.ASGITransport(app=create_app(exchange))
    return httpx.AsyncClient(transport=transport, base_url=BASE_URL, auth=auth)


@pytest.fixture
def make_client(exchange: Exchange) -> Callable[..., httpx.AsyncClient]:
    """Build more in-process clients (closed by the test with `async with`)."""

    def build(credentials: Credentials | None, **signer: Any) -> httpx.AsyncClient:
        return signed_client(exchange, credentials, **signer)

    return build


def conforms(response: httpx.Response, template: str) -> Any:
    """Assert the answer fits the spec's schema for its status; return its JSON (None if empty)."""
    document = response.json() if response.content else None
    validator = SpecSource(None).validator()
    error = validator.response_error(
        response.request.method, template, response.status_code, document
    )
    assert error is None, f"{response.status_code} {document}: {error}"
    return document


def v2_order(**fields: Any) -> dict[str, Any]:
    """A `CreateOrderV2Request` body: a 10-lot GTC bid at 0.10 on TICKER, overridable."""
    return {
        "ticker": TICKER,
        "side": "bid",
        "price": "0.10",
        "count": "10",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
        **fields,
    }
