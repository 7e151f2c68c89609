"""Communications: RFQs and quotes, who sees what, and what an executed quote does to money."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from kalshi.sim import Credentials, Exchange, ManualClock

from .conftest import TICKER, conforms

RFQS = "/communications/rfqs"
QUOTES = "/communications/quotes"
RFQ = "/communications/rfqs/{rfq_id}"
RFQ_QUOTE = "/communications/rfqs/{rfq_id}/quotes/{quote_id}"
QUOTE = "/communications/quotes/{quote_id}"
START = Decimal(10_000)


@pytest.fixture
def maker(new_member: Callable[..., Credentials]) -> Credentials:
    """The member who answers RFQs."""
    return new_member()


@pytest.fixture
async def quoter(
    make_client: Callable[..., httpx.AsyncClient], maker: Credentials
) -> AsyncIterator[httpx.AsyncClient]:
    """A client signed as the maker."""
    async with make_client(maker) as http:
        yield http


@pytest.fixture
async def outsider(
    make_client: Callable[..., httpx.AsyncClient], new_member: Callable[..., Credentials]
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of a third member, neither requester nor maker."""
    async with make_client(new_member()) as http:
        yield http


async def open_rfq(client: httpx.AsyncClient, **fields: Any) -> str:
    body = {"market_ticker": TICKER, "contracts_fp": "10", "rest_remainder": False, **fields}
    response = await client.post(RFQS, json=body)
    assert response.status_code == 201, response.text
    return str(conforms(response, RFQS)["id"])


async def quote(client: httpx.AsyncClient, rfq_id: str, yes: str, no: str) -> str:
    body = {"rfq_id": rfq_id, "yes_bid": yes, "no_bid": no, "rest_remainder": False}
    response = await client.post(QUOTES, json=body)
    assert response.status_code == 201, response.text
    return str(conforms(response, QUOTES)["id"])


async def read_quote(client: httpx.AsyncClient, rfq_id: str, quote_id: str) -> dict[str, Any]:
    response = await client.get(f"{RFQS}/{rfq_id}/quotes/{quote_id}")
    assert response.status_code == 200, response.text
    return dict(conforms(response, RFQ_QUOTE)["quote"])


async def test_the_communications_id_is_stable_per_member_and_not_the_user_id(
    client: httpx.AsyncClient, quoter: httpx.AsyncClient, member: Credentials
) -> None:
    first = conforms(await client.get("/communications/id"), "/communications/id")
    again = conforms(await client.get("/communications/id"), "/communications/id")
    other = conforms(await quoter.get("/communications/id"), "/communications/id")
    assert first == again
    assert first["communications_id"] != other["communications_id"]
    assert first["communications_id"] != member.user_id


async def test_every_member_sees_an_rfq_but_only_its_creator_sees_who_made_it(
    client: httpx.AsyncClient, quoter: httpx.AsyncClient, member: Credentials
) -> None:
    rfq_id = await open_rfq(client)
    own = conforms(await client.get(f"{RFQS}/{rfq_id}"), RFQ)["rfq"]
    seen = conforms(await quoter.get(RFQS), RFQS)["rfqs"]
    assert own["creator_user_id"] == member.user_id
    assert own["status"] == "open"
    assert own["contracts_fp"] == "10.00"
    assert [rfq["id"] for rfq in seen] == [rfq_id]
    assert "creator_user_id" not in seen[0]
    assert seen[0]["creator_id"] == own["creator_id"] != ""
    mine = conforms(await quoter.get(RFQS, params={"user_filter": "self"}), RFQS)
    assert mine["rfqs"] == []


async def test_an_accepted_and_confirmed_quote_fills_both_sides_at_the_quoted_price(
    client: httpx.AsyncClient,
    quoter: httpx.AsyncClient,
    exchange: Exchange,
    member: Credentials,
    maker: Credentials,
) -> None:
    rfq_id = await open_rfq(client)
    quote_id = await quote(quoter, rfq_id, "0.40", "0.55")
    accept = await client.put(
        f"{RFQS}/{rfq_id}/quotes/{quote_id}/accept", json={"accepted_side": "yes"}
    )
    assert accept.status_code == 204, accept.text
    assert (await read_quote(client, rfq_id, quote_id))["status"] == "accepted"
    assert exchange.position(member.user_id, TICKER) == 0, "nothing trades before the confirm"
    confirm = await quoter.put(f"{RFQS}/{rfq_id}/quotes/{quote_id}/confirm", json={})
    assert confirm.status_code == 204, confirm.text

    seen = await read_quote(client, rfq_id, quote_id)
    assert seen["status"] == "executed"
    assert seen["accepted_side"] == "yes"
    assert exchange.position(member.user_id, TICKER) == 10
    assert exchange.position(maker.user_id, TICKER) == -10
    # The requester takes: Kalshi's taker fee, 0.07 x 10 x 0.40 x 0.60 = $0.168.
    assert exchange.balance(member.user_id) == START - Decimal("4.00") - Decimal("0.168")
    assert exchange.balance(maker.user_id) == START - Decimal("6.00")
    requester_order = exchange.order(seen["rfq_creator_order_id"])
    maker_order = exchange.order((await read_quote(quoter, rfq_id, quote_id))["creator_order_id"])
    assert (requester_order.status, requester_order.fill_count) == ("executed", 10)
    assert (maker_order.status, maker_order.fill_count) == ("executed", 10)
    trades = conforms(await client.get("/markets/trades"), "/markets/trades")["trades"]
    assert [(t["count_fp"], t["yes_price_dollars"]) for t in trades] == [("10.00", "0.4000")]
    rfq = conforms(await client.get(f"{RFQS}/{rfq_id}"), RFQ)["rfq"]
    assert rfq["status"] == "closed"


async def test_accepting_the_no_side_buys_no_at_the_no_bid(
    client: httpx.AsyncClient,
    quoter: httpx.AsyncClient,
    exchange: Exchange,
    member: Credentials,
    maker: Credentials,
) -> None:
    rfq_id = await open_rfq(client)
    quote_id = await quote(quoter, rfq_id, "0.40", "0.55")
    await client.put(f"{QUOTES}/{quote_id}/accept", json={"accepted_side": "no"})
    confirm = await quoter.put(f"{QUOTES}/{quote_id}/confirm", json={})
    assert confirm.status_code == 204, confirm.text
    assert exchange.position(member.user_id, TICKER) == -10
    assert exchange.position(maker.user_id, TICKER) == 10
    # The requester takes: 0.07 x 10 x 0.55 x 0.45 = 0.17325, rounded up to $0.1733.
    assert exchange.balance(member.user_id) == START - Decimal("5.50") - Decimal("0.1733")
    assert exchange.balance(maker.user_id) == START - Decimal("4.50")


async def test_a_deleted_rfq_cannot_be_quoted_and_its_quotes_are_cancelled(
    client: httpx.AsyncClient, quoter: httpx.AsyncClient
) -> None:
    rfq_id = await open_rfq(client)
    quote_id = await quote(quoter, rfq_id, "0.40", "0.55")
    deleted = await client.delete(f"{RFQS}/{rfq_id}")
    assert deleted.status_code == 204
    late = await quoter.post(
        QUOTES, json={"rfq_id": rfq_id, "yes_bid": "0.41", "no_bid": "0", "rest_remainder": False}
    )
    assert late.status_code == 400
    assert conforms(late, QUOTES)["error"]["code"] == "rfq_not_open"
    assert (await read_quote(quoter, rfq_id, quote_id))["status"] == "cancelled"
    rfq = conforms(await client.get(f"{RFQS}/{rfq_id}"), RFQ)["rfq"]
    assert (rfq["status"], rfq["cancellation_reason"]) == ("closed", "deleted")


async def test_a_quote_is_private_to_its_maker_and_the_requester(
    client: httpx.AsyncClient,
    quoter: httpx.AsyncClient,
    outsider: httpx.AsyncClient,
) -> None:
    rfq_id = await open_rfq(client)
    quote_id = await quote(quoter, rfq_id, "0.40", "0.55")
    other_id = await quote(outsider, rfq_id, "0.42", "0.50")
    requester_sees = conforms(await client.get(QUOTES), QUOTES)["quotes"]
    maker_sees = conforms(await quoter.get(QUOTES), QUOTES)["quotes"]
    assert {q["id"] for q in requester_sees} == {quote_id, other_id}
    assert [q["id"] for q in maker_sees] == [quote_id]
    hidden = await quoter.get(f"{QUOTES}/{other_id}")
    assert hidden.status_code == 404
    conforms(hidden, QUOTE)


async def test_only_the_requester_accepts_and_only_the_maker_confirms(
    client: httpx.AsyncClient, quoter: httpx.AsyncClient
) -> None:
    rfq_id = await open_rfq(client)
    quote_id = await quote(quoter, rfq_id, "0.40", "0.55")
    path = f"{RFQS}/{rfq_id}/quotes/{quote_id}"
    refused = await quoter.put(path + "/accept", json={"accepted_side": "yes"})
    assert refused.status_code == 400
    conforms(refused, RFQ_QUOTE + "/accept")
    assert (await client.put(path + "/accept", json={"accepted_side": "yes"})).status_code == 204
    assert (await client.put(path + "/confirm", json={})).status_code == 400
    assert (await read_quote(client, rfq_id, quote_id))["status"] == "accepted"
    assert (
        await client.post(
            QUOTES,
            json={"rfq_id": rfq_id, "yes_bid": "0.4", "no_bid": "0", "rest_remainder": False},
        )
    ).status_code == 400


async def test_an_accepted_quote_not_confirmed_in_time_is_cancelled(
    client: httpx.AsyncClient, quoter: httpx.AsyncClient, clock: ManualClock
) -> None:
    rfq_id = await open_rfq(client)
    quote_id = await quote(quoter, rfq_id, "0.40", "0.55")
    await client.put(f"{QUOTES}/{quote_id}/accept", json={"accepted_side": "yes"})
    clock.advance(30)
    late = await quoter.put(f"{QUOTES}/{quote_id}/confirm", json={})
    assert late.status_code == 400
    seen = await read_quote(quoter, rfq_id, quote_id)
    assert (seen["status"], seen["cancellation_reason"]) == ("cancelled", "expired")


async def test_a_new_quote_replaces_the_makers_open_one(
    client: httpx.AsyncClient, quoter: httpx.AsyncClient
) -> None:
    rfq_id = await open_rfq(client)
    first = await quote(quoter, rfq_id, "0.40", "0.55")
    second = await quote(quoter, rfq_id, "0.41", "0.54")
    assert (await read_quote(quoter, rfq_id, first))["status"] == "cancelled"
    assert (await read_quote(quoter, rfq_id, second))["status"] == "open"
    open_only = conforms(await client.get(QUOTES, params={"status": "open"}), QUOTES)
    assert [q["id"] for q in open_only["quotes"]] == [second]


async def test_a_target_cost_rfq_buys_what_the_money_pays_for(
    client: httpx.AsyncClient, quoter: httpx.AsyncClient, exchange: Exchange, member: Credentials
) -> None:
    rfq_id = await open_rfq(client, contracts_fp=None, target_cost_dollars="10.00")
    quote_id = await quote(quoter, rfq_id, "0.40", "0.30")
    seen = await read_quote(client, rfq_id, quote_id)
    assert (seen["yes_contracts_fp"], seen["no_contracts_fp"]) == ("25.00", "33.00")
    await client.put(f"{QUOTES}/{quote_id}/accept", json={"accepted_side": "no"})
    assert (await quoter.put(f"{QUOTES}/{quote_id}/confirm", json={})).status_code == 204
    assert exchange.position(member.user_id, TICKER) == -33
    # The fee comes on top of the target: 0.07 x 33 x 0.30 x 0.70 = $0.4851.
    assert exchange.balance(member.user_id) == START - Decimal("9.90") - Decimal("0.4851")


async def test_a_confirm_the_requester_cannot_pay_for_moves_nothing(
    make_client: Callable[..., httpx.AsyncClient],
    new_member: Callable[..., Credentials],
    quoter: httpx.AsyncClient,
    exchange: Exchange,
    maker: Credentials,
) -> None:
    poor = new_member(balance_cents=100)
    async with make_client(poor) as requester:
        rfq_id = await open_rfq(requester)
        quote_id = await quote(quoter, rfq_id, "0.40", "0.55")
        await requester.put(f"{QUOTES}/{quote_id}/accept", json={"accepted_side": "yes"})
        refused = await quoter.put(f"{QUOTES}/{quote_id}/confirm", json={})
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "insufficient_balance"
    assert exchange.balance(poor.user_id) == 1
    assert exchange.balance(maker.user_id) == START
    assert exchange.position(maker.user_id, TICKER) == 0


async def test_a_second_open_rfq_on_a_market_needs_replace_existing(
    client: httpx.AsyncClient,
) -> None:
    first = await open_rfq(client)
    clash = await client.post(
        RFQS, json={"market_ticker": TICKER, "contracts_fp": "5", "rest_remainder": False}
    )
    assert clash.status_code == 409
    conforms(clash, RFQS)
    second = await open_rfq(client, replace_existing=True)
    listed = conforms(await client.get(RFQS, params={"status": "open"}), RFQS)["rfqs"]
    assert [rfq["id"] for rfq in listed] == [second]
    assert first != second


async def test_an_rfq_on_an_unlisted_market_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(
        RFQS, json={"market_ticker": "KXNOPE-1", "contracts_fp": "5", "rest_remainder": False}
    )
    assert response.status_code == 404


async def test_an_obscured_creator_is_hidden_from_makers_but_not_from_itself(
    client: httpx.AsyncClient, quoter: httpx.AsyncClient
) -> None:
    rfq_id = await open_rfq(client, obscure_creator_id=True)
    quote_id = await quote(quoter, rfq_id, "0.40", "0.55")
    own = conforms(await client.get(f"{RFQS}/{rfq_id}"), RFQ)["rfq"]
    seen = conforms(await quoter.get(f"{RFQS}/{rfq_id}"), RFQ)["rfq"]
    assert own["creator_id"] != ""
    assert seen["creator_id"] == ""
    assert (await read_quote(quoter, rfq_id, quote_id))["rfq_creator_id"] == ""
    assert (await read_quote(client, rfq_id, quote_id))["rfq_creator_id"] == own["creator_id"]


async def test_only_the_maker_withdraws_its_quote(
    client: httpx.AsyncClient, quoter: httpx.AsyncClient
) -> None:
    rfq_id = await open_rfq(client)
    quote_id = await quote(quoter, rfq_id, "0.40", "0.55")
    by_requester = await client.delete(f"{RFQS}/{rfq_id}/quotes/{quote_id}")
    assert by_requester.status_code == 404
    conforms(by_requester, RFQ_QUOTE)
    assert (await quoter.delete(f"{QUOTES}/{quote_id}")).status_code == 204
    seen = conforms(await client.get(f"{QUOTES}/{quote_id}"), QUOTE)["quote"]
    assert (seen["status"], seen["cancellation_reason"]) == ("cancelled", "deleted")
    accept = await client.put(f"{QUOTES}/{quote_id}/accept", json={"accepted_side": "yes"})
    assert accept.status_code == 400


async def test_a_quote_is_read_only_under_its_own_rfq(
    client: httpx.AsyncClient, quoter: httpx.AsyncClient
) -> None:
    first = await open_rfq(client)
    quote_id = await quote(quoter, first, "0.40", "0.55")
    second = await open_rfq(client, market_ticker="KXOTHER-26-A")
    response = await client.get(f"{RFQS}/{second}/quotes/{quote_id}")
    assert response.status_code == 404
