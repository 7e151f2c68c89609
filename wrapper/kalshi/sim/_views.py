"""JSON views of engine records, shaped like the live server's response bodies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from ._book import Market
from ._fixed import ONE, ZERO, format_count, format_dollars, to_cents
from ._groups import OrderGroup
from ._listing import event_ticker_of
from ._orders import Fills, Order

JSON = dict[str, Any]
_MARKET_LIFETIME = timedelta(days=365)
_NO_FEE = format_dollars(ZERO)


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
        "taker_fill_cost_dollars": format_dollars(order.taker_fill_cost),
        "maker_fill_cost_dollars": format_dollars(order.maker_fill_cost),
        "taker_fees_dollars": _NO_FEE,
        "maker_fees_dollars": _NO_FEE,
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
    """A `CreateOrderV2Response`; averages only when something filled (fees are not modelled)."""
    view: JSON = {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "fill_count": format_count(order.fill_count),
        "remaining_count": format_count(order.remaining),
    }
    view.update(_averages(Fills(order.fill_count, order.fill_value)))
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
    return {"average_fill_price": format_dollars(average), "average_fee_paid": _NO_FEE}


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
        "balance_dollars": format_dollars(balance),
        "portfolio_value": to_cents(portfolio_value),
        "updated_ts": updated_ms // 1000,
    }


def exchange_status_view(exchange_indices: frozenset[int]) -> JSON:
    """The body of `GET /exchange/status`: always open, on every configured shard."""
    return {
        "exchange_active": True,
        "trading_active": True,
        "intra_exchange_transfers_active": True,
        "exchange_index_statuses": [
            {
                "exchange_index": index,
                "description": f"simulated exchange shard {index}",
                "exchange_active": True,
                "trading_active": True,
                "intra_exchange_transfers_active": True,
            }
            for index in sorted(exchange_indices)
        ],
    }


def market_view(market: Market, open_interest: Decimal, now_ms: int) -> JSON:
    """A `Market` object for a simulated open binary market with a one-cent price grid."""
    bid = market.book.top("bid")
    ask = market.book.top("ask")
    yes_bid = bid[0] if bid else ZERO
    yes_ask = ask[0] if ask else ONE
    last = market.last_price if market.last_price is not None else ZERO
    opened = iso_time(market.created_ms)
    closes = iso_time(market.created_ms + int(_MARKET_LIFETIME.total_seconds() * 1000))
    return {
        "ticker": market.ticker,
        "event_ticker": event_ticker_of(market.ticker),
        "market_type": "binary",
        "yes_sub_title": "Yes",
        "no_sub_title": "No",
        "created_time": opened,
        "updated_time": iso_time(now_ms),
        "open_time": opened,
        "close_time": closes,
        "latest_expiration_time": closes,
        "settlement_timer_seconds": 0,
        "status": "active",
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
        "result": "",
        "can_close_early": True,
        "expiration_value": "",
        "rules_primary": "Simulated market: settles Yes or No.",
        "rules_secondary": "",
        "price_level_structure": "linear_cent",
        "settlement_bounds_type": "default",  # required since 3.34.0; a binary has no floor
        "price_ranges": [{"start": "0.0000", "end": "1.0000", "step": "0.0100"}],
        "exchange_index": market.exchange_index,
    }
