"""Ed25519 on the async client: sign on the event loop, or hand off to the signing pool?

python -m benchmarks.signing_inline    # prints µs per signature and per-burst wall and CPU time

The two ways alternate round by round on one client, so machine noise hits both alike.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import timeit
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import ed25519

from . import _fixtures as fx

BURST = 500
ROUNDS = 25


def sign_us(key: Any) -> float:
    """Best-of-five µs of one signed request line with the SDK's Signer."""
    from kalshi._auth import Signer

    signer = Signer(fx.KEY_ID, key)
    path = (fx.PREFIX + fx.GROUP_PATH).encode()
    runs = timeit.repeat(lambda: signer.sign_request("GET", path), number=1000, repeat=5)
    return min(runs) * 1e3


async def _bursts() -> dict[bool, list[tuple[float, float]]]:
    import kalshi

    http = httpx.AsyncClient(transport=httpx.MockTransport(fx.handler))
    client = kalshi.AsyncKalshiClient(
        key_id=fx.KEY_ID, private_key=ed25519.Ed25519PrivateKey.generate(), http_client=http
    )
    signer: Any = client._signer
    seen: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for _ in range(ROUNDS + 1):  # the first round warms up
        for inline in (True, False):
            signer.inline = inline
            wall, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(client.order_groups.get("g1") for _ in range(BURST)))
            seen[inline].append((time.perf_counter() - wall, time.process_time() - cpu))
    await client.aclose()
    return {inline: runs[1:] for inline, runs in seen.items()}


def main() -> None:
    print(f"RSA-2048 signature: {sign_us(fx.new_key()):.1f} µs")
    print(f"Ed25519 signature:  {sign_us(ed25519.Ed25519PrivateKey.generate()):.1f} µs")
    for inline, runs in asyncio.run(_bursts()).items():
        walls = [1e3 * wall for wall, _ in runs]
        cpus = [1e3 * cpu for _, cpu in runs]
        print(f"{BURST} concurrent gets, Ed25519 {'on the loop' if inline else 'in the pool'}: "
              f"wall median {statistics.median(walls):.1f} ms (min {min(walls):.1f}), "
              f"CPU median {statistics.median(cpus):.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
