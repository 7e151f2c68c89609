"""Serving the simulator over loopback with uvicorn, in a background thread."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from types import TracebackType

import uvicorn
from starlette.middleware import Middleware

from ._app import API_PREFIX, create_app
from ._catalog import ScenarioSource
from ._clock import Clock
from ._engine import Exchange
from ._faults import FaultPlan
from ._feed_server import feed_keepalive
from ._journal import Journal
from ._keys import Credentials, KeyType
from ._settings import SimSettings

_START_TIMEOUT_S = 10.0
_POLL_S = 0.005


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port (port 0 picks a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # Name the protocol: asyncio turns Nagle's algorithm off (TCP_NODELAY) only on accepted
    # sockets whose proto is IPPROTO_TCP. With proto 0, a response's body waits behind its
    # headers for the client's delayed ACK, some 40 ms on every kept-alive request.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def base_url_of(host: str, port: int) -> str:
    """The API base URL a client should use for a server on host:port."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}{API_PREFIX}"


class Simulator:
    """A simulated exchange served on a free loopback port while the `with` block runs."""

    def __init__(
        self,
        settings: SimSettings | None = None,
        clock: Clock | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        middleware: Sequence[Middleware] = (),
        scenario: ScenarioSource | None = None,
    ) -> None:
        if scenario is not None:
            settings = replace(settings or SimSettings(), scenario=scenario)
        self.exchange = Exchange(settings, clock)
        self.settings = self.exchange.settings
        self.clock = self.exchange.clock
        self.credentials = self.exchange.create_member()
        """The default member, made with the settings' starting balances."""
        self.faults = FaultPlan()
        """Faults to inject (see `kalshi.sim._faults`); empty unless a test adds some.

        The plan and the clock are also served over HTTP at `/_sim/faults` and `/_sim/clock`.
        """
        self.app = create_app(self.exchange, middleware=middleware, faults=self.faults)
        self._host = host
        self._port = port
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """The API base URL, e.g. http://127.0.0.1:54321/trade-api/v2 (once started)."""
        if self._socket is None:
            raise RuntimeError("the simulator is not running")
        return base_url_of(self._host, self._socket.getsockname()[1])

    @property
    def running(self) -> bool:
        """Whether the simulator is serving on its port."""
        return self._server is not None

    @property
    def journal(self) -> Journal:
        """Every API request the simulator saw (see `kalshi.sim._journal`)."""
        return self.exchange.journal

    def reset(self) -> None:
        """Back to the scenario's start, with no faults planned; members and keys stay.

        `credentials` (and every member added since) stay valid; see `kalshi.sim._reset`.
        """
        self.exchange.reset()
        self.faults.clear()

    def add_member(
        self, *, balance_cents: int | None = None, key_type: KeyType = "rsa"
    ) -> Credentials:
        """Open another account with a fresh API key; `balance_cents` funds subaccount 0.

        `key_type` is "rsa" (the default) or "ed25519", the kinds of API key Kalshi accepts.
        """
        return self.exchange.create_member(balance_cents=balance_cents, key_type=key_type)

    def start(self) -> None:
        """Start serving and return once the server accepts requests."""
        if self._server is not None:
            raise RuntimeError("the simulator is already running")
        sock = bind_socket(self._host, self._port)
        config = uvicorn.Config(
            self.app,
            log_config=None,
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
            **feed_keepalive(self.settings.ws_ping_interval_s),
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="kalshi-sim", daemon=True
        )
        self._socket, self._server, self._thread = sock, server, thread
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the simulator's server did not start")
            time.sleep(_POLL_S)

    def stop(self) -> None:
        """Stop serving and wait for the server thread to finish."""
        server, thread, sock = self._server, self._thread, self._socket
        self._server = self._thread = self._socket = None
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(_START_TIMEOUT_S)
        if sock is not None:
            sock.close()

    def __enter__(self) -> Simulator:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.base_url if self._socket is not None else "stopped"
        return f"Simulator({where})"
