"""The simulator's control API: fault plans are validated, the clock is moved over HTTP, and
`python -m kalshi.sim --control` serves both out of process."""

from __future__ import annotations

import json
import math
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import kalshi
import pytest
from kalshi.sim import Exchange, Fault, FaultPlan, ManualClock, Simulator, create_app
from kalshi.sim.__main__ import main

PREFIX = "/trade-api/v2"
STATUS_PATH = PREFIX + "/exchange/status"
LAST_MS = 253_402_300_799_999  # 9999-12-31T23:59:59.999Z

# (options beyond kind, or a whole plan with "kind"), the field the error must name, the error
BAD_PLANS: list[tuple[dict[str, Any], str, type[Exception]]] = [
    ({"kind": 5}, "kind", TypeError),
    ({"kind": "meteor"}, "kind", ValueError),
    ({"kind": "status", "path": 5}, "path", TypeError),
    ({"kind": "status", "path": "trade-api/v2/exchange/status"}, "path", ValueError),
    ({"kind": "status", "path": ""}, "path", ValueError),
    ({"kind": "status", "method": ["GET"]}, "method", TypeError),
    ({"kind": "status", "method": 5}, "method", TypeError),
    ({"kind": "status", "method": "FETCH"}, "method", ValueError),
    ({"kind": "status", "method": ""}, "method", ValueError),
    ({"kind": "status", "status": 503.5}, "status", TypeError),
    ({"kind": "status", "status": "503"}, "status", TypeError),
    ({"kind": "status", "status": True}, "status", TypeError),
    ({"kind": "status", "status": 99}, "status", ValueError),
    ({"kind": "status", "status": 100}, "status", ValueError),
    ({"kind": "status", "status": 204}, "status", ValueError),
    ({"kind": "html_error", "status": 600}, "status", ValueError),
    ({"kind": "status_after", "status": -503}, "status", ValueError),
    ({"kind": "rate_limit", "status": 503}, "status", ValueError),
    ({"kind": "status", "times": "x"}, "times", TypeError),
    ({"kind": "status", "times": True}, "times", TypeError),
    ({"kind": "status", "times": 1.0}, "times", TypeError),
    ({"kind": "status", "times": 0}, "times", ValueError),
    ({"kind": "status", "times": -2}, "times", ValueError),
    ({"kind": "delay", "delay_s": -1}, "delay_s", ValueError),
    ({"kind": "delay", "delay_s": math.nan}, "delay_s", ValueError),
    ({"kind": "delay", "delay_s": math.inf}, "delay_s", ValueError),
    ({"kind": "delay", "delay_s": 601}, "delay_s", ValueError),
    ({"kind": "delay", "delay_s": "1"}, "delay_s", TypeError),
    ({"kind": "delay", "delay_s": True}, "delay_s", TypeError),
    ({"kind": "status", "delay_s": 1.0}, "delay_s", ValueError),
    ({"kind": "status", "bogus": 1}, "bogus", TypeError),
    ({"kind": "status", "fired": 3}, "fired", TypeError),
]
BAD_IDS = [f"{plan}" for plan, _, _ in BAD_PLANS]


@pytest.mark.parametrize(("plan", "field", "error"), BAD_PLANS, ids=BAD_IDS)
def test_a_bad_fault_is_refused_from_python_naming_the_field(
    plan: dict[str, Any], field: str, error: type[Exception]
) -> None:
    options = dict(plan)
    kind = options.pop("kind")
    with pytest.raises(error, match=field):
        Fault(kind, **options)
    faults = FaultPlan()
    with pytest.raises(error, match=field):
        faults.add(kind, **options)
    assert faults.describe()["faults"] == []


def test_good_faults_are_kept_in_a_canonical_form() -> None:
    faults = FaultPlan()
    fault = faults.add("delay", method="get", path=PREFIX + "/portfolio/*", delay_s=2, times=-1)
    assert (fault.method, fault.delay_s, fault.times) == ("GET", 2.0, -1)
    assert faults.add("status_after", status=429).status == 429
    assert faults.add("html_error", status=599, times=3).times == 3
    assert faults.add("delay", delay_s=0).delay_s == 0.0
    assert faults.add("drop_before", method="PATCH", path="/").method == "PATCH"
    assert [f["kind"] for f in faults.describe()["faults"]] == [
        "delay", "status_after", "html_error", "delay", "drop_before"
    ]  # fmt: skip
    assert fault.matches("GET", PREFIX + "/portfolio/orders")
    assert not fault.matches("POST", PREFIX + "/portfolio/orders")


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator(clock=ManualClock()) as running:
        yield running


@pytest.fixture
def http(sim: Simulator) -> Iterator[httpx.Client]:
    sim.faults.clear()
    root = sim.base_url.removesuffix(PREFIX)
    with httpx.Client(base_url=root, timeout=10) as client:
        yield client
    sim.faults.clear()


def assert_refused(response: httpx.Response, *names: str) -> None:
    """A 400 in Kalshi's nested shape, whose details name every one of `names`."""
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_parameters"
    assert isinstance(error["message"], str) and error["message"]
    for name in names:
        assert name in error["details"], error


def answers_normally(http: httpx.Client) -> None:
    status = http.get(STATUS_PATH)
    assert status.status_code == 200 and status.json()["exchange_active"] is True
    market = http.get(PREFIX + "/markets/KXCONTROL-26-T")
    assert market.status_code == 200 and market.json()["market"]["ticker"] == "KXCONTROL-26-T"
    missing = http.get(PREFIX + "/no/such/path")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(("plan", "field", "error"), BAD_PLANS, ids=BAD_IDS)
def test_a_bad_fault_is_refused_over_http_naming_the_field(
    http: httpx.Client, sim: Simulator, plan: dict[str, Any], field: str, error: type[Exception]
) -> None:
    body = json.dumps(plan)  # NaN and Infinity go out as the literals JSON parsers accept
    response = http.post("/_sim/faults", content=body, headers={"content-type": "application/json"})
    assert_refused(response, field)
    assert http.get("/_sim/faults").json()["faults"] == []
    assert sim.faults.describe()["faults"] == []
    answers_normally(http)


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"{", b"\xff\xfe", b"null", b"5", b'"status"', b"[]",
     b'[{"kind": "status"}]', b"{}", b'{"status": 503}', b"[" * 100_000],
)  # fmt: skip
def test_a_body_that_is_not_one_fault_object_is_refused(http: httpx.Client, body: bytes) -> None:
    response = http.post("/_sim/faults", content=body)
    assert_refused(response)
    assert http.get("/_sim/faults").json()["faults"] == []
    answers_normally(http)


def test_the_api_answers_normally_after_every_refused_plan(http: httpx.Client) -> None:
    for plan, _, _ in BAD_PLANS:
        http.post("/_sim/faults", content=json.dumps(plan))
    answers_normally(http)
    # A good plan still goes in and fires as planned afterwards.
    added = http.post("/_sim/faults", json={"kind": "status", "path": STATUS_PATH, "status": 502})
    assert added.status_code == 200 and len(added.json()["faults"]) == 1
    failed = http.get(STATUS_PATH)
    assert failed.status_code == 502 and failed.json()["error"]["code"] == "service_unavailable"
    answers_normally(http)


def test_control_requests_are_never_faulted_or_counted(http: httpx.Client, sim: Simulator) -> None:
    assert http.post("/_sim/faults", json={"kind": "status", "times": -1}).status_code == 200
    assert http.get(STATUS_PATH).status_code == 503
    assert http.get("/_sim/faults").json()["received"] == 1
    assert http.get("/_sim/clock").status_code == 200
    assert http.delete("/_sim/faults").json() == {"faults": [], "received": 0}
    assert http.get(STATUS_PATH).status_code == 200
    assert sim.faults.count("GET", "/_sim/faults") == 0


def test_control_refuses_other_methods(http: httpx.Client) -> None:
    for path in ("/_sim/faults", "/_sim/clock"):
        response = http.put(path, json={})
        assert response.status_code == 405
        assert response.json()["error"]["code"] == "method_not_allowed"


def test_the_clock_is_read_and_moved_over_http(http: httpx.Client, sim: Simulator) -> None:
    clock = sim.clock
    assert isinstance(clock, ManualClock)
    assert http.get("/_sim/clock").json() == {"now_ms": clock.now_ms(), "manual": True}
    before = clock.now_ms()
    moved = http.post("/_sim/clock", json={"advance_ms": 15_000})
    assert moved.status_code == 200
    assert moved.json() == {"now_ms": before + 15_000, "manual": True}
    assert clock.now_ms() == before + 15_000
    assert http.post("/_sim/clock", json={"set_ms": before}).json()["now_ms"] == before
    assert clock.now_ms() == before


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ({}, ("advance_ms", "set_ms")),
        ({"advance_ms": 1, "set_ms": 1}, ("advance_ms", "set_ms")),
        ({"advance_ms": -1}, ("advance_ms",)),
        ({"advance_ms": 1.5}, ("advance_ms",)),
        ({"advance_ms": "1000"}, ("advance_ms",)),
        ({"advance_ms": True}, ("advance_ms",)),
        ({"advance_ms": LAST_MS}, ("advance_ms",)),
        ({"set_ms": -1}, ("set_ms",)),
        ({"set_ms": LAST_MS + 1}, ("set_ms",)),
        ({"set_ms": None}, ("set_ms",)),
        ({"advance_ms": 1, "seconds": 1}, ("seconds",)),
        ([1], ()),
        ("advance", ()),
    ],
)
def test_bad_clock_moves_are_refused(
    http: httpx.Client, sim: Simulator, body: Any, names: tuple[str, ...]
) -> None:
    before = sim.clock.now_ms()
    assert_refused(http.post("/_sim/clock", json=body), *names)
    assert sim.clock.now_ms() == before
    answers_normally(http)


def test_a_bad_clock_body_is_refused(http: httpx.Client, sim: Simulator) -> None:
    before = sim.clock.now_ms()
    assert_refused(http.post("/_sim/clock", content=b"advance 5"))
    assert sim.clock.now_ms() == before


def test_the_system_clock_cannot_be_moved() -> None:
    with Simulator() as sim, httpx.Client(base_url=sim.base_url.removesuffix(PREFIX)) as http:
        now = http.get("/_sim/clock").json()
        assert now["manual"] is False and isinstance(now["now_ms"], int)
        refused = http.post("/_sim/clock", json={"advance_ms": 1000})
        assert refused.status_code == 409
        assert refused.json()["error"]["code"] == "clock_not_manual"
        assert "manual" in refused.json()["error"]["details"].lower()


async def test_an_app_without_control_serves_no_control_paths() -> None:
    app = create_app(Exchange(clock=ManualClock()))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim.test") as http:
        for method, path in [("GET", "/_sim/faults"), ("POST", "/_sim/faults"),
                             ("DELETE", "/_sim/faults"), ("GET", "/_sim/clock"),
                             ("POST", "/_sim/clock")]:  # fmt: skip
            response = await http.request(method, path, json={"kind": "status", "times": -1})
            assert response.status_code == 404, (method, path)
            assert response.json()["error"]["code"] == "not_found"
        assert (await http.get(STATUS_PATH)).status_code == 200


async def test_an_app_with_control_applies_its_plan() -> None:
    faults = FaultPlan()
    app = create_app(Exchange(clock=ManualClock()), faults=faults)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim.test") as http:
        added = await http.post("/_sim/faults", json={"kind": "rate_limit", "method": "get"})
        assert added.json()["faults"][0]["method"] == "GET"
        assert (await http.get(STATUS_PATH)).status_code == 429
        assert (await http.get(STATUS_PATH)).status_code == 200
        assert faults.count("GET", STATUS_PATH) == 2


# --- the command line ------------------------------------------------------------------------

_CLI_WAIT_S = 60.0


class _Cli:
    """A `python -m kalshi.sim` subprocess whose output lines are read without blocking."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        command = [sys.executable, "-m", "kalshi.sim", "--port", "0", "--log-level", "warning"]
        self.process = subprocess.Popen(
            [*command, *args], stdout=subprocess.PIPE, text=True, env=env
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def line(self) -> str:
        """The next line the simulator printed (fails the test if none comes)."""
        try:
            return self.lines.get(timeout=_CLI_WAIT_S)
        except queue.Empty:
            pytest.fail("the simulator printed nothing")

    def stop(self) -> None:
        """Terminate the process, killing it if it does not stop."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def test_cli_serves_faults_and_clock_with_control(tmp_path: Path) -> None:
    credentials = tmp_path / "demo.pem"
    cli = _Cli("--control", "--manual-clock", "--credentials-file", str(credentials))
    try:
        base_url = cli.line()
        key_id = next(
            line.split("=", 1)[1] for line in iter(cli.line, "") if "KALSHI_API_KEY_ID" in line
        )
        root = base_url.removesuffix(PREFIX)
        with httpx.Client(base_url=root, timeout=10) as http:
            plan = {"kind": "status", "method": "GET", "path": STATUS_PATH, "status": 503}
            assert http.post("/_sim/faults", json=plan).status_code == 200
            failed = http.get(STATUS_PATH)
            assert failed.status_code == 503 and failed.json()["error"]["code"]
            assert http.get(STATUS_PATH).status_code == 200
            assert_refused(http.post("/_sim/faults", json={"kind": "status", "path": 5}), "path")

            now = http.get("/_sim/clock").json()
            assert now["manual"] is True
            moved = http.post("/_sim/clock", json={"advance_ms": 3_600_000}).json()
            assert moved["now_ms"] == now["now_ms"] + 3_600_000
            assert http.get("/_sim/clock").json()["now_ms"] == moved["now_ms"]
        # Clients sign with the real time, an hour behind the clock now: still accepted.
        with kalshi.KalshiClient(
            key_id=key_id, private_key=credentials.read_text(), base_url=base_url, timeout=10
        ) as client:
            assert client.order_groups.list() == []
    finally:
        cli.stop()


def test_cli_serves_no_control_paths_without_the_flag(tmp_path: Path) -> None:
    cli = _Cli("--credentials-file", str(tmp_path / "demo.pem"))
    try:
        root = cli.line().removesuffix(PREFIX)
        with httpx.Client(base_url=root, timeout=10) as http:
            added = http.post("/_sim/faults", json={"kind": "status", "times": -1})
            assert added.status_code == 404 and added.json()["error"]["code"] == "not_found"
            for path in ("/_sim/faults", "/_sim/clock"):
                assert http.get(path).json()["error"]["code"] == "not_found"
            assert http.post("/_sim/clock", json={"advance_ms": 1}).status_code == 404
            assert http.get(STATUS_PATH).status_code == 200
    finally:
        cli.stop()


def test_cli_manual_clock_needs_control(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--port", "0", "--manual-clock"])
    assert stopped.value.code == 2
    assert "--control" in capsys.readouterr().err


@pytest.mark.parametrize("frames", [True, -1, 1.5])
def test_feed_drop_after_refuses_what_is_not_a_count(frames: object) -> None:
    plan = FaultPlan()
    with pytest.raises(ValueError, match="drop_after_frames"):
        plan.feed.drop_after(frames)  # type: ignore[arg-type]
    assert plan.feed.drop_after_frames is None
