"""The simulator over real loopback sockets: the `Simulator` context manager and the CLI."""

from __future__ import annotations

import base64
import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Generator
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from kalshi.sim import Credentials, ManualClock, Simulator
from kalshi.sim._server import bind_socket


class _SyncSigner(httpx.Auth):
    """Signs with the wall clock, as a real client would."""

    def __init__(self, credentials: Credentials) -> None:
        self.key_id = credentials.key_id
        key = serialization.load_pem_private_key(
            credentials.private_key_pem.encode("ascii"), password=None
        )
        assert isinstance(key, rsa.RSAPrivateKey)
        self.key = key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the KALSHI-ACCESS-* headers."""
        stamp = str(time.time_ns() // 1_000_000)
        path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        signature = self.key.sign(
            (stamp + request.method + path).encode(),
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
            hashes.SHA256(),
        )
        request.headers["KALSHI-ACCESS-KEY"] = self.key_id
        request.headers["KALSHI-ACCESS-TIMESTAMP"] = stamp
        request.headers["KALSHI-ACCESS-SIGNATURE"] = base64.b64encode(signature).decode()
        yield request


def test_simulator_serves_over_loopback() -> None:
    with Simulator(clock=ManualClock()) as sim:
        assert sim.base_url.startswith("http://127.0.0.1:")
        assert sim.base_url.endswith("/trade-api/v2")
        assert "PRIVATE" not in repr(sim.credentials)
        with httpx.Client(base_url=sim.base_url, auth=_SyncSigner(sim.credentials)) as http:
            created = http.post("/portfolio/order_groups/create", json={"contracts_limit": 5})
            assert created.status_code == 201
            group_id = created.json()["order_group_id"]
            assert http.put(f"/portfolio/order_groups/{group_id}/trigger", json={}).json() == {}
            detail = http.get(f"/portfolio/order_groups/{group_id}").json()
            assert detail["is_auto_cancel_enabled"] is True
        assert [g.group_id for g in sim.exchange.groups(sim.credentials.user_id)] == [group_id]
        second = sim.add_member(balance_cents=500)
        assert sim.exchange.balance(second.user_id) == 5
        status_url = f"{sim.base_url}/exchange/status"
    with pytest.raises(httpx.ConnectError):
        httpx.get(status_url, timeout=1)


def test_cli_prints_base_url_and_writes_credentials(tmp_path: Path) -> None:
    credentials_file = tmp_path / "demo.pem"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [
        sys.executable,
        "-m",
        "kalshi.sim",
        "--port",
        "0",
        "--log-level",
        "warning",
        "--credentials-file",
        str(credentials_file),
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as process:
        try:
            assert process.stdout is not None
            base_url = process.stdout.readline().strip()
            lines = [process.stdout.readline() for _ in range(4)]
            assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/trade-api/v2")
            assert str(credentials_file) in lines[0]
            assert "BEGIN" not in "".join(lines)
            response = httpx.get(f"{base_url}/exchange/status", timeout=5)
            assert response.json()["exchange_active"] is True
        finally:
            process.terminate()
            process.wait(timeout=10)
    assert stat.S_IMODE(credentials_file.stat().st_mode) == 0o600
    text = credentials_file.read_text()
    assert "KALSHI_API_KEY_ID=" in text
    key = serialization.load_pem_private_key(text.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_simulator_socket_names_tcp_so_asyncio_disables_nagle(host: str) -> None:
    # asyncio sets TCP_NODELAY only on accepted sockets whose proto is IPPROTO_TCP; without
    # it every kept-alive response waited for the client's delayed ACK.
    try:
        sock = bind_socket(host, 0)
    except OSError:
        pytest.skip(f"{host} is not available here")
    with sock:
        assert sock.proto == socket.IPPROTO_TCP
