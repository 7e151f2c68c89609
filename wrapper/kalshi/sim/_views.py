"""JSON views of engine records, shaped like the live server's response bodies."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from ._book import Market, OrderBook, Trade
from ._catalog import EventSpec, SeriesSpec
from ._fixed import ONE, ZERO, format_amount, format_balance, format_count, format_dollars, to_cents
from ._groups import OrderGroup
from ._orders import Fills, Order

JSON = dict[str, Any]


def iso_time(ms: int) -> str:
    """RFC 3339 UTC time with milliseconds, e.g. 2026-01-02T03:04:05.678Z."""
    moment = datetime.fromtimestamp(ms // 1000, UTC).replace(microsecond=(ms % 1000) * 1000)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def order_view(order: Order) -> JSON:
    """An `Order` object; `order_group_id` and `expiration_time` are left out when unset.

    The legacy `side`/`action` pair is derived from the book side: a bid reads as buying YES
    and an ask as buying NO (the same exposure as selling YES), so `side` always equals
    `outcome_side` and `action` is always `buy`.
    """
    request = order.request
    view: JSON = {
        "order_id": order.order_id,
        "user_id": order.user_id,
        "client_order_id": order.client_order_id,
        "ticker": request.ticker,
        "side": "yes" if order.book_side == "bid" else "no",
        "action": "buy",
        "outcome_side": "yes" if order.book_side == "bid" else "no",
        "book_side": order.book_side,
        "type": "limit",
        "status": order.status,
        "yes_price_dollars": format_dollars(order.yes_price),
        "no_price_dollars": format_dollars(ONE - order.yes_price),
        "fill_count_fp": format_count(order.fill_count),
        "remaining_count_fp": format_count(order.remaining),
        "initial_count_fp": format_count(request.count),
        "taker_fill_cost_dollars": format_amount(order.taker_fill_cost),
        "maker_fill_cost_dollars": format_amount(order.maker_fill_cost),
        "taker_fees_dollars": format_amount(order.taker_fees),
        "maker_fees_dollars": format_amount(order.maker_fees),
        "created_time": iso_time(order.created_ms),
        "last_update_time": iso_time(order.last_update_ms),
        "self_trade_prevention_type": request.self_trade_prevention,
        "cancel_order_on_pause": request.cancel_order_on_pause,
        "subaccount_number": request.subaccount,
        "exchange_index": order.exchange_index,
    }
    if request.order_group_id is not None:
        view["order_group_id"] = request.order_group_id
    if request.expiration_ms is not None:
        view["expiration_time"] = iso_time(request.expiration_ms)
    return view


def created_view(order: Order) -> JSON:
    """A `CreateOrderV2Response`; averages (price and trade fee) only when something filled."""
    view: JSON = {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "fill_count": format_count(order.fill_count),
        "remaining_count": format_count(order.remaining),
    }
    fees = order.taker_fees + order.maker_fees
    view.update(_averages(Fills(order.fill_count, order.fill_value, fees)))
    view["ts_ms"] = order.last_update_ms
    return view


def canceled_view(order: Order, reduced_by: Decimal) -> JSON:
    """A `CancelOrderV2Response` (also a successful batch-cancel item)."""
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "reduced_by": format_count(reduced_by),
        "ts_ms": order.last_update_ms,
    }


def amended_view(order: Order, fills: Fills, resized: bool) -> JSON:
    """An `AmendOrderV2Response`: `remaining_count` only when the resting size changed or
    something filled; `fill_count` and the averages only for what the amend itself filled."""
    view: JSON = {"order_id": order.order_id, "client_order_id": order.client_order_id}
    if resized:
        view["remaining_count"] = format_count(order.remaining)
    if fills.count:
        view["fill_count"] = format_count(fills.count)
        view.update(_averages(fills))
    view["ts_ms"] = order.last_update_ms
    return view


def decreased_view(order: Order) -> JSON:
    """A `DecreaseOrderV2Response`."""
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "remaining_count": format_count(order.remaining),
        "ts_ms": order.last_update_ms,
    }


def _averages(fills: Fills) -> JSON:
    average = fills.average_price
    if average is None:
        return {}
    fee = fills.average_fee or ZERO
    return {"average_fill_price": format_dollars(average), "average_fee_paid": format_dollars(fee)}


def group_item(group: OrderGroup) -> JSON:
    """An entry of `GET /portfolio/order_groups`."""
    return {
        "id": group.group_id,
        "contracts_limit_fp": format_count(group.limit),
        "is_auto_cancel_enabled": group.triggered,
        "exchange_index": group.exchange_index,
    }


def group_detail(group: OrderGroup, *, include_terminal: bool) -> JSON:
    """The body of `GET /portfolio/order_groups/{id}` (which carries no id)."""
    orders = list(group.attached) if include_terminal else list(group.live)
    return {
        "is_auto_cancel_enabled": group.triggered,
        "contracts_limit_fp": format_count(group.limit),
        "orders": orders,
        "exchange_index": group.exchange_index,
    }


def balance_view(balance: Decimal, portfolio_value: Decimal, updated_ms: int) -> JSON:
    """The body of `GET /portfolio/balance`."""
    return {
        "balance": to_cents(balance),
        "balance_dollars": format_balance(balance),
        "portfolio_value": to_cents(portfolio_value),
        "updated_ts": updated_ms // 1000,
    }


def exchange_status_view(exchange_indices: frozenset[int], *, paused: str | None = None) -> JSON:
    """The body of `GET /exchange/status` on every configured shard; `paused` is None, or
    `trading` or `exchange` during a pause."""
    exchange_active = paused != "exchange"
    trading_active = paused is None
    return {
        "exchange_active": exchange_active,
        "trading_active": trading_active,
        "intra_exchange_transfers_active": exchange_active,
        "exchange_index_statuses": [
            {
                "exchange_index": index,
                "description": f"simulated exchange shard {index}",
                "exchange_active": exchange_active,
                "trading_active": trading_active,
                "intra_exchange_transfers_active": exchange_active,
            }
            for index in sorted(exchange_indices)
        ],
    }


def market_view(market: Market, open_interest: Decimal, now_ms: int, started_ms: int) -> JSON:
    """A `Market` object: its catalog entry with its book's best prices and its statistics."""
    spec = market.spec
    bid = market.book.top("bid")
    ask = market.book.top("ask")
    yes_bid = bid[0] if bid else ZERO
    yes_ask = ask[0] if ask else ONE
    last = market.last_price if market.last_price is not None else ZERO
    opened = iso_time(spec.opens_ms(started_ms))
    closes = iso_time(spec.closes_ms(started_ms))
    view: JSON = {
        "ticker": spec.ticker,
        "event_ticker": spec.event_ticker,
        "market_type": "binary",
        "title": spec.title,
        "subtitle": spec.subtitle,
        "yes_sub_title": spec.yes_sub_title,
        "no_sub_title": spec.no_sub_title,
        "created_time": iso_time(market.created_ms),
        "updated_time": iso_time(now_ms),
        "open_time": opened,
        "close_time": closes,
        "latest_expiration_time": closes,
        "settlement_timer_seconds": 0,
        "status": spec.status_at(now_ms, started_ms),
        "notional_value_dollars": format_dollars(ONE),
        "yes_bid_dollars": format_dollars(yes_bid),
        "yes_ask_dollars": format_dollars(yes_ask),
        "no_bid_dollars": format_dollars(ONE - yes_ask),
        "no_ask_dollars": format_dollars(ONE - yes_bid),
        "yes_bid_size_fp": format_count(bid[1] if bid else ZERO),
        "yes_ask_size_fp": format_count(ask[1] if ask else ZERO),
        "last_price_dollars": format_dollars(last),
        "previous_yes_bid_dollars": format_dollars(ZERO),
        "previous_yes_ask_dollars": format_dollars(ZERO),
        "previous_price_dollars": format_dollars(ZERO),
        "volume_fp": format_count(market.volume),
        "volume_24h_fp": format_count(market.volume),
        "open_interest_fp": format_count(open_interest),
        "result": market.result,
        "can_close_early": spec.can_close_early,
        "expiration_value": "",
        "rules_primary": spec.rules_primary,
        "rules_secondary": spec.rules_secondary,
        "price_level_structure": spec.price_level_structure,
        "settlement_bounds_type": "default",  # required since 3.34.0; a binary has no floor
        "price_ranges": [
            {
                "start": format_dollars(band.start),
                "end": format_dollars(band.end),
                "step": format_dollars(band.step),
            }
            for band in spec.price_ranges
        ],
        "exchange_index": spec.exchange_index,
    }
    if market.settled_ms is not None:
        view["settlement_ts"] = iso_time(market.settled_ms)
        view["settlement_value_dollars"] = format_dollars(ONE if market.result == "yes" else ZERO)
    return view


def orderbook_view(book: OrderBook | None, depth: int) -> JSON:
    """An `OrderbookCountFp`: YES bids at YES prices and NO bids at NO prices, best last.

    A book ask (wanting NO) is a NO bid at 1 - its YES price. `depth` 0 keeps every level,
    else the best `depth` levels of each side; no book (an unknown ticker) is two empty sides.
    """
    yes = book.levels("bid") if book is not None else []
    no = [(ONE - price, count) for price, count in book.levels("ask")] if book is not None else []
    no.sort()

    def side(levels: list[tuple[Decimal, Decimal]]) -> list[list[str]]:
        kept = levels[-depth:] if depth else levels
        return [[format_dollars(price), format_count(count)] for price, count in kept]

    return {"yes_dollars": side(yes), "no_dollars": side(no)}


def trade_view(trade: Trade) -> JSON:
    """A `Trade`: taker sides read from the taker's book side (a bid takes YES)."""
    outcome = "yes" if trade.taker_book_side == "bid" else "no"
    return {
        "trade_id": trade.trade_id,
        "ticker": trade.ticker,
        "count_fp": format_count(trade.count),
        "yes_price_dollars": format_dollars(trade.yes_price),
        "no_price_dollars": format_dollars(trade.no_price),
        "taker_outcome_side": outcome,
        "taker_book_side": trade.taker_book_side,
        "taker_side": outcome,
        "created_time": iso_time(trade.created_ms),
        "is_block_trade": False,
    }


def event_view(event: EventSpec, markets: list[JSON] | None) -> JSON:
    """An `EventData`; `markets` is included only when given (`with_nested_markets`)."""
    view: JSON = {
        "event_ticker": event.event_ticker,
        "series_ticker": event.series_ticker,
        "title": event.title,
        "sub_title": event.sub_title,
        "collateral_return_type": event.collateral_return_type,
        "mutually_exclusive": event.mutually_exclusive,
        "settlement_sources": [],
        "exchange_index": event.exchange_index,
    }
    if event.fee_type_override is not None:
        view["fee_type_override"] = event.fee_type_override
    if event.fee_multiplier_override is not None:
        view["fee_multiplier_override"] = event.fee_multiplier_override
    if markets is not None:
        view["markets"] = markets
    return view


def series_view(series: SeriesSpec, volume: Decimal | None) -> JSON:
    """A `Series`; `volume_fp` only when asked for (`include_volume`)."""
    view: JSON = {
        "ticker": series.ticker,
        "frequency": series.frequency,
        "title": series.title,
        "category": series.category,
        "categories": list(series.categories) or [series.category],
        "tags": list(series.tags),
        "settlement_sources": [dict(source) for source in series.settlement_sources],
        "contract_url": series.contract_url,
        "contract_terms_url": series.contract_terms_url,
        "fee_type": series.fee_type,
        "fee_multiplier": series.fee_multiplier,
        "additional_prohibitions": list(series.additional_prohibitions),
        "exchange_index": series.exchange_index,
    }
    if volume is not None:
        view["volume_fp"] = format_count(volume)
    return view


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def schedule_view(started_ms: int, windows: list[tuple[int, int]] | None = None) -> JSON:
    """The body of `GET /exchange/schedule`: the simulator trades around the clock.

    Sim choice: one standard-hours entry from the exchange's start for ten years, every day
    open 00:00-24:00 (ET), and no maintenance windows.
    """
    day = [{"open_time": "00:00", "close_time": "24:00"}]
    hours: JSON = {
        "start_time": iso_time(started_ms),
        "end_time": iso_time(started_ms + 10 * 365 * 86_400_000),
    }
    hours.update({weekday: day for weekday in _WEEKDAYS})
    maintenance = [
        {"start_datetime": iso_time(start), "end_datetime": iso_time(end)}
        for start, end in windows or ()
    ]
    return {"schedule": {"standard_hours": [hours], "maintenance_windows": maintenance}}
