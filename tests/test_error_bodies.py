"""Error bodies that are not JSON: a short readable message, in time linear in the body."""

from __future__ import annotations

import multiprocessing
import re
from typing import Any

import httpx
import kalshi
import pytest
from hypothesis import given
from hypothesis import strategies as st
from kalshi import _errors

URL = "https://external-api.kalshi.com/trade-api/v2/portfolio/orders"


def _run(sender: Any, function: Any, args: tuple[Any, ...]) -> None:
    sender.send(function(*args))
    sender.close()


def _finishes(function: Any, *args: Any) -> Any:
    """Run function in a child process; fail (rather than hang the suite) if it is still busy.

    A process, not a thread: a regex holds the GIL until it is done, so a thread stuck in
    one could not be waited for with a timeout.
    """
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_run, args=(sender, function, args), daemon=True)
    child.start()
    sender.close()
    try:
        finished = receiver.poll(10)
        if not finished:
            child.kill()
        assert finished, "still working on the body after 10 s: not linear"
        return receiver.recv()
    finally:
        child.join()
        receiver.close()


HOSTILE = [
    ("open-brackets", "<" * 300_000, "<" * 200),
    ("titles", "<title>" * 50_000, ""),
    ("unterminated-title", "<title>Bad gateway" + "<" * 300_000, "Bad gateway" + "<" * 189),
    ("open-tag-then-text", "<b" * 150_000, "<b" * 100),
    ("title-opened-never-closed", "<title" * 60_000, "<title" * 33 + "<t"),
    ("closing-titles", "</title>" * 40_000, ""),
]


@pytest.mark.parametrize(("name", "body", "expected"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_bodies_are_read_quickly_and_correctly(name: str, body: str, expected: str) -> None:
    text = _finishes(_errors._readable, body)
    assert text == expected
    assert len(text) <= 200


@pytest.mark.parametrize(("name", "body", "expected"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_502_with_a_hostile_body_becomes_an_error(name: str, body: str, expected: str) -> None:
    response = httpx.Response(502, text=body, request=httpx.Request("GET", URL))

    def read() -> tuple[str, str, str]:
        error = _errors.make_status_error(response, key_id=None)
        return type(error).__name__, error.message, str(error)

    kind, message, shown = _finishes(read)
    assert kind == kalshi.InternalServerError.__name__
    assert message == (expected or "Bad Gateway")
    assert len(shown) < 300


def test_a_title_is_found_early_in_a_huge_page() -> None:
    body = "<html><head><TITLE lang=en>502  Bad\nGateway</TITLE></head>" + "<p>x" * 100_000
    assert _finishes(_errors._readable, body) == "502 Bad Gateway"


def test_text_past_the_first_64_kib_is_not_read() -> None:
    body = "x" * (64 * 1024) + "<title>late</title>"
    assert _finishes(_errors._readable, body) == "x" * 200


def _old_readable(text: str) -> str:
    """The reading this module had before it was made linear: the reference for small bodies."""
    title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    if title:
        text = title.group(1)
    elif "<" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(text.split())[:200]


_PIECES = st.sampled_from(["<", ">", "/", "title", "TITLE", "Title", "<title>", "</title>",
                           "</TiTlE>", " ", "\n", "a", "b c", "x=1", "<p>", "É", "İ"])  # fmt: skip


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_small_bodies_read_as_before(body: str) -> None:
    assert _errors._readable(body) == _old_readable(body)
