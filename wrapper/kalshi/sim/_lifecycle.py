"""Time and lifecycle on the simulated exchange: market open and close, pauses, settlement.

The engine runs these under its lock, either when called (`Exchange.settle_market`,
`Exchange.pause`) or from its scheduler when the clock passes their time.

Sim choices: opening publishes `activated` and closing `deactivated` (Kalshi changes those
states silently at the catalog times); closing cancels the market's resting orders at once
and closes its open RFQs (their quotes cancelled, `rfq_deleted` on the feed), as settling does;
settling determines and finalizes in one step (no settlement timer), records a settlement for
each non-zero position and publishes `determined` then `settled`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ._catalog import MarketSpec
from ._errors import SimError, invalid_parameters, not_found
from ._events import MarketLifecycle
from ._fixed import ONE, ZERO, format_dollars
from ._portfolio import SettlementRecord

if TYPE_CHECKING:
    from ._engine import Exchange

RESULTS = ("yes", "no")
PAUSES = ("trading", "exchange")


def schedule_market(exchange: Exchange, spec: MarketSpec) -> None:
    """Queue a market's open, close and scenario settlement (each checks the spec still holds)."""
    started = exchange.started_ms
    now = exchange.clock.now_ms()
    ticker = spec.ticker
    opens, closes = spec.opens_ms(started), spec.closes_ms(started)
    if opens > now:
        exchange.scheduler.at(opens, lambda due: _opened(exchange, ticker, opens, due))
    if closes > now:
        exchange.scheduler.at(closes, lambda due: _closed(exchange, ticker, closes, due))
    settle_ms, result = spec.settle_ms, spec.settle_result
    if settle_ms is not None and result is not None:
        exchange.scheduler.at(
            settle_ms, lambda due: _scheduled_settlement(exchange, ticker, settle_ms, result, due)
        )


def _current(exchange: Exchange, ticker: str) -> MarketSpec | None:
    market = exchange.listed(ticker)
    return None if market is None else market.spec


def _opened(exchange: Exchange, ticker: str, opens: int, due: int) -> None:
    spec = _current(exchange, ticker)
    if spec is None or spec.status != "active" or spec.opens_ms(exchange.started_ms) != opens:
        return
    exchange.bus.publish(MarketLifecycle(ticker, "activated", due, {"is_deactivated": False}))


def _closed(exchange: Exchange, ticker: str, closes: int, due: int) -> None:
    market = exchange.listed(ticker)
    if market is None or market.spec.closes_ms(exchange.started_ms) != closes or market.result:
        return
    cancel_market_orders(exchange, ticker, due)
    exchange.communications.close_market(ticker, due, "market_closed")
    exchange.bus.publish(
        MarketLifecycle(
            ticker, "deactivated", due, {"is_deactivated": True, "close_ts": due // 1000}
        )
    )


def _scheduled_settlement(
    exchange: Exchange, ticker: str, settle_ms: int, result: str, due: int
) -> None:
    spec = _current(exchange, ticker)
    market = exchange.listed(ticker)
    if spec is None or market is None or market.result or spec.settle_ms != settle_ms:
        return
    settle(exchange, ticker, result, due)


def cancel_market_orders(exchange: Exchange, ticker: str, now: int) -> int:
    """Cancel every resting order in a market; return how many."""
    market = exchange.listed(ticker)
    if market is None:
        return 0
    live = [*market.book.walk("bid"), *market.book.walk("ask")]
    for order in live:
        exchange._cancel(order, now)
    return len(live)


def settle(exchange: Exchange, ticker: str, result: str, now: int) -> list[SettlementRecord]:
    """Determine a market `yes` or `no` and pay every position out at once."""
    if result not in RESULTS:
        raise invalid_parameters("result must be yes or no")
    market = exchange.listed(ticker)
    if market is None:
        raise not_found()
    if market.result:
        raise SimError(400, "market_already_settled", details=f"{ticker} settled {market.result}")
    cancel_market_orders(exchange, ticker, now)
    exchange.communications.close_market(ticker, now, "market_settled")
    value = ONE if result == "yes" else ZERO
    market.result = result
    market.spec = replace(market.spec, status="determined")
    exchange.bus.publish(
        MarketLifecycle(
            ticker,
            "determined",
            now,
            {
                "result": result,
                "determination_ts": now // 1000,
                "settlement_value": format_dollars(value),
            },
        )
    )
    records: list[SettlementRecord] = []
    for member in exchange._members.values():
        for (subaccount, held_ticker), held in list(member.positions.items()):
            if held_ticker != ticker or not held:
                continue
            holding = exchange._holding(member, subaccount, market)
            won = (held > 0) == (result == "yes")
            revenue = abs(held) if won else ZERO
            member.adjust(subaccount, revenue, now)
            member.positions[(subaccount, held_ticker)] = ZERO
            market.open_interest -= max(held, ZERO)
            record = SettlementRecord(
                seq=next(exchange._seq),
                ticker=ticker,
                event_ticker=market.spec.event_ticker,
                exchange_index=market.exchange_index,
                subaccount=subaccount,
                result=result,
                yes_count=max(held, ZERO),
                yes_cost=holding.cost if held > 0 else ZERO,
                no_count=max(-held, ZERO),
                no_cost=holding.cost if held < 0 else ZERO,
                revenue=revenue,
                fee=holding.fees_paid,
                value_cents=int(value * 100),
                settled_ms=now,
            )
            holding.realized_pnl += revenue - holding.cost
            holding.position = ZERO
            holding.cost = ZERO
            holding.settled = True
            holding.updated_ms = now
            member.settlements.append(record)
            records.append(record)
    # Positions closed out before settlement are in a settled market too.
    for member in exchange._members.values():
        for (_, held_ticker), holding in member.holdings.items():
            if held_ticker == ticker and not holding.settled:
                holding.settled = True
                holding.updated_ms = now
    market.spec = replace(market.spec, status="finalized")
    market.settled_ms = now
    exchange.bus.publish(MarketLifecycle(ticker, "settled", now, {"settled_ts": now // 1000}))
    return records


def pause(exchange: Exchange, scope: str, now: int) -> int:
    """Pause trading (cancels still allowed) or the whole exchange; cancel the resting orders
    that asked for it (`cancel_order_on_pause`); return how many were canceled."""
    if scope not in PAUSES:
        raise invalid_parameters("pause scope must be trading or exchange")
    exchange.paused = scope
    canceled = 0
    for market in list(exchange._markets.values()):
        for order in [*market.book.walk("bid"), *market.book.walk("ask")]:
            if order.request.cancel_order_on_pause:
                exchange._cancel(order, now)
                canceled += 1
    return canceled
