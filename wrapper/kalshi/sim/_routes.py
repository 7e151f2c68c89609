"""The operations the simulator serves: one handler per Trade API endpoint."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ._book import Market
from ._engine import Exchange
from ._errors import SimError, invalid_parameters, not_found
from ._fixed import ZERO, format_count
from ._listing import csv_filter, cursor_of, differs, offset_page, outside, seq_page
from ._parse import (
    optional_int,
    parse_amend,
    parse_batch,
    parse_decrease,
    parse_limit,
    parse_order,
    parse_order_query,
    parse_routing,
)
from ._views import (
    JSON,
    amended_view,
    balance_view,
    canceled_view,
    created_view,
    decreased_view,
    event_view,
    exchange_status_view,
    group_detail,
    group_item,
    market_view,
    order_view,
    orderbook_view,
    schedule_view,
    series_view,
    trade_view,
)

Reply = tuple[int, JSON | None]
"""Status and JSON body of an answer; None sends no body (for 204)."""


@dataclass(frozen=True)
class Call:
    """A request as handlers see it: caller ("" when unsigned), parameters and JSON body."""

    user_id: str
    params: Mapping[str, Any]
    body: Mapping[str, Any]

    def optional(self, name: str) -> int | None:
        """An integer parameter, or None when it was not sent."""
        return optional_int(self.params, name)

    def number(self, name: str, default: int) -> int:
        """An integer parameter, or `default` when it was not sent."""
        value = optional_int(self.params, name)
        return default if value is None else value

    def account(self) -> tuple[int, int]:
        """`subaccount` and `exchange_index` query parameters, each defaulting to 0."""
        return self.number("subaccount", 0), self.number("exchange_index", 0)


Handler = Callable[[Exchange, Call], Reply]


@dataclass(frozen=True)
class Operation:
    """One endpoint: method, spec path template, handler, and how the request is checked.

    `checked` False skips parameter and body validation (the body is not even read);
    `item_rules` True enforces only the spec's decoding rules (types) on the body, leaving the
    other rules to the handler, item by item.
    """

    method: str
    template: str
    handler: Handler
    signed: bool = True
    checked: bool = True
    item_rules: bool = False

    @property
    def reads_body(self) -> bool:
        """Whether the request carries a JSON body: POST, PUT and the batch DELETE."""
        return self.method in ("POST", "PUT") or self.item_rules


def exchange_status(exchange: Exchange, call: Call) -> Reply:
    """GET /exchange/status."""
    return 200, exchange_status_view(
        exchange.settings.allowed_exchange_indices, paused=exchange.pause_state()
    )


def get_market(exchange: Exchange, call: Call) -> Reply:
    """GET /markets/{ticker}: a listed market (or one a pattern would open), else 404."""
    ticker = str(call.params.get("ticker", ""))
    market = exchange.market(ticker)
    now = exchange.clock.now_ms()
    return 200, {"market": _market_json(exchange, market, now)}


# Kalshi's `status` filter values and the `Market.status` values each one selects.
_MARKET_FILTER: Mapping[str, frozenset[str]] = {
    "unopened": frozenset({"initialized"}),
    "open": frozenset({"active"}),
    "paused": frozenset({"inactive"}),
    "closed": frozenset({"closed", "determined", "disputed", "amended"}),
    "settled": frozenset({"finalized"}),
}
_DEFAULT_PAGE = 100


def list_markets(exchange: Exchange, call: Call) -> Reply:
    """GET /markets: filters event_ticker, series_ticker, status, tickers, close and created
    times; `limit` 0 reads as the default 100 (sim choice)."""
    params = call.params
    with exchange.lock:
        now = exchange.clock.now_ms()
        started = exchange.started_ms
        tickers = csv_filter(params.get("tickers"))
        wanted = _MARKET_FILTER.get(str(params.get("status", "")))
        catalog = exchange.catalog
        chosen: list[Market] = []
        for market in exchange.listed_markets():
            spec = market.spec
            event = catalog.events.get(spec.event_ticker)
            close_s = spec.closes_ms(started) // 1000
            created_s = market.created_ms // 1000
            if (
                (tickers is not None and spec.ticker not in tickers)
                or differs(params, "event_ticker", spec.event_ticker)
                or differs(params, "series_ticker", event.series_ticker if event else "")
                or (wanted is not None and spec.status_at(now, started) not in wanted)
                or outside(params, "min_close_ts", "max_close_ts", close_s)
                or outside(params, "min_created_ts", "max_created_ts", created_s)
            ):
                continue
            chosen.append(market)
        page, cursor = offset_page(
            chosen, call.number("limit", _DEFAULT_PAGE) or _DEFAULT_PAGE, cursor_of(call.params)
        )
        views = [_market_json(exchange, market, now) for market in page]
    return 200, {"markets": views, "cursor": cursor}


def get_orderbook(exchange: Exchange, call: Call) -> Reply:
    """GET /markets/{ticker}/orderbook: an unknown ticker has an empty book (as on Kalshi)."""
    ticker = str(call.params.get("ticker", ""))
    return 200, {"orderbook_fp": _book_json(exchange, ticker, call.number("depth", 0))}


def get_orderbooks(exchange: Exchange, call: Call) -> Reply:
    """GET /markets/orderbooks?tickers=A&tickers=B: every book at full depth, in request order."""
    tickers = call.params.get("tickers") or []
    return 200, {
        "orderbooks": [
            {"ticker": ticker, "orderbook_fp": _book_json(exchange, ticker, 0)}
            for ticker in dict.fromkeys(str(ticker) for ticker in tickers)
        ]
    }


def list_trades(exchange: Exchange, call: Call) -> Reply:
    """GET /markets/trades: fills newest first, filtered by ticker and time (seconds)."""
    params = call.params
    block = params.get("is_block_trade")
    trades = [
        trade
        for trade in exchange.trades()
        if not differs(params, "ticker", trade.ticker)
        and not outside(params, "min_ts", "max_ts", trade.created_ms // 1000)
        and block is not True  # the simulator has no block trades
    ]
    limit = call.number("limit", _DEFAULT_PAGE) or _DEFAULT_PAGE
    page, cursor = seq_page(trades, lambda trade: trade.seq, limit, cursor_of(call.params))
    return 200, {"trades": [trade_view(trade) for trade in page], "cursor": cursor}


def list_events(exchange: Exchange, call: Call) -> Reply:
    """GET /events: `status` keeps an event when any of its markets has it (as on Kalshi)."""
    params = call.params
    nested = params.get("with_nested_markets") is True
    with exchange.lock:
        now = exchange.clock.now_ms()
        wanted = _MARKET_FILTER.get(str(params.get("status", "")))
        tickers = csv_filter(params.get("tickers"))
        by_event = _markets_by_event(exchange)
        chosen = [
            event
            for event in exchange.events()
            if (tickers is None or event.event_ticker in tickers)
            and not differs(params, "series_ticker", event.series_ticker)
            and (
                wanted is None
                or any(
                    market.spec.status_at(now, exchange.started_ms) in wanted
                    for market in by_event.get(event.event_ticker, [])
                )
            )
        ]
        page, cursor = offset_page(chosen, call.number("limit", 200), cursor_of(call.params))
        views = [
            event_view(
                event,
                [
                    _market_json(exchange, market, now)
                    for market in by_event.get(event.event_ticker, [])
                ]
                if nested
                else None,
            )
            for event in page
        ]
    return 200, {"events": views, "cursor": cursor}


def get_event(exchange: Exchange, call: Call) -> Reply:
    """GET /events/{event_ticker}: the event and its markets (nested too when asked)."""
    ticker = str(call.params.get("event_ticker", ""))
    with exchange.lock:
        event = exchange.catalog.events.get(ticker)
        if event is None:
            raise not_found()
        now = exchange.clock.now_ms()
        markets = [
            _market_json(exchange, market, now)
            for market in _markets_by_event(exchange).get(ticker, [])
        ]
    nested = call.params.get("with_nested_markets") is True
    return 200, {"event": event_view(event, markets if nested else None), "markets": markets}


def list_series(exchange: Exchange, call: Call) -> Reply:
    """GET /series: filters category and tags (comma list; a series with any of them)."""
    params = call.params
    tags = csv_filter(params.get("tags"))
    with exchange.lock:
        volumes = _series_volumes(exchange) if params.get("include_volume") is True else None
        views = [
            series_view(series, None if volumes is None else volumes.get(series.ticker, ZERO))
            for series in exchange.series()
            if not differs(params, "category", series.category)
            and (tags is None or not tags.isdisjoint(series.tags))
        ]
    return 200, {"series": views}


def get_series(exchange: Exchange, call: Call) -> Reply:
    """GET /series/{series_ticker}; an unknown series is 404."""
    ticker = str(call.params.get("series_ticker", ""))
    with exchange.lock:
        series = exchange.catalog.series.get(ticker)
        if series is None:
            raise not_found()
        volume = None
        if call.params.get("include_volume") is True:
            volume = _series_volumes(exchange).get(ticker, ZERO)
    return 200, {"series": series_view(series, volume)}


def exchange_schedule(exchange: Exchange, call: Call) -> Reply:
    """GET /exchange/schedule: open around the clock (sim choice); the scheduled pauses with
    an end are its maintenance windows."""
    return 200, schedule_view(exchange.started_ms, exchange.maintenance_windows)


def _market_json(exchange: Exchange, market: Market, now: int) -> JSON:
    return market_view(market, exchange.open_interest(market.ticker), now, exchange.started_ms)


def _book_json(exchange: Exchange, ticker: str, depth: int) -> JSON:
    with exchange.lock:
        market = exchange.listed(ticker)
        return orderbook_view(None if market is None else market.book, depth)


def _markets_by_event(exchange: Exchange) -> dict[str, list[Market]]:
    grouped: dict[str, list[Market]] = {}
    for market in exchange.listed_markets():
        grouped.setdefault(market.spec.event_ticker, []).append(market)
    return grouped


def _series_volumes(exchange: Exchange) -> dict[str, Decimal]:
    volumes: dict[str, Decimal] = {}
    for market in exchange.listed_markets():
        event = exchange.catalog.events.get(market.spec.event_ticker)
        if event is not None:
            volumes[event.series_ticker] = volumes.get(event.series_ticker, ZERO) + market.volume
    return volumes


def get_balance(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/balance (`exchange_index` is accepted; balances are not split by shard)."""
    subaccount = call.number("subaccount", 0)
    balance = exchange.balance(call.user_id, subaccount)
    value = exchange.portfolio_value(call.user_id, subaccount)
    return 200, balance_view(balance, value, exchange.balance_updated_ms(call.user_id))


def list_groups(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/order_groups."""
    groups = exchange.list_groups(call.user_id, subaccount=call.optional("subaccount"))
    return 200, {"order_groups": [group_item(group) for group in groups]}


def create_group(exchange: Exchange, call: Call) -> Reply:
    """POST /portfolio/order_groups/create."""
    group = exchange.create_group(
        call.user_id,
        limit=parse_limit(call.body),
        subaccount=optional_int(call.body, "subaccount") or 0,
        exchange_index=optional_int(call.body, "exchange_index") or 0,
    )
    return 201, {
        "order_group_id": group.group_id,
        "subaccount": group.subaccount,
        "exchange_index": group.exchange_index,
    }


def get_group(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/order_groups/{order_group_id}."""
    group = exchange.get_group(
        call.user_id, _group_id(call), subaccount=call.optional("subaccount")
    )
    return 200, group_detail(group, include_terminal=exchange.settings.orders_include_terminal)


def delete_group(exchange: Exchange, call: Call) -> Reply:
    """DELETE /portfolio/order_groups/{order_group_id}."""
    subaccount, index = call.account()
    exchange.delete_group(
        call.user_id, _group_id(call), subaccount=subaccount, exchange_index=index
    )
    return 200, {}


def reset_group(exchange: Exchange, call: Call) -> Reply:
    """PUT /portfolio/order_groups/{order_group_id}/reset."""
    subaccount, index = call.account()
    exchange.reset_group(call.user_id, _group_id(call), subaccount=subaccount, exchange_index=index)
    return 200, {}


def trigger_group(exchange: Exchange, call: Call) -> Reply:
    """PUT /portfolio/order_groups/{order_group_id}/trigger."""
    subaccount, index = call.account()
    exchange.trigger_group(
        call.user_id, _group_id(call), subaccount=subaccount, exchange_index=index
    )
    return 200, {}


def update_group_limit(exchange: Exchange, call: Call) -> Reply:
    """PUT /portfolio/order_groups/{order_group_id}/limit."""
    subaccount, index = call.account()
    exchange.update_group_limit(
        call.user_id,
        _group_id(call),
        limit=parse_limit(call.body),
        subaccount=subaccount,
        exchange_index=index,
    )
    return 200, {}


def create_order(exchange: Exchange, call: Call) -> Reply:
    """POST /portfolio/events/orders."""
    order = exchange.place_order(call.user_id, parse_order(call.body))
    return 201, created_view(order)


def batch_create_orders(exchange: Exchange, call: Call) -> Reply:
    """POST /portfolio/events/orders/batched: one result per item, in request order.

    An item that fails carries `error` and an empty `order_id`; it never fails the others.
    """
    results: list[JSON] = []
    for item in parse_batch(call.body, exchange.settings.max_batch_create):
        client_order_id = item.get("client_order_id") if isinstance(item, dict) else None
        try:
            if not isinstance(item, dict):
                raise invalid_parameters("each order must be an object")
            results.append(created_view(exchange.place_order(call.user_id, parse_order(item))))
        except SimError as error:
            results.append(
                {
                    "order_id": "",
                    "client_order_id": client_order_id
                    if isinstance(client_order_id, str)
                    else None,
                    "error": error.fields(),
                }
            )
    return 201, {"orders": results}


def get_order(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/orders/{order_id}."""
    return 200, {"order": order_view(exchange.get_order(call.user_id, _order_id(call)))}


def cancel_order(exchange: Exchange, call: Call) -> Reply:
    """DELETE /portfolio/events/orders/{order_id}."""
    subaccount, index, ticker = parse_routing(call.params)
    order, reduced = exchange.cancel_order(
        call.user_id,
        _order_id(call),
        subaccount=subaccount,
        exchange_index=index,
        market_ticker=ticker,
    )
    return 200, canceled_view(order, reduced)


def batch_cancel_orders(exchange: Exchange, call: Call) -> Reply:
    """DELETE /portfolio/events/orders/batched (a JSON body on a DELETE), item by item."""
    results: list[JSON] = []
    for item in parse_batch(call.body, exchange.settings.max_batch_cancel):
        order_id = item.get("order_id") if isinstance(item, dict) else None
        try:
            if not isinstance(item, dict) or not isinstance(order_id, str) or not order_id:
                raise invalid_parameters("order_id is required")
            subaccount, index, ticker = parse_routing(item)
            order, reduced = exchange.cancel_order(
                call.user_id,
                order_id,
                subaccount=subaccount,
                exchange_index=index,
                market_ticker=ticker,
            )
            results.append(canceled_view(order, reduced))
        except SimError as error:
            results.append(
                {
                    "order_id": order_id if isinstance(order_id, str) else "",
                    "reduced_by": format_count(ZERO),
                    "error": error.fields(),
                }
            )
    return 200, {"orders": results}


def cancel_all_orders(exchange: Exchange, call: Call) -> Reply:
    """DELETE /portfolio/events/orders: 204 with no body; no `subaccount` means all of them."""
    exchange.cancel_all(call.user_id, subaccount=call.optional("subaccount"))
    return 204, None


def amend_order(exchange: Exchange, call: Call) -> Reply:
    """POST /portfolio/events/orders/{order_id}/amend."""
    order, fills, resized = exchange.amend_order(
        call.user_id,
        _order_id(call),
        parse_amend(call.body),
        subaccount=call.number("subaccount", 0),
    )
    return 200, amended_view(order, fills, resized)


def decrease_order(exchange: Exchange, call: Call) -> Reply:
    """POST /portfolio/events/orders/{order_id}/decrease."""
    reduce_by, reduce_to = parse_decrease(call.body)
    _, index, ticker = parse_routing(call.body)
    order = exchange.decrease_order(
        call.user_id,
        _order_id(call),
        reduce_by=reduce_by,
        reduce_to=reduce_to,
        subaccount=call.number("subaccount", 0),
        exchange_index=index,
        market_ticker=ticker,
    )
    return 200, decreased_view(order)


def retired_v1_write(exchange: Exchange, call: Call) -> Reply:
    """The V1 order writes, retired in June 2026: always 410, whatever the request says."""
    raise SimError(
        410,
        "deprecated_v1_order_endpoint",
        "Please switch to the V2 endpoints",
        details="https://docs.kalshi.com/api-reference/orders/create-order-v2",
    )


def list_orders(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/orders."""
    page = exchange.list_orders(call.user_id, parse_order_query(call.params))
    return 200, {"orders": [order_view(order) for order in page.orders], "cursor": page.cursor}


def _group_id(call: Call) -> str:
    return str(call.params.get("order_group_id", ""))


def _order_id(call: Call) -> str:
    return str(call.params.get("order_id", ""))


# Imported here: those modules build on Call and Operation above.
from ._comms_routes import COMMS_OPERATIONS  # noqa: E402

_GROUP = "/portfolio/order_groups/{order_group_id}"
_V1 = "/portfolio/orders"
_V2 = "/portfolio/events/orders"

OPERATIONS: tuple[Operation, ...] = (
    Operation("GET", "/exchange/status", exchange_status, signed=False),
    Operation("GET", "/exchange/schedule", exchange_schedule, signed=False),
    Operation("GET", "/markets", list_markets, signed=False),
    Operation("GET", "/markets/{ticker}", get_market, signed=False),
    Operation("GET", "/markets/{ticker}/orderbook", get_orderbook, signed=False),
    Operation("GET", "/markets/orderbooks", get_orderbooks, signed=False),
    Operation("GET", "/markets/trades", list_trades, signed=False),
    Operation("GET", "/events", list_events, signed=False),
    Operation("GET", "/events/{event_ticker}", get_event, signed=False),
    Operation("GET", "/series", list_series, signed=False),
    Operation("GET", "/series/{series_ticker}", get_series, signed=False),
    Operation("GET", "/portfolio/balance", get_balance),
    Operation("GET", "/portfolio/order_groups", list_groups),
    Operation("POST", "/portfolio/order_groups/create", create_group),
    Operation("GET", _GROUP, get_group),
    Operation("DELETE", _GROUP, delete_group),
    Operation("PUT", _GROUP + "/reset", reset_group),
    Operation("PUT", _GROUP + "/trigger", trigger_group),
    Operation("PUT", _GROUP + "/limit", update_group_limit),
    # V1 writes first, so that "batched" is never read as an order id.
    Operation("POST", _V1, retired_v1_write, checked=False),
    Operation("POST", _V1 + "/batched", retired_v1_write, checked=False),
    Operation("DELETE", _V1 + "/batched", retired_v1_write, checked=False),
    Operation("DELETE", _V1 + "/{order_id}", retired_v1_write, checked=False),
    Operation("POST", _V1 + "/{order_id}/amend", retired_v1_write, checked=False),
    Operation("POST", _V1 + "/{order_id}/decrease", retired_v1_write, checked=False),
    Operation("GET", _V1, list_orders),
    Operation("GET", _V1 + "/{order_id}", get_order),
    Operation("POST", _V2, create_order),
    Operation("DELETE", _V2, cancel_all_orders),
    Operation("POST", _V2 + "/batched", batch_create_orders, item_rules=True),
    Operation("DELETE", _V2 + "/batched", batch_cancel_orders, item_rules=True),
    Operation("DELETE", _V2 + "/{order_id}", cancel_order),
    Operation("POST", _V2 + "/{order_id}/amend", amend_order),
    Operation("POST", _V2 + "/{order_id}/decrease", decrease_order),
    *COMMS_OPERATIONS,
)
"""Every endpoint served, with paths relative to the API prefix as in the spec."""

from ._portfolio_routes import PORTFOLIO_OPERATIONS  # noqa: E402 (it imports this module)

OPERATIONS = (*OPERATIONS, *PORTFOLIO_OPERATIONS)
