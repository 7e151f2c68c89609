"""A recorded feed applied to a maintained order book, against `json.loads` + a dict update.

The benchmark records (seeded) one market's snapshot and then `frames` orderbook_delta text
frames as the feed sends them. "Ours" hands each text frame to the session's frame router,
exactly as its reader does: JSON decoding, the sid lookup, the seq check, the book update and
the wake-up of a waiting reader. The floor is `json.loads` of the same text and a
dict-of-levels update written by hand here (Decimal price -> Decimal count, a level dropped
at zero), with no routing and no checks.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ._timing import Samples, interleave, medians

TICKER = "KXHIGHNY-26JAN02-T40"
SID = 1


def record(frames: int, seed: int = 20261202) -> list[str]:
    """A snapshot then `frames` deltas of one market, as text, counts never going negative."""
    rng = random.Random(seed)
    levels: dict[tuple[str, int], int] = {}
    for side in ("yes", "no"):
        for cents in range(20, 50):
            levels[(side, cents)] = rng.randint(1, 500) * 100
    snapshot = {
        "type": "orderbook_snapshot", "sid": SID, "seq": 1,
        "msg": {"market_ticker": TICKER, "market_id": "6f1c2a9e-0000-4000-8000-000000000001",
                "yes_dollars_fp": [[f"0.{c:02d}00", f"{n / 100:.2f}"]
                                   for (s, c), n in sorted(levels.items()) if s == "yes"],
                "no_dollars_fp": [[f"0.{c:02d}00", f"{n / 100:.2f}"]
                                  for (s, c), n in sorted(levels.items()) if s == "no"]},
    }  # fmt: skip
    texts = [json.dumps(snapshot)]
    for seq in range(2, frames + 2):
        side = rng.choice(("yes", "no"))
        cents = rng.randint(10, 60)
        held = levels.get((side, cents), 0)
        change = -rng.randint(1, held) if held and rng.random() < 0.5 else rng.randint(1, 300) * 100
        levels[(side, cents)] = held + change
        texts.append(json.dumps({
            "type": "orderbook_delta", "sid": SID, "seq": seq,
            "msg": {"market_ticker": TICKER, "market_id": "6f1c2a9e-0000-4000-8000-000000000001",
                    "price_dollars": f"0.{cents:02d}00", "delta_fp": f"{change / 100:.2f}",
                    "side": side, "ts": "2026-01-02T03:04:05Z", "ts_ms": 1767323045000 + seq},
        }))  # fmt: skip
    return texts


def floor_apply(texts: list[str]) -> dict[str, dict[Decimal, Decimal]]:
    """`json.loads` of each frame and a hand-written dict-of-levels update."""
    book: dict[str, dict[Decimal, Decimal]] = {"yes": {}, "no": {}}
    zero = Decimal(0)
    for text in texts:
        frame = json.loads(text)
        msg = frame["msg"]
        if frame["type"] == "orderbook_snapshot":
            book = {
                "yes": {Decimal(p): Decimal(c) for p, c in msg.get("yes_dollars_fp", ())},
                "no": {Decimal(p): Decimal(c) for p, c in msg.get("no_dollars_fp", ())},
            }
            continue
        side = book[msg["side"]]
        price = Decimal(msg["price_dollars"])
        count = side.get(price, zero) + Decimal(msg["delta_fp"])
        if count > 0:
            side[price] = count
        else:
            side.pop(price, None)
    return book


def ours_apply(texts: list[str]) -> Any:
    """The session's own frame router feeding a maintained `Orderbook`."""
    from kalshi.streaming._session import AsyncWebSocket

    async def no_connect(url: str, headers: Any) -> Any:
        raise AssertionError("the benchmark never connects")

    session = AsyncWebSocket(url="ws://127.0.0.1:9/trade-api/ws/v2", connect=no_connect,
                             headers=dict)  # fmt: skip
    stream = session.orderbook(TICKER)
    stream.sid = SID
    session._by_sid[SID] = [stream]
    route = session._on_text
    for text in texts:
        route(text)
    return stream.book


def deltas(*, frames: int, rounds: int) -> Samples:
    """Seconds per whole stream of each contender in each round, interleaved."""
    texts = record(frames)
    floor_book, book = floor_apply(texts), ours_apply(texts)
    # A wrong book must not be timed: both end with the same levels.
    assert book.ready and book.seq == frames + 1
    assert book.yes == floor_book["yes"] and book.no == floor_book["no"]
    contenders: dict[str, Callable[[], object]] = {
        "floor": lambda: floor_apply(texts),
        "ours": lambda: ours_apply(texts),
    }
    return interleave(contenders, rounds=rounds, calls=1, warmup=1)


if __name__ == "__main__":
    result = medians(deltas(frames=100_000, rounds=7))
    floor, ours = result["floor"], result["ours"]
    print(f"floor {floor * 1e3:8.1f} ms  ours {ours * 1e3:8.1f} ms  {ours / floor:5.2f}x")
