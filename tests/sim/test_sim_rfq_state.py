"""RFQ state belongs to its exchange, and RFQs and quotes end with their market.

Kalshi's `RFQ.status` is `open` or `closed` and `Quote.status` ends in `executed` or
`cancelled` (each with `cancelled_ts` and a free-text `cancellation_reason`); the feed's
`communications` channel tells every subscriber with `rfq_deleted` when an RFQ goes.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from kalshi.sim import Credentials, Exchange, ManualClock, SimSettings

from .conftest import conforms
from .feed_helpers import FeedRig, check_shape

START_MS = 1_800_000_000_000
CLOSE_MS = START_MS + 60_000
TICKER = "KXRFQ-1-A"
OTHER = "KXRFQ-1-B"
RFQS = "/communications/rfqs"
QUOTES = "/communications/quotes"
ACCEPT = "/communications/rfqs/{rfq_id}/quotes/{quote_id}/accept"


def _scenario() -> dict[str, Any]:
    """Two markets of one event: TICKER closes a minute after the start, OTHER a year later."""
    return {
        "series": [{"ticker": "KXRFQ"}],
        "events": [
            {
                "event_ticker": "KXRFQ-1",
                "series_ticker": "KXRFQ",
                "markets": [
                    {"ticker": TICKER, "close_time": CLOSE_MS // 1000},
                    {"ticker": OTHER},
                ],
            }
        ],
    }


@pytest.fixture
def clock() -> ManualClock:
    """A manual clock at a fixed start."""
    return ManualClock(START_MS)


@pytest.fixture
def settings() -> SimSettings:
    """The two-market scenario."""
    return SimSettings(scenario=_scenario())


@pytest.fixture
def maker(new_member: Callable[..., Credentials]) -> Credentials:
    """The member who quotes."""
    return new_member()


@pytest.fixture
async def quoter(
    make_client: Callable[..., httpx.AsyncClient], maker: Credentials
) -> AsyncIterator[httpx.AsyncClient]:
    """A client signed as the maker."""
    async with make_client(maker) as http:
        yield http


def _rfq(exchange: Exchange, user_id: str, ticker: str = TICKER) -> str:
    rfq = exchange.communications.create_rfq(
        user_id, ticker=ticker, contracts=Decimal(10), target_cost=None, rest_remainder=False
    )
    return rfq.rfq_id


def _quote(exchange: Exchange, user_id: str, rfq_id: str) -> str:
    quote = exchange.communications.create_quote(
        user_id, rfq_id=rfq_id, yes_bid=Decimal("0.40"), no_bid=Decimal("0.55"),
        rest_remainder=False,
    )  # fmt: skip
    return quote.quote_id


# --- state on the exchange -----------------------------------------------------------------


def test_two_exchanges_in_one_process_keep_their_own_rfqs() -> None:
    first = Exchange(SimSettings(scenario=_scenario()), ManualClock(START_MS))
    second = Exchange(SimSettings(scenario=_scenario()), ManualClock(START_MS))
    a, b = first.add_member(), first.add_member()
    rfq_id = _rfq(first, a)
    _quote(first, b, rfq_id)
    assert second.communications is not first.communications
    assert second.communications.list_rfqs() == []
    assert second.communications.list_quotes(a) == second.communications.list_quotes(b) == []
    assert [rfq.rfq_id for rfq in first.communications.list_rfqs()] == [rfq_id]


def test_an_exchange_with_rfqs_is_freed_with_its_last_reference() -> None:
    exchange = Exchange(SimSettings(scenario=_scenario()), ManualClock(START_MS))
    a, b = exchange.add_member(), exchange.add_member()
    _quote(exchange, b, _rfq(exchange, a))
    gone = weakref.ref(exchange)
    del exchange
    gc.collect()
    assert gone() is None, "the exchange's RFQ book kept it alive"


def test_a_reset_leaves_no_rfq_or_quote_and_members_keep_their_communications_id() -> None:
    exchange = Exchange(SimSettings(scenario=_scenario()), ManualClock(START_MS))
    a, b = exchange.add_member(), exchange.add_member()
    public_id = exchange.communications.communications_id(a)
    _quote(exchange, b, _rfq(exchange, a))
    exchange.reset()
    comms = exchange.communications
    assert comms.exchange is exchange
    assert comms.list_rfqs() == []
    assert comms.list_quotes(a) == comms.list_quotes(b) == []
    assert comms.communications_id(a) == public_id
    # The book after a reset is the live exchange's: a new RFQ lists there.
    rfq_id = _rfq(exchange, a)
    assert [rfq.rfq_id for rfq in exchange.communications.list_rfqs()] == [rfq_id]


# --- the market's end closes its RFQs ------------------------------------------------------


def test_a_market_close_closes_its_rfqs_and_cancels_their_quotes() -> None:
    clock = ManualClock(START_MS)
    exchange = Exchange(SimSettings(scenario=_scenario()), clock)
    a, b = exchange.add_member(), exchange.add_member()
    rfq_id = _rfq(exchange, a)
    open_quote = _quote(exchange, b, rfq_id)
    other_rfq = _rfq(exchange, a, OTHER)
    other_quote = _quote(exchange, b, other_rfq)
    clock.set(CLOSE_MS + 5_000)
    comms = exchange.communications
    rfq = comms.get_rfq(rfq_id)
    assert (rfq.status, rfq.cancelled_ms, rfq.cancellation_reason) == (
        "closed",
        CLOSE_MS,
        "market_closed",
    )
    quote = comms.get_quote(a, open_quote)
    assert (quote.status, quote.cancelled_ms, quote.cancellation_reason) == (
        "cancelled",
        CLOSE_MS,
        "market_closed",
    )
    assert comms.get_rfq(other_rfq).status == "open", "another market's RFQ stays open"
    assert comms.get_quote(a, other_quote).status == "open"


def test_settling_a_market_closes_its_rfqs_and_cancels_accepted_quotes() -> None:
    clock = ManualClock(START_MS)
    exchange = Exchange(SimSettings(scenario=_scenario()), clock)
    a, b = exchange.add_member(), exchange.add_member()
    rfq_id = _rfq(exchange, a)
    quote_id = _quote(exchange, b, rfq_id)
    exchange.communications.accept_quote(a, quote_id, "yes")
    clock.advance(1)
    exchange.settle_market(TICKER, "yes")
    comms = exchange.communications
    rfq = comms.get_rfq(rfq_id)
    assert (rfq.status, rfq.cancellation_reason) == ("closed", "market_settled")
    quote = comms.get_quote(b, quote_id)
    assert (quote.status, quote.cancellation_reason) == ("cancelled", "market_settled")
    assert quote.cancelled_ms == START_MS + 1_000
    assert exchange.position(a, TICKER) == exchange.position(b, TICKER) == 0


async def test_the_feed_says_rfq_deleted_when_the_market_closes(
    exchange: Exchange, clock: ManualClock, new_member: Callable[..., Credentials]
) -> None:
    requester, bystander = new_member(), new_member()
    rig = FeedRig(exchange)
    feed = await rig.connect(bystander)
    subscribed = await feed.subscribe(1, channels=["communications"])
    assert [frame["type"] for frame in subscribed] == ["subscribed"]
    rfq_id = _rfq(exchange, requester.user_id)
    clock.set(CLOSE_MS)
    exchange.market(TICKER)  # any engine call runs the close the clock has passed
    frames = [f for f in await feed.drain() if f["type"] in ("rfq_created", "rfq_deleted")]
    for frame in frames:
        check_shape(frame)
    assert [(f["type"], f["msg"]["id"]) for f in frames] == [
        ("rfq_created", rfq_id),
        ("rfq_deleted", rfq_id),
    ]
    assert frames[1]["msg"]["deleted_ts"] == "2027-01-15T08:01:00.000Z"


async def test_accepting_a_quote_once_the_market_has_closed_is_refused(
    exchange: Exchange,
    clock: ManualClock,
    client: httpx.AsyncClient,
    member: Credentials,
    maker: Credentials,
) -> None:
    rfq_id = _rfq(exchange, member.user_id)
    quote_id = _quote(exchange, maker.user_id, rfq_id)
    clock.set(CLOSE_MS)
    path = ACCEPT.format(rfq_id=rfq_id, quote_id=quote_id)
    refused = await client.put(path, json={"accepted_side": "yes"})
    assert refused.status_code == 400, refused.text
    body = conforms(refused, ACCEPT)
    assert body["error"]["code"] == "market_closed"
    assert exchange.communications.get_quote(member.user_id, quote_id).status == "cancelled"


async def test_a_quote_accepted_before_the_close_cannot_be_confirmed_after_it(
    exchange: Exchange,
    clock: ManualClock,
    client: httpx.AsyncClient,
    quoter: httpx.AsyncClient,
    member: Credentials,
    maker: Credentials,
) -> None:
    rfq_id = _rfq(exchange, member.user_id)
    quote_id = _quote(exchange, maker.user_id, rfq_id)
    clock.set(CLOSE_MS - 10_000)  # the close falls inside the maker's window to confirm
    path = ACCEPT.format(rfq_id=rfq_id, quote_id=quote_id)
    assert (await client.put(path, json={"accepted_side": "yes"})).status_code == 204
    clock.set(CLOSE_MS)
    refused = await quoter.put(path.replace("/accept", "/confirm"), json={})
    assert refused.status_code == 400, refused.text
    assert refused.json()["error"]["code"] == "market_closed"
    assert exchange.position(member.user_id, TICKER) == 0
    seen = exchange.communications.get_quote(maker.user_id, quote_id)
    assert (seen.status, seen.cancellation_reason) == ("cancelled", "market_closed")


async def test_quoting_or_opening_an_rfq_after_the_close_is_refused(
    exchange: Exchange,
    clock: ManualClock,
    client: httpx.AsyncClient,
    quoter: httpx.AsyncClient,
    member: Credentials,
) -> None:
    rfq_id = _rfq(exchange, member.user_id)
    clock.set(CLOSE_MS)
    body = {"rfq_id": rfq_id, "yes_bid": "0.40", "no_bid": "0.55", "rest_remainder": False}
    quoted = await quoter.post(QUOTES, json=body)
    assert quoted.status_code == 400, quoted.text
    assert conforms(quoted, QUOTES)["error"]["code"] == "market_closed"
    opened = await client.post(
        RFQS, json={"market_ticker": TICKER, "contracts_fp": "10", "rest_remainder": False}
    )
    assert opened.status_code == 400, opened.text
    assert conforms(opened, RFQS)["error"]["code"] == "market_closed"


def test_an_acceptance_that_lapsed_before_the_close_stays_expired() -> None:
    clock = ManualClock(START_MS)
    exchange = Exchange(SimSettings(scenario=_scenario()), clock)
    a, b = exchange.add_member(), exchange.add_member()
    quote_id = _quote(exchange, b, _rfq(exchange, a))
    exchange.communications.accept_quote(a, quote_id, "yes")
    clock.set(CLOSE_MS + 1_000)
    quote = exchange.communications.get_quote(a, quote_id)
    assert (quote.status, quote.cancellation_reason) == ("cancelled", "expired")
    assert quote.cancelled_ms == START_MS + 30_000


def test_a_market_relisted_as_closed_closes_its_rfqs_on_the_next_read() -> None:
    exchange = Exchange(SimSettings(scenario=_scenario()), ManualClock(START_MS))
    a, b = exchange.add_member(), exchange.add_member()
    rfq_id = _rfq(exchange, a)
    quote_id = _quote(exchange, b, rfq_id)
    closed = _scenario()
    closed["events"][0]["markets"] = [{"ticker": TICKER, "status": "closed"}]
    exchange.add_scenario(closed)
    comms = exchange.communications
    assert (comms.get_rfq(rfq_id).status, comms.get_rfq(rfq_id).cancelled_ms) == (
        "closed",
        START_MS,
    )
    assert comms.get_quote(b, quote_id).cancellation_reason == "market_closed"
