"""pytest fixtures for testing code against the simulator (registered by the package).

- `kalshi_sim`: the session's `Simulator`, reset to its scenario's start before each test;
- `kalshi_client`: a `KalshiClient` signed as `kalshi_sim.credentials`, over loopback (the
  simulator starts serving on first use);
- `async_kalshi_client`: an `AsyncKalshiClient` signed the same way, answered in process
  through `asgi_transport`, its feed (`client.websocket()`) too (needs pytest-asyncio);
- `kalshi_sim_settings`: the session simulator's `SimSettings`; override it in a conftest.py
  (session scope) to change the scenario, the rate limit or anything else.

The simulator runs on a `ManualClock` (move it with `kalshi_sim.clock.advance(...)`) and
accepts request timestamps of any age. The ini option `kalshi_sim_scenario` names a scenario
file, relative to the rootdir. Nothing of the simulator is imported until a fixture is used,
so a project without the `sim` extras runs its tests as before.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from kalshi import AsyncKalshiClient, KalshiClient
    from kalshi.sim import SimSettings, Simulator

SCENARIO_INI = "kalshi_sim_scenario"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Declare the ini option naming the fixtures' scenario file."""
    parser.addini(
        SCENARIO_INI,
        "scenario file (JSON or YAML) for the kalshi_sim fixtures, relative to the rootdir",
        default="",
    )


@pytest.fixture(scope="session")
def kalshi_sim_settings(pytestconfig: pytest.Config) -> SimSettings:
    """Settings of the session's simulator: the ini scenario, timestamps of any age."""
    from kalshi.sim import SimSettings

    name = str(pytestconfig.getini(SCENARIO_INI) or "")
    scenario = str(Path(pytestconfig.rootpath, name)) if name else None
    return SimSettings(scenario=scenario, skew_past_ms=None, skew_future_ms=None)


@pytest.fixture(scope="session")
def kalshi_sim_session(kalshi_sim_settings: SimSettings) -> Iterator[Simulator]:
    """One simulator for the whole session, on a manual clock (not reset: use `kalshi_sim`)."""
    from kalshi.sim import ManualClock, Simulator

    sim = Simulator(kalshi_sim_settings, ManualClock())
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def kalshi_sim(kalshi_sim_session: Simulator) -> Simulator:
    """The session's simulator, back at its scenario's start for this test."""
    kalshi_sim_session.reset()
    return kalshi_sim_session


@pytest.fixture
def kalshi_client(kalshi_sim: Simulator) -> Iterator[KalshiClient]:
    """A sync client of the simulator's default member, over loopback."""
    from kalshi import KalshiClient

    if not kalshi_sim.running:
        kalshi_sim.start()
    credentials = kalshi_sim.credentials
    with KalshiClient(
        key_id=credentials.key_id,
        private_key=credentials.private_key_pem,
        base_url=kalshi_sim.base_url,
    ) as client:
        yield client


def _define_async_fixture() -> Any:
    try:
        import pytest_asyncio
    except ImportError:

        @pytest.fixture
        def async_kalshi_client() -> None:
            """Needs pytest-asyncio, which is not installed."""
            pytest.fail("the async_kalshi_client fixture needs pytest-asyncio installed")

        return async_kalshi_client

    @pytest_asyncio.fixture(name="async_kalshi_client")
    async def with_asyncio(kalshi_sim: Simulator) -> AsyncIterator[AsyncKalshiClient]:
        """An async client of the simulator's default member, answered in process (ASGI)."""
        import httpx

        from kalshi import AsyncKalshiClient
        from kalshi.sim import API_PREFIX, asgi_transport

        credentials = kalshi_sim.credentials
        transport = asgi_transport(kalshi_sim.app)
        async with AsyncKalshiClient(
            key_id=credentials.key_id,
            private_key=credentials.private_key_pem,
            base_url="http://127.0.0.1" + API_PREFIX,  # no socket: the app answers in process
            http_client=httpx.AsyncClient(transport=transport),
            ws_connect=transport.websocket_connect,  # the feed, in process as well
        ) as client:
            yield client

    return with_asyncio


async_kalshi_client = _define_async_fixture()
