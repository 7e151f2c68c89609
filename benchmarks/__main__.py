"""`make bench`: every figure in one run, one table, the same figures as JSON.

python -m benchmarks            # the full run (a few minutes)
python -m benchmarks --quick    # a short run that checks the benchmarks still work
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import _calls, _feed_latency, _imports, _parse, _sim, _simload, _stream
from . import _fixtures as fx
from ._timing import Samples, ratio_spread

RESULTS = Path(__file__).parent / "results"


@dataclass(frozen=True)
class Sizes:
    rounds: int
    calls: int
    concurrent_rounds: int
    import_runs: int
    sim_seconds: float
    page_calls: int
    page_rounds: int
    thread_calls: int
    stream_frames: int
    stream_rounds: int
    flow_orders: int = 100_000
    feed_changes: int = 2_000


FULL = Sizes(rounds=15, calls=200, concurrent_rounds=9, import_runs=21, sim_seconds=5.0,
             page_calls=3, page_rounds=41, thread_calls=300, stream_frames=100_000,
             stream_rounds=7)  # fmt: skip
QUICK = Sizes(rounds=1, calls=5, concurrent_rounds=1, import_runs=1, sim_seconds=0.2,
              page_calls=1, page_rounds=1, thread_calls=5, stream_frames=1_000,
              stream_rounds=1, flow_orders=1_000, feed_changes=20)  # fmt: skip


@dataclass(frozen=True)
class Row:
    figure: str
    unit: str
    floor: float | None
    ours: float
    target: str = ""
    met: bool | None = None
    additive: bool = False  # compared by difference (ours - floor), not by ratio
    spread: str = ""  # quartiles of the per-round ratios (or differences) behind "vs floor"

    @property
    def ratio(self) -> float | None:
        return None if self.floor is None else self.ours / self.floor


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), "
        f"{platform.python_implementation()} {platform.python_version()}"
    )


def compared(
    figure: str,
    unit: str,
    samples: Samples,
    names: tuple[str, str],
    *,
    scale: float,
    most: float | None = None,
) -> Row:
    """A row of ours against the floor: medians of each side and the per-round ratios' spread.

    `names` are the floor's and ours' keys in `samples`; `most` is the target ratio, if any.
    """
    floor_name, ours_name = names
    floor = scale * statistics.median(samples[floor_name])
    ours = scale * statistics.median(samples[ours_name])
    _, q1, q3 = ratio_spread(samples[ours_name], samples[floor_name])
    target, met = ("", None) if most is None else (f"<= {most:.2f}x", ours / floor <= most)
    return Row(figure, unit, floor, ours, target, met, spread=f"{q1:.2f}-{q3:.2f}x")


def quartiles(values: list[float]) -> tuple[float, float]:
    """First and third quartile (the extremes when there are fewer than four values)."""
    if len(values) < 4:
        return min(values), max(values)
    q1, _, q3 = statistics.quantiles(values, n=4)
    return q1, q3


def run(sizes: Sizes) -> list[Row]:
    key = fx.new_key()
    pem = fx.pem_of(key)
    rows: list[Row] = []
    step = {"rounds": sizes.rounds, "calls": sizes.calls}

    say("signing")
    rows.append(Row("RSA-PSS signature", "µs", None, _calls.signing_us(key, **step)))

    for stub, suffix, most in ((False, "", 0.95), (True, ", RSA stubbed", 0.80)):
        say(f"sync calls{suffix}")
        samples = _calls.sync_calls(key, pem, stub=stub, **step)
        for op in ("get", "create"):
            rows.append(compared(f"sync {op}{suffix}", "µs/call", samples,
                                 (f"floor {op}", f"ours {op}"), scale=1e6, most=most))  # fmt: skip

    rsa_get = next(row.ours for row in rows if row.figure == "sync get")
    say("sync calls, Ed25519 key")
    ed_key = fx.new_ed25519_key()
    rows.append(Row("Ed25519 signature", "µs", None, _calls.signing_us(ed_key, **step)))
    samples = _calls.sync_calls(ed_key, fx.pem_of(ed_key), stub=False, **step)
    ed = compared("sync get, Ed25519", "µs/call", samples, ("floor get", "ours get"),
                  scale=1e6, most=1.05)  # fmt: skip
    rows.append(ed)
    # Ours with Ed25519 against ours with RSA: what the cheaper key saves per call.
    rows.append(Row("  sync get, Ed25519 (vs ours with RSA)", "µs/call", rsa_get, ed.ours))

    say("async calls, one at a time")
    samples = _calls.async_calls(key, pem, **step)
    for op in ("get", "create"):
        rows.append(compared(f"async {op}, sequential", "µs/call", samples,
                             (f"floor {op}", f"ours {op}"), scale=1e6))  # fmt: skip

    say(f"{_calls.CONCURRENT} concurrent async calls")
    samples = _calls.concurrent_calls(key, pem, rounds=sizes.concurrent_rounds)
    rows.append(compared(f"{_calls.CONCURRENT} concurrent async get", "ms wall", samples,
                         ("floor", "ours"), scale=1e3, most=0.80))  # fmt: skip

    threads, each = _calls.THREADS, sizes.thread_calls
    say(f"{threads} threads x {each} sync get, one shared client")
    samples = _calls.threaded_calls(key, pem, rounds=sizes.concurrent_rounds, calls=each)
    rows.append(compared(f"{threads} threads x {each} sync get, shared", "ms wall", samples,
                         ("floor", "ours"), scale=1e3, most=0.90))  # fmt: skip

    say("1,000-item pages parsed into the generated models")
    pages = _parse.pages(rounds=sizes.page_rounds, calls=sizes.page_calls)
    for kind, item in (("orders", "order"), ("markets", "market")):
        floor = 1e3 * pages[f"{kind} loads"]
        # The median of per-round ratios (each round times the floor and ours side by side),
        # shown as ours = floor x ratio, with the quartiles of those ratios.
        for name, label in (
            ("ours", f"1,000-{item} page parse"),
            ("every field", "  every field read"),
        ):
            which = f"{kind} {name}"
            ratio = pages[f"{which} ratio"]
            bound = 1.5 if name == "ours" else None
            within = None if bound is None else ratio <= bound
            spread = f"{pages[f'{which} q1']:.2f}-{pages[f'{which} q3']:.2f}x"
            target = "" if bound is None else "<= 1.50x"
            rows.append(Row(label, "ms", floor, floor * ratio, target, within, spread=spread))

    say(f"{sizes.stream_frames:,} orderbook deltas applied to a maintained book")
    samples = _stream.deltas(frames=sizes.stream_frames, rounds=sizes.stream_rounds)
    rows.append(compared(f"{sizes.stream_frames:,} orderbook deltas", "ms", samples,
                         ("floor", "ours"), scale=1e3, most=1.5))  # fmt: skip

    say(f"feed latency over loopback, {sizes.feed_changes:,} book changes")
    latency = _feed_latency.book_change_latency(sizes.feed_changes)
    rows.append(Row("feed: book change to book yielded, p50", "µs", None, latency["p50"]))
    rows.append(Row("  p99", "µs", None, latency["p99"]))

    say("fresh-process imports")
    with tempfile.TemporaryDirectory() as folder:
        key_path = Path(folder) / "bench.pem"
        key_path.write_bytes(pem)
        key_path.chmod(0o600)
        imports = _imports.fresh_processes(key_path, runs=sizes.import_runs)
    # `import kalshi` is held against `import httpx`. A first call must also load
    # cryptography and check the RSA key, as any signed call must: so that figure is held
    # against httpx making the same signed call by hand, and shown against bare httpx too.
    # The spread is that of the differences run by run (the scenarios take turns in a run).
    pairs = (
        ("import kalshi", "import httpx", "import kalshi (vs import httpx)", True),
        ("kalshi + client + call", "httpx + signed call", "first call (vs httpx by hand)", True),
        ("kalshi + client + call", "import httpx", "first call (vs import httpx)", False),
    )
    for name, against, figure, targeted in pairs:
        mine, base = imports[name], imports[against]
        limits = (("ms", "ms", 30.0), ("MiB", "peak_mib", 5.0 if name == "import kalshi" else 10.0))
        for unit, field, most in limits:
            label = figure if unit == "ms" else "  peak RSS of the above"
            # The difference is the median of the run-by-run differences (as the page rows
            # take the median of per-round ratios): a run's scenarios share its machine state.
            differences = [a - b for a, b in zip(mine[field], base[field], strict=True)]
            floor = statistics.median(base[field])
            ours = floor + statistics.median(differences)
            met = ours - floor <= most if targeted else None
            target = f"<= +{most:g} {unit}" if targeted else ""
            q1, q3 = quartiles(differences)
            rows.append(Row(label, unit, floor, ours, target, met, additive=True,
                            spread=f"{q1:+.1f} to {q3:+.1f}"))  # fmt: skip
    python_peak = statistics.median(imports["python"]["peak_mib"])
    rows.append(Row("python alone, peak RSS", "MiB", None, python_peak))

    say("simulator over loopback")
    rates = _sim.ops_per_second(key, pem, seconds=sizes.sim_seconds)
    for mode, rate in rates.items():
        rows.append(Row(f"simulator order-group ops, {mode}", "ops/s", None, rate))

    for where, measure in (("in process", _simload.in_process),
                           ("loopback", _simload.over_loopback)):  # fmt: skip
        say(f"simulator requests per second, {where}")
        for call, rate in measure(sizes.sim_seconds).items():
            rows.append(Row(f"sim {where}: {call}", "req/s", None, rate))

    say(f"a simulated day of {sizes.flow_orders:,} flow orders")
    day = _simload.flow_day(sizes.flow_orders)
    rows.append(Row(f"sim day, {sizes.flow_orders:,} flow orders", "s wall", None, day["wall_s"]))
    rows.append(Row("  peak traced memory", "MiB", None, day["peak_mib"]))
    return rows


def say(what: str) -> None:
    print(f"... {what}", file=sys.stderr, flush=True)


def table(rows: list[Row], header: str) -> str:
    lines = [header, ""]
    lines.append(f"| {'figure':<44} | {'unit':<7} | {'floor':>9} | {'ours':>9} | {'vs floor':>8} "
                 f"| {'spread (q1-q3)':<16} | {'target':<10} | met |")  # fmt: skip
    lines.append(f"|{'-' * 46}|{'-' * 9}|{'-' * 11}|{'-' * 11}|{'-' * 10}|{'-' * 18}"
                 f"|{'-' * 12}|-----|")  # fmt: skip
    for row in rows:
        floor = "" if row.floor is None else f"{row.floor:9.1f}"
        if row.floor is None:
            ratio = ""
        elif row.additive:
            ratio = f"{row.ours - row.floor:+.1f}"
        else:
            ratio = f"{row.ours / row.floor:6.3f}x"
        met = "" if row.met is None else ("yes" if row.met else "NO")
        cells = (f"{row.figure:<44}", f"{row.unit:<7}", f"{floor:>9}", f"{row.ours:9.1f}",
                 f"{ratio:>8}", f"{row.spread:<16}", f"{row.target:<10}", f"{met:<3}")  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for the JSON")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    rows = run(sizes)
    header = f"kalshi-trade benchmarks, {when}, {machine()}" + (" (quick)" if args.quick else "")
    print(table(rows, header))
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = when.replace(" ", "T").replace(":", "")
    record: dict[str, Any] = {
        "when": when,
        "machine": machine(),
        "quick": args.quick,
        "sizes": sizes.__dict__,
        "rows": [dict(row.__dict__, ratio=row.ratio) for row in rows],
    }
    path = args.out / f"bench-{stamp}.json"
    path.write_text(json.dumps(record, indent=2) + "\n")
    print(f"\nJSON: {path}")
    missed = [row.figure for row in rows if row.met is False]
    if missed and not args.quick:
        print(f"targets missed: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
