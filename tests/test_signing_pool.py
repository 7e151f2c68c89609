"""The async client's signing pool: every request signed right, bounded, cancellable, reusable."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import kalshi
from conftest import KEY_ID, verify_signature
from cryptography.hazmat.primitives.asymmetric import rsa
from kalshi import _auth

GROUP = {"is_auto_cancel_enabled": False, "orders": [], "contracts_limit_fp": "5.00"}


def _client(private_pem: str, seen: list[httpx.Request]) -> kalshi.AsyncKalshiClient:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=GROUP)

    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    return kalshi.AsyncKalshiClient(key_id=KEY_ID, private_key=private_pem, http_client=http)


def _lanes() -> dict[Any, Any]:
    pool = _auth._pool
    return {} if pool is None else pool._lanes


class _GatedKey:
    """Wraps the real key; each signature waits until the test opens the gate."""

    def __init__(self, key: rsa.RSAPrivateKey) -> None:
        self.key = key
        self.gate = threading.Event()
        self.signed = 0

    def sign(self, data: bytes, pad: Any, algorithm: Any) -> bytes:
        if not self.gate.wait(30):
            raise TimeoutError("the test never opened the gate")
        self.signed += 1
        return self.key.sign(data, pad, algorithm)


async def test_burst_of_concurrent_calls_each_carries_its_own_valid_signature(
    private_pem: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    seen: list[httpx.Request] = []
    async with _client(private_pem, seen) as client:
        ids = [f"g{n}" for n in range(300)]
        groups = await asyncio.gather(*(client.order_groups.get(i) for i in ids))
    assert len(groups) == 300
    assert sorted(r.url.path.rsplit("/", 1)[1] for r in seen) == sorted(ids)
    for request in seen:
        verify_signature(request, rsa_key)  # the signature covers this request's own path
    assert not _lanes()  # nothing left in flight for a finished loop


async def test_signatures_in_flight_never_exceed_the_depth(
    private_pem: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    seen: list[httpx.Request] = []
    gated = _GatedKey(rsa_key)
    async with _client(private_pem, seen) as client:
        client._signer._key = gated  # type: ignore[union-attr,assignment]
        calls = [asyncio.ensure_future(client.order_groups.get("g1")) for _ in range(200)]
        for _ in range(20):
            await asyncio.sleep(0)
        lane = _lanes()[asyncio.get_running_loop()]
        assert lane.in_flight == _auth.SIGNING_DEPTH
        assert len(lane.waiting) == 200 - _auth.SIGNING_DEPTH
        assert not seen  # nothing sent unsigned meanwhile
        gated.gate.set()
        await asyncio.gather(*calls)
    assert gated.signed == 200 and len(seen) == 200
    assert not _lanes()


async def test_cancelled_calls_free_their_turn_and_the_rest_complete(
    private_pem: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    seen: list[httpx.Request] = []
    gated = _GatedKey(rsa_key)
    async with _client(private_pem, seen) as client:
        client._signer._key = gated  # type: ignore[union-attr,assignment]
        calls = [asyncio.ensure_future(client.order_groups.get("g1")) for _ in range(100)]
        for _ in range(20):
            await asyncio.sleep(0)
        # Cancel some that are being signed and some still waiting for a turn.
        cancelled = calls[:10] + calls[-10:]
        for call in cancelled:
            call.cancel()
        gated.gate.set()
        results = await asyncio.gather(*calls, return_exceptions=True)
        assert sum(isinstance(r, asyncio.CancelledError) for r in results) == 20
        done = [r for r in results if not isinstance(r, BaseException)]
        assert len(done) == 80 and all(r.orders == [] for r in done)
        assert len(seen) == 80  # a cancelled call is never sent, even if it was signed
        assert not _lanes()
        # The pool is whole afterwards: a new burst goes through.
        await asyncio.gather(*(client.order_groups.get("g2") for _ in range(100)))
    assert len(seen) == 180


class _BrokenKey:
    def sign(self, data: bytes, pad: Any, algorithm: Any) -> bytes:
        raise ValueError("the HSM is unplugged")


async def test_a_signing_failure_reaches_the_caller_and_nothing_is_sent(
    private_pem: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    seen: list[httpx.Request] = []
    async with _client(private_pem, seen) as client:
        real = client._signer._key  # type: ignore[union-attr]
        client._signer._key = _BrokenKey()  # type: ignore[union-attr,assignment]
        results = await asyncio.gather(
            *(client.order_groups.get("g1") for _ in range(5)), return_exceptions=True
        )
        assert all(isinstance(r, ValueError) and "HSM" in str(r) for r in results)
        assert not seen
        client._signer._key = real  # type: ignore[union-attr]
        await client.order_groups.get("g1")
    assert len(seen) == 1
    verify_signature(seen[0], rsa_key)


def test_event_loops_in_several_threads_share_the_pool(
    private_pem: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    seen: list[httpx.Request] = []
    errors: list[BaseException] = []

    async def burst() -> None:
        async with _client(private_pem, seen) as client:
            await asyncio.gather(*(client.order_groups.get("g1") for _ in range(50)))

    def run() -> None:
        try:
            asyncio.run(burst())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert len(seen) == 200
    for request in seen:
        verify_signature(request, rsa_key)
    assert not _lanes()


class _ThreadRecordingKey:
    """Wraps the real key and records which thread made each signature."""

    def __init__(self, key: rsa.RSAPrivateKey) -> None:
        self.key = key
        self.threads: list[str] = []

    def sign(self, data: bytes, pad: Any, algorithm: Any) -> bytes:
        self.threads.append(threading.current_thread().name)
        return self.key.sign(data, pad, algorithm)


async def test_a_lone_call_signs_on_the_loop_and_a_burst_in_the_pool(
    private_pem: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    seen: list[httpx.Request] = []
    recording = _ThreadRecordingKey(rsa_key)
    here = threading.current_thread().name
    async with _client(private_pem, seen) as client:
        client._signer._key = recording  # type: ignore[union-attr,assignment]
        for _ in range(3):  # one at a time: nothing else could run while it signs
            await client.order_groups.get("g1")
        assert recording.threads == [here] * 3
        recording.threads.clear()
        await asyncio.gather(*(client.order_groups.get("g1") for _ in range(50)))
    pooled = [name for name in recording.threads if name.startswith("kalshi-sign-")]
    assert len(pooled) >= 49  # only the first of a burst may find the loop idle
    for request in seen:
        verify_signature(request, rsa_key)


async def test_a_lone_call_uses_the_pool_while_other_work_is_ready(
    private_pem: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    seen: list[httpx.Request] = []
    recording = _ThreadRecordingKey(rsa_key)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    async with _client(private_pem, seen) as client:
        client._signer._key = recording  # type: ignore[union-attr,assignment]
        background = asyncio.ensure_future(ticker())
        await asyncio.sleep(0)
        await client.order_groups.get("g1")
        background.cancel()
    assert recording.threads[0].startswith("kalshi-sign-")  # the loop stayed free
    assert ticks > 1
