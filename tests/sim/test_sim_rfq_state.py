"""RFQ state belongs to its exchange."""

from __future__ import annotations

import gc
import weakref
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from kalshi.sim import Credentials, Exchange, ManualClock, SimSettings

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
