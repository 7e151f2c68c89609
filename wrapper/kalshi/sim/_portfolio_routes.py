"""The portfolio reads and subaccount operations: positions, fills, settlements, transfers."""

from __future__ import annotations

from ._engine import Exchange
from ._errors import invalid_parameters
from ._fixed import ONE, ZERO, format_amount, format_balance, format_count, format_dollars, to_cents
from ._listing import MAX_PAGE, csv_filter, cursor_of, differs, offset_page, outside, seq_page
from ._portfolio import FillRecord, Holding, SettlementRecord, Transfer
from ._routes import Call, Operation, Reply
from ._views import JSON, iso_time

_DEFAULT_PAGE = 100
_SETTLEMENT_STATUSES = ("unsettled", "settled", "all")
_COUNT_FILTERS = frozenset({"position", "total_traded"})


def get_positions(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/positions: one subaccount's market positions (by ticker) and the event
    positions they add up to.

    `settlement_status` unsettled (default) keeps positions in markets not yet settled;
    `count_filter` (comma list of `position`, `total_traded`) keeps those with any of them
    non-zero.
    Sim choice: `event_positions` cover every market position the filters keep, not the page.
    """
    params = call.params
    status = str(params.get("settlement_status") or "unsettled")
    if status not in _SETTLEMENT_STATUSES:
        raise invalid_parameters("settlement_status must be unsettled, settled or all")
    wanted = csv_filter(params.get("count_filter"))
    if wanted is not None and not wanted <= _COUNT_FILTERS:
        raise invalid_parameters("count_filter takes position and total_traded")
    subaccount = call.number("subaccount", 0)
    index = call.optional("exchange_index")
    with exchange.lock:
        member = exchange.member(call.user_id)
        kept: list[tuple[str, Holding]] = []
        for (sub, ticker), holding in sorted(member.holdings.items(), key=lambda kv: kv[0][1]):
            market = exchange.listed(ticker)
            event_ticker = market.spec.event_ticker if market is not None else ""
            if (
                sub != subaccount
                or (status == "unsettled" and holding.settled)
                or (status == "settled" and not holding.settled)
                or differs(params, "ticker", ticker)
                or differs(params, "event_ticker", event_ticker)
                or (index is not None and holding.exchange_index != index)
                or (wanted is not None and not _nonzero(holding, wanted))
            ):
                continue
            kept.append((event_ticker, holding))
        page, cursor = offset_page(kept, _limit(call), cursor_of(call.params))
        events: dict[str, list[Holding]] = {}
        for event_ticker, holding in kept:
            events.setdefault(event_ticker, []).append(holding)
        return 200, {
            "market_positions": [market_position_view(holding) for _, holding in page],
            "event_positions": [
                event_position_view(event_ticker, holdings)
                for event_ticker, holdings in sorted(events.items())
            ],
            "cursor": cursor,
        }


def get_fills(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/fills: newest first; no `subaccount` means every subaccount."""
    params = call.params
    subaccount = call.optional("subaccount")
    index = call.optional("exchange_index")
    with exchange.lock:
        fills = [
            fill
            for fill in reversed(exchange.member(call.user_id).fills)
            if not differs(params, "ticker", fill.ticker)
            and not differs(params, "order_id", fill.order_id)
            and (subaccount is None or fill.subaccount == subaccount)
            and (index is None or fill.exchange_index == index)
            and not outside(params, "min_ts", "max_ts", fill.created_ms // 1000)
        ]
    page, cursor = seq_page(fills, lambda fill: fill.seq, _limit(call), cursor_of(call.params))
    return 200, {"fills": [fill_view(fill) for fill in page], "cursor": cursor}


def get_settlements(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/settlements: newest first; no `subaccount` means every subaccount."""
    params = call.params
    subaccount = call.optional("subaccount")
    with exchange.lock:
        records = [
            record
            for record in reversed(exchange.member(call.user_id).settlements)
            if not differs(params, "ticker", record.ticker)
            and not differs(params, "event_ticker", record.event_ticker)
            and (subaccount is None or record.subaccount == subaccount)
            and not outside(params, "min_ts", "max_ts", record.settled_ms // 1000)
        ]
    page, cursor = seq_page(
        records, lambda record: record.seq, _limit(call), cursor_of(call.params)
    )
    return 200, {"settlements": [settlement_view(record) for record in page], "cursor": cursor}


def create_subaccount(exchange: Exchange, call: Call) -> Reply:
    """POST /portfolio/subaccounts: opens the lowest unused number (1 to 63)."""
    return 201, {"subaccount_number": exchange.create_subaccount(call.user_id)}


def get_subaccount_balances(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/subaccounts/balances: every opened subaccount, primary (0) first."""
    with exchange.lock:
        member = exchange.member(call.user_id)
        return 200, {
            "subaccount_balances": [
                {
                    "subaccount_number": number,
                    "exchange_index": 0,
                    "balance": format_balance(member.balance(number)),
                    "updated_ts": member.updated_ms // 1000,
                }
                for number in sorted(member.subaccounts)
            ]
        }


def apply_transfer(exchange: Exchange, call: Call) -> Reply:
    """POST /portfolio/subaccounts/transfer: whole cents between two opened subaccounts."""
    body = call.body
    client_id = body.get("client_transfer_id")
    if not isinstance(client_id, str) or not client_id:
        raise invalid_parameters("client_transfer_id is required")
    numbers = [body.get(name) for name in ("from_subaccount", "to_subaccount", "amount_cents")]
    if not all(isinstance(value, int) and not isinstance(value, bool) for value in numbers):
        raise invalid_parameters("from_subaccount, to_subaccount and amount_cents are integers")
    exchange.transfer(
        call.user_id,
        client_transfer_id=client_id,
        from_subaccount=int(numbers[0]),  # type: ignore[arg-type]
        to_subaccount=int(numbers[1]),  # type: ignore[arg-type]
        amount_cents=int(numbers[2]),  # type: ignore[arg-type]
    )
    return 200, {}


def get_transfers(exchange: Exchange, call: Call) -> Reply:
    """GET /portfolio/subaccounts/transfers: newest first."""
    with exchange.lock:
        transfers = list(reversed(exchange.member(call.user_id).transfers))
    page, cursor = seq_page(transfers, lambda item: item.seq, _limit(call), cursor_of(call.params))
    return 200, {"transfers": [transfer_view(item) for item in page], "cursor": cursor}


def market_position_view(holding: Holding) -> JSON:
    """A `MarketPosition`: exposure is what the contracts held cost."""
    return {
        "ticker": holding.ticker,
        "exchange_index": holding.exchange_index,
        "total_traded_dollars": format_amount(holding.total_traded),
        "position_fp": format_count(holding.position),
        "market_exposure_dollars": format_amount(holding.cost),
        "realized_pnl_dollars": format_amount(holding.realized_pnl),
        "fees_paid_dollars": format_amount(holding.fees_paid),
        "last_updated_ts": iso_time(holding.updated_ms),
    }


def event_position_view(event_ticker: str, holdings: list[Holding]) -> JSON:
    """An `EventPosition`: the sums of its market positions."""
    cost = sum((holding.cost for holding in holdings), ZERO)
    return {
        "event_ticker": event_ticker,
        "total_cost_dollars": format_amount(cost),
        "total_cost_shares_fp": format_count(
            sum((abs(holding.position) for holding in holdings), ZERO)
        ),
        "event_exposure_dollars": format_amount(cost),
        "realized_pnl_dollars": format_amount(
            sum((holding.realized_pnl for holding in holdings), ZERO)
        ),
        "fees_paid_dollars": format_amount(sum((holding.fees_paid for holding in holdings), ZERO)),
    }


def fill_view(fill: FillRecord) -> JSON:
    """A `Fill`; the legacy `side`/`action` read as buying the side the fill bought."""
    outcome = "yes" if fill.book_side == "bid" else "no"
    return {
        "fill_id": fill.trade_id,
        "trade_id": fill.trade_id,
        "order_id": fill.order_id,
        "ticker": fill.ticker,
        "market_ticker": fill.ticker,
        "exchange_index": fill.exchange_index,
        "outcome_side": outcome,
        "book_side": fill.book_side,
        "side": outcome,
        "action": "buy",
        "count_fp": format_count(fill.count),
        "yes_price_dollars": format_dollars(fill.yes_price),
        "no_price_dollars": format_dollars(ONE - fill.yes_price),
        "is_taker": fill.is_taker,
        "fee_cost": format_amount(fill.fee),
        "subaccount_number": fill.subaccount,
        "created_time": iso_time(fill.created_ms),
        "ts": fill.created_ms // 1000,
    }


def settlement_view(record: SettlementRecord) -> JSON:
    """A `Settlement`: `revenue` and `value` in cents, the rest as fixed-point strings."""
    return {
        "ticker": record.ticker,
        "event_ticker": record.event_ticker,
        "exchange_index": record.exchange_index,
        "market_result": record.result,
        "yes_count_fp": format_count(record.yes_count),
        "yes_total_cost_dollars": format_amount(record.yes_cost),
        "no_count_fp": format_count(record.no_count),
        "no_total_cost_dollars": format_amount(record.no_cost),
        "revenue": to_cents(record.revenue),
        "settled_time": iso_time(record.settled_ms),
        "fee_cost": format_amount(record.fee),
        "value": record.value_cents,
    }


def transfer_view(transfer: Transfer) -> JSON:
    """A `SubaccountTransfer`."""
    return {
        "transfer_id": transfer.transfer_id,
        "from_subaccount": transfer.from_subaccount,
        "to_subaccount": transfer.to_subaccount,
        "amount_cents": transfer.amount_cents,
        "created_ts": transfer.created_ms // 1000,
        "exchange_index": transfer.exchange_index,
    }


def _nonzero(holding: Holding, fields: frozenset[str]) -> bool:
    return ("position" in fields and bool(holding.position)) or (
        "total_traded" in fields and bool(holding.total_traded)
    )


def _limit(call: Call) -> int:
    limit = call.number("limit", _DEFAULT_PAGE)
    if not 1 <= limit <= MAX_PAGE:
        raise invalid_parameters(f"limit must be between 1 and {MAX_PAGE}")
    return limit


PORTFOLIO_OPERATIONS: tuple[Operation, ...] = (
    Operation("GET", "/portfolio/positions", get_positions),
    Operation("GET", "/portfolio/fills", get_fills),
    Operation("GET", "/portfolio/settlements", get_settlements),
    Operation("POST", "/portfolio/subaccounts", create_subaccount),
    Operation("GET", "/portfolio/subaccounts/balances", get_subaccount_balances),
    Operation("POST", "/portfolio/subaccounts/transfer", apply_transfer),
    Operation("GET", "/portfolio/subaccounts/transfers", get_transfers),
)
"""The portfolio operations this module serves, appended to `_routes.OPERATIONS`."""
