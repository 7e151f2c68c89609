"""The helpers the simulator's middlewares share, and the journal's lazily decoded entries."""

from __future__ import annotations

from typing import Any

import pytest
from kalshi.sim._asgi import decode_body, is_api_request, key_id_of, read_body
from kalshi.sim._faults import DroppedConnection, FaultPlan
from kalshi.sim._journal import Journal, JournalEntry, JournalMiddleware
from starlette.types import Message, Receive, Scope, Send


def _scope(path: str = "/trade-api/v2/markets", kind: str = "http", **extra: Any) -> Scope:
    return {"type": kind, "method": "POST", "path": path, "headers": [], **extra}


def _messages(*messages: Message) -> Receive:
    queue = list(messages)

    async def receive() -> Message:
        return queue.pop(0) if queue else {"type": "http.disconnect"}

    return receive


@pytest.mark.parametrize(
    ("scope", "api"),
    [
        (_scope(), True),
        (_scope("/trade-api/v2/portfolio/order_groups/g1"), True),
        (_scope("/anything/else"), True),
        (_scope("/_sim/faults"), False),
        (_scope("/_sim/journal"), False),
        (_scope("/trade-api/ws/v2", kind="websocket"), False),
        ({"type": "lifespan"}, False),
    ],
)
def test_one_predicate_says_which_requests_are_the_api_s(scope: Scope, api: bool) -> None:
    assert is_api_request(scope) is api


def test_the_key_id_is_read_from_the_headers() -> None:
    headers = [(b"content-type", b"application/json"), (b"kalshi-access-key", b"key-1")]
    assert key_id_of(_scope(headers=headers)) == "key-1"
    assert key_id_of(_scope(headers=[(b"KALSHI-ACCESS-KEY", b"key-2")])) == "key-2"
    assert key_id_of(_scope()) is None


async def test_a_body_in_chunks_is_read_whole_and_handed_on_once() -> None:
    receive = _messages(
        {"type": "http.request", "body": b'{"a": ', "more_body": True},
        {"type": "http.request", "body": b"1}", "more_body": False},
    )
    raw, replay = await read_body(receive)
    assert raw == b'{"a": 1}'
    assert await replay() == {"type": "http.request", "body": raw, "more_body": False}
    assert await replay() == {"type": "http.disconnect"}  # then the real receive answers
    assert decode_body(raw) == {"a": 1}
    assert decode_body(b"  ") is None
    assert decode_body(b"{not json") is None


async def test_a_client_gone_before_its_body_leaves_an_empty_one() -> None:
    raw, _ = await read_body(_messages({"type": "http.disconnect"}))
    assert raw == b""


def test_an_idle_fault_plan_only_counts() -> None:
    plan = FaultPlan()
    assert plan.take("GET", "/trade-api/v2/markets") is None
    assert plan.count("GET", "/trade-api/v2/markets") == 1
    fault = plan.add("status", path="/trade-api/v2/markets")
    assert plan.take("GET", "/trade-api/v2/markets") is fault
    assert plan.take("GET", "/trade-api/v2/markets") is None  # fired its one time
    assert plan.count("GET", "/trade-api/v2/markets") == 3


async def test_a_journal_entry_read_before_a_cut_is_still_replaced_by_the_cut() -> None:
    """An entry is decoded on first read; a cut after that read still replaces it."""
    journal = Journal()
    seen: list[JournalEntry] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        assert (await receive())["body"] == b'{"count": 2}'
        await send({"type": "http.response.start", "status": 201, "headers": []})
        seen.append(journal[-1])  # read (and so decoded) while the answer is under way
        raise DroppedConnection("cut")

    async def send(message: Message) -> None:
        pass

    middleware = JournalMiddleware(app, journal=journal, now_ms=lambda: 7)
    scope = _scope(
        query_string=b"a=1&b=",
        headers=[(b"kalshi-access-key", b"k")],
    )
    body = {"type": "http.request", "body": b'{"count": 2}', "more_body": False}
    with pytest.raises(DroppedConnection):
        await middleware(scope, _messages(body), send)
    assert seen[0].status == 201
    assert seen[0].body == {"count": 2}
    [entry] = journal.entries
    assert entry == JournalEntry(
        method="POST",
        path="/trade-api/v2/markets",
        query=(("a", "1"), ("b", "")),
        body={"count": 2},
        key_id="k",
        status=None,
        at_ms=7,
    )


def test_entries_recorded_by_hand_read_back_as_they_were() -> None:
    journal = Journal(limit=2)
    entries = [JournalEntry("GET", f"/p{i}", (), None, None, 200, i) for i in range(3)]
    for entry in entries:
        journal.record(entry)
    assert journal.entries == entries[1:]
    assert journal[0] is entries[1]
    assert len(journal) == 2
    replacement = JournalEntry("GET", "/p1", (), None, None, None, 1)
    journal.replace(entries[1], replacement)
    journal.replace(entries[0], entries[0])  # dropped already: nothing happens
    assert journal.entries == [replacement, entries[2]]
