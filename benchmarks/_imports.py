"""Import time and peak memory, each measured in a fresh interpreter, median of many runs."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

# Each child times its own work from just before its first import, then reports that time
# and its peak resident set size. The peak is VmHWM from /proc (KiB), which starts afresh at
# exec; ru_maxrss would carry over the high-water mark of the benchmark process that forked.
_PROLOGUE = "import time\n_t = time.perf_counter()\n"
_EPILOGUE = (
    "_dt = time.perf_counter() - _t\n"
    "_hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
    "print(_dt, _hwm)\n"
)
_ANSWER = """
def handler(request):
    body = b'{"is_auto_cancel_enabled": false, "orders": ["o1"], "contracts_limit_fp": "100.00"}'
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})
"""

SCENARIOS = {
    "python": "pass\n",
    "import httpx": "import httpx\n",
    "import kalshi": "import kalshi\n",
    "httpx + signed call": "import httpx\n"
    + _ANSWER
    + """
import base64
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
key = serialization.load_pem_private_key(open(KEY_PATH, "rb").read(), password=None)
sha = hashes.SHA256()
pss = padding.PSS(mgf=padding.MGF1(sha), salt_length=padding.PSS.DIGEST_LENGTH)
ts = str(time.time_ns() // 1_000_000)
sig = base64.b64encode(key.sign((ts + "GET/trade-api/v2/portfolio/order_groups/g1").encode(),
                                pss, sha)).decode()
http = httpx.Client(base_url="https://external-api.kalshi.com/trade-api/v2",
                    transport=httpx.MockTransport(handler))
headers = {"KALSHI-ACCESS-KEY": "k", "KALSHI-ACCESS-TIMESTAMP": ts,
           "KALSHI-ACCESS-SIGNATURE": sig}
assert http.get("/portfolio/order_groups/g1", headers=headers).json()["orders"] == ["o1"]
""",
    "kalshi + client + call": "import httpx\nimport kalshi\n"
    + _ANSWER
    + """
client = kalshi.KalshiClient(key_id="k", private_key_path=KEY_PATH,
                             http_client=httpx.Client(transport=httpx.MockTransport(handler)))
assert client.order_groups.get("g1").orders == ["o1"]
""",
}


def _run(body: str, key_path: Path) -> tuple[float, float]:
    code = f"KEY_PATH = {str(key_path)!r}\n" + _PROLOGUE + body + _EPILOGUE
    out = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, check=False
    )
    if out.returncode:
        raise RuntimeError(f"import benchmark child failed:\n{out.stderr}")
    seconds, rss_kib = out.stdout.split()
    return float(seconds), int(rss_kib) / 1024


def fresh_processes(key_path: Path, *, runs: int) -> dict[str, dict[str, list[float]]]:
    """Milliseconds and peak MiB of each scenario in `runs` interleaved fresh processes.

    Index i of every list is the same run, the scenarios taking turns within it, so that two
    scenarios can be compared run by run.
    """
    times: dict[str, list[float]] = {name: [] for name in SCENARIOS}
    peaks: dict[str, list[float]] = {name: [] for name in SCENARIOS}
    names = list(SCENARIOS)
    for index in range(runs):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            seconds, mib = _run(SCENARIOS[name], key_path)
            times[name].append(seconds * 1000)
            peaks[name].append(mib)
    return {name: {"ms": times[name], "peak_mib": peaks[name]} for name in SCENARIOS}


if __name__ == "__main__":  # a quick look on its own: python -m benchmarks._imports KEY.pem
    found = fresh_processes(Path(sys.argv[1]), runs=7)
    print(json.dumps({name: {field: statistics.median(values) for field, values in figures.items()}
                      for name, figures in found.items()}, indent=2))  # fmt: skip
