"""Simulator settings: every knob, including the answers chosen where Kalshi publishes none."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType

from .._ratelimit import RateLimit
from ._catalog import ScenarioSource


@dataclass(frozen=True)
class ErrorChoice:
    """Status, error code and message the simulator sends in a case no public source shows."""

    status: int
    code: str
    message: str


def _default_balances() -> Mapping[int, int]:
    return MappingProxyType({0: 1_000_000})


@dataclass(frozen=True)
class SimSettings:
    """Behaviour of one simulated exchange; derive variants with `dataclasses.replace`."""

    # --- authentication -------------------------------------------------------------------
    skew_past_ms: int | None = 10_000
    """Reject a signed request whose timestamp is more than this far behind the clock.

    None accepts any age: handy when a ManualClock runs ahead of clients that sign with the
    wall clock.
    """
    skew_future_ms: int | None = 60_000
    """Reject a signed request whose timestamp is more than this far ahead (None: any)."""
    pss_salt_auto: bool = False
    """Inferred: accept RSA-PSS signatures with any salt length, not only 32 bytes."""

    # --- accounts ---------------------------------------------------------------------------
    starting_balances_cents: Mapping[int, int] = field(default_factory=_default_balances)
    """Cash each new member starts with, per subaccount number (others start empty)."""
    max_subaccount: int = 63
    """Highest subaccount number; 0 is the primary account."""
    allowed_exchange_indices: frozenset[int] = frozenset({0})
    """Exchange shards that accept orders and order groups; others answer 400."""

    # --- markets ----------------------------------------------------------------------------
    scenario: ScenarioSource | None = None
    """The market catalog: a scenario file (JSON or YAML), mapping or `Scenario`; None loads
    the packaged default (`kalshi/sim/scenarios/default.json`)."""
    open_catalog: bool = False
    """Opt-in: a ticker not in the catalog that matches `ticker_pattern` is an open market on
    shard 0, listed from its first order. When False such a ticker is 404 `market_not_found`."""
    ticker_pattern: str = r"[A-Z0-9][A-Z0-9.\-]{0,127}"
    """With `open_catalog`, the tickers (matched in full) that open a market on first use."""
    market_shard: Callable[[str], int | None] | None = None
    """Opt-in hook for tickers not in the catalog: the shard hosting one, or None if no such
    market (when set it opens markets whatever `open_catalog` says)."""

    # --- money ----------------------------------------------------------------------------
    balance_precision: Decimal = Decimal("0.0001")
    """Cash precision of members: $0.0001 for direct members (Kalshi's others use $0.01);
    each fill's cash is floored to it and the difference is a rounding fee."""
    flat_fee_per_contract: Decimal = Decimal("0.01")
    """Sim choice: trade fee per contract (times the multiplier) of a `flat` fee series, whose
    table Kalshi publishes only in its fee-schedule PDF."""

    # --- matching ---------------------------------------------------------------------------
    allow_self_trade: bool = False
    """Let a member's orders match each other; when False the order's prevention type applies."""

    # --- order groups -----------------------------------------------------------------------
    group_window_ms: int = 15_000
    """Length of the rolling window of filled contracts that an order group limits."""
    trigger_on_reach: bool = False
    """Inferred: trip when the window total reaches the limit, rather than exceeds it."""
    orders_include_terminal: bool = False
    """Inferred: a group's `orders` also lists its canceled and executed member orders."""
    max_groups: int = 100_000
    """Most order groups one member may hold at a time."""
    max_contracts_limit: int = 1_000_000
    """Largest accepted order-group contracts limit."""
    read_lag_ms: int = 0
    """Inferred: reads do not see orders and groups younger than this (mimics demo read lag)."""
    reject_malformed_ids: bool = True
    """Inferred: answer 400 invalid_parameters for an order or group id that is not a UUID."""

    # --- answers for cases with no public source (all inferred) -----------------------------
    triggered_group_error: ErrorChoice = ErrorChoice(
        400, "exceeded_order_group_risk_limit", "exceeded order group risk limit"
    )
    """Inferred: answer to a new order naming a triggered group."""
    unknown_group_error: ErrorChoice = ErrorChoice(404, "not_found", "not found")
    """Inferred: answer to a new order naming a group that does not exist."""
    max_groups_error: ErrorChoice = ErrorChoice(
        400, "order_group_limit_exceeded", "order group limit exceeded"
    )
    """Inferred: answer to a create that would pass `max_groups`."""
    unknown_market_error: ErrorChoice = ErrorChoice(404, "market_not_found", "market not found")
    """Inferred: answer to an order on a ticker that is not a market."""

    # --- batches ----------------------------------------------------------------------------
    # Kalshi bills a batch per item and refuses one that does not fit the write bucket whole,
    # so its largest batch is floor(bucket capacity / per-item cost). The defaults are the
    # Basic tier's (100 write tokens; 10 per create, 2 per cancel); raise them to mimic a
    # higher tier. A batch over the limit, or an empty one, is 400 `invalid_parameters`.
    max_batch_create: int = 10
    """Most orders in one V2 batch create (Basic tier: 100 tokens / 10 per order)."""
    max_batch_cancel: int = 50
    """Most orders in one V2 batch cancel (Basic tier: 100 tokens / 2 per order)."""

    # --- feed -------------------------------------------------------------------------------
    ws_outbox_frames: int = 1000
    """Frames one feed connection may have waiting; a subscription overflowing it ends (25)."""
    ws_ping_interval_s: float | None = 10.0
    """Seconds between the feed's pings (payload `heartbeat`) over uvicorn; None: no pings."""

    # --- spec -------------------------------------------------------------------------------
    spec_path: str | None = None
    """OpenAPI document (JSON or YAML) to validate against; None loads the packaged copy."""

    # --- harness ----------------------------------------------------------------------------
    rate_limit: str | RateLimit | None = None
    """Opt-in: meter each member's requests with Kalshi's token buckets of this tier (e.g.
    "basic", see `kalshi._ratelimit.TIERS`) and answer 429 past them. None: no limits."""
    journal_limit: int | None = 10_000
    """Most requests the journal keeps (the oldest go first); None keeps every one."""
