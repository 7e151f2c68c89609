"""Profile one benchmark scenario with pyinstrument: where a call's time goes.

    python -m benchmarks.profile sync-get          # or sync-create, async-burst, sim
    python -m benchmarks.profile async-burst --stub

Prints pyinstrument's call tree; `--html FILE` writes the interactive page instead.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pyinstrument import Profiler

from . import _calls, _sim
from . import _fixtures as fx


def _sync(op: str, pem: bytes, stub: bool) -> Callable[[], None]:
    client = fx.ours_sync(pem, stub=stub)
    groups = client.order_groups

    def run() -> None:
        for _ in range(2000):
            groups.get("g1") if op == "get" else groups.create(contracts_limit=100)

    return run


def _async_burst(pem: bytes, stub: bool) -> Callable[[], None]:
    client = fx.ours_async(pem, stub=stub)

    async def burst() -> None:
        for _ in range(5):
            await asyncio.gather(*(client.order_groups.get("g1") for _ in range(_calls.CONCURRENT)))

    return lambda: asyncio.run(burst())


def _simulator(key: Any, pem: bytes) -> Callable[[], None]:
    def run() -> None:
        _sim.ops_per_second(key, pem, seconds=3.0)

    return run


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__)
    parser.add_argument("scenario", choices=["sync-get", "sync-create", "async-burst", "sim"])
    parser.add_argument("--stub", action="store_true", help="stub out the RSA math")
    parser.add_argument("--html", type=Path, help="write pyinstrument's HTML page here")
    args = parser.parse_args(argv)
    key = fx.new_key()
    pem = fx.pem_of(key)
    if args.scenario.startswith("sync-"):
        run = _sync(args.scenario.removeprefix("sync-"), pem, args.stub)
    elif args.scenario == "async-burst":
        run = _async_burst(pem, args.stub)
    else:
        run = _simulator(key, pem)
    run()  # warm up: imports and first-use costs are not what this looks at
    profiler = Profiler(interval=0.0002, async_mode="enabled")
    with profiler:
        run()
    if args.html:
        args.html.write_text(profiler.output_html())
        print(f"wrote {args.html}")
    else:
        print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
