"""A local, Kalshi-compatible exchange simulator: orders, order groups, fees and portfolio.

`create_app()` gives an ASGI app, which `asgi_transport()` serves in process to an
`httpx.AsyncClient`; `Simulator()` serves one on a loopback port in a background thread;
`python -m kalshi.sim` serves one from the shell.

Where no public source says what Kalshi does, the simulator picks an answer; the order-group
and error choices are `SimSettings` fields marked "inferred". These are fixed choices:

- orders are placed, changed and canceled through the V2 `/portfolio/events/orders` family;
  the retired V1 writes answer 410 `deprecated_v1_order_endpoint` (after the signature check),
  while the V1 reads still list every order, with `side`/`action` read as yes/buy for a bid
  and no/buy for an ask;
- a fill-or-kill order that cannot fill completely is answered 201 with `fill_count` and
  `remaining_count` "0.00" and reads `canceled`; so does a reduce-only order with nothing to
  close (a reduce-only order is capped at the opposite position it holds);
- expiry in the past, or with immediate-or-cancel, is 400 `invalid_parameters`;
- a count that is not a positive 2-place string is 400 `invalid_order_size`;
- a batch create checks JSON types for the whole body (one wrong type fails the batch with the
  flat 400) and every other rule per item; batches hold at most `SimSettings.max_batch_create`
  creates or `max_batch_cancel` cancels;
- amending a non-resting order is 404; an amend total not above the filled count is 400
  `invalid_amend_qty_for_order`; fills reported by an amend are the amend's own;
- a body that decodes but breaks a schema rule gets nested 400 `invalid_parameters`;
- a non-numeric `KALSHI-ACCESS-TIMESTAMP` is treated as expired;
- resting orders hold their cost in cash until they fill or are canceled, except contracts
  that close a position held (those hold none);
- fees: the taker pays 0.07 x `fee_multiplier` x C x P(1-P) per fill, ceiled to $0.0001; the
  maker 0, 1/4 or 1/2 of that on `quadratic`, `quadratic_with_maker_fees` and
  `quadratic_with_combo_maker_fees` series; a `flat` series `flat_fee_per_contract` x the
  multiplier per contract; an event's `fee_type_override`/`fee_multiplier_override` (in the
  scenario) replace its series' (scheduled fee changes are not modelled); `fee_cost` and the orders'
  fee fields are trade fees, rounding fees and their rebates only move cash; fees are charged
  at fill time: an order needs cash for its cost plus the taker fee of its whole size at its
  limit price (or the maker fees of all of it, or the taker fees of the fills it would make
  on the book now, each ceiled, whichever is most; an amend that moves or grows an order
  likewise), and a resting order holds its cost and the maker fee of one contract at its
  limit (ceiled) per resting contract;
- positions always net (the netting switch is not served); netting a YES against a NO realizes
  1 - yes price - no price, fees excluded; a position's exposure is what it cost;
- markets settle `yes` or `no` only (no scalar markets), determined and finalized at once (no
  settlement timer); a settlement is recorded for each non-zero position; opening and closing
  a market publish `activated` and `deactivated`, and closing cancels its resting orders;
- a pause refuses orders and amends with 400 `trading_paused` or, for an exchange pause, also
  cancels and decreases with 400 `exchange_paused`;
- a subaccount must be opened (or have a starting balance) to take a transfer; a repeated
  `client_transfer_id` is answered 200 and moves nothing; balances are not split by shard;
- V2 cancel and decrease look for the order on `exchange_index`, else on the shard of
  `market_ticker`, else on shard 0, and match `subaccount` (default 0);
- self-trade prevention applies across all subaccounts of one member;
- `portfolio_value` values positions at each market's last trade price;
- markets come from a scenario (`SimSettings.scenario`, default `scenarios/default.json`): an
  order on an unlisted ticker is 404 `market_not_found`, off the market's `price_ranges` 400
  `invalid_price`, before its open time 400 `market_inactive`, from its close time 400
  `market_closed`; an unknown ticker's order book is empty (200);
- RFQs and quotes (`_rfq.py`): a confirmed quote executes at once (no execution timeout), an
  accepted quote unconfirmed for 30 s is cancelled `expired`, nothing rests for
  `rest_remainder`, a member may not quote its own RFQ, and a second open RFQ of a member on
  one market is 409 unless `replace_existing`; an executed quote's requester is the taker
  and its maker the maker (fees as such), each needs cash for its cost (none for contracts
  sold from a position held) and its fee, as an order does; a market's close or settlement
  closes its open RFQs and cancels their quotes (`cancellation_reason` `market_closed` or
  `market_settled`), and quoting, accepting or confirming on it is 400 `market_closed`;
- the feed's `communications` shards: an RFQ's frames go to shard CRC-32(rfq id) mod
  `shard_factor` (Kalshi does not publish its rule); a factor without a key means key 0;
- amounts on the wire: prices and balances with 4 decimals (balances rounded down), fee,
  cost and P&L amounts with 6 (as Kalshi writes them), counts with 2, `balance` and
  settlement `revenue` in whole cents rounded down;
- candlesticks (`_candles.py`) come from the trades: only periods with a trade have a candle,
  `yes_bid`/`yes_ask` are read from the trades' taker sides, `open_interest_fp` is today's;
- an operation of the spec that is not served answers 501 `not_implemented`, a path outside
  the spec 404 `not_found`, and a failure inside the simulator 500 `internal_server_error`.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import API_PREFIX, create_app
    from ._catalog import EventSpec, MarketSpec, PriceRange, Scenario, SeriesSpec
    from ._clock import Clock, ManualClock, SystemClock
    from ._engine import Exchange
    from ._errors import SimError
    from ._faults import Fault, FaultMiddleware, FaultPlan
    from ._groups import OrderGroup
    from ._journal import Journal, JournalEntry
    from ._keys import Credentials
    from ._listing import OrderPage, OrderQuery
    from ._orders import Fills, Order, OrderAmend, OrderRequest
    from ._server import Simulator
    from ._settings import ErrorChoice, SimSettings
    from ._traders import Flow, ScriptedOrder, TraderPlan
    from ._transport import SimTransport, asgi_transport

# Names load on first use, so that importing a submodule such as `kalshi.sim.pytest_plugin`
# (which pytest does in every project that installs kalshi-trade) needs none of the extras.
_EXPORTS = {
    "API_PREFIX": "._app",
    "Clock": "._clock",
    "Credentials": "._keys",
    "ErrorChoice": "._settings",
    "EventSpec": "._catalog",
    "Exchange": "._engine",
    "Fault": "._faults",
    "FaultMiddleware": "._faults",
    "FaultPlan": "._faults",
    "Fills": "._orders",
    "Flow": "._traders",
    "Journal": "._journal",
    "JournalEntry": "._journal",
    "ManualClock": "._clock",
    "MarketSpec": "._catalog",
    "Order": "._orders",
    "OrderAmend": "._orders",
    "OrderGroup": "._groups",
    "OrderPage": "._listing",
    "OrderQuery": "._listing",
    "OrderRequest": "._orders",
    "PriceRange": "._catalog",
    "Scenario": "._catalog",
    "ScriptedOrder": "._traders",
    "SeriesSpec": "._catalog",
    "SimError": "._errors",
    "SimSettings": "._settings",
    "SimTransport": "._transport",
    "Simulator": "._server",
    "SystemClock": "._clock",
    "TraderPlan": "._traders",
    "asgi_transport": "._transport",
    "create_app": "._app",
}


def __dir__() -> list[str]:
    """The package's names, those loaded on first use included."""
    return sorted(set(globals()) | set(__all__))


def __getattr__(name: str) -> Any:
    """Load an exported name from its module on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "API_PREFIX",
    "Clock",
    "Credentials",
    "ErrorChoice",
    "EventSpec",
    "Exchange",
    "Fault",
    "FaultMiddleware",
    "FaultPlan",
    "Fills",
    "Flow",
    "Journal",
    "JournalEntry",
    "ManualClock",
    "MarketSpec",
    "Order",
    "OrderAmend",
    "OrderGroup",
    "OrderPage",
    "OrderQuery",
    "OrderRequest",
    "PriceRange",
    "Scenario",
    "ScriptedOrder",
    "SeriesSpec",
    "SimError",
    "SimSettings",
    "SimTransport",
    "Simulator",
    "SystemClock",
    "TraderPlan",
    "asgi_transport",
    "create_app",
]
