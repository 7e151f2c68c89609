"""The simulator's WebSocket feed at `/trade-api/ws/v2`, fed by the exchange's events.

A connection's handshake is signed like a REST request (`timestamp + "GET" + path`); a bad one
is answered with the REST 401 body and no upgrade. Commands (`subscribe`, `unsubscribe`,
`update_subscription`, `list_subscriptions`) get Kalshi's replies and error codes. The exchange's
listener (`FeedHub`) never blocks: it builds each connection's frames under the exchange's lock
and puts them on that connection's bounded outbox; a subscription whose frames would overflow
it ends with error 25, as Kalshi's "subscription buffer overflow" does.

Sim choices: re-subscribing to a channel already subscribed merges the markets and answers `ok`
with the existing sid and its full ticker list (a `communications` re-subscribe naming another
shard is refused whole, code 6); `get_snapshot` answers with the snapshots only,
each taking the next seq of its sid and echoing the command's id; an `ok` carries the last seq
its sid used (none before the first sequenced frame) without taking one, so a client tracking
the seq of snapshots and deltas sees no gap; `unsubscribed` takes the next seq of the ending
sid; a delta names `subaccount` only for a nonzero subaccount.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
import uuid
import zlib
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from starlette.responses import JSONResponse
from starlette.websockets import WebSocket, WebSocketDisconnect

from ._auth import authenticate
from ._comms_events import QuoteEvent, RfqEvent, comms_frames
from ._engine import Exchange
from ._errors import SimError
from ._events import (
    BookChange,
    ExchangeReset,
    FillDone,
    GroupEvent,
    MarketLifecycle,
    OrderUpdate,
    PositionChange,
    TradeDone,
)
from ._faults import FeedFaults
from ._feed_events import book_levels, watch_books
from ._fixed import ONE, ZERO, format_amount, format_count, format_dollars, to_cents
from ._views import iso_time

WS_PATH = "/trade-api/ws/v2"
_log = logging.getLogger(__name__)
FAULTS_SCOPE_KEY = "kalshi.sim.feed_faults"
"""Scope entry holding the feed's `FeedFaults`, for the server's ping loop (`no_ping`)."""

CHANNELS = frozenset(
    {
        "orderbook_delta",
        "ticker",
        "trade",
        "fill",
        "user_orders",
        "market_positions",
        "market_lifecycle_v2",
        "multivariate_market_lifecycle",
        "order_group_updates",
        "communications",
    }
)
"""Channels a subscribe accepts (`multivariate_market_lifecycle` sends nothing here)."""
_SEQUENCED = frozenset({"orderbook_delta", "order_group_updates"})
_MARKET_FILTERED = frozenset(
    {"orderbook_delta", "ticker", "trade", "fill", "user_orders", "market_positions"}
)
_PRIVATE = frozenset({"fill", "user_orders", "market_positions", "order_group_updates"})

ERRORS = {
    1: "Unable to process message",
    2: "Params required",
    3: "Channels required",
    4: "Subscription IDs required",
    5: "Unknown command",
    6: "Already subscribed",
    7: "Unknown subscription ID",
    8: "Unknown channel name",
    9: "Authentication required",
    10: "Channel error",
    11: "Invalid parameter",
    12: "Exactly one subscription ID is required",
    13: "Unsupported action",
    14: "Market Ticker required",
    15: "Action required",
    16: "Market not found",
    17: "Internal error",
    19: "shard_factor must be > 0",
    20: "shard_factor is required when shard_key is set",
    21: "shard_key must be >= 0 and < shard_factor",
    22: "shard_factor must be <= 100",
    25: "Subscription buffer overflow",
}
MAX_SHARD_FACTOR = 100


def shard_of(rfq_id: str, factor: int) -> int:
    """The `communications` shard an RFQ's frames go to: CRC-32 of its id modulo the factor.

    Kalshi does not publish how it splits the channel; the simulator's rule keeps every frame
    of one RFQ (its quotes' too) on one shard, and the shards' union is the whole channel.
    """
    return zlib.crc32(rfq_id.encode()) % factor


def _shard(params: dict[str, Any]) -> tuple[int, int] | None:
    """`(shard_factor, shard_key)` of a subscribe, checked as Kalshi's codes 19-22 say."""
    factor, key = params.get("shard_factor"), params.get("shard_key")
    if factor is None:
        if key is not None:
            raise CommandError(20)
        return None
    if not _is_int(factor) or (key is not None and not _is_int(key)):
        raise CommandError(11)
    if factor <= 0:
        raise CommandError(19)
    if factor > MAX_SHARD_FACTOR:
        raise CommandError(22)
    key = 0 if key is None else key
    if not 0 <= key < factor:
        raise CommandError(21)
    return factor, key


def market_id_of(ticker: str) -> str:
    """The stable UUID the sim gives a market (Kalshi's `market_id`)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "kalshi-sim-market:" + ticker))


class CommandError(Exception):
    """A command the feed answers with an `error` frame."""

    def __init__(self, code: int, **extra: str) -> None:
        super().__init__(ERRORS[code])
        self.code = code
        self.extra = extra


@dataclass
class Subscription:
    """One channel subscription of a connection."""

    sid: int
    channel: str
    tickers: list[str] | None
    """Markets it follows, in the order added; None: all of them."""
    use_yes_price: bool = False
    skip_ticker_ack: bool = False
    seq: int = 0
    ended: bool = False
    shard: tuple[int, int] | None = None
    """`communications` only: (shard_factor, shard_key), the share of RFQs it receives."""

    def follows(self, ticker: str) -> bool:
        """Whether frames about `ticker` go to this subscription."""
        return self.tickers is None or ticker in self.tickers

    def takes_rfq(self, rfq_id: str | None) -> bool:
        """Whether this subscription's shard (if any) is the one of `rfq_id`'s frames."""
        return (
            self.shard is None or rfq_id is None or shard_of(rfq_id, self.shard[0]) == self.shard[1]
        )

    def next_seq(self, faults: FeedFaults | None = None) -> int:
        """The next seq of this sid; a `skip_seq` fault makes it jump by one."""
        self.seq += 1
        if faults is not None and faults.take_skip():
            self.seq += 1
        return self.seq


class Outbox:
    """A connection's bounded queue of frames; `put` never blocks and works from any thread."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._frames: deque[str | None] = deque()
        self._lock = threading.Lock()
        self._loop = asyncio.get_running_loop()
        self._thread = threading.get_ident()
        self._ready = asyncio.Event()

    def put(self, frame: dict[str, Any] | None, *, bounded: bool = True) -> bool:
        """Queue a frame (None ends the connection); False when a bounded put finds it full."""
        with self._lock:
            if bounded and len(self._frames) >= self.limit:
                return False
            self._frames.append(None if frame is None else json.dumps(frame))
        if threading.get_ident() == self._thread:
            self._ready.set()
        else:
            with contextlib.suppress(RuntimeError):  # the server's loop has already stopped
                self._loop.call_soon_threadsafe(self._ready.set)
        return True

    async def get(self) -> str | None:
        """The next frame's text, or None when the connection is to end."""
        while True:
            with self._lock:
                if self._frames:
                    return self._frames.popleft()
                self._ready.clear()
            await self._ready.wait()


class Session:
    """One authenticated connection: its subscriptions and its outbox."""

    def __init__(self, hub: FeedHub, user_id: str) -> None:
        self.hub = hub
        self.user_id = user_id
        self.outbox = Outbox(hub.exchange.settings.ws_outbox_frames)
        self.subs: dict[int, Subscription] = {}
        self._next_sid = 1

    # --- frames out -------------------------------------------------------------------------

    def reply(self, frame: dict[str, Any]) -> None:
        """Queue a command reply (replies are never dropped)."""
        self.outbox.put(frame, bounded=False)

    def emit(self, sub: Subscription, kind: str, msg: Any, **extra: Any) -> None:
        """Queue a channel frame; on overflow end the subscription with error 25."""
        if sub.ended:
            return
        frame: dict[str, Any] = {"type": kind, "sid": sub.sid}
        if sub.channel in _SEQUENCED:
            frame["seq"] = sub.next_seq(self.hub.faults)
        frame.update(extra)
        frame["msg"] = msg
        if not self.outbox.put(frame):
            sub.ended = True
            self.subs.pop(sub.sid, None)
            error = {"code": 25, "msg": ERRORS[25]}
            self.reply({"id": 0, "sid": sub.sid, "type": "error", "msg": error})

    # --- commands ---------------------------------------------------------------------------

    def handle(self, text: str) -> None:
        """Carry out one command frame, queueing its replies."""
        command_id: Any = 0
        try:
            try:
                command = json.loads(text)
            except ValueError:
                raise CommandError(1) from None
            if not isinstance(command, dict):
                raise CommandError(1)
            command_id = command.get("id", 0)
            if not isinstance(command_id, int) or isinstance(command_id, bool):
                command_id = 0
                raise CommandError(1)
            name = command.get("cmd")
            if name == "list_subscriptions":
                with self.hub.exchange.lock:  # an overflow ends a sub from another thread
                    listed = [{"channel": s.channel, "sid": s.sid} for s in self.subs.values()]
                self.reply({"id": command_id, "type": "ok", "msg": listed})
                return
            handler = {
                "subscribe": self._subscribe,
                "unsubscribe": self._unsubscribe,
                "update_subscription": self._update,
            }.get(name if isinstance(name, str) else "")
            if handler is None:
                raise CommandError(5)
            params = command.get("params")
            if params is None:
                raise CommandError(2)
            if not isinstance(params, dict):
                raise CommandError(1)
            with self.hub.exchange.lock:
                handler(command_id, params)
        except CommandError as exc:
            msg: dict[str, Any] = {"code": exc.code, "msg": ERRORS[exc.code], **exc.extra}
            self.reply({"id": command_id, "type": "error", "msg": msg})

    def _markets(self, params: dict[str, Any], *, required: bool) -> list[str] | None:
        """The tickers a command names (by ticker or id); None when it names none."""
        tickers: list[str] = []
        for key, many in (("market_ticker", False), ("market_tickers", True)):
            tickers += _strings(params.get(key), many=many)
        ids = _strings(params.get("market_id"), many=False)
        ids += _strings(params.get("market_ids"), many=True)
        for market_id in ids:
            ticker = self.hub.ticker_of_id(market_id)
            if ticker is None:
                raise CommandError(16, market_id=market_id)
            tickers.append(ticker)
        if not tickers:
            if required:
                raise CommandError(14)
            return None
        for ticker in tickers:
            try:
                self.hub.exchange.market(ticker)
            except SimError:
                raise CommandError(16, market_ticker=ticker) from None
        return list(dict.fromkeys(tickers))

    def _subscribe(self, command_id: int, params: dict[str, Any]) -> None:
        channels = params.get("channels")
        if channels is None or channels == []:
            raise CommandError(3)
        if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels):
            raise CommandError(1)
        for channel in channels:
            if channel not in CHANNELS:
                raise CommandError(8)
        tickers = self._markets(params, required="orderbook_delta" in channels)
        shard = None
        if "communications" in channels:
            shard = _shard(params)
            held = self._subscription("communications")
            if held is not None and held.shard != shard:
                # One sid a channel: another shard of it can neither join it nor be ignored.
                raise CommandError(6)
        yes_price = params.get("use_yes_price") is True
        skip_ack = params.get("skip_ticker_ack") is True
        for channel in dict.fromkeys(channels):
            wanted = tickers if channel in _MARKET_FILTERED else None
            existing = self._subscription(channel)
            if existing is not None:
                added = self._add_markets(existing, wanted or [])
                self.reply(self._ok(command_id, existing))
                self._initial(existing, added, params)
                continue
            sub = Subscription(self._next_sid, channel, wanted, yes_price, skip_ack)
            if channel == "communications":
                sub.shard = shard
            self._next_sid += 1
            self.subs[sub.sid] = sub
            self.reply(
                {
                    "id": command_id,
                    "type": "subscribed",
                    "msg": {"channel": channel, "sid": sub.sid},
                }
            )
            self._initial(sub, wanted or [], params)

    def _subscription(self, channel: str) -> Subscription | None:
        """This connection's subscription of `channel`, if any (there is at most one)."""
        return next((s for s in self.subs.values() if s.channel == channel), None)

    def _initial(self, sub: Subscription, tickers: list[str], params: dict[str, Any]) -> None:
        """Snapshots owed to newly followed markets (orderbook, or ticker when asked)."""
        if sub.channel == "orderbook_delta":
            for ticker in tickers:
                self.emit(sub, "orderbook_snapshot", self.hub.snapshot(ticker, sub.use_yes_price))
        elif sub.channel == "ticker" and params.get("send_initial_snapshot") is True:
            for ticker in tickers:
                self.emit(sub, "ticker", self.hub.ticker_msg(ticker))

    def _add_markets(self, sub: Subscription, tickers: Iterable[str]) -> list[str]:
        if sub.tickers is None:
            return []
        added = [t for t in tickers if t not in sub.tickers]
        sub.tickers.extend(added)
        return added

    def _ok(self, command_id: int, sub: Subscription) -> dict[str, Any]:
        frame: dict[str, Any] = {"id": command_id, "sid": sub.sid}
        if sub.seq:
            frame["seq"] = sub.seq
        frame["type"] = "ok"
        if not sub.skip_ticker_ack:
            frame["msg"] = {"market_tickers": list(sub.tickers or [])}
        return frame

    def _unsubscribe(self, command_id: int, params: dict[str, Any]) -> None:
        sids = params.get("sids")
        if sids is None or sids == []:
            raise CommandError(4)
        if not isinstance(sids, list) or not all(_is_int(s) for s in sids):
            raise CommandError(1)
        for sid in sids:
            if sid not in self.subs:
                raise CommandError(7)
        for sid in dict.fromkeys(sids):  # a sid named twice ends once
            sub = self.subs.pop(sid)
            sub.ended = True
            seq = sub.next_seq()
            self.reply({"id": command_id, "sid": sid, "seq": seq, "type": "unsubscribed"})

    def _update(self, command_id: int, params: dict[str, Any]) -> None:
        if "sids" in params:
            sids = params["sids"]
            if not isinstance(sids, list) or len(sids) != 1:
                raise CommandError(12)
            sid = sids[0]
        elif "sid" in params:
            sid = params["sid"]
        else:
            raise CommandError(4)
        if not _is_int(sid):
            raise CommandError(1)
        sub = self.subs.get(sid)
        if sub is None:
            raise CommandError(7)
        action = params.get("action")
        if action is None:
            raise CommandError(15)
        if action not in ("add_markets", "delete_markets", "get_snapshot"):
            raise CommandError(13)
        tickers = self._markets(params, required=True) or []
        if action == "get_snapshot":
            if sub.channel != "orderbook_delta":
                raise CommandError(13)
            for ticker in tickers:
                msg = self.hub.snapshot(ticker, sub.use_yes_price)
                self.emit(sub, "orderbook_snapshot", msg, id=command_id)
            return
        if sub.channel not in _MARKET_FILTERED:
            raise CommandError(13)
        if action == "add_markets":
            if sub.tickers is None:
                sub.tickers = []
            added = self._add_markets(sub, tickers)
            self.reply(self._ok(command_id, sub))
            self._initial(sub, added, params)
        else:
            if sub.tickers is not None:
                sub.tickers = [t for t in sub.tickers if t not in tickers]
            self.reply(self._ok(command_id, sub))

    # --- events -----------------------------------------------------------------------------

    def deliver(
        self, channel: str, ticker: str | None, kind: str, msg: Any, rfq_id: str | None = None
    ) -> None:
        """Send a frame to this connection's subscriptions of `channel` that follow `ticker`.

        A frame about an RFQ (`rfq_id`) goes only to the subscriptions whose shard holds it.
        """
        for sub in list(self.subs.values()):
            followed = ticker is None or sub.follows(ticker)
            if sub.channel == channel and followed and sub.takes_rfq(rfq_id):
                self.emit(sub, kind, msg)

    def book_change(self, event: BookChange, msg: dict[str, Any]) -> None:
        """Send an orderbook delta, priced for each subscription and naming your own order."""
        for sub in list(self.subs.values()):
            if sub.channel != "orderbook_delta" or not sub.follows(event.ticker):
                continue
            own = dict(msg)
            if sub.use_yes_price and event.side == "no":
                own["price_dollars"] = format_dollars(ONE - event.price)
            if event.user_id == self.user_id:
                if event.client_order_id is not None:
                    own["client_order_id"] = event.client_order_id
                if event.subaccount:
                    own["subaccount"] = event.subaccount
            self.emit(sub, "orderbook_delta", own)


class FeedHub:
    """The exchange's feed listener: turns events into frames for every open connection."""

    def __init__(self, exchange: Exchange, faults: FeedFaults | None = None) -> None:
        self.exchange = exchange
        self.faults = faults if faults is not None else FeedFaults()
        self.faults.on_drop(self.drop_all)
        self.sessions: list[Session] = []
        self._last_order: dict[str, OrderUpdate] = {}
        self._last_top: dict[str, tuple[Any, ...]] = {}
        self._last_size: dict[str, Decimal] = {}
        watch_books(exchange)  # first, so a book's deltas go out before the order's frame
        # Listening only while a connection is open: without one the engine builds no events.
        self._stop: Callable[[], None] = exchange.bus.subscribe(
            self, listening=lambda: bool(self.sessions)
        )

    def add_session(self, session: Session) -> None:
        """Start fanning events out to `session` (under the exchange's lock)."""
        idle = not self.exchange.bus
        self.sessions.append(session)
        if idle:
            self.exchange.bus.wake()  # the book watch catches up before the first event

    def remove_session(self, session: Session) -> None:
        """Stop fanning events out to `session` (once its connection ends or is dropped)."""
        with self.exchange.lock:
            if session in self.sessions:
                self.sessions.remove(session)

    def close(self) -> None:
        """Stop listening to the exchange."""
        self._stop()

    def drop_all(self) -> None:
        """End every open connection now (the `drop` fault with no frame count)."""
        for session in list(self.sessions):
            session.outbox.put(None, bounded=False)

    def ticker_of_id(self, market_id: str) -> str | None:
        """The listed market with this `market_id`, if any."""
        for market in self.exchange.listed_markets():
            if market_id_of(market.ticker) == market_id:
                return market.ticker
        return None

    def snapshot(self, ticker: str, use_yes_price: bool) -> dict[str, Any]:
        """A market's `orderbook_snapshot` msg; an empty side's key is left out."""
        msg: dict[str, Any] = {"market_ticker": ticker, "market_id": market_id_of(ticker)}
        levels = book_levels(self.exchange, ticker)
        for side in ("yes", "no"):
            prices = sorted(
                (ONE - price if side == "no" and use_yes_price else price, count)
                for (level_side, price), count in levels.items()
                if level_side == side
            )
            if prices:
                msg[f"{side}_dollars_fp"] = [
                    [format_dollars(price), format_count(count)] for price, count in prices
                ]
        return msg

    def ticker_msg(self, ticker: str) -> dict[str, Any]:
        """A market's `ticker` msg: last price, top of book, volume and open interest."""
        market = self.exchange.listed(ticker)  # reads nothing else: listeners must not tick
        now = self.exchange.clock.now_ms()
        bid = market.book.top("bid") if market is not None else None
        ask = market.book.top("ask") if market is not None else None
        interest = self.exchange.open_interest(ticker)
        last = ZERO if market is None or market.last_price is None else market.last_price
        volume = ZERO if market is None else market.volume
        return {
            "market_ticker": ticker,
            "market_id": market_id_of(ticker),
            "price_dollars": format_dollars(last),
            "yes_bid_dollars": format_dollars(bid[0] if bid else ZERO),
            "yes_ask_dollars": format_dollars(ask[0] if ask else ONE),
            "yes_bid_size_fp": format_count(bid[1] if bid else ZERO),
            "yes_ask_size_fp": format_count(ask[1] if ask else ZERO),
            "last_trade_size_fp": format_count(self._last_size.get(ticker, ZERO)),
            "volume_fp": format_count(volume),
            "open_interest_fp": format_count(interest),
            "dollar_volume": to_cents(volume) // 100,
            "dollar_open_interest": to_cents(interest) // 100,
            "ts": now // 1000,
            "ts_ms": now,
            "time": iso_time(now),
        }

    def __call__(self, event: object) -> None:
        """Fan one exchange event out to the connections (called under the exchange's lock).

        A fault of the feed never fails the exchange's operation: it is logged instead. A reset
        of the exchange ends every connection: what they were told belongs to the exchange that was.
        """
        if isinstance(event, ExchangeReset):
            self._last_order.clear()
            self._last_top.clear()
            self._last_size.clear()
            self.drop_all()
            return
        if not self.sessions:
            return
        try:
            self._fan_out(event)
        except Exception:
            _log.exception("the feed could not deliver %r", event)

    def _fan_out(self, event: object) -> None:
        if isinstance(event, BookChange):
            msg = {
                "market_ticker": event.ticker,
                "market_id": market_id_of(event.ticker),
                "price_dollars": format_dollars(event.price),
                "delta_fp": format_count(event.delta),
                "side": event.side,
                "ts": iso_time(event.at_ms),
                "ts_ms": event.at_ms,
            }
            for session in list(self.sessions):
                session.book_change(event, msg)
            self._ticker(event.ticker)
        elif isinstance(event, TradeDone):
            self._last_size[event.ticker] = event.count
            self._send("trade", event.ticker, "trade", _trade_msg(event))
            self._ticker(event.ticker, force=True)
        elif isinstance(event, FillDone):
            self._send("fill", event.ticker, "fill", _fill_msg(event), to=event.user_id)
        elif isinstance(event, OrderUpdate):
            if self._last_order.get(event.order_id) == event:
                return
            self._last_order[event.order_id] = event
            msg = _order_msg(event)
            self._send("user_orders", event.ticker, "user_order", msg, to=event.user_id)
        elif isinstance(event, PositionChange):
            msg = _position_msg(event)
            self._send("market_positions", event.ticker, "market_position", msg, to=event.user_id)
        elif isinstance(event, GroupEvent):
            msg = {"event_type": event.event_type, "order_group_id": event.group_id}
            if event.limit is not None:
                msg["contracts_limit_fp"] = format_count(event.limit)
            msg["ts_ms"] = event.at_ms
            self._send("order_group_updates", None, "order_group_updates", msg, to=event.user_id)
        elif isinstance(event, MarketLifecycle):
            msg = {"event_type": event.event_type, "market_ticker": event.ticker, **event.fields}
            self._send("market_lifecycle_v2", None, "market_lifecycle_v2", msg)
        elif isinstance(event, RfqEvent | QuoteEvent):
            for user_id, kind, msg in comms_frames(event):
                self._send("communications", None, kind, msg, event.rfq_id, to=user_id)

    def _send(
        self,
        channel: str,
        ticker: str | None,
        kind: str,
        msg: dict[str, Any],
        rfq_id: str | None = None,
        *,
        to: str | None = None,
    ) -> None:
        """Deliver a frame to every connection, or with `to` only to that member's."""
        for session in list(self.sessions):
            if to is None or session.user_id == to:
                session.deliver(channel, ticker, kind, msg, rfq_id)

    def _ticker(self, ticker: str, *, force: bool = False) -> None:
        """Send a `ticker` frame when the top of the book (or, forced, a trade) changed it."""
        if not any(s.channel == "ticker" for x in self.sessions for s in x.subs.values()):
            return
        msg = self.ticker_msg(ticker)
        key = tuple(
            msg[k]
            for k in ("yes_bid_dollars", "yes_ask_dollars", "yes_bid_size_fp", "yes_ask_size_fp")
        )
        if not force and self._last_top.get(ticker) == key:
            return
        self._last_top[ticker] = key
        self._send("ticker", ticker, "ticker", msg)


def _trade_msg(event: TradeDone) -> dict[str, Any]:
    outcome = "yes" if event.taker_book_side == "bid" else "no"
    return {
        "trade_id": event.trade_id,
        "market_ticker": event.ticker,
        "yes_price_dollars": format_dollars(event.yes_price),
        "no_price_dollars": format_dollars(ONE - event.yes_price),
        "count_fp": format_count(event.count),
        "taker_side": outcome,
        "taker_outcome_side": outcome,
        "taker_book_side": event.taker_book_side,
        "is_block_trade": False,
        "ts": event.at_ms // 1000,
        "ts_ms": event.at_ms,
    }


def _fill_msg(event: FillDone) -> dict[str, Any]:
    outcome = "yes" if event.book_side == "bid" else "no"
    msg: dict[str, Any] = {
        "trade_id": event.trade_id,
        "order_id": event.order_id,
        "market_ticker": event.ticker,
        "exchange_index": event.exchange_index,
        "is_taker": event.is_taker,
        "outcome_side": outcome,
        "book_side": event.book_side,
        "side": outcome,
        "action": "buy",
        "purchased_side": outcome,
        "yes_price_dollars": format_dollars(event.yes_price),
        "count_fp": format_count(event.count),
        "fee_cost": format_amount(event.fee),
        "post_position_fp": format_count(event.post_position),
        "client_order_id": event.client_order_id,
        "ts": event.at_ms // 1000,
        "ts_ms": event.at_ms,
    }
    if event.subaccount:
        msg["subaccount"] = event.subaccount
    return msg


def _order_msg(event: OrderUpdate) -> dict[str, Any]:
    outcome = "yes" if event.book_side == "bid" else "no"
    msg: dict[str, Any] = {
        "order_id": event.order_id,
        "user_id": event.user_id,
        "ticker": event.ticker,
        "status": event.status,
        "side": outcome,
        "is_yes": outcome == "yes",
        "outcome_side": outcome,
        "book_side": event.book_side,
        "yes_price_dollars": format_dollars(event.yes_price),
        "fill_count_fp": format_count(event.fill_count),
        "remaining_count_fp": format_count(event.remaining_count),
        "initial_count_fp": format_count(event.initial_count),
        "taker_fill_cost_dollars": format_amount(event.taker_fill_cost),
        "maker_fill_cost_dollars": format_amount(event.maker_fill_cost),
        "taker_fees_dollars": format_amount(event.taker_fees),
        "maker_fees_dollars": format_amount(event.maker_fees),
        "client_order_id": event.client_order_id,
        "self_trade_prevention_type": event.self_trade_prevention,
        "created_time": iso_time(event.created_ms),
        "created_ts_ms": event.created_ms,
        "last_updated_time": iso_time(event.last_update_ms),
        "last_updated_ts_ms": event.last_update_ms,
        "subaccount_number": event.subaccount,
    }
    if event.order_group_id is not None:
        msg["order_group_id"] = event.order_group_id
    if event.expiration_ms is not None:
        msg["expiration_time"] = iso_time(event.expiration_ms)
        msg["expiration_ts_ms"] = event.expiration_ms
    return msg


def _position_msg(event: PositionChange) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "user_id": event.user_id,
        "market_ticker": event.ticker,
        "position_fp": format_count(event.position),
        "position_cost_dollars": format_amount(event.position_cost),
        "realized_pnl_dollars": format_amount(event.realized_pnl),
        "fees_paid_dollars": format_amount(event.fees_paid),
        "position_fee_cost_dollars": format_amount(ZERO),
        "volume_fp": format_count(event.volume),
    }
    if event.subaccount:
        msg["subaccount"] = event.subaccount
    return msg


def _strings(value: Any, *, many: bool) -> list[str]:
    if value is None:
        return []
    if many:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CommandError(11)
        return list(value)
    if not isinstance(value, str):
        raise CommandError(11)
    return [value]


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def feed_endpoint(hub: FeedHub) -> Callable[[WebSocket], Any]:
    """The Starlette websocket endpoint serving `hub`'s feed."""

    async def endpoint(websocket: WebSocket) -> None:
        raw_path = websocket.scope.get("raw_path") or websocket.url.path.encode("utf-8")
        try:
            user_id = authenticate(
                hub.exchange, websocket.headers, "GET", bytes(raw_path).split(b"?", 1)[0]
            )
        except SimError as error:
            extensions = websocket.scope.get("extensions") or {}
            if "websocket.http.response" in extensions:
                await websocket.send_denial_response(
                    JSONResponse(error.body(), status_code=error.status)
                )
            else:  # no way to answer with a status: refuse the upgrade (servers send 403)
                await websocket.close(code=1008)
            return
        await websocket.accept()
        websocket.scope[FAULTS_SCOPE_KEY] = hub.faults
        session = Session(hub, user_id)
        with hub.exchange.lock:
            hub.add_session(session)
        writer = asyncio.get_running_loop().create_task(_write(websocket, session))
        try:
            while True:
                message = await websocket.receive()
                if message["type"] == "websocket.disconnect":
                    break
                text = message.get("text")
                if text is None:
                    text = (message.get("bytes") or b"").decode("utf-8", "replace")
                session.handle(text)
                if writer.done():
                    break
        except WebSocketDisconnect:
            pass
        finally:
            hub.remove_session(session)
            writer.cancel()
            await asyncio.gather(writer, return_exceptions=True)

    return endpoint


async def _write(websocket: WebSocket, session: Session) -> None:
    """Send the session's frames; a `drop_after_frames` fault closes the connection abruptly."""
    faults = session.hub.faults
    sent, epoch = 0, faults.drop_epoch
    while True:
        text = await session.outbox.get()
        if faults.drop_epoch != epoch:
            sent, epoch = 0, faults.drop_epoch
        limit = faults.drop_after_frames
        if text is None or (limit is not None and sent >= limit):
            session.hub.remove_session(session)
            await websocket.close(code=1011, reason="dropped by the simulator's fault plan")
            return
        await websocket.send_text(text)
        sent += 1
