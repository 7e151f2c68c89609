"""Requests for quote (RFQs) and quotes between members of the simulated exchange.

A requester opens an RFQ on a market for a size (contracts, or a dollar amount to spend);
every member sees it. Makers answer with quotes, a YES price and a NO price, each private to
the maker and the requester; a maker's new quote on the same RFQ replaces its open one. The
requester accepts one side of a quote, the maker confirms, and the quote executes: the
requester buys the accepted side at that side's price and the maker takes the other side,
through the exchange's fill path (`Exchange.cross`).

Simulator choices where Kalshi publishes no exact rule: the quote executes as soon as the
maker confirms (Kalshi waits an execution timeout first), so `confirmed` is never seen on
its own; an accepted quote not confirmed within `CONFIRM_WINDOW_MS` is cancelled
(`expired`); `rest_remainder` is recorded but nothing rests; a member may not quote its own
RFQ; a second open RFQ of a member on the same market is 409 unless `replace_existing`.

The RFQs end with their market: when it closes or settles, its open RFQs close and their open
or accepted quotes are cancelled, at that moment, with `cancellation_reason` `market_closed`
or `market_settled` (Kalshi's reason strings are not published); quoting, accepting or
confirming on a market that is no longer active is `400 market_closed`, as an order is.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Literal

from ._catalog import on_grid
from ._comms_events import QuoteEvent, QuoteSide, RfqEvent
from ._errors import SimError, invalid_parameters, not_found
from ._fixed import ONE, ZERO
from ._listing import event_ticker_of
from ._orders import OrderRequest

if TYPE_CHECKING:
    from ._book import Market
    from ._engine import Exchange

CONFIRM_WINDOW_MS = 30_000
"""How long a maker has to confirm an accepted quote before it is cancelled."""

RfqStatus = Literal["open", "closed"]
QuoteStatus = Literal["open", "accepted", "confirmed", "executed", "cancelled"]
Side = Literal["yes", "no"]


@dataclass(eq=False)
class Rfq:
    """One request for quote."""

    rfq_id: str
    user_id: str
    subaccount: int
    ticker: str
    contracts: Decimal | None
    target_cost: Decimal | None
    rest_remainder: bool
    obscure_creator: bool
    target_cost_excludes_fees: bool | None
    created_ms: int
    status: RfqStatus = "open"
    updated_ms: int = 0
    cancelled_ms: int | None = None
    cancellation_reason: str | None = None


@dataclass(eq=False)
class Quote:
    """One maker's two-sided answer to an RFQ."""

    quote_id: str
    rfq: Rfq
    user_id: str
    subaccount: int
    yes_bid: Decimal
    no_bid: Decimal
    rest_remainder: bool
    post_only: bool | None
    created_ms: int
    updated_ms: int
    status: QuoteStatus = "open"
    accepted_side: Side | None = None
    accepted_ms: int | None = None
    confirmed_ms: int | None = None
    executed_ms: int | None = None
    cancelled_ms: int | None = None
    cancellation_reason: str | None = None
    creator_order_id: str | None = None
    rfq_creator_order_id: str | None = None

    def contracts_for(self, side: Side) -> Decimal:
        """Contracts the requester gets by accepting `side`: the RFQ's size, or what its
        target cost buys at that side's price (whole contracts)."""
        if self.rfq.contracts is not None:
            return self.rfq.contracts
        price = self.yes_bid if side == "yes" else self.no_bid
        if not price or self.rfq.target_cost is None:
            return ZERO
        return (self.rfq.target_cost / price).to_integral_value(rounding=ROUND_FLOOR)


class Communications:
    """The RFQs and quotes of one exchange (`Exchange.communications`); every method takes
    the exchange's lock."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
        self.rfqs: dict[str, Rfq] = {}
        self.quotes: dict[str, Quote] = {}
        self._ids: dict[str, str] = {}

    def clear(self) -> None:
        """Forget every RFQ and quote (a reset); members keep their communications ids."""
        with self.exchange.lock:
            self.rfqs = {}
            self.quotes = {}

    def close_market(self, ticker: str, now: int, reason: str) -> None:
        """Close a market's open RFQs and cancel their live quotes (its close or settlement).

        Called by the exchange's lifecycle under its lock; publishes `rfq_deleted` for each.
        """
        self._expire(now)  # an acceptance that lapsed before the close expired first
        for rfq in list(self.rfqs.values()):
            if rfq.ticker == ticker and rfq.status == "open":
                self._close(rfq, now, reason, quotes_reason=reason)

    def communications_id(self, user_id: str) -> str:
        """The member's public communications id (stable, unrelated to its user id)."""
        with self.exchange.lock:
            return self._ids.setdefault(user_id, uuid.uuid4().hex)

    def creator_id(self, rfq: Rfq, viewer: str | None = None) -> str:
        """The communications id of the RFQ's creator as `viewer` sees it: "" for an RFQ made
        with `obscure_creator`, except to its creator (no viewer: the feed's frames, to all)."""
        if rfq.obscure_creator and viewer != rfq.user_id:
            return ""
        return self.communications_id(rfq.user_id)

    # --- RFQs -------------------------------------------------------------------------------

    def create_rfq(
        self,
        user_id: str,
        *,
        ticker: str,
        contracts: Decimal | None,
        target_cost: Decimal | None,
        rest_remainder: bool,
        subaccount: int = 0,
        replace_existing: bool = False,
        obscure_creator: bool = False,
        target_cost_excludes_fees: bool | None = None,
    ) -> Rfq:
        """Open an RFQ on a listed market for a size in exactly one of contracts or dollars."""
        exchange = self.exchange
        with exchange.lock:
            now = self._catch_up()
            if (contracts is None) == (target_cost is None):
                raise invalid_parameters("give exactly one of contracts and target_cost_dollars")
            if contracts is not None and (contracts <= 0 or contracts % 1):
                raise invalid_parameters("contracts must be a positive whole number")
            if target_cost is not None and target_cost <= 0:
                raise invalid_parameters("target_cost_dollars must be positive")
            if not 0 <= subaccount <= exchange.settings.max_subaccount:
                raise invalid_parameters("subaccount out of range")
            if exchange.listed(ticker) is None:
                raise SimError.chosen(exchange.settings.unknown_market_error)
            self._tradable(ticker, now)
            mine = [
                rfq
                for rfq in self.rfqs.values()
                if rfq.user_id == user_id and rfq.ticker == ticker and rfq.status == "open"
            ]
            if mine and not replace_existing:
                raise SimError(409, "rfq_already_exists", details=f"an RFQ on {ticker} is open")
            for old in mine:
                self._close(old, now, "replaced")
            rfq = Rfq(
                rfq_id=str(uuid.uuid4()),
                user_id=user_id,
                subaccount=subaccount,
                ticker=ticker,
                contracts=contracts,
                target_cost=target_cost,
                rest_remainder=rest_remainder,
                obscure_creator=obscure_creator,
                target_cost_excludes_fees=target_cost_excludes_fees,
                created_ms=now,
                updated_ms=now,
            )
            self.rfqs[rfq.rfq_id] = rfq
            self._publish_rfq(rfq, "created", now)
            return rfq

    def get_rfq(self, rfq_id: str) -> Rfq:
        """Any RFQ by id (every member sees every RFQ); 404 if unknown."""
        with self.exchange.lock:
            self._catch_up()
            rfq = self.rfqs.get(rfq_id)
            if rfq is None:
                raise not_found()
            return rfq

    def list_rfqs(self) -> list[Rfq]:
        """Every RFQ, newest first."""
        with self.exchange.lock:
            self._catch_up()
            return sorted(self.rfqs.values(), key=lambda rfq: -rfq.created_ms)

    def delete_rfq(self, user_id: str, rfq_id: str) -> None:
        """Close the caller's open RFQ and cancel its open and accepted quotes."""
        with self.exchange.lock:
            now = self._catch_up()
            rfq = self.rfqs.get(rfq_id)
            if rfq is None or rfq.user_id != user_id:
                raise not_found()
            if rfq.status != "open":
                raise SimError(400, "rfq_not_open", details=f"RFQ {rfq_id} is {rfq.status}")
            self._close(rfq, now, "deleted")

    # --- quotes -----------------------------------------------------------------------------

    def create_quote(
        self,
        user_id: str,
        *,
        rfq_id: str,
        yes_bid: Decimal,
        no_bid: Decimal,
        rest_remainder: bool,
        subaccount: int = 0,
        post_only: bool | None = None,
    ) -> Quote:
        """Quote an open RFQ of another member; replaces the maker's open quote on it."""
        exchange = self.exchange
        with exchange.lock:
            now = self._catch_up()
            rfq = self.rfqs.get(rfq_id)
            if rfq is None:
                raise not_found()
            market = self._tradable(rfq.ticker, now)
            if rfq.status != "open":
                raise SimError(400, "rfq_not_open", details=f"RFQ {rfq_id} is {rfq.status}")
            if rfq.user_id == user_id:
                raise invalid_parameters("a member may not quote its own RFQ")
            if not 0 <= subaccount <= exchange.settings.max_subaccount:
                raise invalid_parameters("subaccount out of range")
            if not yes_bid and not no_bid:
                raise invalid_parameters("yes_bid and no_bid may not both be 0")
            ranges = market.spec.price_ranges
            for name, price in (("yes_bid", yes_bid), ("no_bid", no_bid)):
                if price and not (ZERO < price < ONE and on_grid(price, ranges)):
                    raise SimError(
                        400, "invalid_price", details=f"{name} {price} is not on the price grid"
                    )
            for old in self.quotes.values():
                if old.rfq is rfq and old.user_id == user_id and old.status == "open":
                    self._cancel(old, now, "replaced")
            quote = Quote(
                quote_id=str(uuid.uuid4()),
                rfq=rfq,
                user_id=user_id,
                subaccount=subaccount,
                yes_bid=yes_bid,
                no_bid=no_bid,
                rest_remainder=rest_remainder,
                post_only=post_only,
                created_ms=now,
                updated_ms=now,
            )
            self.quotes[quote.quote_id] = quote
            self._publish_quote(quote, "created", now)
            return quote

    def get_quote(self, user_id: str, quote_id: str, rfq_id: str | None = None) -> Quote:
        """A quote the caller made or that answers the caller's RFQ; 404 otherwise."""
        with self.exchange.lock:
            self._catch_up()
            quote = self.quotes.get(quote_id)
            if (
                quote is None
                or user_id not in (quote.user_id, quote.rfq.user_id)
                or (rfq_id is not None and quote.rfq.rfq_id != rfq_id)
            ):
                raise not_found()
            return quote

    def list_quotes(self, user_id: str) -> list[Quote]:
        """The quotes the caller may see (made by it or on its RFQs), newest first."""
        with self.exchange.lock:
            self._catch_up()
            return sorted(
                (q for q in self.quotes.values() if user_id in (q.user_id, q.rfq.user_id)),
                key=lambda quote: -quote.created_ms,
            )

    def delete_quote(self, user_id: str, quote_id: str, rfq_id: str | None = None) -> None:
        """Withdraw the caller's own quote, while it is open or accepted (not once confirmed)."""
        with self.exchange.lock:
            quote = self.get_quote(user_id, quote_id, rfq_id)
            if quote.user_id != user_id:
                raise not_found()
            if quote.status not in ("open", "accepted"):
                raise SimError(400, "quote_not_open", details=f"quote {quote_id} is {quote.status}")
            self._cancel(quote, self.exchange.clock.now_ms(), "deleted")

    def accept_quote(
        self, user_id: str, quote_id: str, side: Side, rfq_id: str | None = None
    ) -> Quote:
        """The requester takes one side of an open quote; the maker must then confirm."""
        with self.exchange.lock:
            quote = self.get_quote(user_id, quote_id, rfq_id)
            if quote.rfq.user_id != user_id:
                raise invalid_parameters("only the RFQ's creator may accept its quotes")
            now = self.exchange.clock.now_ms()
            self._tradable(quote.rfq.ticker, now)
            if quote.status != "open" or quote.rfq.status != "open":
                raise SimError(400, "quote_not_open", details=f"quote {quote_id} is {quote.status}")
            if not (quote.yes_bid if side == "yes" else quote.no_bid):
                raise invalid_parameters(f"the quote has no {side} side")
            if not quote.contracts_for(side):
                raise invalid_parameters("the target cost buys no whole contract at this price")
            for other in self.quotes.values():
                if other.rfq is quote.rfq and other.status == "accepted":
                    raise SimError(400, "quote_already_accepted")
            quote.status = "accepted"
            quote.accepted_side = side
            quote.accepted_ms = now
            quote.updated_ms = now
            self._publish_quote(quote, "accepted", now)
            return quote

    def confirm_quote(self, user_id: str, quote_id: str, rfq_id: str | None = None) -> Quote:
        """The maker confirms its accepted quote, which executes at once between the two."""
        exchange = self.exchange
        with exchange.lock:
            quote = self.get_quote(user_id, quote_id, rfq_id)
            if quote.user_id != user_id:
                raise invalid_parameters("only the quote's creator may confirm it")
            self._tradable(quote.rfq.ticker, exchange.clock.now_ms())
            if quote.status != "accepted" or quote.accepted_side is None:
                raise SimError(
                    400, "quote_not_accepted", details=f"quote {quote_id} is {quote.status}"
                )
            side = quote.accepted_side
            price = quote.yes_bid if side == "yes" else ONE - quote.no_bid
            count = quote.contracts_for(side)
            rfq = quote.rfq
            requester = OrderRequest(
                ticker=rfq.ticker,
                book_side="bid" if side == "yes" else "ask",
                yes_price=price,
                count=count,
                subaccount=rfq.subaccount,
            )
            maker = OrderRequest(
                ticker=rfq.ticker,
                book_side="ask" if side == "yes" else "bid",
                yes_price=price,
                count=count,
                subaccount=quote.subaccount,
            )
            taker_order, maker_order = exchange.cross(rfq.user_id, requester, user_id, maker)
            now = exchange.clock.now_ms()
            quote.status = "executed"
            quote.confirmed_ms = quote.executed_ms = quote.updated_ms = now
            quote.rfq_creator_order_id = taker_order.order_id
            quote.creator_order_id = maker_order.order_id
            for other in self.quotes.values():
                if other.rfq is rfq and other.status == "open":
                    self._cancel(other, now, "rfq_executed")
            rfq.status = "closed"
            rfq.updated_ms = now
            orders = {
                rfq.user_id: (taker_order.order_id, taker_order.client_order_id),
                user_id: (maker_order.order_id, maker_order.client_order_id),
            }
            self._publish_quote(quote, "executed", now, orders)
            return quote

    # --- internals --------------------------------------------------------------------------

    def _catch_up(self) -> int:
        """Bring the RFQs to the clock's time; return it.

        The exchange first runs what the clock passed (a market's close or settlement closes
        its RFQs then); an RFQ whose market is no longer active for another reason (its
        scenario status) closes now, after acceptances not confirmed in time lapse.
        """
        exchange = self.exchange
        now = exchange._tick()
        self._expire(now)
        for rfq in list(self.rfqs.values()):
            if rfq.status == "open" and self._market_status(rfq.ticker, now) != "active":
                self._close(rfq, now, "market_closed", quotes_reason="market_closed")
        return now

    def _market_status(self, ticker: str, now: int) -> str:
        market = self.exchange.listed(ticker)
        if market is None:
            return "unlisted"
        return market.spec.status_at(now, self.exchange.started_ms)

    def _tradable(self, ticker: str, now: int) -> Market:
        """The RFQ's market, or `400 market_closed` once it no longer trades."""
        market = self.exchange.listed(ticker)
        status = self._market_status(ticker, now)
        if market is None or status != "active":
            raise SimError(400, "market_closed", details=f"market {ticker} is {status}")
        return market

    def _event_ticker(self, ticker: str) -> str:
        market = self.exchange.listed(ticker)
        return event_ticker_of(ticker) if market is None else market.spec.event_ticker

    def _expire(self, now: int) -> None:
        """Cancel, as of its deadline, every acceptance whose deadline is at or before `now`."""
        for quote in self.quotes.values():
            accepted = quote.accepted_ms
            if (
                quote.status == "accepted"
                and accepted is not None
                and now - accepted >= CONFIRM_WINDOW_MS
            ):
                self._cancel(quote, accepted + CONFIRM_WINDOW_MS, "expired")

    def _close(self, rfq: Rfq, now: int, reason: str, *, quotes_reason: str = "rfq_closed") -> None:
        rfq.status = "closed"
        rfq.cancelled_ms = rfq.updated_ms = now
        rfq.cancellation_reason = reason
        self._publish_rfq(rfq, "deleted", now)
        for quote in self.quotes.values():
            if quote.rfq is rfq and quote.status in ("open", "accepted"):
                self._cancel(quote, now, quotes_reason)

    def _publish_rfq(self, rfq: Rfq, kind: Literal["created", "deleted"], now: int) -> None:
        """Tell the bus an RFQ opened or closed (the feed's `rfq_created`/`rfq_deleted`)."""
        exchange = self.exchange
        exchange.bus.publish(
            RfqEvent(
                kind=kind,
                rfq_id=rfq.rfq_id,
                user_id=rfq.user_id,
                creator_id=self.creator_id(rfq),
                ticker=rfq.ticker,
                event_ticker=self._event_ticker(rfq.ticker),
                contracts=rfq.contracts,
                target_cost=rfq.target_cost,
                at_ms=now,
            )
        )

    def _publish_quote(
        self,
        quote: Quote,
        kind: Literal["created", "accepted", "executed"],
        now: int,
        orders: Mapping[str, tuple[str, str | None]] | None = None,
    ) -> None:
        """Tell the bus a quote was made, accepted or executed (the feed's `quote_*` frames)."""
        rfq, exchange = quote.rfq, self.exchange
        orders = orders or {}

        def side(user_id: str, public_id: str, subaccount: int) -> QuoteSide:
            order_id, client_order_id = orders.get(user_id, (None, None))
            return QuoteSide(user_id, public_id, subaccount, order_id, client_order_id)

        exchange.bus.publish(
            QuoteEvent(
                kind=kind,
                quote_id=quote.quote_id,
                rfq_id=rfq.rfq_id,
                ticker=rfq.ticker,
                event_ticker=self._event_ticker(rfq.ticker),
                maker=side(quote.user_id, self.communications_id(quote.user_id), quote.subaccount),
                requester=side(rfq.user_id, self.creator_id(rfq), rfq.subaccount),
                yes_bid=quote.yes_bid,
                no_bid=quote.no_bid,
                yes_contracts=quote.contracts_for("yes"),
                no_contracts=quote.contracts_for("no"),
                rfq_target_cost=rfq.target_cost,
                accepted_side=quote.accepted_side,
                at_ms=now,
            )
        )

    def _cancel(self, quote: Quote, now: int, reason: str) -> None:
        quote.status = "cancelled"
        quote.cancelled_ms = quote.updated_ms = now
        quote.cancellation_reason = reason


def communications_of(exchange: Exchange) -> Communications:
    """The RFQs and quotes of an exchange (its `communications`)."""
    return exchange.communications
