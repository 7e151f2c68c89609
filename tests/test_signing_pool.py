"""The async client's signing pool: every request signed right, bounded, cancellable, reusable."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import kalshi
import pytest
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


def _lanes() -> Any:
    pool = _auth._pool
    return {} if pool is None else pool._lanes


def _idle() -> bool:
    """No loop has a signature in flight or a request waiting for its turn."""
    return all(not lane.in_flight and not lane.waiting for lane in list(_lanes().values()))


TOO_LONG = "x" * 70_000  # httpx refuses to build the URL


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
    assert _idle()  # nothing left in flight for a finished burst


async def _gated_burst(
    client: kalshi.AsyncKalshiClient, gated: _GatedKey, count: int
) -> list[asyncio.Future[Any]]:
    """Start `count` gets whose signing waits on the gate, and let them queue up."""
    client._signer._key = gated  # type: ignore[union-attr,assignment]
    calls = [asyncio.ensure_future(client.order_groups.get("g1")) for _ in range(count)]
    for _ in range(20):
        await asyncio.sleep(0)
    return calls


async def test_signatures_in_flight_never_exceed_the_depth(
    private_pem: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    seen: list[httpx.Request] = []
    gated = _GatedKey(rsa_key)
    async with _client(private_pem, seen) as client:
        calls = await _gated_burst(client, gated, 200)
        lane = _lanes()[asyncio.get_running_loop()]
        assert lane.in_flight == _auth.SIGNING_DEPTH
        assert len(lane.waiting) == 200 - _auth.SIGNING_DEPTH
        assert not seen  # nothing sent unsigned meanwhile
        gated.gate.set()
        await asyncio.gather(*calls)
    assert gated.signed == 200 and len(seen) == 200
    assert _idle()


async def test_cancelled_calls_free_their_turn_and_the_rest_complete(
    private_pem: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    seen: list[httpx.Request] = []
    gated = _GatedKey(rsa_key)
    async with _client(private_pem, seen) as client:
        calls = await _gated_burst(client, gated, 100)
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
        assert _idle()
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
    assert _idle()


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


async def test_requests_woken_then_failing_before_signing_pass_their_turn_on(
    private_pem: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    # A request that gets a turn and then fails before it asks for a signature (here an id
    # too long for a URL) must not take its slot with it: the last call still runs.
    seen: list[httpx.Request] = []
    gated = _GatedKey(rsa_key)
    depth = _auth.SIGNING_DEPTH
    async with _client(private_pem, seen) as client:
        with pytest.raises(httpx.InvalidURL):
            await client.order_groups.get(TOO_LONG)
        client._signer._key = gated  # type: ignore[union-attr,assignment]
        first = [asyncio.ensure_future(client.order_groups.get("g")) for _ in range(depth)]
        doomed = [asyncio.ensure_future(client.order_groups.get(TOO_LONG)) for _ in range(depth)]
        last = asyncio.ensure_future(client.order_groups.get("g-last"))
        for _ in range(10):
            await asyncio.sleep(0)
        gated.gate.set()
        # Keep the loop busy until every signature is ready, so one wake-up settles them all
        # and frees every slot at once, all of them for the doomed requests.
        deadline = time.monotonic() + 30
        while gated.signed < depth and time.monotonic() < deadline:
            time.sleep(0.001)  # blocks the loop on purpose
        time.sleep(0.05)  # and lets the signing threads hand their results over
        await asyncio.gather(*first)
        failures = await asyncio.gather(*doomed, return_exceptions=True)
        assert all(isinstance(f, httpx.InvalidURL) for f in failures)
        detail = await asyncio.wait_for(last, 10)
    assert detail.orders == [] and seen[-1].url.path.endswith("/g-last")
    assert _idle()


async def test_in_flight_stays_within_the_depth_over_repeated_bursts(
    private_pem: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    seen: list[httpx.Request] = []
    pool = _auth._signing_pool()
    peak = 0
    submit = pool.submit

    def watching(loop: Any, *args: Any) -> Any:
        nonlocal peak
        future = submit(loop, *args)
        peak = max(peak, pool._lanes[loop].in_flight)
        return future

    async def worker(count: int) -> None:
        for n in range(count):
            await client.order_groups.get(f"g{n}")

    pool.submit = watching  # type: ignore[method-assign]
    try:
        async with _client(private_pem, seen) as client:
            for burst in range(5):
                await asyncio.gather(*(worker(1 + (n + burst) % 7) for n in range(150)))
    finally:
        del pool.submit
    assert 0 < peak <= _auth.SIGNING_DEPTH
    assert _idle()


def test_a_loop_closed_with_signatures_in_flight_is_freed(
    private_pem: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    import gc
    import weakref

    class SlowKey:
        def sign(self, data: bytes, pad: Any, algorithm: Any) -> bytes:
            time.sleep(0.01)
            return rsa_key.sign(data, pad, algorithm)

    loops: list[weakref.ref[asyncio.AbstractEventLoop]] = []

    async def fire_and_forget() -> None:
        loops.append(weakref.ref(asyncio.get_running_loop()))
        client = _client(private_pem, [])
        client._signer._key = SlowKey()  # type: ignore[union-attr,assignment]
        calls = [asyncio.ensure_future(client.order_groups.get("g")) for _ in range(10)]
        await asyncio.sleep(0.001)
        del calls  # abandoned: asyncio.run cancels them as the loop closes

    for _ in range(5):
        asyncio.run(fire_and_forget())
    time.sleep(0.5)  # the signatures finish after their loops have closed
    gc.collect()
    assert all(ref() is None for ref in loops)


@pytest.mark.parametrize("raised", [StopIteration, SystemExit, KeyboardInterrupt])
async def test_a_key_raising_a_non_error_fails_the_call_not_the_pool(
    private_pem: str, rsa_key: rsa.RSAPrivateKey, raised: type[BaseException]
) -> None:
    class OddKey:
        def sign(self, data: bytes, pad: Any, algorithm: Any) -> bytes:
            raise raised()

    seen: list[httpx.Request] = []
    async with _client(private_pem, seen) as client:
        real = client._signer._key  # type: ignore[union-attr]
        client._signer._key = OddKey()  # type: ignore[union-attr,assignment]
        results = await asyncio.gather(
            *(client.order_groups.get("g1") for _ in range(3)), return_exceptions=True
        )
        assert all(isinstance(r, RuntimeError) and raised.__name__ in str(r) for r in results)
        client._signer._key = real  # type: ignore[union-attr]
        await asyncio.gather(*(client.order_groups.get("g1") for _ in range(3)))
    assert len(seen) == 3
    assert _idle()
