"""The operations the simulator serves: one handler per Trade API endpoint."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._engine import Exchange
from ._fixed import format_count
from ._parse import optional_int, parse_limit, parse_order, parse_order_query
from ._views import (
    JSON,
    balance_view,
    exchange_status_view,
    group_detail,
    group_item,
    market_view,
    order_view,
)

Reply = tuple[int, JSON]


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
    """One endpoint: method, spec path template, handler, and whether it must be signed."""

    method: str
    template: str
    handler: Handler
    signed: bool = True


def exchange_status(exchange: Exchange, call: Call) -> Reply:
    """GET /exchange/status."""
    return 200, exchange_status_view(exchange.settings.allowed_exchange_indices)


def get_market(exchange: Exchange, call: Call) -> Reply:
    """GET /markets/{ticker}."""
    ticker = str(call.params.get("ticker", ""))
    market = exchange.market(ticker)
    now = exchange.clock.now_ms()
    return 200, {"market": market_view(market, exchange.open_interest(ticker), now)}


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
    """POST /portfolio/orders."""
    order = exchange.place_order(call.user_id, parse_order(call.body))
    return 201, {"order": order_view(order)}


def get_order(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/orders/{order_id}."""
    return 200, {"order": order_view(exchange.get_order(call.user_id, _order_id(call)))}


def cancel_order(exchange: Exchange, call: Call) -> Reply:
    """DELETE /portfolio/orders/{order_id}."""
    subaccount, index = call.account()
    order, reduced = exchange.cancel_order(
        call.user_id, _order_id(call), subaccount=subaccount, exchange_index=index
    )
    return 200, {"order": order_view(order), "reduced_by_fp": format_count(reduced)}


def list_orders(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/orders."""
    page = exchange.list_orders(call.user_id, parse_order_query(call.params))
    return 200, {"orders": [order_view(order) for order in page.orders], "cursor": page.cursor}


def _group_id(call: Call) -> str:
    return str(call.params.get("order_group_id", ""))


def _order_id(call: Call) -> str:
    return str(call.params.get("order_id", ""))


_GROUP = "/portfolio/order_groups/{order_group_id}"

OPERATIONS: tuple[Operation, ...] = (
    Operation("GET", "/exchange/status", exchange_status, signed=False),
    Operation("GET", "/markets/{ticker}", get_market, signed=False),
    Operation("GET", "/portfolio/balance", get_balance),
    Operation("GET", "/portfolio/order_groups", list_groups),
    Operation("POST", "/portfolio/order_groups/create", create_group),
    Operation("GET", _GROUP, get_group),
    Operation("DELETE", _GROUP, delete_group),
    Operation("PUT", _GROUP + "/reset", reset_group),
    Operation("PUT", _GROUP + "/trigger", trigger_group),
    Operation("PUT", _GROUP + "/limit", update_group_limit),
    Operation("GET", "/portfolio/orders", list_orders),
    Operation("POST", "/portfolio/orders", create_order),
    Operation("GET", "/portfolio/orders/{order_id}", get_order),
    Operation("DELETE", "/portfolio/orders/{order_id}", cancel_order),
)
"""Every endpoint served, with paths relative to the API prefix as in the spec."""
