"""The RFQ engine's events on the exchange's bus, and the feed's `communications` frames for them.

`Communications` (`_rfq.py`) publishes an `RfqEvent` when an RFQ opens or closes and a
`QuoteEvent` when a quote is made, accepted or executed. The feed turns each into frames of
Kalshi's `communications` channel (field names as in Kalshi's AsyncAPI document):
`rfq_created` and `rfq_deleted` go to every member subscribed, the quote frames only to the
quote's creator and the RFQ's creator, each told its own order and subaccount.

Sim choices: `creator_id` is empty in `rfq_created` (as Kalshi documents) and in every frame
of an RFQ made with `obscure_creator`; an RFQ closed because its market closed or settled sends
`rfq_deleted` at that moment; an RFQ closed because its quote executed sends no
`rfq_deleted` (the `quote_executed` frame says it); a cancelled quote sends nothing (the
channel has no frame for it); `subaccount` is present only when the recipient's side used
a subaccount other than 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from ._fixed import format_count, format_dollars
from ._views import iso_time


@dataclass(frozen=True)
class RfqEvent:
    """An RFQ opened (`created`), or closed by its creator, a replacement or the end of its
    market (`deleted`)."""

    kind: Literal["created", "deleted"]
    rfq_id: str
    user_id: str
    creator_id: str
    """The creator's public communications id, or "" when the RFQ hides it."""
    ticker: str
    event_ticker: str
    contracts: Decimal | None
    target_cost: Decimal | None
    at_ms: int


@dataclass(frozen=True)
class QuoteSide:
    """One party of a quote: the member, its public id, subaccount and (once executed) order."""

    user_id: str
    public_id: str
    subaccount: int
    order_id: str | None = None
    client_order_id: str | None = None


@dataclass(frozen=True)
class QuoteEvent:
    """A quote made (`created`), accepted by the requester, or executed between the two."""

    kind: Literal["created", "accepted", "executed"]
    quote_id: str
    rfq_id: str
    ticker: str
    event_ticker: str
    maker: QuoteSide
    requester: QuoteSide
    yes_bid: Decimal
    no_bid: Decimal
    yes_contracts: Decimal
    """Contracts the requester gets by accepting YES (likewise `no_contracts`)."""
    no_contracts: Decimal
    rfq_target_cost: Decimal | None
    accepted_side: str | None
    at_ms: int


Frame = tuple[str | None, str, dict[str, Any]]
"""(the recipient's user id, None for every subscriber; the frame type; its msg)."""


def comms_frames(event: RfqEvent | QuoteEvent) -> list[Frame]:
    """The `communications` frames an RFQ engine event becomes, with their recipients."""
    if isinstance(event, RfqEvent):
        return [(None, f"rfq_{event.kind}", _rfq_msg(event))]
    frames: list[Frame] = []
    for party in (event.requester, event.maker):  # never the same member: no self-quotes
        msg = _quote_msg(event, party)
        frames.append((party.user_id, f"quote_{event.kind}", msg))
    return frames


def _rfq_msg(event: RfqEvent) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "id": event.rfq_id,
        "creator_id": "" if event.kind == "created" else event.creator_id,
        "market_ticker": event.ticker,
        "event_ticker": event.event_ticker,
    }
    if event.contracts is not None:
        msg["contracts_fp"] = format_count(event.contracts)
    if event.target_cost is not None:
        msg["target_cost_dollars"] = format_dollars(event.target_cost)
    msg["created_ts" if event.kind == "created" else "deleted_ts"] = iso_time(event.at_ms)
    return msg


def _quote_msg(event: QuoteEvent, party: QuoteSide) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "quote_id": event.quote_id,
        "rfq_id": event.rfq_id,
        "quote_creator_id": event.maker.public_id,
        "rfq_creator_id": event.requester.public_id,
        "market_ticker": event.ticker,
    }
    if event.kind == "executed":
        msg["order_id"] = party.order_id or ""
        msg["client_order_id"] = party.client_order_id or ""
        msg["executed_ts"] = iso_time(event.at_ms)
    else:
        msg["event_ticker"] = event.event_ticker
        msg["yes_bid_dollars"] = format_dollars(event.yes_bid)
        msg["no_bid_dollars"] = format_dollars(event.no_bid)
        if event.yes_bid:
            msg["yes_contracts_offered_fp"] = format_count(event.yes_contracts)
        if event.no_bid:
            msg["no_contracts_offered_fp"] = format_count(event.no_contracts)
        if event.rfq_target_cost is not None:
            msg["rfq_target_cost_dollars"] = format_dollars(event.rfq_target_cost)
        if event.kind == "created":
            msg["created_ts"] = iso_time(event.at_ms)
        elif event.accepted_side is not None:
            msg["accepted_side"] = event.accepted_side
            accepted = event.yes_contracts if event.accepted_side == "yes" else event.no_contracts
            msg["contracts_accepted_fp"] = format_count(accepted)
    if party.subaccount:
        msg["subaccount"] = party.subaccount
    return msg
