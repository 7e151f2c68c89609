"""Served operations for communications (RFQs and quotes), candlesticks and queue positions."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from . import _candles
from ._engine import Exchange
from ._errors import SimError, invalid_parameters, not_found
from ._fixed import ZERO, format_count, format_dollars, parse_count, parse_dollars
from ._listing import cursor_of, offset_page
from ._orders import Order
from ._parse import optional_int
from ._rfq import Quote, Rfq, Side, communications_of
from ._routes import Call, Operation, Reply
from ._views import JSON, iso_time

# --- views ------------------------------------------------------------------------------------


def rfq_view(exchange: Exchange, rfq: Rfq, viewer: str) -> JSON:
    """An `RFQ` object as `viewer` sees it: the creator's user id and subaccount only to itself."""
    mine = viewer == rfq.user_id
    view: JSON = {
        "id": rfq.rfq_id,
        "creator_id": communications_of(exchange).creator_id(rfq, viewer),
        "market_ticker": rfq.ticker,
        "contracts_fp": format_count(rfq.contracts or ZERO),
        "status": rfq.status,
        "created_ts": iso_time(rfq.created_ms),
        "updated_ts": iso_time(rfq.updated_ms),
        "rest_remainder": rfq.rest_remainder,
    }
    if rfq.target_cost is not None:
        view["target_cost_dollars"] = format_dollars(rfq.target_cost)
    if rfq.target_cost_excludes_fees is not None:
        view["target_cost_excludes_fees"] = rfq.target_cost_excludes_fees
    if rfq.cancelled_ms is not None:
        view["cancelled_ts"] = iso_time(rfq.cancelled_ms)
    if rfq.cancellation_reason is not None:
        view["cancellation_reason"] = rfq.cancellation_reason
    if mine:
        view["creator_user_id"] = rfq.user_id
        view["creator_subaccount"] = rfq.subaccount
    return view


def quote_view(exchange: Exchange, quote: Quote, viewer: str) -> JSON:
    """A `Quote` object as `viewer` (its maker or the RFQ's creator) sees it."""
    comms = communications_of(exchange)
    rfq = quote.rfq
    maker = viewer == quote.user_id
    requester = viewer == rfq.user_id
    side: Side = quote.accepted_side or "yes"
    view: JSON = {
        "id": quote.quote_id,
        "rfq_id": rfq.rfq_id,
        "creator_id": comms.communications_id(quote.user_id),
        "rfq_creator_id": comms.creator_id(rfq, viewer),
        "market_ticker": rfq.ticker,
        "contracts_fp": format_count(quote.contracts_for(side)),
        "yes_bid_dollars": format_dollars(quote.yes_bid),
        "no_bid_dollars": format_dollars(quote.no_bid),
        "yes_contracts_fp": format_count(quote.contracts_for("yes")),
        "no_contracts_fp": format_count(quote.contracts_for("no")),
        "created_ts": iso_time(quote.created_ms),
        "updated_ts": iso_time(quote.updated_ms),
        "status": quote.status,
        "rest_remainder": quote.rest_remainder,
    }
    if quote.post_only is not None:
        view["post_only"] = quote.post_only
    if rfq.target_cost is not None:
        view["rfq_target_cost_dollars"] = format_dollars(rfq.target_cost)
    if rfq.target_cost_excludes_fees is not None:
        view["target_cost_excludes_fees"] = rfq.target_cost_excludes_fees
    if quote.accepted_side is not None:
        view["accepted_side"] = quote.accepted_side
    for name, ms in (
        ("accepted_ts", quote.accepted_ms),
        ("confirmed_ts", quote.confirmed_ms),
        ("executed_ts", quote.executed_ms),
        ("cancelled_ts", quote.cancelled_ms),
    ):
        if ms is not None:
            view[name] = iso_time(ms)
    if quote.cancellation_reason is not None:
        view["cancellation_reason"] = quote.cancellation_reason
    if maker:
        view["creator_user_id"] = quote.user_id
        view["creator_subaccount"] = quote.subaccount
        if quote.creator_order_id is not None:
            view["creator_order_id"] = quote.creator_order_id
    if requester:
        view["rfq_creator_user_id"] = rfq.user_id
        view["rfq_creator_subaccount"] = rfq.subaccount
        if quote.rfq_creator_order_id is not None:
            view["rfq_creator_order_id"] = quote.rfq_creator_order_id
    return view


# --- communications ---------------------------------------------------------------------------


def get_communications_id(exchange: Exchange, call: Call) -> Reply:
    """GET /communications/id: the caller's public communications id."""
    return 200, {"communications_id": communications_of(exchange).communications_id(call.user_id)}


def create_rfq(exchange: Exchange, call: Call) -> Reply:
    """POST /communications/rfqs (201)."""
    body = call.body
    rfq = communications_of(exchange).create_rfq(
        call.user_id,
        ticker=str(body.get("market_ticker", "")),
        contracts=_body_count(body, "contracts", "contracts_fp"),
        target_cost=_body_cost(body),
        rest_remainder=bool(body.get("rest_remainder")),
        subaccount=optional_int(body, "subaccount") or 0,
        replace_existing=bool(body.get("replace_existing")),
        obscure_creator=bool(body.get("obscure_creator_id")),
        target_cost_excludes_fees=_optional_bool(body.get("target_cost_excludes_fees")),
    )
    return 201, {"id": rfq.rfq_id}


def list_rfqs(exchange: Exchange, call: Call) -> Reply:
    """GET /communications/rfqs: every member's RFQs, newest first, with Kalshi's filters."""
    params = call.params
    mine = _user_filter(params, "user_filter")
    creator = _text(params, "creator_user_id")
    subaccount = call.optional("subaccount")
    rfqs = [
        rfq
        for rfq in communications_of(exchange).list_rfqs()
        if _matches(params, "status", rfq.status)
        and _matches(params, "market_ticker", rfq.ticker)
        and _in_event(exchange, rfq.ticker, _text(params, "event_ticker"))
        and (not mine or rfq.user_id == call.user_id)
        and (creator is None or rfq.user_id == creator)
        and (subaccount is None or (rfq.user_id == call.user_id and rfq.subaccount == subaccount))
    ]
    page, cursor = offset_page(rfqs, call.number("limit", 100), cursor_of(params))
    return 200, {"rfqs": [rfq_view(exchange, rfq, call.user_id) for rfq in page], "cursor": cursor}


def get_rfq(exchange: Exchange, call: Call) -> Reply:
    """GET /communications/rfqs/{rfq_id}."""
    rfq = communications_of(exchange).get_rfq(_path(call, "rfq_id"))
    return 200, {"rfq": rfq_view(exchange, rfq, call.user_id)}


def delete_rfq(exchange: Exchange, call: Call) -> Reply:
    """DELETE /communications/rfqs/{rfq_id} (204): closes it and cancels its quotes."""
    communications_of(exchange).delete_rfq(call.user_id, _path(call, "rfq_id"))
    return 204, None


def create_quote(exchange: Exchange, call: Call) -> Reply:
    """POST /communications/quotes (201)."""
    body = call.body
    quote = communications_of(exchange).create_quote(
        call.user_id,
        rfq_id=str(body.get("rfq_id", "")),
        yes_bid=_quote_price(body, "yes_bid"),
        no_bid=_quote_price(body, "no_bid"),
        rest_remainder=bool(body.get("rest_remainder")),
        subaccount=optional_int(body, "subaccount") or 0,
        post_only=_optional_bool(body.get("post_only")),
    )
    return 201, {"id": quote.quote_id}


def list_quotes(exchange: Exchange, call: Call) -> Reply:
    """GET /communications/quotes: the quotes the caller made or received, newest first."""
    params = call.params
    made = _user_filter(params, "user_filter")
    received = _user_filter(params, "rfq_user_filter")
    maker = _text(params, "quote_creator_user_id")
    requester = _text(params, "rfq_creator_user_id")
    low, high = call.optional("min_ts"), call.optional("max_ts")
    quotes = [
        quote
        for quote in communications_of(exchange).list_quotes(call.user_id)
        if _matches(params, "status", quote.status)
        and _matches(params, "rfq_id", quote.rfq.rfq_id)
        and (not made or quote.user_id == call.user_id)
        and (not received or quote.rfq.user_id == call.user_id)
        and (maker is None or quote.user_id == maker)
        and (requester is None or quote.rfq.user_id == requester)
        and (low is None or quote.created_ms >= low * 1000)
        and (high is None or quote.created_ms <= high * 1000)
    ]
    page, cursor = offset_page(quotes, call.number("limit", 500), cursor_of(params))
    return 200, {
        "quotes": [quote_view(exchange, quote, call.user_id) for quote in page],
        "cursor": cursor,
    }


def get_quote(exchange: Exchange, call: Call) -> Reply:
    """GET a quote, by its id alone or scoped to its RFQ."""
    quote = communications_of(exchange).get_quote(
        call.user_id, _path(call, "quote_id"), _rfq_of(call)
    )
    return 200, {"quote": quote_view(exchange, quote, call.user_id)}


def delete_quote(exchange: Exchange, call: Call) -> Reply:
    """DELETE a quote (204): only its maker, while it is open or accepted."""
    communications_of(exchange).delete_quote(call.user_id, _path(call, "quote_id"), _rfq_of(call))
    return 204, None


def accept_quote(exchange: Exchange, call: Call) -> Reply:
    """PUT .../accept (204): the RFQ's creator takes the `accepted_side` of the quote."""
    side = call.body.get("accepted_side")
    if side not in ("yes", "no"):
        raise invalid_parameters("accepted_side must be yes or no")
    communications_of(exchange).accept_quote(
        call.user_id, _path(call, "quote_id"), "yes" if side == "yes" else "no", _rfq_of(call)
    )
    return 204, None


def confirm_quote(exchange: Exchange, call: Call) -> Reply:
    """PUT .../confirm (204): the maker confirms and the quote executes."""
    communications_of(exchange).confirm_quote(call.user_id, _path(call, "quote_id"), _rfq_of(call))
    return 204, None


# --- candlesticks -----------------------------------------------------------------------------

_MOST_TICKERS = 100
_MOST_CANDLES = 10_000


def market_candlesticks(exchange: Exchange, call: Call) -> Reply:
    """GET /series/{series_ticker}/markets/{ticker}/candlesticks."""
    ticker = _path(call, "ticker")
    market = exchange.listed(ticker)
    if market is None or _series_of(exchange, market.spec.event_ticker) != _path(
        call, "series_ticker"
    ):
        raise not_found()
    interval, start, end, latest = _candle_query(call)
    return 200, {
        "ticker": ticker,
        "candlesticks": _market_candles(exchange, ticker, interval, start, end, latest),
    }


def batch_candlesticks(exchange: Exchange, call: Call) -> Reply:
    """GET /markets/candlesticks?market_tickers=A,B: up to 100 markets, 10,000 candles in all."""
    tickers = list(dict.fromkeys(_csv(call.params.get("market_tickers"))))
    if not tickers or len(tickers) > _MOST_TICKERS:
        raise invalid_parameters(f"market_tickers takes 1 to {_MOST_TICKERS} tickers")
    interval, start, end, latest = _candle_query(call)
    markets = [
        {
            "market_ticker": ticker,
            "candlesticks": _market_candles(exchange, ticker, interval, start, end, latest),
        }
        for ticker in tickers
        if exchange.listed(ticker) is not None
    ]
    if sum(len(market["candlesticks"]) for market in markets) > _MOST_CANDLES:
        raise invalid_parameters(f"more than {_MOST_CANDLES} candlesticks asked for")
    return 200, {"markets": markets}


def event_candlesticks(exchange: Exchange, call: Call) -> Reply:
    """GET /series/{series_ticker}/events/{ticker}/candlesticks: each market of the event."""
    event_ticker = _path(call, "ticker")
    event = exchange.catalog.events.get(event_ticker)
    if event is None or event.series_ticker != _path(call, "series_ticker"):
        raise not_found()
    interval, start, end, _ = _candle_query(call)
    tickers = [
        spec.ticker
        for spec in exchange.catalog.markets.values()
        if spec.event_ticker == event_ticker
    ]
    return 200, {
        "market_tickers": tickers,
        "market_candlesticks": [
            _market_candles(exchange, ticker, interval, start, end, False) for ticker in tickers
        ],
        "adjusted_end_ts": end,
    }


def _candle_query(call: Call) -> tuple[int, int, int, bool]:
    interval = call.optional("period_interval")
    start, end = call.optional("start_ts"), call.optional("end_ts")
    if interval not in _candles.INTERVALS:
        raise invalid_parameters("period_interval must be 1, 60 or 1440")
    if start is None or end is None or start > end:
        raise invalid_parameters("start_ts and end_ts are required, start_ts <= end_ts")
    latest = _optional_bool(call.params.get("include_latest_before_start")) or False
    return interval, start, end, latest


def _market_candles(
    exchange: Exchange, ticker: str, interval: int, start: int, end: int, latest: bool
) -> list[JSON]:
    trades = [trade for trade in reversed(exchange.trades()) if trade.ticker == ticker]
    chosen = _candles.select(
        _candles.candles(trades, interval), start, end, latest_before_start=latest
    )
    open_interest = exchange.open_interest(ticker)
    return [candle.view(open_interest) for candle in chosen]


def _series_of(exchange: Exchange, event_ticker: str) -> str | None:
    event = exchange.catalog.events.get(event_ticker)
    return None if event is None else event.series_ticker


# --- queue positions --------------------------------------------------------------------------


def queue_position_of(exchange: Exchange, order: Order) -> Decimal:
    """Contracts resting ahead of a resting order at its price (price-time priority)."""
    ahead = ZERO
    for other in exchange.market(order.ticker).book.walk(order.book_side):
        if other is order:
            return ahead
        if other.yes_price == order.yes_price:
            ahead += other.remaining
    return ahead


def get_queue_position(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/orders/{order_id}/queue_position: 404 unless it is the caller's, resting."""
    order_id = _path(call, "order_id")
    try:
        order = exchange.order(order_id)
    except KeyError:
        raise not_found() from None
    if order.user_id != call.user_id or not order.is_live:
        raise not_found()
    return 200, {"queue_position_fp": format_count(queue_position_of(exchange, order))}


def get_queue_positions(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/orders/queue_positions: the caller's resting orders on one subaccount."""
    tickers = set(_csv(call.params.get("market_tickers")))
    event_ticker = _text(call.params, "event_ticker")
    if not tickers and event_ticker is None:
        raise invalid_parameters("give market_tickers or event_ticker")
    subaccount = call.number("subaccount", 0)
    positions = [
        {
            "order_id": order.order_id,
            "market_ticker": order.ticker,
            "queue_position_fp": format_count(queue_position_of(exchange, order)),
        }
        for order in exchange.orders(call.user_id)
        if order.is_live
        and order.subaccount == subaccount
        and (not tickers or order.ticker in tickers)
        and _in_event(exchange, order.ticker, event_ticker)
    ]
    return 200, {"queue_positions": positions}


# --- helpers ----------------------------------------------------------------------------------


def _in_event(exchange: Exchange, ticker: str, event_ticker: str | None) -> bool:
    spec = exchange.catalog.markets.get(ticker)
    return event_ticker is None or (spec is not None and spec.event_ticker == event_ticker)


def _path(call: Call, name: str) -> str:
    return str(call.params.get(name, ""))


def _rfq_of(call: Call) -> str | None:
    value = call.params.get("rfq_id")
    return None if value is None else str(value)


def _text(params: Mapping[str, Any], name: str) -> str | None:
    value = params.get(name)
    return None if value is None or value == "" else str(value)


def _matches(params: Mapping[str, Any], name: str, actual: str) -> bool:
    wanted = _text(params, name)
    return wanted is None or wanted == actual


def _user_filter(params: Mapping[str, Any], name: str) -> bool:
    value = _text(params, name)
    if value not in (None, "self"):
        raise invalid_parameters(f"{name} must be self")
    return value == "self"


def _csv(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [part.strip() for item in items for part in str(item).split(",") if part.strip()]


def _optional_bool(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    text = str(value).lower()
    if text in ("true", "false"):
        return text == "true"
    raise invalid_parameters("expected a boolean")


def _body_count(body: Mapping[str, Any], whole_name: str, fp_name: str) -> Decimal | None:
    whole, text = optional_int(body, whole_name), body.get(fp_name)
    value: Decimal | None = None
    if text is not None:
        value = parse_count(str(text))
        if value is None:
            raise invalid_parameters(f"{fp_name} must be a count with at most 2 decimal places")
    if whole is not None:
        number = Decimal(whole)
        if value is not None and value != number:
            raise invalid_parameters(f"{whole_name} and {fp_name} do not match")
        value = number
    return value


def _body_cost(body: Mapping[str, Any]) -> Decimal | None:
    text = body.get("target_cost_dollars")
    if text is not None:
        value = parse_dollars(str(text))
        if value is None:
            raise invalid_parameters("target_cost_dollars must be a dollar amount")
        return value
    centi_cents = optional_int(body, "target_cost_centi_cents")
    return None if centi_cents is None else Decimal(centi_cents) / 10_000


def _quote_price(body: Mapping[str, Any], name: str) -> Decimal:
    value = parse_dollars(str(body.get(name, "")))
    if value is None or value >= 1:
        raise SimError(400, "invalid_price", details=f"{name} is not a valid price")
    return value


_RFQ = "/communications/rfqs/{rfq_id}"
_RFQ_QUOTE = _RFQ + "/quotes/{quote_id}"
_QUOTE = "/communications/quotes/{quote_id}"

COMMS_OPERATIONS: tuple[Operation, ...] = (
    Operation("GET", "/communications/id", get_communications_id),
    Operation("GET", "/communications/rfqs", list_rfqs),
    Operation("POST", "/communications/rfqs", create_rfq),
    Operation("GET", _RFQ, get_rfq),
    Operation("DELETE", _RFQ, delete_rfq),
    Operation("GET", _RFQ_QUOTE, get_quote),
    Operation("DELETE", _RFQ_QUOTE, delete_quote),
    Operation("PUT", _RFQ_QUOTE + "/accept", accept_quote),
    Operation("PUT", _RFQ_QUOTE + "/confirm", confirm_quote),
    Operation("GET", "/communications/quotes", list_quotes),
    Operation("POST", "/communications/quotes", create_quote),
    Operation("GET", _QUOTE, get_quote),
    Operation("DELETE", _QUOTE, delete_quote),
    Operation("PUT", _QUOTE + "/accept", accept_quote),
    Operation("PUT", _QUOTE + "/confirm", confirm_quote),
    Operation(
        "GET",
        "/series/{series_ticker}/markets/{ticker}/candlesticks",
        market_candlesticks,
        signed=False,
    ),
    Operation("GET", "/markets/candlesticks", batch_candlesticks, signed=False),
    Operation(
        "GET",
        "/series/{series_ticker}/events/{ticker}/candlesticks",
        event_candlesticks,
        signed=False,
    ),
    Operation("GET", "/portfolio/orders/queue_positions", get_queue_positions),
    Operation("GET", "/portfolio/orders/{order_id}/queue_position", get_queue_position),
)
"""Communications, candlesticks and queue positions, appended to `OPERATIONS`."""
