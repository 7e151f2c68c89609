"""Other traders on the simulated exchange: resting liquidity, scripted orders, random flow.

A scenario (see `_catalog.py`) may hold, beside its markets::

    {"house": {"balance_cents": 100000000},
     "liquidity": [{"ticker": "KXDEMO-A", "side": "bid", "price": "0.45", "count": "100"}],
     "orders": [{"after_s": 30, "ticker": "KXDEMO-A", "side": "ask", "price": "0.45",
                 "count": "10", "time_in_force": "immediate_or_cancel", "trader": "whale"}],
     "flows": [{"ticker": "KXDEMO-A", "rate_per_s": 2, "mid": "0.50", "band": "0.05",
                "min_count": 1, "max_count": 10, "seed": 7, "traders": 4,
                "start_s": 0, "stop_s": 3600, "expire_after_s": 60,
                "time_in_force": "good_till_canceled"}]}

`side` is a side of the YES book (`bid` buys YES, `ask` buys NO) and `price` a YES price in
dollars, as in a V2 order. `liquidity` rests when the exchange starts (and again on reset);
`orders` are placed `after_s` seconds after the exchange's start. Each is placed by the member
its `trader` names ("house" unless given): one member per name, and a member's orders never
trade with each other (self-trade prevention), so a scripted order meant to take the
liquidity names another trader. A flow places orders at random times (exponential gaps,
`rate_per_s` on average), each by one of its own `traders` members, on a random side, at a
random price on the cent grid within `band` of `mid` (clipped to 0.01..0.99), for a whole
count from `min_count` to `max_count`; `expire_after_s` makes its orders expire. Everything
is driven by the exchange's clock: what is due is placed, in time order, the next time the
exchange is used (`Exchange._tick`), each at its own time; the same seed and the same clock
moves give the same orders and trades. An order the exchange refuses (a closed market, say)
is skipped.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from os import PathLike
from typing import TYPE_CHECKING, Any, cast

from ._catalog import objects_at, read_document
from ._errors import SimError
from ._fixed import ONE
from ._orders import BookSide, OrderRequest, TimeInForce

if TYPE_CHECKING:
    from ._engine import Exchange

HOUSE_BALANCE_CENTS = 10_000_000_000
"""Default cash of the house and flow members: enough never to run out."""
_SIDES: tuple[BookSide, ...] = ("bid", "ask")
_TIME_IN_FORCE = ("good_till_canceled", "immediate_or_cancel", "fill_or_kill")
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class ScriptedOrder:
    """An order the house places: at the start (`after_s` None) or `after_s` seconds later."""

    ticker: str
    side: BookSide
    price: Decimal
    count: Decimal
    after_s: float | None = None
    time_in_force: TimeInForce = "good_till_canceled"
    trader: str = "house"
    """The member placing it, by name: orders of one name never trade with each other."""


@dataclass(frozen=True)
class Flow:
    """A seeded random order flow around a mid price."""

    ticker: str
    rate_per_s: float
    mid: Decimal
    band: Decimal = Decimal("0.05")
    min_count: int = 1
    max_count: int = 10
    seed: int = 0
    traders: int = 4
    start_s: float = 0.0
    stop_s: float | None = None
    expire_after_s: float | None = None
    time_in_force: TimeInForce = "good_till_canceled"


@dataclass(frozen=True)
class TraderPlan:
    """The traders of a scenario: house cash, starting liquidity, scripted orders, flows."""

    house_balance_cents: int = HOUSE_BALANCE_CENTS
    liquidity: tuple[ScriptedOrder, ...] = ()
    orders: tuple[ScriptedOrder, ...] = ()
    flows: tuple[Flow, ...] = ()

    @property
    def empty(self) -> bool:
        """Whether the plan places nothing at all."""
        return not (self.liquidity or self.orders or self.flows)

    @classmethod
    def load(cls, source: object) -> TraderPlan:
        """The plan of a scenario file or mapping (a `Scenario` object or None holds none)."""
        if isinstance(source, Mapping):
            return cls.from_mapping(source)
        if isinstance(source, str | PathLike):
            return cls.from_mapping(read_document(source))
        return cls()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> TraderPlan:
        """Parse the trader keys of a decoded scenario document."""
        house = data.get("house", {})
        if not isinstance(house, Mapping) or set(house) - {"balance_cents"}:
            raise ValueError('scenario house: expected {"balance_cents": N}')
        balance = house.get("balance_cents", HOUSE_BALANCE_CENTS)
        if not isinstance(balance, int) or isinstance(balance, bool) or balance < 0:
            raise ValueError("scenario house.balance_cents must be a whole number of cents")
        liquidity = tuple(_scripted(raw, "liquidity") for raw in objects_at(data, "liquidity"))
        if any(order.after_s is not None for order in liquidity):
            raise ValueError("scenario liquidity rests at the start: after_s is for orders")
        orders = tuple(_scripted(raw, "orders") for raw in objects_at(data, "orders"))
        if any(order.after_s is None for order in orders):
            raise ValueError("scenario orders: each needs after_s (seconds after the start)")
        flows = tuple(_flow(raw) for raw in objects_at(data, "flows"))
        return cls(balance, liquidity, orders, flows)


@dataclass(order=True)
class _Due:
    at_ms: int
    seq: int
    source: int = field(compare=False)
    """-1 for a scripted order, else the index of the flow."""
    order: ScriptedOrder | None = field(compare=False, default=None)


class Traders:
    """The running plan on one exchange: what is due next, placed as the clock passes it."""

    def __init__(self, plan: TraderPlan) -> None:
        self.plan = plan
        self.members: dict[str, str] = {}
        """User ids of the named members placing liquidity and scripted orders (once started)."""
        self.flow_members: list[list[str]] = []
        """Each flow's members' user ids."""
        self._queue: list[_Due] = []
        self._seq = 0
        self._randoms: list[random.Random] = []
        self._running = False
        self._origin_ms = 0

    def start(self, exchange: Exchange) -> None:
        """Open the members (first time only), rest the liquidity and schedule the rest.

        Called when the exchange is made and again on reset (with the exchange's lock held).
        """
        plan = self.plan
        self._queue, self._seq = [], 0
        if plan.empty:
            return
        for order in (*plan.liquidity, *plan.orders):
            if order.trader not in self.members:
                self.members[order.trader] = exchange.add_member(
                    balance_cents=plan.house_balance_cents
                )
        if len(self.flow_members) != len(plan.flows):
            self.flow_members = [
                [
                    exchange.add_member(balance_cents=plan.house_balance_cents)
                    for _ in range(flow.traders)
                ]
                for flow in plan.flows
            ]
        start = self._origin_ms = exchange.started_ms
        self._running = True
        try:
            for order in plan.liquidity:
                self._place(exchange, self.members[order.trader], order, start, None)
        finally:
            self._running = False
        for order in plan.orders:
            assert order.after_s is not None
            self._push(start + round(order.after_s * 1000), -1, order)
        self._randoms = [random.Random(flow.seed) for flow in plan.flows]
        for index, flow in enumerate(plan.flows):
            self._schedule_flow(index, start + round(flow.start_s * 1000))

    @property
    def house(self) -> str | None:
        """The user id of the member named "house" (the default for liquidity and orders)."""
        return self.members.get("house")

    def catch_up(self, exchange: Exchange, now_ms: int) -> None:
        """Place, in time order and each at its own time, every order due by `now_ms`."""
        if self._running or not self._queue or self._queue[0].at_ms > now_ms:
            return
        self._running = True
        try:
            while self._queue and self._queue[0].at_ms <= now_ms:
                due = heapq.heappop(self._queue)
                if due.source == -1:
                    assert due.order is not None
                    member = self.members[due.order.trader]
                    self._place(exchange, member, due.order, due.at_ms, None)
                else:
                    self._flow_order(exchange, due.source, due.at_ms)
                    self._schedule_flow(due.source, due.at_ms)
        finally:
            self._running = False

    def _push(self, at_ms: int, source: int, order: ScriptedOrder | None = None) -> None:
        self._seq += 1
        heapq.heappush(self._queue, _Due(at_ms, self._seq, source, order))

    def _schedule_flow(self, index: int, after_ms: int) -> None:
        flow = self.plan.flows[index]
        gap_ms = max(1, round(self._randoms[index].expovariate(flow.rate_per_s) * 1000))
        at_ms = after_ms + gap_ms
        stop = flow.stop_s
        if stop is None or at_ms <= self._origin_ms + stop * 1000:
            self._push(at_ms, index)

    def _flow_order(self, exchange: Exchange, index: int, at_ms: int) -> None:
        flow = self.plan.flows[index]
        rng = self._randoms[index]
        member = self.flow_members[index][rng.randrange(flow.traders)]
        side = _SIDES[rng.randrange(2)]
        ticks = int(flow.band / _CENT)
        price = flow.mid + _CENT * rng.randint(-ticks, ticks)
        price = min(max(price, _CENT), ONE - _CENT)
        count = Decimal(rng.randint(flow.min_count, flow.max_count))
        order = ScriptedOrder(flow.ticker, side, price, count, None, flow.time_in_force)
        expiry = None
        if flow.expire_after_s is not None:
            expiry = at_ms + max(1, round(flow.expire_after_s * 1000))
        self._place(exchange, member, order, at_ms, expiry)

    def _place(
        self,
        exchange: Exchange,
        user_id: str,
        order: ScriptedOrder,
        at_ms: int,
        expiration_ms: int | None,
    ) -> None:
        request = OrderRequest(
            ticker=order.ticker,
            book_side=order.side,
            yes_price=order.price,
            count=order.count,
            time_in_force=order.time_in_force,
            expiration_ms=expiration_ms,
        )
        # The order is placed as of its own time: the exchange reads a clock stopped there
        # (its lock is held, so no request sees it), and expiries due before it run first.
        real = exchange.clock
        exchange.clock = _Stopped(at_ms)
        try:
            exchange.place_order(user_id, request)
        except SimError:
            pass  # refused (a closed market, no cash): a trader's order that did not go in
        finally:
            exchange.clock = real


class _Stopped:
    """A clock showing one moment."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def now_ms(self) -> int:
        """Return the moment."""
        return self.ms


def _known(raw: Mapping[str, Any], kind: type[Any], where: str) -> None:
    unknown = sorted(set(raw) - {item.name for item in fields(kind)})
    if unknown:
        raise ValueError(f"scenario {where}: unknown fields {', '.join(unknown)}")


def _decimal(raw: Mapping[str, Any], name: str, where: str) -> Decimal:
    value = raw.get(name)
    try:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise InvalidOperation
        return Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"scenario {where}: {name} must be a number, got {value!r}") from None


def _number(raw: Mapping[str, Any], name: str, where: str, default: float | None) -> float | None:
    value = raw.get(name, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError(f"scenario {where}: {name} must be a number >= 0, got {value!r}")
    return float(value)


def _int(raw: Mapping[str, Any], name: str, where: str, default: int) -> int:
    value = raw.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"scenario {where}: {name} must be an integer, got {value!r}")
    return value


def _tif(raw: Mapping[str, Any], where: str) -> TimeInForce:
    value = raw.get("time_in_force", "good_till_canceled")
    if value not in _TIME_IN_FORCE:
        raise ValueError(f"scenario {where}: time_in_force must be one of {_TIME_IN_FORCE}")
    return cast(TimeInForce, value)


def _ticker(raw: Mapping[str, Any], where: str) -> str:
    ticker = raw.get("ticker")
    if not isinstance(ticker, str) or not ticker:
        raise ValueError(f"scenario {where}: a ticker is required")
    return ticker


def _name(raw: Mapping[str, Any], where: str) -> str:
    name = raw.get("trader", "house")
    if not isinstance(name, str) or not name:
        raise ValueError(f"scenario {where}: trader must be a name, got {name!r}")
    return name


def _scripted(raw: Mapping[str, Any], where: str) -> ScriptedOrder:
    _known(raw, ScriptedOrder, where)
    side = raw.get("side")
    if side not in _SIDES:
        raise ValueError(f"scenario {where}: side must be bid or ask, got {side!r}")
    price = _decimal(raw, "price", where)
    count = _decimal(raw, "count", where)
    if not 0 < price < 1 or count <= 0:
        raise ValueError(f"scenario {where}: price must be in (0, 1) and count above 0")
    return ScriptedOrder(
        ticker=_ticker(raw, where),
        side=cast(BookSide, side),
        price=price,
        count=count,
        after_s=_number(raw, "after_s", where, None),
        time_in_force=_tif(raw, where),
        trader=_name(raw, where),
    )


def _flow(raw: Mapping[str, Any]) -> Flow:
    where = "flows"
    _known(raw, Flow, where)
    rate = _number(raw, "rate_per_s", where, None)
    if not rate:
        raise ValueError("scenario flows: rate_per_s (orders per second, above 0) is required")
    mid = _decimal(raw, "mid", where)
    band = _decimal(raw, "band", where) if "band" in raw else Decimal("0.05")
    low, high = _int(raw, "min_count", where, 1), _int(raw, "max_count", where, 10)
    traders = _int(raw, "traders", where, 4)
    if not 0 < mid < 1 or band < 0 or not 1 <= low <= high or traders < 1:
        raise ValueError(
            "scenario flows: need 0 < mid < 1, band >= 0, 1 <= min_count <= max_count, traders >= 1"
        )
    return Flow(
        ticker=_ticker(raw, where),
        rate_per_s=rate,
        mid=mid,
        band=band,
        min_count=low,
        max_count=high,
        seed=_int(raw, "seed", where, 0),
        traders=traders,
        start_s=_number(raw, "start_s", where, 0.0) or 0.0,
        stop_s=_number(raw, "stop_s", where, None),
        expire_after_s=_number(raw, "expire_after_s", where, None),
        time_in_force=_tif(raw, where),
    )


__all__ = ["Flow", "ScriptedOrder", "TraderPlan", "Traders"]
