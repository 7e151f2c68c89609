"""The simulator's throughput: order-group operations per second over loopback.

The simulator runs as `python -m kalshi.sim` in its own process (as a user would start it),
so that it and the client do not share one interpreter lock; the client is ours.
`python -m benchmarks._sim [--seconds S] [--runs N]` runs this figure alone, N times, and
prints each run and the medians, with the simulator's CPU time per operation of the sync run
(read from /proc: the server's own cost, which the ops/s figure mixes with the client's).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import _fixtures as fx

# One lifecycle: create, get, update_limit, reset, trigger, list, delete.
OPS_PER_CYCLE = 7
ASYNC_WORKERS = 8


def _cycle(groups: Any) -> None:
    group_id = groups.create(contracts_limit=100).order_group_id
    groups.get(group_id)
    groups.update_limit(group_id, contracts_limit=50)
    groups.reset(group_id)
    groups.trigger(group_id)
    groups.list()
    groups.delete(group_id)


async def _acycle(groups: Any) -> None:
    group_id = (await groups.create(contracts_limit=100)).order_group_id
    await groups.get(group_id)
    await groups.update_limit(group_id, contracts_limit=50)
    await groups.reset(group_id)
    await groups.trigger(group_id)
    await groups.list()
    await groups.delete(group_id)


def start_server(key: Any, folder: Path) -> tuple[subprocess.Popen[str], str]:
    """`python -m kalshi.sim` on a free port, knowing `key`'s public half; (process, base URL)."""
    public = folder / "bench.pub.pem"
    public.write_bytes(fx.public_pem_of(key))
    command = [sys.executable, "-m", "kalshi.sim", "--port", "0", "--log-level", "warning",
               "--api-key", f"{fx.KEY_ID}={public}"]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    return server, server.stdout.readline().strip()


def wait_ready(client: Any) -> None:
    """Wait (up to 20 s) until the server answers the client."""
    deadline = time.monotonic() + 20
    while True:
        try:
            client.exchange.status()
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _cpu_s(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far, from /proc (None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ops_per_second(
    key: Any, pem: bytes, *, seconds: float, server_cpu: list[float] | None = None
) -> dict[str, float]:
    """Order-group operations per second: sync one at a time, and async with 8 in flight.

    With `server_cpu`, the simulator's CPU time per operation of the sync run (µs, where
    /proc tells it) is appended to it.
    """
    import kalshi

    with tempfile.TemporaryDirectory() as folder:
        server, base_url = start_server(key, Path(folder))
        try:
            with kalshi.KalshiClient(key_id=fx.KEY_ID, private_key=pem, base_url=base_url) as c:
                wait_ready(c)
                _cycle(c.order_groups)  # warm up
                cycles, start, cpu = 0, time.perf_counter(), _cpu_s(server.pid)
                while time.perf_counter() - start < seconds:
                    _cycle(c.order_groups)
                    cycles += 1
                sync_rate = cycles * OPS_PER_CYCLE / (time.perf_counter() - start)
                cpu_after = _cpu_s(server.pid)
                if server_cpu is not None and cpu is not None and cpu_after is not None:
                    server_cpu.append((cpu_after - cpu) * 1e6 / (cycles * OPS_PER_CYCLE))
            async_rate = asyncio.run(_async_rate(pem, base_url, seconds))
        finally:
            server.terminate()
            server.wait(10)
    return {"sync": sync_rate, "async x8": async_rate}


async def _async_rate(pem: bytes, base_url: str, seconds: float) -> float:
    import kalshi

    async with kalshi.AsyncKalshiClient(key_id=fx.KEY_ID, private_key=pem, base_url=base_url) as c:
        await _acycle(c.order_groups)
        cycles = 0
        start = time.perf_counter()

        async def worker() -> None:
            nonlocal cycles
            while time.perf_counter() - start < seconds:
                await _acycle(c.order_groups)
                cycles += 1

        await asyncio.gather(*(worker() for _ in range(ASYNC_WORKERS)))
        return cycles * OPS_PER_CYCLE / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> None:
    """Print the ops/s of `runs` runs and their medians: `python -m benchmarks._sim`."""
    import argparse
    import statistics

    parser = argparse.ArgumentParser(prog="python -m benchmarks._sim", description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="length of each mode's run")
    parser.add_argument("--runs", type=int, default=3, help="runs, each on a new simulator")
    args = parser.parse_args(argv)
    key = fx.new_key()
    pem = fx.pem_of(key)
    cpu: list[float] = []
    runs = [
        ops_per_second(key, pem, seconds=args.seconds, server_cpu=cpu) for _ in range(args.runs)
    ]
    for mode in runs[0]:
        rates = [run[mode] for run in runs]
        shown = ", ".join(f"{rate:.0f}" for rate in rates)
        print(f"{mode}: {shown} ops/s (median {statistics.median(rates):.0f})")
    if cpu:
        shown = ", ".join(f"{each:.0f}" for each in cpu)
        print(f"server CPU per sync op: {shown} µs (median {statistics.median(cpu):.0f})")


if __name__ == "__main__":
    main()
