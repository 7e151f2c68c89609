"""The simulated exchange: members and keys, markets, matching, orders and order groups."""

from __future__ import annotations

import heapq
import itertools
import re
import threading
import uuid
from dataclasses import replace
from decimal import Decimal
from os import PathLike

from . import _lifecycle
from ._accounts import Member
from ._book import Market, Trade
from ._catalog import (
    Catalog,
    EventSpec,
    MarketSpec,
    Scenario,
    ScenarioSource,
    SeriesSpec,
    on_grid,
    read_document,
)
from ._clock import Clock, SystemClock
from ._errors import SimError, invalid_parameters, not_found
from ._events import EventBus
from ._feed_events import (
    BookWatch,
    fill_done,
    group_event,
    market_created,
    order_update,
    position_change,
    trade_done,
)
from ._fees import FeeSchedule, fill_cash
from ._fixed import COUNT_STEP, ONE, ZERO
from ._groups import OrderGroup
from ._journal import Journal
from ._keys import Credentials, KeyType, PublicKey, load_public_key, new_key_pair
from ._limits import RateLimits
from ._listing import MAX_PAGE, OrderPage, OrderQuery, event_ticker_of, paginate
from ._matching import crosses, fills_completely, opposite
from ._orders import BookSide, Fills, Order, OrderAmend, OrderRequest, unit_cost
from ._portfolio import FillRecord, Holding, SettlementRecord, Transfer
from ._rfq import Communications
from ._schedule import Scheduler
from ._settings import SimSettings
from ._traders import TraderPlan, Traders

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


class Exchange:
    """All state of one simulated exchange; every public method is thread-safe."""

    def __init__(self, settings: SimSettings | None = None, clock: Clock | None = None) -> None:
        self.settings = settings if settings is not None else SimSettings()
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.lock = threading.RLock()
        """Held by every method; hold it to read several records consistently."""
        self.started_ms = self.clock.now_ms()
        self._members: dict[str, Member] = {}
        self._keys: dict[str, tuple[str, PublicKey]] = {}
        self._orders: dict[str, Order] = {}
        self._markets: dict[str, Market] = {}
        self._expiries: list[tuple[int, int, str]] = []
        self._seq = itertools.count(1)
        self._ticker = re.compile(self.settings.ticker_pattern)
        self._trades: list[Trade] = []
        self.catalog = Catalog()
        """The series, events and markets listed; change it through `add_scenario`."""
        self.bus = EventBus()
        """Every observable change, published as it happens (see `_events.py`)."""
        self.book_watch: BookWatch | None = None
        """Set by the first feed on this exchange (`_feed_events.watch_books`)."""
        self.scheduler = Scheduler()
        """Timed actions (market open/close, settlements, pauses) run as the clock passes them."""
        self.communications = Communications(self)
        """RFQs and quotes between members (`_rfq.py`)."""
        self.fees_collected = ZERO
        """Net fees the exchange kept: trade fees plus rounding fees less rebates."""
        self.paused: str | None = None
        """None when open, else `trading` or `exchange` (see `pause`)."""
        self.maintenance_windows: list[tuple[int, int]] = []
        """Scheduled pauses with an end, as (start, end) ms: the schedule's maintenance."""
        self._defer_trips: list[OrderGroup] | None = None
        source = self.settings.scenario
        if isinstance(source, str | PathLike):  # one read of the file serves both parsers
            source = read_document(source)
        self._initial_scenario = Scenario.load(source)
        """The settings' scenario, parsed once (a reset lists it again without reading it)."""
        self.add_scenario(self._initial_scenario)
        self.journal = Journal(self.settings.journal_limit)
        """Every API request the app saw, with its answer's status (see `_journal.py`)."""
        self.rate_limits = RateLimits.of(self.settings.rate_limit, lambda: self.clock.now_ms())
        """Each member's token buckets when `settings.rate_limit` is set (see `_limits.py`)."""
        self._opening_cents: dict[str, dict[int, int]] = {}
        self.traders = Traders(TraderPlan.load(source))
        """The scenario's other traders: liquidity, scripted orders, flows (`_traders.py`)."""
        self.traders.start(self)

    def reset(self) -> None:
        """Back to the scenario's start; members and keys stay, with their opening cash.

        See `kalshi.sim._reset` for what is kept and what is cleared.
        """
        from ._reset import reset_exchange

        reset_exchange(self)

    # --- catalog ----------------------------------------------------------------------------

    def add_scenario(self, scenario: ScenarioSource) -> None:
        """List a scenario's series, events and markets too (same tickers are replaced)."""
        loaded = Scenario.load(scenario)
        with self.lock:
            for spec in self.catalog.add(loaded):
                market = self._markets.get(spec.ticker)
                if market is None:
                    self._markets[spec.ticker] = Market(spec, self.started_ms)
                    if self.bus:
                        now = self.clock.now_ms()
                        self.bus.publish(market_created(spec, self.started_ms, now))
                else:
                    market.spec = spec
                _lifecycle.schedule_market(self, spec)

    # --- members and keys -------------------------------------------------------------------

    def add_member(
        self,
        *,
        public_key_pem: str | bytes | None = None,
        key_id: str | None = None,
        balance_cents: int | None = None,
    ) -> str:
        """Open an account (with an API key when a public key is given); return its user id.

        The public key is an RSA or Ed25519 one in PEM (SubjectPublicKeyInfo or PKCS#1); its
        type decides how the key's signatures are checked.
        """
        public_key = None if public_key_pem is None else load_public_key(public_key_pem)
        with self.lock:
            now = self.clock.now_ms()
            cents = dict(self.settings.starting_balances_cents)
            if balance_cents is not None:
                cents[0] = balance_cents
            balances = {sub: Decimal(amount) / 100 for sub, amount in cents.items()}
            user_id = str(uuid.uuid4())
            self._members[user_id] = Member(user_id, balances, now)
            self._opening_cents[user_id] = cents
            if public_key is not None:
                key = key_id if key_id is not None else str(uuid.uuid4())
                if key in self._keys:
                    raise ValueError(f"API key id {key!r} is already registered")
                self._keys[key] = (user_id, public_key)
            return user_id

    def create_member(
        self, *, balance_cents: int | None = None, key_type: KeyType = "rsa"
    ) -> Credentials:
        """Open an account with a freshly generated API key ("rsa" or "ed25519"); return it."""
        private_pem, public_pem = new_key_pair(key_type)
        key_id = str(uuid.uuid4())
        user_id = self.add_member(
            public_key_pem=public_pem, key_id=key_id, balance_cents=balance_cents
        )
        return Credentials(
            key_id=key_id, private_key_pem=private_pem, user_id=user_id, key_type=key_type
        )

    def key(self, key_id: str) -> tuple[str, PublicKey] | None:
        """The user id and public key registered under an API key id, if any."""
        with self.lock:
            return self._keys.get(key_id)

    # --- order groups -----------------------------------------------------------------------

    def create_group(
        self, user_id: str, *, limit: Decimal, subaccount: int = 0, exchange_index: int = 0
    ) -> OrderGroup:
        """Create an active order group with a contracts limit."""
        with self.lock:
            now = self._tick()
            member = self._member(user_id)
            self._check_account(subaccount, exchange_index)
            self._check_limit(limit)
            if len(member.groups) >= self.settings.max_groups:
                raise SimError.chosen(self.settings.max_groups_error)
            group = OrderGroup(
                str(uuid.uuid4()),
                subaccount=subaccount,
                exchange_index=exchange_index,
                limit=limit,
                now_ms=now,
            )
            member.groups[group.group_id] = group
            if self.bus:
                self.bus.publish(group_event(self._members, group, "created", now))
            return group

    def list_groups(self, user_id: str, *, subaccount: int | None = None) -> list[OrderGroup]:
        """A member's groups, oldest first, on one subaccount or (None) on all."""
        with self.lock:
            now = self._tick()
            self._check_account(subaccount, None)
            return [
                group
                for group in self._member(user_id).groups.values()
                if (subaccount is None or group.subaccount == subaccount)
                and self._visible(group.created_ms, now)
            ]

    def get_group(
        self, user_id: str, group_id: str, *, subaccount: int | None = None
    ) -> OrderGroup:
        """Look up a group of a member, on one subaccount or (None) on any."""
        with self.lock:
            now = self._tick()
            return self._find_group(user_id, group_id, subaccount, None, now, read=True)

    def trigger_group(
        self, user_id: str, group_id: str, *, subaccount: int = 0, exchange_index: int = 0
    ) -> None:
        """Trip a group by hand; a group already triggered stays as it is."""
        with self.lock:
            now = self._tick()
            group = self._find_group(user_id, group_id, subaccount, exchange_index, now)
            if not group.triggered:
                self._trip(group, now)

    def reset_group(
        self, user_id: str, group_id: str, *, subaccount: int = 0, exchange_index: int = 0
    ) -> None:
        """Clear a group's window and make it active; canceled orders stay canceled."""
        with self.lock:
            now = self._tick()
            group = self._find_group(user_id, group_id, subaccount, exchange_index, now)
            group.reset()
            if self.bus:
                self.bus.publish(group_event(self._members, group, "reset", now))

    def update_group_limit(
        self,
        user_id: str,
        group_id: str,
        *,
        limit: Decimal,
        subaccount: int = 0,
        exchange_index: int = 0,
    ) -> None:
        """Set a new limit; an active group whose window is already over it trips at once."""
        with self.lock:
            now = self._tick()
            group = self._find_group(user_id, group_id, subaccount, exchange_index, now)
            self._check_limit(limit)
            group.limit = limit
            if self.bus:
                self.bus.publish(group_event(self._members, group, "limit_updated", now))
            if not group.triggered and self._over_limit(group, now):
                self._trip(group, now)

    def delete_group(
        self, user_id: str, group_id: str, *, subaccount: int = 0, exchange_index: int = 0
    ) -> None:
        """Cancel a group's live orders and remove the group."""
        with self.lock:
            now = self._tick()
            group = self._find_group(user_id, group_id, subaccount, exchange_index, now)
            self._cancel_members(group, now)
            if self.bus:
                self.bus.publish(group_event(self._members, group, "deleted", now))
            del self._member(user_id).groups[group_id]

    # --- orders -----------------------------------------------------------------------------

    def place_order(self, user_id: str, request: OrderRequest) -> Order:
        """Accept an order, match it against the book, and rest whatever may rest.

        A reduce-only order is capped at the position it can close; if that caps it, the
        order reads `canceled` once done, like an immediate-or-cancel order that did not fill
        in full.
        """
        with self.lock:
            now = self._tick()
            member = self._member(user_id)
            self._check_account(request.subaccount, request.exchange_index)
            market = self._market(request.ticker, store=True)
            if market is None:
                raise SimError.chosen(self.settings.unknown_market_error)
            self._check_tradable(market, request.yes_price, now)
            index = market.exchange_index
            if request.exchange_index is not None and request.exchange_index != index:
                raise invalid_parameters(
                    f"market {request.ticker} trades on exchange_index {index}"
                )
            client_id = request.client_order_id or str(uuid.uuid4())
            if client_id in member.client_order_ids:
                raise SimError(409, "order_already_exists")
            group = self._group_for_order(member, request, index)
            if request.expiration_ms is not None and request.expiration_ms <= now:
                raise invalid_parameters("Expiration timestamp must be in the future")
            size = request.count
            if request.reduce_only:
                size = min(size, self._closable(member, request))
            free = min(size, self._free_closable(member, request, market, None))
            reserve = unit_cost(request.book_side, request.yes_price) * (size - free)
            # Sim choice: the cash must also cover the fees: the taker fee of the whole order
            # at its limit price, or the maker fees held if it all rests, whichever is more.
            # Each fill's fee is ceiled on its own, so meeting several makers may cost more.
            schedule = self._fees(market)
            maker_unit = schedule.trade_fee(request.yes_price, ONE, taker=False)
            walked, crossed = self._taker_fees(
                user_id, request.book_side, request.yes_price, size, market, schedule
            )
            fee_room = max(
                schedule.trade_fee(request.yes_price, size, taker=True),
                maker_unit * size,
                walked + maker_unit * (size - crossed),
            )
            if reserve + fee_room > member.balance(request.subaccount):
                raise SimError(400, "insufficient_balance")
            best = market.book.best(opposite(request.book_side))
            if (
                request.post_only
                and best is not None
                and crosses(request.book_side, request.yes_price, best.yes_price)
            ):
                raise SimError(400, "invalid_order", details="post only cross")
            order = self._open_order(member, request, client_id, size, reserve, free, index, now)
            if group is not None:
                group.attach(order.order_id)
            if request.time_in_force == "fill_or_kill" and not fills_completely(
                order, market.book, self._self_trade_blocked
            ):
                self._cancel(order, now)
                return order
            if request.time_in_force == "fill_or_kill":
                self._defer_trips = []
            try:
                self._sweep(order, market, now)
            finally:
                deferred, self._defer_trips = self._defer_trips, None
            for tripped in deferred or ():
                if not tripped.triggered:
                    self._trip(tripped, now)
            if order.is_live:
                if request.time_in_force in ("immediate_or_cancel", "fill_or_kill"):
                    self._cancel(order, now)
                else:
                    market.book.add(order)
                    self._hold_fees(order, market, now)
                    self._schedule_expiry(order)
            if order.status == "executed" and order.fill_count < request.count:
                order.status = "canceled"
            if self.bus:
                self.bus.publish(order_update(order))
            return order

    def cross(
        self, taker_id: str, taker: OrderRequest, maker_id: str, maker: OrderRequest
    ) -> tuple[Order, Order]:
        """Trade two members' orders in full against each other at the maker's price, off the book.

        Each order is checked as a placed order is (market open, no pause, price on the grid,
        cash for its collateral and its fee: the taker fee for the first, the maker fee for
        the second; contracts it sells from a position held need no collateral), reserved,
        then filled through the ordinary fill path, so cash, positions, the trade and order
        groups move as for a match on the book. An executed RFQ quote uses it.
        """
        with self.lock:
            now = self._tick()
            market = self._market(taker.ticker, store=True)
            if market is None:
                raise SimError.chosen(self.settings.unknown_market_error)
            self._check_tradable(market, maker.yes_price, now)
            legs = ((taker_id, taker, True), (maker_id, maker, False))
            schedule = self._fees(market)
            holds: list[tuple[Decimal, Decimal]] = []
            for user_id, request, as_taker in legs:
                self._check_account(request.subaccount, None)
                member = self._member(user_id)
                free = min(request.count, self._free_closable(member, request, market, None))
                reserve = unit_cost(request.book_side, request.yes_price) * (request.count - free)
                fee = schedule.trade_fee(maker.yes_price, request.count, taker=as_taker)
                if reserve + fee > member.balance(request.subaccount):
                    raise SimError(400, "insufficient_balance")
                holds.append((free, reserve))
            placed: list[Order] = []
            index = market.exchange_index
            for (user_id, request, _), (free, reserve) in zip(legs, holds, strict=True):
                order = self._open_order(
                    self._member(user_id),
                    replace(request, exchange_index=index),
                    str(uuid.uuid4()),
                    request.count,
                    reserve,
                    free,
                    index,
                    now,
                )
                placed.append(order)
            taker_order, maker_order = placed
            count = min(taker_order.remaining, maker_order.remaining)
            self._execute(taker_order, maker_order, count, market, now)
            return taker_order, maker_order

    def cancel_order(
        self,
        user_id: str,
        order_id: str,
        *,
        subaccount: int = 0,
        exchange_index: int | None = None,
        market_ticker: str | None = None,
    ) -> tuple[Order, Decimal]:
        """Cancel a resting order; return it and the contracts the cancel took off.

        The order is looked for on `exchange_index`; when that is None or -1, on the shard of
        `market_ticker`, else on shard 0. A canceled, executed or unknown order is 404.
        """
        with self.lock:
            now = self._tick()
            self._check_cancels_allowed()
            order = self._resting(user_id, order_id, now, subaccount, exchange_index, market_ticker)
            return order, self._cancel(order, now)

    def cancel_all(self, user_id: str, *, subaccount: int | None = None) -> int:
        """Cancel every resting order of a member, on every shard; return how many."""
        with self.lock:
            now = self._tick()
            self._check_cancels_allowed()
            self._check_account(subaccount, None)
            live = [
                order
                for order in (self._orders[oid] for oid in self._member(user_id).order_ids)
                if order.is_live and (subaccount is None or order.subaccount == subaccount)
            ]
            for order in live:
                self._cancel(order, now)
            return len(live)

    def amend_order(
        self, user_id: str, order_id: str, amend: OrderAmend, *, subaccount: int = 0
    ) -> tuple[Order, Fills, bool]:
        """Change a resting order's price, total count, client id or expiry.

        Returns the order, what the amend filled, and whether its resting size changed. The
        order keeps its place in the queue only when the price stays and the resting size does
        not grow; otherwise it goes to the back of its level, after matching what it crosses.
        Sim choices: a non-resting order is 404 `not_found`; a total not above the filled count
        is 400 `invalid_amend_qty_for_order`.
        """
        with self.lock:
            now = self._tick()
            self._check_account(subaccount, amend.exchange_index)
            order = self._find_order(user_id, order_id, now, read=False)
            if not order.is_live or order.subaccount != subaccount:
                raise not_found()
            if amend.ticker != order.ticker:
                raise SimError(400, "order_ticker_mismatch")
            if amend.book_side != order.book_side:
                raise SimError(400, "order_side_mismatch")
            if amend.exchange_index is not None and amend.exchange_index != order.exchange_index:
                raise not_found()
            if amend.client_order_id is not None and amend.client_order_id != order.client_order_id:
                raise SimError(400, "order_id_and_client_order_id_mismatch")
            member = self._member(user_id)
            new_id = amend.updated_client_order_id
            if new_id == order.client_order_id:
                new_id = None
            if new_id is not None and new_id in member.client_order_ids:
                raise SimError(409, "order_already_exists")
            resting = amend.count - order.fill_count
            if resting <= 0:
                raise SimError(400, "invalid_amend_qty_for_order")
            expiry = previous_expiry = order.request.expiration_ms
            if amend.expiration_time is not None:
                expiry = amend.expiration_time * 1000 or None
                if expiry is not None and expiry <= now:
                    raise invalid_parameters("Expiration timestamp must be in the future")
            market = self._markets[order.ticker]
            self._check_tradable(market, amend.yes_price, now)
            moved = amend.yes_price != order.yes_price
            free = min(resting, self._free_closable(member, order.request, market, order))
            reserve = unit_cost(order.book_side, amend.yes_price) * (resting - free)
            extra = reserve - order.reserved
            schedule = self._fees(market)
            unit_fee = schedule.trade_fee(amend.yes_price, ONE, taker=False)
            fee_room = unit_fee * resting
            if moved or resting > order.remaining:
                # Going to the back of its level, it first takes what it crosses, as a taker.
                walked, crossed = self._taker_fees(
                    user_id, order.book_side, amend.yes_price, resting, market, schedule
                )
                fee_room = max(fee_room, walked + unit_fee * (resting - crossed))
            if extra + fee_room - order.fee_hold > member.balance(order.subaccount):
                raise SimError(400, "insufficient_balance")
            best = market.book.best(opposite(order.book_side))
            if (
                moved
                and order.request.post_only
                and best is not None
                and crosses(order.book_side, amend.yes_price, best.yes_price)
            ):
                raise SimError(400, "invalid_order", details="post only cross")
            keep_place = not moved and resting <= order.remaining
            resized = resting != order.remaining
            if not keep_place:
                market.book.remove(order)
            member.adjust(order.subaccount, -extra, now)
            self._release_fees(order, order.fee_hold, now)
            order.reserved = reserve
            order.free = free
            order.remaining = resting
            order.request = replace(
                order.request, yes_price=amend.yes_price, count=amend.count, expiration_ms=expiry
            )
            if new_id is not None:
                member.client_order_ids.add(new_id)
                order.client_order_id = new_id
            order.last_update_ms = now
            filled_before, value_before = order.fill_count, order.fill_value
            fees_before = order.taker_fees + order.maker_fees
            if not keep_place:
                self._sweep(order, market, now)
                if order.is_live:
                    market.book.add(order)
            if order.is_live:
                self._hold_fees(order, market, now)
            if order.is_live and expiry != previous_expiry:
                self._schedule_expiry(order)
            fills = Fills(
                order.fill_count - filled_before,
                order.fill_value - value_before,
                order.taker_fees + order.maker_fees - fees_before,
            )
            if self.bus:
                self.bus.publish(order_update(order))
            return order, fills, resized or bool(fills.count)

    def decrease_order(
        self,
        user_id: str,
        order_id: str,
        *,
        reduce_by: Decimal | None = None,
        reduce_to: Decimal | None = None,
        subaccount: int = 0,
        exchange_index: int | None = None,
        market_ticker: str | None = None,
    ) -> Order:
        """Shrink a resting order by or to a count, keeping its queue place; 0 cancels it.

        Sim choice: `reduce_to` above the resting count is 400 `invalid_parameters`.
        """
        with self.lock:
            now = self._tick()
            if (reduce_by is None) == (reduce_to is None):
                raise invalid_parameters("exactly one of reduce_by or reduce_to is required")
            self._check_cancels_allowed()
            order = self._resting(user_id, order_id, now, subaccount, exchange_index, market_ticker)
            if reduce_to is not None:
                if reduce_to > order.remaining:
                    raise invalid_parameters("reduce_to is above the resting count")
                target = reduce_to
            else:
                assert reduce_by is not None
                target = max(order.remaining - reduce_by, ZERO)
            if target == 0:
                self._cancel(order, now)
                return order
            cut = order.remaining - target
            from_reserved = min(cut, order.remaining - order.free)
            order.free -= cut - from_reserved
            release = order.unit_cost * from_reserved
            self._release_fees(order, order.fee_unit * cut, now)
            order.reserved -= release
            order.remaining = target
            order.last_update_ms = now
            self._members[user_id].adjust(order.subaccount, release, now)
            if self.bus:
                self.bus.publish(order_update(order))
            return order

    def get_order(self, user_id: str, order_id: str) -> Order:
        """Look up one of a member's orders."""
        with self.lock:
            now = self._tick()
            return self._find_order(user_id, order_id, now, read=True)

    def list_orders(self, user_id: str, query: OrderQuery) -> OrderPage:
        """One page of a member's orders matching the filters, newest first."""
        with self.lock:
            now = self._tick()
            self._check_account(query.subaccount, None)
            if not 1 <= query.limit <= MAX_PAGE:
                raise invalid_parameters(f"limit must be between 1 and {MAX_PAGE}")
            member = self._member(user_id)
            newest_first = (
                order
                for order in (self._orders[oid] for oid in reversed(member.order_ids))
                if self._visible(order.created_ms, now)
            )
            return paginate(newest_first, query)

    # --- time and lifecycle -----------------------------------------------------------------

    def settle_market(self, ticker: str, result: str) -> list[SettlementRecord]:
        """Determine a market (`yes` or `no`), cancel its resting orders and pay positions out."""
        with self.lock:
            now = self._tick()
            return _lifecycle.settle(self, ticker, result, now)

    def schedule_settlement(self, ticker: str, result: str, at_ms: int) -> None:
        """Settle a market when the clock reaches `at_ms` (at once if it already has)."""
        with self.lock:
            if result not in _lifecycle.RESULTS:
                raise invalid_parameters("result must be yes or no")
            self.scheduler.at(at_ms, lambda due: self._settle_if_open(ticker, result, due))
            self._tick()

    def pause(self, scope: str = "trading") -> int:
        """Pause `trading` (no new orders or amends) or the whole `exchange` (no cancels
        either); cancel resting orders placed with `cancel_order_on_pause`; return how many."""
        with self.lock:
            now = self._tick()
            return _lifecycle.pause(self, scope, now)

    def pause_state(self) -> str | None:
        """The pause in force now (None, `trading` or `exchange`), after due scheduled ones."""
        with self.lock:
            self._tick()
            return self.paused

    def resume(self) -> None:
        """End a pause; the book is as the pause left it."""
        with self.lock:
            self._tick()
            self.paused = None

    def schedule_pause(self, scope: str, start_ms: int, end_ms: int | None = None) -> None:
        """Pause from `start_ms` (and resume at `end_ms`, when given), by the exchange clock."""
        with self.lock:
            if scope not in _lifecycle.PAUSES:
                raise invalid_parameters("pause scope must be trading or exchange")
            self.scheduler.at(start_ms, lambda due: self._pause_at(scope, due))
            if end_ms is not None:
                self.scheduler.at(end_ms, self._resume_at)
                self.maintenance_windows.append((start_ms, end_ms))
            self._tick()

    def _pause_at(self, scope: str, now: int) -> None:
        _lifecycle.pause(self, scope, now)

    def _resume_at(self, now: int) -> None:
        self.paused = None

    def _settle_if_open(self, ticker: str, result: str, now: int) -> None:
        market = self._markets.get(ticker)
        if market is not None and not market.result:
            _lifecycle.settle(self, ticker, result, now)

    # --- portfolio ----------------------------------------------------------------------------

    def member(self, user_id: str) -> Member:
        """A member's account record (hold `lock` while reading several of its fields)."""
        with self.lock:
            self._tick()
            return self._member(user_id)

    def create_subaccount(self, user_id: str) -> int:
        """Open the member's lowest unused numbered subaccount; return its number."""
        with self.lock:
            self._tick()
            member = self._member(user_id)
            for number in range(1, self.settings.max_subaccount + 1):
                if number not in member.subaccounts:
                    member.subaccounts.add(number)
                    return number
            raise invalid_parameters(
                f"at most {self.settings.max_subaccount} subaccounts may be opened"
            )

    def transfer(
        self,
        user_id: str,
        *,
        client_transfer_id: str,
        from_subaccount: int,
        to_subaccount: int,
        amount_cents: int,
    ) -> Transfer:
        """Move cash between two opened subaccounts; a repeated client id moves nothing again."""
        with self.lock:
            now = self._tick()
            member = self._member(user_id)
            done = member.transfer_ids.get(client_transfer_id)
            if done is not None:
                return done
            for number in (from_subaccount, to_subaccount):
                if number not in member.subaccounts:
                    raise invalid_parameters(f"subaccount {number} is not open")
            if from_subaccount == to_subaccount or amount_cents <= 0:
                raise invalid_parameters("a transfer needs two subaccounts and a positive amount")
            amount = Decimal(amount_cents) / 100
            if amount > member.balance(from_subaccount):
                raise SimError(400, "insufficient_balance")
            member.adjust(from_subaccount, -amount, now)
            member.adjust(to_subaccount, amount, now)
            record = Transfer(
                str(uuid.uuid4()),
                next(self._seq),
                client_transfer_id,
                from_subaccount,
                to_subaccount,
                amount_cents,
                0,
                now,
            )
            member.transfers.append(record)
            member.transfer_ids[client_transfer_id] = record
            return record

    # --- accounts and markets ---------------------------------------------------------------

    def balance(self, user_id: str, subaccount: int = 0) -> Decimal:
        """Available cash of a member's subaccount, in dollars."""
        with self.lock:
            self._tick()
            self._check_account(subaccount, None)
            return self._member(user_id).balance(subaccount)

    def portfolio_value(self, user_id: str, subaccount: int = 0) -> Decimal:
        """Positions of a subaccount valued at each market's last trade price, in dollars."""
        with self.lock:
            self._tick()
            total = ZERO
            for (sub, ticker), held in self._member(user_id).positions.items():
                market = self._markets.get(ticker)
                if sub != subaccount or market is None or market.last_price is None:
                    continue
                price = market.last_price if held > 0 else ONE - market.last_price
                total += abs(held) * price
            return total

    def balance_updated_ms(self, user_id: str) -> int:
        """When a member's cash last changed, in ms since the epoch."""
        with self.lock:
            return self._member(user_id).updated_ms

    def position(self, user_id: str, ticker: str, subaccount: int = 0) -> Decimal:
        """Signed position in a market: positive YES contracts, negative NO contracts."""
        with self.lock:
            return self._member(user_id).positions.get((subaccount, ticker), ZERO)

    def market(self, ticker: str) -> Market:
        """A market by ticker (a fresh, empty one if nothing traded yet); 404 if none."""
        with self.lock:
            self._tick()
            market = self._market(ticker, store=False)
            if market is None:
                raise not_found()
            return market

    def listed(self, ticker: str) -> Market | None:
        """A listed market by ticker (one a pattern would open but nobody used is not), or None."""
        with self.lock:
            return self._markets.get(ticker)

    def listed_markets(self) -> list[Market]:
        """Every listed market, in the order the catalog added them."""
        with self.lock:
            self._tick()
            return list(self._markets.values())

    def trades(self) -> list[Trade]:
        """Every trade so far, newest first."""
        with self.lock:
            self._tick()
            return self._trades[::-1]

    def series(self) -> list[SeriesSpec]:
        """Every listed series, in catalog order."""
        with self.lock:
            return list(self.catalog.series.values())

    def events(self) -> list[EventSpec]:
        """Every listed event, in catalog order."""
        with self.lock:
            return list(self.catalog.events.values())

    def open_interest(self, ticker: str) -> Decimal:
        """Contracts outstanding in a market: the YES side of every member's positions."""
        with self.lock:
            market = self._markets.get(ticker)
            return ZERO if market is None else market.open_interest

    # --- inspection helpers for tests and demos ---------------------------------------------

    def groups(self, user_id: str) -> list[OrderGroup]:
        """Every order group a member holds now, ignoring read lag."""
        with self.lock:
            return list(self._member(user_id).groups.values())

    def orders(self, user_id: str) -> list[Order]:
        """Every order a member ever placed, oldest first, ignoring read lag."""
        with self.lock:
            return [self._orders[oid] for oid in self._member(user_id).order_ids]

    def order(self, order_id: str) -> Order:
        """Any order by id, ignoring owner and read lag; KeyError if unknown."""
        with self.lock:
            return self._orders[order_id]

    # --- internals --------------------------------------------------------------------------

    def _tick(self) -> int:
        """Run, in time order, every expiry and scheduled action the clock has passed."""
        now = self.clock.now_ms()
        # Scripted traders' orders run at their own times, in order with the expiries and
        # the scheduled actions: each is placed on a clock stopped at its time, whose own
        # tick runs whatever fell due before it.
        while True:
            action_ms = self.scheduler.next_due_ms()
            expiry_ms = self._expiries[0][0] if self._expiries else None
            if (
                expiry_ms is not None
                and expiry_ms <= now
                and (action_ms is None or expiry_ms <= action_ms)
            ):
                self.traders.catch_up(self, expiry_ms - 1)
                expires_ms, _, order_id = heapq.heappop(self._expiries)
                order = self._orders[order_id]
                if order.is_live and order.request.expiration_ms == expires_ms:
                    self._cancel(order, expires_ms)
                continue
            due = self.scheduler.pop_due(now)
            if due is None:
                break
            due_ms, action = due
            self.traders.catch_up(self, due_ms - 1)
            action(due_ms)
        self.traders.catch_up(self, now)
        return now

    def _open_order(
        self,
        member: Member,
        request: OrderRequest,
        client_id: str,
        size: Decimal,
        reserve: Decimal,
        free: Decimal,
        index: int,
        now: int,
    ) -> Order:
        """A new order on the member's books, its cash reserved (not yet on the market's book)."""
        order = Order(
            order_id=str(uuid.uuid4()),
            user_id=member.user_id,
            client_order_id=client_id,
            seq=next(self._seq),
            created_ms=now,
            request=request,
            remaining=size,
            reserved=reserve,
            last_update_ms=now,
            exchange_index=index,
            free=free,
        )
        self._orders[order.order_id] = order
        member.order_ids.append(order.order_id)
        member.client_order_ids.add(client_id)
        member.adjust(request.subaccount, -reserve, now)
        return order

    def _schedule_expiry(self, order: Order) -> None:
        expires_ms = order.request.expiration_ms
        if expires_ms is not None:
            heapq.heappush(self._expiries, (expires_ms, order.seq, order.order_id))

    def _free_closable(
        self, member: Member, request: OrderRequest, market: Market, exclude: Order | None
    ) -> Decimal:
        """Contracts an order may sell from the position held without reserving cash: the
        position its side closes, less what the member's other resting orders there claim."""
        claimed = sum(
            (
                order.free
                for order in market.book.walk(request.book_side)
                if order.user_id == member.user_id
                and order.subaccount == request.subaccount
                and order is not exclude
            ),
            ZERO,
        )
        return max(self._closable(member, request) - claimed, ZERO)

    def _taker_fees(
        self,
        user_id: str,
        book_side: BookSide,
        limit: Decimal,
        size: Decimal,
        market: Market,
        schedule: FeeSchedule,
    ) -> tuple[Decimal, Decimal]:
        """The taker fees of the fills an order of `size` at `limit` would make on the book
        now (each ceiled on its own), and the contracts those fills take."""
        fees = taken = ZERO
        for maker in market.book.walk(opposite(book_side)):
            if taken >= size or not crosses(book_side, limit, maker.yes_price):
                break
            if maker.user_id == user_id and not self.settings.allow_self_trade:
                continue
            count = min(maker.remaining, size - taken)
            fees += schedule.trade_fee(maker.yes_price, count, taker=True)
            taken += count
        return fees, taken

    def _hold_fees(self, order: Order, market: Market, now: int) -> None:
        """Hold cash for the maker fees of a resting order's remaining contracts."""
        order.fee_unit = self._fees(market).trade_fee(order.yes_price, ONE, taker=False)
        hold = order.fee_unit * order.remaining
        self._members[order.user_id].adjust(order.subaccount, order.fee_hold - hold, now)
        order.fee_hold = hold

    def _release_fees(self, order: Order, amount: Decimal, now: int) -> None:
        """Give back up to `amount` of the cash an order holds for maker fees."""
        amount = min(amount, order.fee_hold)
        order.fee_hold -= amount
        self._members[order.user_id].adjust(order.subaccount, amount, now)

    def _check_cancels_allowed(self) -> None:
        if self.paused == "exchange":
            raise SimError(400, "exchange_paused", details="the exchange is paused")

    def _fees(self, market: Market) -> FeeSchedule:
        """The fee schedule of a market's series (the default one when it has none)."""
        event = self.catalog.events.get(market.spec.event_ticker)
        series = None if event is None else self.catalog.series.get(event.series_ticker)
        fee_type = "quadratic" if series is None else series.fee_type
        multiplier = 1.0 if series is None else series.fee_multiplier
        if event is not None and event.fee_type_override is not None:
            fee_type = event.fee_type_override
        if event is not None and event.fee_multiplier_override is not None:
            multiplier = event.fee_multiplier_override
        return FeeSchedule(fee_type, Decimal(str(multiplier)), self.settings.flat_fee_per_contract)

    def _holding(self, member: Member, subaccount: int, market: Market) -> Holding:
        key = (subaccount, market.ticker)
        holding = member.holdings.get(key)
        if holding is None:
            holding = member.holdings[key] = Holding(market.ticker, market.exchange_index)
        return holding

    def _closable(self, member: Member, request: OrderRequest) -> Decimal:
        """Contracts a reduce-only order may trade: the opposite position it would close."""
        held = member.positions.get((request.subaccount, request.ticker), ZERO)
        return max(-held if request.book_side == "bid" else held, ZERO)

    def _resting(
        self,
        user_id: str,
        order_id: str,
        now: int,
        subaccount: int,
        exchange_index: int | None,
        market_ticker: str | None,
    ) -> Order:
        """A member's resting order on the given subaccount and (routed) shard, else 404."""
        routed = exchange_index is None or exchange_index == -1
        self._check_account(subaccount, None if routed else exchange_index)
        order = self._find_order(user_id, order_id, now, read=False)
        if market_ticker is not None and market_ticker != order.ticker:
            raise not_found()
        if routed:
            market = None if market_ticker is None else self._markets.get(market_ticker)
            index = 0 if market is None else market.exchange_index
        else:
            assert exchange_index is not None
            index = exchange_index
        if not order.is_live or order.subaccount != subaccount or order.exchange_index != index:
            raise not_found()
        return order

    def _visible(self, created_ms: int, now: int) -> bool:
        return now - created_ms >= self.settings.read_lag_ms

    def _member(self, user_id: str) -> Member:
        member = self._members.get(user_id)
        if member is None:
            raise KeyError(f"no member with user id {user_id!r}")
        return member

    def _check_account(self, subaccount: int | None, exchange_index: int | None) -> None:
        top = self.settings.max_subaccount
        if subaccount is not None and not 0 <= subaccount <= top:
            raise invalid_parameters(f"subaccount must be between 0 and {top}")
        if (
            exchange_index is not None
            and exchange_index not in self.settings.allowed_exchange_indices
        ):
            raise invalid_parameters(f"exchange_index {exchange_index} is not supported")

    def _check_limit(self, limit: Decimal) -> None:
        top = self.settings.max_contracts_limit
        if not ONE <= limit <= top or limit % COUNT_STEP:
            raise invalid_parameters(
                f"contracts limit must be between 1 and {top} in steps of 0.01"
            )

    def _check_id(self, value: str) -> None:
        if self.settings.reject_malformed_ids and not _UUID.fullmatch(value):
            raise invalid_parameters("malformed id")

    def _market(self, ticker: str, *, store: bool) -> Market | None:
        """A listed market, or one opened by a pattern or the open-catalog settings."""
        market = self._markets.get(ticker)
        if market is not None:
            return market
        spec = self.catalog.by_pattern(ticker)
        if spec is None:
            hook = self.settings.market_shard
            if hook is not None:
                shard = hook(ticker)
            elif self.settings.open_catalog and self._ticker.fullmatch(ticker):
                shard = 0
            else:
                shard = None
            if shard is None:
                return None
            spec = MarketSpec(ticker, event_ticker_of(ticker), exchange_index=shard)
        market = Market(spec, self.started_ms)
        if store:
            self.catalog.ensure_event(spec.event_ticker)
            self.catalog.markets[ticker] = spec
            self._markets[ticker] = market
        return market

    def _check_tradable(self, market: Market, yes_price: Decimal, now: int) -> None:
        """400 unless the market is active and the price is on its grid."""
        if self.paused is not None:
            raise SimError(400, f"{self.paused}_paused", details=f"{self.paused} is paused")
        status = market.spec.status_at(now, self.started_ms)
        if status in ("initialized", "inactive"):
            raise SimError(400, "market_inactive", details=f"market {market.ticker} is {status}")
        if status != "active":
            raise SimError(400, "market_closed", details=f"market {market.ticker} is {status}")
        if not on_grid(yes_price, market.spec.price_ranges):
            raise SimError(
                400,
                "invalid_price",
                details=f"price {yes_price} is not on the price grid of {market.ticker}",
            )

    def _find_group(
        self,
        user_id: str,
        group_id: str,
        subaccount: int | None,
        exchange_index: int | None,
        now: int,
        *,
        read: bool = False,
    ) -> OrderGroup:
        self._check_account(subaccount, exchange_index)
        self._check_id(group_id)
        group = self._member(user_id).groups.get(group_id)
        if (
            group is None
            or (subaccount is not None and group.subaccount != subaccount)
            or (exchange_index is not None and group.exchange_index != exchange_index)
            or (read and not self._visible(group.created_ms, now))
        ):
            raise not_found()
        return group

    def _find_order(self, user_id: str, order_id: str, now: int, *, read: bool) -> Order:
        self._check_id(order_id)
        order = self._orders.get(order_id)
        if (
            order is None
            or order.user_id != user_id
            or (read and not self._visible(order.created_ms, now))
        ):
            raise not_found()
        return order

    def _group_for_order(
        self, member: Member, request: OrderRequest, exchange_index: int
    ) -> OrderGroup | None:
        group_id = request.order_group_id
        if group_id is None:
            return None
        self._check_id(group_id)
        group = member.groups.get(group_id)
        if (
            group is None
            or group.subaccount != request.subaccount
            or group.exchange_index != exchange_index
        ):
            raise SimError.chosen(self.settings.unknown_group_error)
        if group.triggered:
            raise SimError.chosen(self.settings.triggered_group_error)
        return group

    def _group_of(self, order: Order) -> OrderGroup | None:
        group_id = order.order_group_id
        return None if group_id is None else self._members[order.user_id].groups.get(group_id)

    def _over_limit(self, group: OrderGroup, now: int) -> bool:
        settings = self.settings
        return group.over_limit(now, settings.group_window_ms, on_reach=settings.trigger_on_reach)

    def _trip(self, group: OrderGroup, now: int) -> None:
        group.state = "triggered"
        if self.bus:
            self.bus.publish(group_event(self._members, group, "triggered", now))
        self._cancel_members(group, now)

    def _cancel_members(self, group: OrderGroup, now: int) -> None:
        for order_id in list(group.live):
            self._cancel(self._orders[order_id], now)

    def _cancel(self, order: Order, now: int) -> Decimal:
        reduced = order.remaining
        self._release_fees(order, order.fee_hold, now)
        self._markets[order.ticker].book.remove(order)
        self._members[order.user_id].adjust(order.subaccount, order.reserved, now)
        order.reserved = ZERO
        order.free = ZERO
        order.remaining = ZERO
        order.status = "canceled"
        order.last_update_ms = now
        self._leave_group(order)
        if self.bus:
            self.bus.publish(order_update(order))
        return reduced

    def _leave_group(self, order: Order) -> None:
        group = self._group_of(order)
        if group is not None:
            group.live.pop(order.order_id, None)

    def _self_trade_blocked(self, taker: Order, maker: Order) -> bool:
        return maker.user_id == taker.user_id and not self.settings.allow_self_trade

    def _sweep(self, taker: Order, market: Market, now: int) -> None:
        side = opposite(taker.book_side)
        while taker.is_live and taker.remaining > 0:
            maker = market.book.best(side)
            if maker is None or not crosses(taker.book_side, taker.yes_price, maker.yes_price):
                return
            if self._self_trade_blocked(taker, maker):
                if taker.request.self_trade_prevention == "maker":
                    self._cancel(maker, now)
                    continue
                self._cancel(taker, now)
                return
            self._execute(taker, maker, min(taker.remaining, maker.remaining), market, now)

    def _execute(
        self, taker: Order, maker: Order, count: Decimal, market: Market, now: int
    ) -> None:
        price = maker.yes_price
        trade = Trade(
            str(uuid.uuid4()), next(self._seq), market.ticker, count, price, taker.book_side, now
        )
        taker_fee = self._settle(taker, trade, market, as_taker=True)
        maker_fee = self._settle(maker, trade, market, as_taker=False)
        market.last_price = price
        market.volume += count
        self._trades.append(trade)
        if self.bus:
            self.bus.publish(trade_done(trade))
            taker_member, maker_member = self._members[taker.user_id], self._members[maker.user_id]
            self.bus.publish(fill_done(taker, trade, taker_member, taker_fee, is_taker=True))
            self.bus.publish(fill_done(maker, trade, maker_member, maker_fee, is_taker=False))
        touched: list[OrderGroup] = []
        for order in (taker, maker):
            group = self._group_of(order)
            if group is not None:
                group.record_fill(now, count)
                if all(group is not seen for seen in touched):
                    touched.append(group)
        for group in touched:
            if not group.triggered and self._over_limit(group, now):
                if self._defer_trips is not None:
                    self._defer_trips.append(group)
                else:
                    self._trip(group, now)

    def _settle(self, order: Order, trade: Trade, market: Market, *, as_taker: bool) -> Decimal:
        """Book one side of a trade: cash, fees, the order's fill state and the position.

        Returns the fee this side paid (negative: a rebate).
        """
        member = self._members[order.user_id]
        count, now = trade.count, trade.created_ms
        unit = unit_cost(order.book_side, trade.yes_price)
        paid = unit * count
        free = min(order.free, count)
        order.free -= free
        held = order.unit_cost * (count - free)
        order.reserved -= held
        fee = self._fees(market).trade_fee(trade.yes_price, count, taker=as_taker)
        if not as_taker:
            self._release_fees(order, order.fee_unit * count, now)
        cash, order.rounding_owed = fill_cash(
            -paid, fee, self.settings.balance_precision, order.rounding_owed
        )
        member.adjust(order.subaccount, held + cash.balance_change, now)
        self.fees_collected += cash.net_fee
        if as_taker:
            order.taker_fill_cost += paid
            order.taker_fees += fee
        else:
            order.maker_fill_cost += paid
            order.maker_fees += fee
        order.fill_count += count
        order.fill_value += trade.yes_price * count
        order.remaining -= count
        order.last_update_ms = now
        delta = count if order.book_side == "bid" else -count
        key = (order.subaccount, order.ticker)
        before = member.positions.get(key, ZERO)
        member.add_position(order.subaccount, order.ticker, delta, now)
        market.open_interest += max(member.positions[key], ZERO) - max(before, ZERO)
        holding = self._holding(member, order.subaccount, market)
        holding.trade(order.book_side, unit, count, fee)
        holding.updated_ms = now
        holding.settled = False
        member.fills.append(
            FillRecord(
                trade.trade_id,
                trade.seq,
                member.user_id,
                order.order_id,
                market.ticker,
                order.book_side,
                trade.yes_price,
                count,
                as_taker,
                fee,
                order.subaccount,
                order.exchange_index,
                now,
            )
        )
        if order.remaining == 0:
            order.status = "executed"
            market.book.remove(order)
            self._leave_group(order)
        if self.bus:
            self.bus.publish(order_update(order))
            self.bus.publish(position_change(member, order, now))
        return fee
