"""The request loop's promises: a landed request is never reported as surely not done, one
deadline bounds a whole call, closing or changing event loops gives SDK errors, a broken
answer is never success, and signatures never follow a redirect or another client's base_url.
"""

from __future__ import annotations

import asyncio
import gzip
import json as jsonlib
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import kalshi
import pytest
from conftest import BASE, KEY_ID, Api, make_client
from kalshi._call import Call
from kalshi._retry import Safety
from kalshi.sim import Simulator

GROUPS = f"{BASE}/portfolio/order_groups"
CREATE = f"{GROUPS}/create"
CHECK = "Look before creating again."
GUARD = 20.0  # seconds a test waits for a call that must end by itself


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def repeatable_create() -> Call[Any]:
    """A create that may be repeated (as with a dedupe key) and says how to check its outcome."""
    kwargs = {"method": "post", "url": "/portfolio/order_groups/create", "json": {"x": 1}}
    return Call(kwargs, lambda data: data, safety=Safety.REPEATABLE, on_outcome_unknown=CHECK)


class Reply:
    """An answer a mock transport sends, built afresh (and unread) for every request."""

    def __init__(
        self, status: int, json: Any = ..., *, content: bytes = b"", headers: Any = None
    ) -> None:
        self.status = status
        self.headers = dict(headers or {})
        self.content = content if json is ... else jsonlib.dumps(json).encode()
        if json is not ...:
            self.headers.setdefault("Content-Type", "application/json")

    def build(self) -> httpx.Response:
        stream = httpx.ByteStream(self.content)
        return httpx.Response(self.status, headers=self.headers, stream=stream)


def scripted(answers: list[Any], seen: list[httpx.Request]) -> Callable[[httpx.Request], Any]:
    """A mock transport handler that plays the answers (Reply or exceptions) in order."""

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = answers[min(len(seen), len(answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer.build()  # type: ignore[no-any-return]

    return handle


def mocked(kind: str, pem: str, handler: Callable[[httpx.Request], Any], **options: Any) -> Api:
    transport = httpx.MockTransport(handler)
    http: Any = (
        httpx.AsyncClient(transport=transport)
        if kind == "async"
        else httpx.Client(transport=transport)
    )
    return Api(make_client(kind, pem, http_client=http, **options))


async def execute(api: Api, call: Call[Any]) -> Any:
    return await api(lambda c: c._execute(call))


# 1. Once an attempt may have landed, every final error says the outcome is unknown.

LANDED_THEN = [
    ("timeout-then-refused", httpx.ReadTimeout("slow"), httpx.ConnectError("refused"), kalshi.APIConnectionError),
    ("dropped-then-429", httpx.RemoteProtocolError("gone"), Reply(429, {}), kalshi.RateLimitError),
    ("timeout-then-400", httpx.ReadTimeout("slow"), Reply(400, {}), kalshi.BadRequestError),
    ("503-then-409", Reply(503, {}), Reply(409, {}), kalshi.ConflictError),
]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "then", "error"), [c[1:] for c in LANDED_THEN], ids=[c[0] for c in LANDED_THEN]
)
async def test_a_maybe_landed_attempt_marks_every_final_error(
    kind: str, private_pem: str, delays: list[Any], first: Any, then: Any, error: type[Exception]
) -> None:  # fmt: skip
    seen: list[httpx.Request] = []
    api = mocked(kind, private_pem, scripted([first, then], seen), max_retries=2)
    with pytest.raises(error) as caught:
        await execute(api, repeatable_create())
    assert caught.value.outcome_unknown is True  # type: ignore[attr-defined]
    assert CHECK in str(caught.value)
    assert len(seen) == (3 if not isinstance(then, Reply) or then.status == 429 else 2)


async def test_rate_limits_alone_leave_the_outcome_known(
    kind: str, private_pem: str, delays: list[Any]
) -> None:
    seen: list[httpx.Request] = []
    api = mocked(kind, private_pem, scripted([Reply(429, {})], seen), max_retries=2)
    with pytest.raises(kalshi.RateLimitError) as caught:
        await execute(api, repeatable_create())
    assert caught.value.outcome_unknown is False
    assert len(seen) == 3


def test_a_dropped_create_then_rate_limits_against_the_simulator(no_backoff: None) -> None:
    with Simulator() as sim:
        member = sim.add_member()
        path = "/trade-api/v2/portfolio/order_groups/create"
        sim.faults.add("drop_after", method="POST", path=path)
        sim.faults.add("rate_limit", method="POST", path=path, times=-1)
        client = kalshi.KalshiClient(
            key_id=member.key_id, private_key=member.private_key_pem, base_url=sim.base_url
        )
        kwargs = {
            "method": "post",
            "url": "/portfolio/order_groups/create",
            "json": {"contracts_limit": 5},
        }
        call = Call(kwargs, lambda d: d, safety=Safety.REPEATABLE, on_outcome_unknown=CHECK)
        with pytest.raises(kalshi.RateLimitError) as caught:
            client._execute(call)
        client.close()
        assert len(sim.exchange.groups(member.user_id)) == 1  # the first attempt landed
        assert caught.value.outcome_unknown is True


# 2. One deadline per call.


class DripServer:
    """A loopback HTTP server that sends headers, then one body byte every 0.1 s.

    It stops by itself after `lifetime` seconds or once the client hangs up.
    """

    def __init__(
        self, lifetime: float = 30.0, *, answer: bool = True, headers: bool = False
    ) -> None:
        self.headers = headers
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.lifetime = lifetime
        self.answer = answer
        self.requests = threading.Event()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/trade-api/v2"

    def __enter__(self) -> DripServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(5)
        self.sock.close()

    def _serve(self) -> None:
        end = time.monotonic() + self.lifetime
        while not self.stop.is_set() and time.monotonic() < end:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._drip, args=(conn, end), daemon=True).start()

    def _drip(self, conn: socket.socket, end: float) -> None:
        with conn:
            conn.settimeout(0.5)
            data = b""
            while b"\r\n\r\n" not in data and time.monotonic() < end:
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not chunk:
                    return
                data += chunk
            self.requests.set()
            try:
                if self.headers:  # the status line, then one header line after another
                    conn.sendall(b"HTTP/1.1 200 OK\r\n")
                elif self.answer:
                    conn.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        b"Content-Length: 100000\r\n\r\n"
                    )
                while not self.stop.is_set() and time.monotonic() < end:
                    if self.headers:
                        conn.sendall(b"X-Drip: 1\r\n")
                    elif self.answer:
                        conn.sendall(b" ")
                    self.stop.wait(0.1)
            except OSError:
                return


def loopback(cls: Any, base_url: str, pem: str, **options: Any) -> Any:
    """A signing client of the given class for a loopback test server."""
    return cls(
        key_id=KEY_ID, private_key=pem, base_url=base_url, allow_unknown_host=True, **options
    )


def run_guarded(action: Callable[[], Any]) -> Any:
    """Run a call in a thread; return its result or exception, failing if it never ends."""
    outcome: list[Any] = []

    def target() -> None:
        try:
            outcome.append(action())
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(GUARD)
    assert not thread.is_alive(), "the call did not end"
    return outcome[0]


def test_a_dripping_body_ends_at_the_call_deadline_sync(private_pem: str) -> None:
    with DripServer() as server:
        client = loopback(
            kalshi.KalshiClient, server.base_url, private_pem, timeout=0.5, max_retries=1
        )
        outcome = run_guarded(client.order_groups.list)
        client.close()
    assert isinstance(outcome, kalshi.APITimeoutError), outcome
    assert "deadline" in str(outcome)


def test_with_options_sets_the_deadline_of_a_call(private_pem: str) -> None:
    with DripServer() as server:
        client = loopback(
            kalshi.KalshiClient, server.base_url, private_pem, timeout=300, max_retries=0
        )
        outcome = run_guarded(client.with_options(timeout=0.5).order_groups.list)
        client.close()
    assert isinstance(outcome, kalshi.APITimeoutError), outcome


async def test_a_dripping_body_ends_at_the_call_deadline_async(private_pem: str) -> None:
    with DripServer() as server:
        client = loopback(
            kalshi.AsyncKalshiClient, server.base_url, private_pem, timeout=0.5, max_retries=1
        )
        try:
            outcome: Any = await asyncio.wait_for(client.order_groups.list(), GUARD)
        except Exception as error:
            outcome = error
        await client.aclose()
    assert isinstance(outcome, kalshi.APITimeoutError), outcome


async def test_dripping_headers_end_at_the_call_deadline_async(private_pem: str) -> None:
    # (The sync client cannot bound this case: httpx times each socket read on its own.)
    with DripServer(headers=True) as server:
        client = loopback(
            kalshi.AsyncKalshiClient, server.base_url, private_pem, timeout=0.5, max_retries=1
        )
        try:
            outcome: Any = await asyncio.wait_for(client.order_groups.list(), GUARD)
        except Exception as error:
            outcome = error
        await client.aclose()
    assert isinstance(outcome, kalshi.APITimeoutError), outcome
    assert outcome.sent is True and "deadline" in str(outcome)


async def test_a_backoff_past_the_deadline_is_not_slept(
    kind: str, private_pem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)

    async def no_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", no_sleep)
    seen: list[httpx.Request] = []
    busy = Reply(503, {}, headers={"Retry-After": "30"})
    api = mocked(kind, private_pem, scripted([busy], seen), timeout=2, max_retries=3)
    with pytest.raises(kalshi.InternalServerError) as caught:
        await api(lambda c: c.order_groups.list())
    assert slept == [] and len(seen) == 1
    assert "deadline" in str(caught.value)


# 3. Closing a client mid-call, and a second event loop.


def test_closing_a_client_mid_call_raises_an_sdk_error(private_pem: str) -> None:
    with DripServer(answer=False) as server:
        client = loopback(
            kalshi.KalshiClient, server.base_url, private_pem, timeout=3, max_retries=2
        )
        outcomes: list[Any] = []

        def call() -> None:
            outcomes.append(run_guarded(client.order_groups.list))

        caller = threading.Thread(target=call)
        caller.start()
        assert server.requests.wait(GUARD)
        client.close()
        caller.join(GUARD + 1)
    assert isinstance(outcomes[0], kalshi.KalshiError), outcomes


async def test_a_closed_client_raises_an_sdk_error(kind: str, private_pem: str) -> None:
    api = mocked(kind, private_pem, scripted([Reply(200, {})], []))
    if isinstance(api.client, kalshi.AsyncKalshiClient):
        await api.client.aclose()
    else:
        api.client.close()
    with pytest.raises(kalshi.APIConnectionError) as caught:
        await api(lambda c: c.order_groups.list())
    assert caught.value.sent is False
    assert "closed" in str(caught.value)


async def test_aclose_mid_call_raises_an_sdk_error(private_pem: str) -> None:
    with DripServer(answer=False) as server:
        client = loopback(
            kalshi.AsyncKalshiClient, server.base_url, private_pem, timeout=3, max_retries=2
        )
        task = asyncio.ensure_future(client.order_groups.list())
        while not server.requests.is_set():
            await asyncio.sleep(0.01)
        await client.aclose()
        try:
            outcome: Any = await asyncio.wait_for(task, GUARD)
        except BaseException as error:
            outcome = error
    assert isinstance(outcome, kalshi.KalshiError), outcome


class JsonServer:
    """A keep-alive loopback HTTP server answering every request with one JSON body."""

    def __init__(self, body: bytes = b'{"order_groups": []}') -> None:
        self.body = body
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/trade-api/v2"

    def __enter__(self) -> JsonServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(5)
        self.sock.close()

    def _serve(self) -> None:
        end = time.monotonic() + 30
        while not self.stop.is_set() and time.monotonic() < end:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(conn, end), daemon=True).start()

    def _answer(self, conn: socket.socket, end: float) -> None:
        with conn:
            conn.settimeout(0.2)
            data = b""
            while not self.stop.is_set() and time.monotonic() < end:
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not chunk:
                    return
                data += chunk
                while b"\r\n\r\n" in data:
                    _, data = data.split(b"\r\n\r\n", 1)
                    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    conn.sendall(head + str(len(self.body)).encode() + b"\r\n\r\n" + self.body)


def test_an_async_client_works_from_a_second_event_loop(private_pem: str) -> None:
    with JsonServer() as server:
        client = loopback(kalshi.AsyncKalshiClient, server.base_url, private_pem, max_retries=0)
        assert asyncio.run(client.order_groups.list()) == []
        assert asyncio.run(client.order_groups.list()) == []
        asyncio.run(client.aclose())


def test_a_given_async_http_client_on_a_second_loop_raises_an_sdk_error(private_pem: str) -> None:
    with JsonServer() as server:
        http = httpx.AsyncClient()
        client = loopback(
            kalshi.AsyncKalshiClient, server.base_url, private_pem, max_retries=0, http_client=http
        )
        assert asyncio.run(client.order_groups.list()) == []
        with pytest.raises(kalshi.KalshiError, match="event loop"):
            asyncio.run(client.order_groups.list())


# 4. Broken answers are never success.


async def test_a_redirect_is_never_followed_nor_success(kind: str, private_pem: str) -> None:
    seen: list[httpx.Request] = []
    moved = Reply(307, headers={"Location": "https://evil.example/trade-api/v2/x"})
    api = mocked(kind, private_pem, scripted([moved], seen))
    with pytest.raises(kalshi.APIResponseError, match=r"evil\.example") as caught:
        await api(lambda c: c.order_groups.create(contracts_limit=5))
    assert len(seen) == 1
    assert caught.value.outcome_unknown is True


EMPTY_CREATES = [
    ("empty-object", Reply(201, {})),
    ("null", Reply(201, None)),
    ("list", Reply(201, [])),
    ("empty-204", Reply(204)),
    ("blank-id", Reply(201, {"order_group_id": ""})),
]


@pytest.mark.parametrize("answer", [c[1] for c in EMPTY_CREATES], ids=[c[0] for c in EMPTY_CREATES])
async def test_a_create_answered_without_its_object_is_an_error(
    kind: str, private_pem: str, answer: Reply
) -> None:
    api = mocked(kind, private_pem, scripted([answer], []))
    with pytest.raises(kalshi.APIResponseError) as caught:
        await api(lambda c: c.order_groups.create(contracts_limit=5))
    assert caught.value.outcome_unknown is True


BROKEN_READS = [
    ("list-not-a-list", lambda c: c.order_groups.list(), {"order_groups": 5}),
    ("list-a-string", lambda c: c.order_groups.list(), {"order_groups": "abc"}),
    ("list-null-body", lambda c: c.order_groups.list(), None),
    ("get-empty", lambda c: c.order_groups.get("g"), {}),
    ("get-orders-string", lambda c: c.order_groups.get("g"), {"is_auto_cancel_enabled": True, "orders": "abc"}),
    ("status-empty", lambda c: c.exchange.status(), {}),
    ("status-list", lambda c: c.exchange.status(), []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("action", "body"), [c[1:] for c in BROKEN_READS], ids=[c[0] for c in BROKEN_READS]
)
async def test_a_read_answered_without_what_it_promises_is_an_error(
    kind: str, private_pem: str, action: Any, body: Any
) -> None:
    api = mocked(kind, private_pem, scripted([Reply(200, body)], []))
    with pytest.raises(kalshi.APIResponseError) as caught:
        await api(action)
    assert caught.value.outcome_unknown is False


async def test_well_formed_answers_still_parse(kind: str, private_pem: str) -> None:
    answers = {
        "/portfolio/order_groups": {"order_groups": None},
        "/portfolio/order_groups/g": {"is_auto_cancel_enabled": False, "orders": None},
        "/exchange/status": {"exchange_active": True, "trading_active": False},
    }

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answers[request.url.path.removeprefix("/trade-api/v2")])

    api = mocked(kind, private_pem, handle)
    assert await api(lambda c: c.order_groups.list()) == []
    assert (await api(lambda c: c.order_groups.get("g"))).orders == []
    assert (await api(lambda c: c.exchange.status())).exchange_active is True


# 5. Signatures stay with the SDK client's own base_url and never follow a redirect.


def test_a_given_client_that_follows_redirects_does_not_here(private_pem: str) -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "elsewhere.example":
            return httpx.Response(200, json={"order_groups": []})
        return httpx.Response(307, headers={"Location": "https://elsewhere.example/x"})

    http = httpx.Client(transport=httpx.MockTransport(handle), follow_redirects=True)
    client = kalshi.KalshiClient(key_id=KEY_ID, private_key=private_pem, http_client=http)
    with pytest.raises(kalshi.APIResponseError, match=r"elsewhere\.example"):
        client.order_groups.list()
    assert [r.url.host for r in seen] == ["external-api.kalshi.com"]


async def test_a_given_async_client_that_follows_redirects_does_not_here(private_pem: str) -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(307, headers={"Location": "https://elsewhere.example/x"})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handle), follow_redirects=True)
    client = kalshi.AsyncKalshiClient(key_id=KEY_ID, private_key=private_pem, http_client=http)
    with pytest.raises(kalshi.APIResponseError):
        await client.order_groups.list()
    assert [r.url.host for r in seen] == ["external-api.kalshi.com"]


def test_two_sdk_clients_may_share_one_http_client(private_pem: str) -> None:
    seen: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"order_groups": []})

    http = httpx.Client(transport=httpx.MockTransport(handle), base_url="https://mine.example/")
    prod = kalshi.KalshiClient(key_id=KEY_ID, private_key=private_pem, http_client=http)
    demo = kalshi.KalshiClient(
        key_id=KEY_ID, private_key=private_pem, http_client=http, environment="demo"
    )
    prod.order_groups.list()
    demo.order_groups.list()
    prod.order_groups.list()
    assert seen == [
        "https://external-api.kalshi.com/trade-api/v2/portfolio/order_groups",
        "https://external-api.demo.kalshi.co/trade-api/v2/portfolio/order_groups",
        "https://external-api.kalshi.com/trade-api/v2/portfolio/order_groups",
    ]
    assert http.base_url == httpx.URL("https://mine.example/")


# 6. Whatever a body does to the decoder, the caller gets an SDK error.

DEEP = b"[" * 100_000 + b"]" * 100_000
HUGE_INT = b'{"order_group_id": "g", "n": ' + b"7" * 5000 + b"}"
GZIP = {"Content-Encoding": "gzip"}
UNDECODABLE = [
    ("deep", Reply(201, content=DEEP)),
    ("huge-int", Reply(201, content=HUGE_INT)),
    ("bad-gzip", Reply(201, content=b"not gzip at all", headers=GZIP)),
    ("cut-gzip", Reply(201, content=gzip.compress(b"{}")[:-12], headers=GZIP)),
]  # fmt: skip


@pytest.mark.parametrize("answer", [c[1] for c in UNDECODABLE], ids=[c[0] for c in UNDECODABLE])
async def test_an_undecodable_create_answer_is_an_sdk_error(
    kind: str, private_pem: str, answer: Reply
) -> None:
    api = mocked(kind, private_pem, scripted([answer], []))
    with pytest.raises(kalshi.APIResponseError) as caught:
        await api(lambda c: c.order_groups.create(contracts_limit=5))
    assert caught.value.outcome_unknown is True


@pytest.mark.parametrize("content", [DEEP, HUGE_INT], ids=["deep", "huge-int"])
async def test_an_undecodable_error_body_still_gives_its_status_error(
    kind: str, private_pem: str, content: bytes
) -> None:
    api = mocked(kind, private_pem, scripted([Reply(400, content=content)], []))
    with pytest.raises(kalshi.BadRequestError):
        await api(lambda c: c.order_groups.list())
