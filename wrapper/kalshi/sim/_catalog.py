"""The market catalog: series, events and markets, loaded from a scenario.

A scenario is a JSON or YAML file, a mapping of the same shape, or a `Scenario`. Its shape::

    {"series": [{"ticker": "KXPRES", "title": "...", "category": "Politics", ...,
                 "events": [{"event_ticker": "KXPRES-24", "title": "...", ...,
                             "markets": [{"ticker": "KXPRES-24-DJT", ...}],
                             "market_pattern": "KXPRES-24-[A-Z]+"}]}],
     "events": [...], "markets": [...]}

Children nested in a parent inherit its ticker (`series_ticker`, `event_ticker`); events and
markets may also be listed flat at the top level, naming their parent. A flat market without
`event_ticker` belongs to its ticker minus the last dash segment, and an event or series named
but not declared is made with default fields. An event's `market_pattern` (a regular
expression matched in full) opens a market on first use for every ticker it matches.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal, InvalidOperation
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any, TypeVar

SCENARIO_PACKAGE = "kalshi.sim.scenarios"
DEFAULT_SCENARIO = "default.json"
DAY_MS = 86_400_000
_Spec = TypeVar("_Spec")


@dataclass(frozen=True)
class PriceRange:
    """One band of a market's price grid: prices from `start` (inclusive) to `end` by `step`."""

    start: Decimal
    end: Decimal
    step: Decimal


def _bands(*parts: tuple[str, str, str]) -> tuple[PriceRange, ...]:
    return tuple(PriceRange(Decimal(a), Decimal(b), Decimal(c)) for a, b, c in parts)


def _tapered(edge: str, center: str) -> tuple[PriceRange, ...]:
    return _bands(("0", "0.10", edge), ("0.10", "0.90", center), ("0.90", "1", edge))


PRICE_STRUCTURES: Mapping[str, tuple[PriceRange, ...]] = {
    "linear_cent": _bands(("0", "1", "0.01")),
    "deci_cent": _bands(("0", "1", "0.001")),
    "tapered_deci_cent": _tapered("0.001", "0.01"),
    "center_whole_edge_half_cent": _tapered("0.005", "0.01"),
    "center_whole_edge_quint_cent": _tapered("0.002", "0.01"),
    "center_half_edge_half_cent": _bands(("0", "1", "0.005")),
    "center_half_edge_quint_cent": _tapered("0.002", "0.005"),
    "center_half_edge_deci_cent": _tapered("0.001", "0.005"),
    "center_quint_edge_quint_cent": _bands(("0", "1", "0.002")),
    "center_quint_edge_deci_cent": _tapered("0.001", "0.002"),
    "center_centi_edge_centi_cent": _bands(("0", "1", "0.0001")),
    "center_deci_edge_centi_cent": _bands(
        ("0", "0.01", "0.0001"), ("0.01", "0.99", "0.001"), ("0.99", "1", "0.0001")
    ),
}
"""Kalshi's named price structures and their bands (see the research notes, prices)."""


def on_grid(price: Decimal, ranges: Iterable[PriceRange]) -> bool:
    """Whether a YES price is orderable: 0 < p < 1 and on the step of the band holding it.

    Sim choice: a band owns its `start` and not its `end` (edge prices are whole cents, on
    which every structure agrees).
    """
    if not 0 < price < 1:
        return False
    for band in ranges:
        if band.start <= price < band.end:
            return (price - band.start) % band.step == 0
    return False


@dataclass(frozen=True)
class SeriesSpec:
    """A series: a template of recurring events, with its fee schedule."""

    ticker: str
    title: str = ""
    category: str = "Simulated"
    categories: tuple[str, ...] = ()
    frequency: str = "custom"
    fee_type: str = "quadratic"
    fee_multiplier: float = 1.0
    tags: tuple[str, ...] = ()
    settlement_sources: tuple[Mapping[str, str], ...] = ()
    contract_url: str = ""
    contract_terms_url: str = ""
    additional_prohibitions: tuple[str, ...] = ()
    exchange_index: int = 0


@dataclass(frozen=True)
class EventSpec:
    """An event: the markets of one real-world question, in one series."""

    event_ticker: str
    series_ticker: str
    title: str = ""
    sub_title: str = ""
    mutually_exclusive: bool = False
    collateral_return_type: str = ""
    market_pattern: str | None = None
    exchange_index: int = 0
    fee_type_override: str | None = None
    """The event's own fee type, in place of its series' (None: the series')."""
    fee_multiplier_override: float | None = None


@dataclass(frozen=True)
class MarketSpec:
    """A market's fixed description: where it trades, its times, titles and price grid.

    `open_ms`/`close_ms` None mean "when the exchange starts" and "a year after it opens".
    `status` is the scenario's status; an `active` market reads `initialized` before its open
    time and `closed` from its close time.
    """

    ticker: str
    event_ticker: str
    title: str = ""
    subtitle: str = ""
    yes_sub_title: str = "Yes"
    no_sub_title: str = "No"
    status: str = "active"
    open_ms: int | None = None
    close_ms: int | None = None
    price_level_structure: str = "linear_cent"
    price_ranges: tuple[PriceRange, ...] = PRICE_STRUCTURES["linear_cent"]
    exchange_index: int = 0
    rules_primary: str = "Simulated market: settles Yes or No."
    rules_secondary: str = ""
    can_close_early: bool = True
    settle_ms: int | None = None
    """When the market settles by itself (scenario `settle_time`), with `settle_result`."""
    settle_result: str | None = None

    def opens_ms(self, started_ms: int) -> int:
        """Open time in ms since the epoch, given when the exchange started."""
        return started_ms if self.open_ms is None else self.open_ms

    def closes_ms(self, started_ms: int) -> int:
        """Close time in ms since the epoch, given when the exchange started."""
        if self.close_ms is not None:
            return self.close_ms
        return self.opens_ms(started_ms) + 365 * DAY_MS

    def status_at(self, now_ms: int, started_ms: int) -> str:
        """The `Market.status` at a moment: the scenario's, or derived from the times."""
        if self.status != "active":
            return self.status
        if now_ms < self.opens_ms(started_ms):
            return "initialized"
        if now_ms >= self.closes_ms(started_ms):
            return "closed"
        return "active"


def read_document(path: str | PathLike[str]) -> Mapping[str, Any]:
    """A scenario file's decoded document: JSON, or YAML when it ends in .yaml or .yml."""
    file = Path(path)
    text = file.read_text(encoding="utf-8")
    if file.suffix.lower() in (".yaml", ".yml"):
        import yaml  # only needed for a YAML scenario

        document = yaml.safe_load(text)
    else:
        document = json.loads(text)
    if not isinstance(document, Mapping):
        raise ValueError(f"scenario {file}: the top level must be an object")
    return document


@dataclass(frozen=True)
class Scenario:
    """Series, events and markets to list, parsed and checked; build one with `load`."""

    series: tuple[SeriesSpec, ...] = ()
    events: tuple[EventSpec, ...] = ()
    markets: tuple[MarketSpec, ...] = ()

    @classmethod
    def load(cls, source: ScenarioSource | None = None) -> Scenario:
        """A scenario from a file path (JSON, or YAML by extension), a mapping or a Scenario.

        None loads the packaged default scenario.
        """
        if source is None:
            text = resources.files(SCENARIO_PACKAGE).joinpath(DEFAULT_SCENARIO).read_text("utf-8")
            return cls.from_mapping(json.loads(text))
        if isinstance(source, Scenario):
            return source
        if isinstance(source, Mapping):
            return cls.from_mapping(source)
        return cls.from_file(source)

    @classmethod
    def from_file(cls, path: str | PathLike[str]) -> Scenario:
        """Parse a scenario file: JSON, or YAML when it ends in .yaml or .yml."""
        return cls.from_mapping(read_document(path))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Scenario:
        """Parse a scenario given as a mapping (the decoded JSON or YAML document)."""
        series: list[SeriesSpec] = []
        events: list[EventSpec] = []
        markets: list[MarketSpec] = []
        for raw in objects_at(data, "series"):
            entry = dict(raw)
            children = entry.pop("events", ())
            series.append(_build(SeriesSpec, entry))
            for event in _list(children, "series.events"):
                _add_event(dict(event), series[-1].ticker, events, markets)
        for raw in objects_at(data, "events"):
            _add_event(dict(raw), None, events, markets)
        for raw in objects_at(data, "markets"):
            markets.append(_market(dict(raw), None))
        return cls(tuple(series), tuple(events), tuple(markets))


ScenarioSource = Scenario | Mapping[str, Any] | str | PathLike[str]
"""What a scenario can be given as."""


class Catalog:
    """The series, events and markets an exchange lists (not thread-safe: the engine locks)."""

    def __init__(self) -> None:
        self.series: dict[str, SeriesSpec] = {}
        self.events: dict[str, EventSpec] = {}
        self.markets: dict[str, MarketSpec] = {}
        self._patterns: list[tuple[re.Pattern[str], EventSpec]] = []

    def add(self, scenario: Scenario) -> list[MarketSpec]:
        """Add a scenario's entries (replacing same tickers); return the markets added."""
        for series in scenario.series:
            self.series[series.ticker] = series
        for event in scenario.events:
            self._ensure_series(event.series_ticker)
            self.events[event.event_ticker] = event
            if event.market_pattern is not None:
                self._patterns.append((re.compile(event.market_pattern), event))
        for market in scenario.markets:
            self.ensure_event(market.event_ticker)
            self.markets[market.ticker] = market
        return list(scenario.markets)

    def ensure_event(self, event_ticker: str) -> EventSpec:
        """The event with this ticker, made with default fields if it is not listed yet."""
        event = self.events.get(event_ticker)
        if event is None:
            series = self._ensure_series(event_ticker.split("-", 1)[0])
            event = EventSpec(event_ticker, series.ticker, title=event_ticker)
            self.events[event_ticker] = event
        return event

    def by_pattern(self, ticker: str) -> MarketSpec | None:
        """A market for a ticker that an event's `market_pattern` matches, else None."""
        for pattern, event in self._patterns:
            if pattern.fullmatch(ticker):
                return MarketSpec(
                    ticker,
                    event.event_ticker,
                    title=event.title,
                    exchange_index=event.exchange_index,
                )
        return None

    def _ensure_series(self, ticker: str) -> SeriesSpec:
        series = self.series.get(ticker)
        if series is None:
            series = SeriesSpec(ticker, title=ticker)
            self.series[ticker] = series
        return series


def _add_event(
    entry: dict[str, Any],
    series_ticker: str | None,
    events: list[EventSpec],
    markets: list[MarketSpec],
) -> None:
    children = entry.pop("markets", ())
    if series_ticker is not None:
        entry.setdefault("series_ticker", series_ticker)
    ticker = entry.get("event_ticker")
    if "series_ticker" not in entry and isinstance(ticker, str):
        entry["series_ticker"] = ticker.split("-", 1)[0]
    event = _build(EventSpec, entry)
    if event.market_pattern is not None:
        try:
            re.compile(event.market_pattern)
        except re.error as error:
            raise ValueError(f"event {event.event_ticker}: bad market_pattern: {error}") from None
    events.append(event)
    for market in _list(children, f"event {event.event_ticker} markets"):
        markets.append(_market(dict(market), event.event_ticker))


def _market(entry: dict[str, Any], event_ticker: str | None) -> MarketSpec:
    if event_ticker is not None:
        entry.setdefault("event_ticker", event_ticker)
    ticker = entry.get("ticker")
    if "event_ticker" not in entry and isinstance(ticker, str):
        entry["event_ticker"] = ticker.rsplit("-", 1)[0]
    for name in ("open_time", "close_time", "settle_time"):
        if name in entry:
            entry[name.replace("_time", "_ms")] = _time_ms(entry.pop(name), name)
    if ("settle_ms" in entry) != ("settle_result" in entry) or entry.get(
        "settle_result", "yes"
    ) not in ("yes", "no"):
        raise ValueError(f"market {ticker}: settle_time needs settle_result yes or no, and back")
    structure = entry.get("price_level_structure", "linear_cent")
    if "price_ranges" in entry:
        entry["price_ranges"] = _ranges(entry["price_ranges"], str(ticker))
    elif structure in PRICE_STRUCTURES:
        entry["price_ranges"] = PRICE_STRUCTURES[structure]
    else:
        raise ValueError(f"market {ticker}: unknown price_level_structure {structure!r}")
    return _build(MarketSpec, entry)


def _ranges(raw: Any, ticker: str) -> tuple[PriceRange, ...]:
    bands: list[PriceRange] = []
    for band in _list(raw, f"market {ticker} price_ranges"):
        try:
            start, end, step = (Decimal(str(band[key])) for key in ("start", "end", "step"))
        except (KeyError, TypeError, InvalidOperation):
            raise ValueError(
                f"market {ticker}: each price range needs start, end and step"
            ) from None
        if not (0 <= start < end <= 1 and step > 0):
            raise ValueError(f"market {ticker}: bad price range {band}")
        bands.append(PriceRange(start, end, step))
    if not bands:
        raise ValueError(f"market {ticker}: price_ranges is empty")
    return tuple(bands)


def _time_ms(value: Any, name: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value * 1000  # Unix seconds
    if isinstance(value, datetime):
        return int(value.timestamp() * 1000)
    if isinstance(value, str):
        try:
            return int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() * 1000)
        except ValueError:
            pass
    raise ValueError(f"{name} must be an RFC 3339 time or Unix seconds, not {value!r}")


def _build(kind: type[_Spec], entry: Mapping[str, Any]) -> _Spec:
    known = {item.name: item for item in fields(kind)}  # type: ignore[arg-type]
    unknown = sorted(set(entry) - set(known))
    if unknown:
        raise ValueError(f"{kind.__name__}: unknown fields {', '.join(unknown)}")
    values: dict[str, Any] = {}
    for name, value in entry.items():
        if isinstance(value, list):
            value = tuple(value)
        values[name] = value
    try:
        built = kind(**values)
    except TypeError as error:
        raise ValueError(f"{kind.__name__}: {error}") from None
    ticker = getattr(built, "ticker", None) or getattr(built, "event_ticker", None)
    if not isinstance(ticker, str) or not ticker:
        raise ValueError(f"{kind.__name__}: a ticker is required")
    return built


def objects_at(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    """A scenario key's list of objects (empty when the key is absent); refuse anything else."""
    return _list(data.get(key, ()), key)


def _list(raw: Any, where: str) -> list[Mapping[str, Any]]:
    if not isinstance(raw, list | tuple) or not all(isinstance(item, Mapping) for item in raw):
        raise ValueError(f"scenario {where}: expected a list of objects")
    return list(raw)
