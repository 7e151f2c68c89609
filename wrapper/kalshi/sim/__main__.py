"""Command line: `python -m kalshi.sim --port 8899`, `--control` to serve the control API."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import uvicorn

from .._ratelimit import TIERS
from ._app import create_app
from ._clock import ManualClock
from ._engine import Exchange
from ._faults import FaultPlan
from ._feed_server import feed_keepalive
from ._keys import Credentials
from ._server import base_url_of, bind_socket
from ._settings import SimSettings


def main(argv: Sequence[str] | None = None) -> int:
    """Run the simulator until interrupted."""
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    if args.manual_clock and not args.control:
        parser.error("--manual-clock needs --control: without it nothing can move the clock")
    settings = SimSettings(spec_path=args.spec, scenario=args.scenario, rate_limit=args.rate_limit)
    clock = None
    if args.manual_clock:
        # Clients sign with the real time, which the manual clock leaves behind (or ahead of).
        settings = replace(settings, skew_past_ms=None, skew_future_ms=None)
        clock = ManualClock()
    try:
        exchange = Exchange(settings, clock)
    except (OSError, ValueError) as error:
        parser.error(f"--scenario: {error}")
    except ImportError as error:  # a YAML scenario without PyYAML
        parser.error(f"--scenario: a YAML scenario needs PyYAML (pip install PyYAML): {error}")
    for entry in args.api_key:
        key_id, _, pem_path = entry.partition("=")
        if not key_id or not pem_path:
            parser.error(f"--api-key wants KEY_ID=PUBLIC_KEY_PEM_PATH, got {entry!r}")
        pem = Path(pem_path).read_bytes()
        exchange.add_member(public_key_pem=pem, key_id=key_id, balance_cents=args.balance_cents)
    demo = None if args.api_key else exchange.create_member(balance_cents=args.balance_cents)
    app = create_app(exchange, faults=FaultPlan() if args.control else None)
    sock = bind_socket(args.host, args.port)
    base_url = base_url_of(args.host, sock.getsockname()[1])
    print(base_url)
    if demo is not None:
        written = write_credentials(demo, args.credentials_file)
        print(f"demo credentials (key id and private key PEM, mode 0600): {written}")
        print(f"  export KALSHI_ENV={base_url}")
        print(f"  export KALSHI_API_KEY_ID={demo.key_id}")
        print(f"  export KALSHI_PRIVATE_KEY_PATH={written}")
    sys.stdout.flush()
    keepalive = feed_keepalive(settings.ws_ping_interval_s)
    config = uvicorn.Config(app, log_level=args.log_level, lifespan="off", **keepalive)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


def write_credentials(credentials: Credentials, path: str | None) -> str:
    """Write the key id (as a comment) and private key PEM to a file only the owner can read."""
    if path is None:
        fd, path = tempfile.mkstemp(prefix="kalshi-sim-", suffix=".pem")
    else:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    text = (
        "# kalshi.sim demo credentials\n"
        f"# KALSHI_API_KEY_ID={credentials.key_id}\n" + credentials.private_key_pem
    )
    with os.fdopen(fd, "w", encoding="ascii") as file:
        file.write(text)
    return path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m kalshi.sim", description="Run a local Kalshi-compatible exchange."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8899, help="port (0 picks a free one)")
    parser.add_argument(
        "--api-key",
        action="append",
        default=[],
        metavar="KEY_ID=PUBLIC_KEY_PEM_PATH",
        help="register an API key as its own member (repeatable); without one a demo key "
        "pair is generated",
    )
    parser.add_argument(
        "--credentials-file", help="where to write the demo credentials (default: a temp file)"
    )
    parser.add_argument("--balance-cents", type=int, help="starting cash of each member")
    parser.add_argument("--spec", help="OpenAPI document to validate against (JSON or YAML)")
    parser.add_argument(
        "--scenario",
        help="scenario file (JSON, or YAML with PyYAML installed): markets, resting liquidity, "
        "scripted orders and random flows (see docs/simulator.md); default: the packaged one",
    )
    parser.add_argument(
        "--rate-limit",
        choices=sorted(TIERS, key=lambda name: TIERS[name].read_per_second),
        help="meter each member's requests with this tier's token buckets, answering 429 past "
        "them (default: no limits)",
    )
    parser.add_argument(
        "--control",
        action="store_true",
        help="serve the control API (/_sim/faults, /_sim/clock, /_sim/journal, /_sim/reset): "
        "anyone who can reach the port can then fail requests, move the clock, read every "
        "request and reset the exchange",
    )
    parser.add_argument(
        "--manual-clock",
        action="store_true",
        help="run on a clock that moves only through POST /_sim/clock (needs --control); "
        "request timestamps are then accepted at any age",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
