"""One table of operations: for every operationId of the spec, its name and its policy.

Each entry gives the documented resource (the client attribute, possibly nested such as
`communications.rfqs`) and method name, whether a repeat of the request is safe, which token
bucket it draws on and at what cost, and how it pages. Policy code reads this table instead of
guessing from path prefixes; `tests/test_operation_table.py` fails when the spec gains, loses
or moves an operation that the table does not match.

Plain data only: importing this module reads no file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal, TypedDict

from ._retry import DEFAULT_COST, Bucket, Safety

__all__ = [
    "OPERATIONS",
    "Bucket",
    "Operation",
    "Safety",
    "Status",
    "operation_for",
]

Status = Literal["current", "deprecated", "retired"]


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, with its documented name and the policy that applies to it."""

    operation_id: str
    method: str  # upper case
    path: str  # the spec's template, relative to /trade-api/v2
    resource: str  # client attribute, dotted when nested
    name: str  # method on that resource (for a paged list: the one-page method)
    safety: Safety
    bucket: Bucket
    cost: int = DEFAULT_COST  # tokens per request, or per item when cost_per_item
    cost_per_item: bool = False
    items: str | None = None  # paging: the array property holding a page's items
    cursor: str | None = None  # paging: the response property holding the next cursor
    all_name: str | None = None  # paging: the method that iterates every page
    aliases: tuple[tuple[str, str], ...] = ()  # other documented (resource, method) names
    status: Status = "current"  # retired: Kalshi answers 410; deprecated: raw request only


# Short names for the table's rows.
R = Safety.REPEATABLE
K = Safety.KEYED
O = Safety.ONCE  # noqa: E741
READ = Bucket.READ
WRITE = Bucket.WRITE


class _Paging(TypedDict):
    """The paging fields of an Operation."""

    items: str
    cursor: str
    all_name: str


def _paged(items: str, all_name: str, cursor: str = "cursor") -> _Paging:
    """The paging fields of a listing: item key, cursor property and iterator name."""
    return {"items": items, "cursor": cursor, "all_name": all_name}


# fmt: off
_TABLE: tuple[Operation, ...] = (
    # account
    Operation("GetAccountApiLimits", "GET", "/account/limits", "account", "limits", R, READ),
    Operation("GetPerpsAccountApiLimits", "GET", "/account/limits/perps", "account",
              "perps_limits", R, READ),
    Operation("GetAccountEndpointCosts", "GET", "/account/endpoint_costs", "account",
              "endpoint_costs", R, READ),
    Operation("GetAccountApiUsageLevelVolumeProgress", "GET",
              "/account/api_usage_level/volume_progress", "account", "volume_progress", R, READ),
    # Asking again for the tier the account already has changes nothing.
    Operation("UpgradeAccountApiUsageLevel", "POST", "/account/api_usage_level/upgrade", "account",
              "upgrade", R, READ, cost=30),

    # api_keys
    Operation("GetApiKeys", "GET", "/api_keys", "api_keys", "list", R, READ),
    Operation("CreateApiKey", "POST", "/api_keys", "api_keys", "create", O, READ),
    Operation("GenerateApiKey", "POST", "/api_keys/generate", "api_keys", "generate", O, READ),
    Operation("DeleteApiKey", "DELETE", "/api_keys/{api_key}", "api_keys", "delete", R, READ),

    # communications
    Operation("GetCommunicationsID", "GET", "/communications/id", "communications", "get_id",
              R, READ),

    # communications.rfqs (RFQ creates carry no client-given id)
    Operation("GetRFQs", "GET", "/communications/rfqs", "communications.rfqs", "list", R, READ,
              **_paged("rfqs", "list_all"),
              aliases=(("communications", "list_rfqs"), ("communications", "list_all_rfqs"))),
    Operation("CreateRFQ", "POST", "/communications/rfqs", "communications.rfqs", "create", O, READ,
              aliases=(("communications", "create_rfq"),)),
    Operation("GetRFQ", "GET", "/communications/rfqs/{rfq_id}", "communications.rfqs", "get",
              R, READ, aliases=(("communications", "get_rfq"),)),
    Operation("DeleteRFQ", "DELETE", "/communications/rfqs/{rfq_id}", "communications.rfqs",
              "delete", R, READ, aliases=(("communications", "delete_rfq"),)),

    # communications.quotes: the quote flow (create, delete, accept, confirm) bills the write
    # bucket. Accepting or confirming names one quote, which can be accepted only once. The spec
    # marks the /communications/quotes/{quote_id} routes deprecated in favour of the ones under
    # /communications/rfqs/{rfq_id}; they keep their documented names, so they stay current.
    Operation("GetQuotes", "GET", "/communications/quotes", "communications.quotes", "list",
              R, READ, **_paged("quotes", "list_all"),
              aliases=(("communications", "list_quotes"), ("communications", "list_all_quotes"))),
    Operation("CreateQuote", "POST", "/communications/quotes", "communications.quotes", "create",
              O, WRITE, cost=2, aliases=(("communications", "create_quote"),)),
    Operation("GetQuote", "GET", "/communications/quotes/{quote_id}", "communications.quotes",
              "get", R, READ, cost=2, aliases=(("communications", "get_quote"),)),
    Operation("DeleteQuote", "DELETE", "/communications/quotes/{quote_id}",
              "communications.quotes", "delete", R, WRITE, cost=2,
              aliases=(("communications", "delete_quote"),)),
    Operation("AcceptQuote", "PUT", "/communications/quotes/{quote_id}/accept",
              "communications.quotes", "accept", R, WRITE,
              aliases=(("communications", "accept_quote"),)),
    Operation("ConfirmQuote", "PUT", "/communications/quotes/{quote_id}/confirm",
              "communications.quotes", "confirm", R, WRITE,
              aliases=(("communications", "confirm_quote"),)),
    Operation("GetRFQQuote", "GET", "/communications/rfqs/{rfq_id}/quotes/{quote_id}",
              "communications.quotes", "get_for_rfq", R, READ, cost=2),
    Operation("DeleteRFQQuote", "DELETE", "/communications/rfqs/{rfq_id}/quotes/{quote_id}",
              "communications.quotes", "delete_for_rfq", R, WRITE, cost=2),
    Operation("AcceptRFQQuote", "PUT", "/communications/rfqs/{rfq_id}/quotes/{quote_id}/accept",
              "communications.quotes", "accept_for_rfq", R, WRITE),
    Operation("ConfirmRFQQuote", "PUT", "/communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm",
              "communications.quotes", "confirm_for_rfq", R, WRITE),

    # communications.block_trade_proposals: only the accept bills the write bucket.
    Operation("GetBlockTradeProposals", "GET", "/communications/block-trade-proposals",
              "communications.block_trade_proposals", "list", R, READ,
              **_paged("block_trade_proposals", "list_all")),
    Operation("ProposeBlockTrade", "POST", "/communications/block-trade-proposals",
              "communications.block_trade_proposals", "create", O, READ),
    Operation("AcceptBlockTradeProposal", "POST",
              "/communications/block-trade-proposals/{block_trade_proposal_id}/accept",
              "communications.block_trade_proposals", "accept", R, WRITE),

    # events
    Operation("GetEvents", "GET", "/events", "events", "list", R, READ,
              **_paged("events", "list_all")),
    Operation("GetMultivariateEvents", "GET", "/events/multivariate", "events",
              "list_multivariate", R, READ, **_paged("events", "list_all_multivariate")),
    Operation("GetEvent", "GET", "/events/{event_ticker}", "events", "get", R, READ),
    Operation("GetEventMetadata", "GET", "/events/{event_ticker}/metadata", "events", "metadata",
              R, READ),
    Operation("GetEventFeeChanges", "GET", "/events/fee_changes", "events", "fee_changes", R, READ,
              **_paged("event_fee_changes", "fee_changes_all")),

    # exchange
    Operation("GetExchangeStatus", "GET", "/exchange/status", "exchange", "status", R, READ),
    Operation("GetExchangeSchedule", "GET", "/exchange/schedule", "exchange", "schedule", R, READ),
    Operation("GetExchangeAnnouncements", "GET", "/exchange/announcements", "exchange",
              "announcements", R, READ),
    Operation("GetUserDataTimestamp", "GET", "/exchange/user_data_timestamp", "exchange",
              "user_data_timestamp", R, READ),

    # fcm (a page of positions holds market_positions and event_positions; items names the first).
    # Neither FCM create carries a client-given id; the subtrader PUTs set a state (a category's
    # blocked flag, the daily cap), so a repeat sets the same one.
    Operation("GetFCMOrders", "GET", "/fcm/orders", "fcm", "orders", R, READ,
              **_paged("orders", "orders_all")),
    Operation("GetFcmFills", "GET", "/fcm/fills", "fcm", "fills", R, READ,
              **_paged("fills", "fills_all")),
    Operation("GetFCMPositions", "GET", "/fcm/positions", "fcm", "positions", R, READ,
              **_paged("market_positions", "positions_all")),
    Operation("CreateFCMPositionTransfer", "POST", "/fcm/positions/transfers", "fcm",
              "create_position_transfer", O, READ),
    Operation("ListFCMSubtraders", "GET", "/fcm/subtraders", "fcm", "list_subtraders", R, READ),
    Operation("CreateFCMSubtrader", "POST", "/fcm/subtraders", "fcm", "create_subtrader", O, READ),
    Operation("GetFCMSubtraderBlockedCategories", "GET", "/fcm/subtraders/blocked_categories",
              "fcm", "blocked_categories", R, READ),
    Operation("UpdateFCMSubtraderBlockedCategories", "PUT", "/fcm/subtraders/blocked_categories",
              "fcm", "update_blocked_categories", R, READ),
    Operation("GetFCMEventContractDailyCap", "GET", "/fcm/subtraders/event_contract_daily_cap",
              "fcm", "event_contract_daily_cap", R, READ),
    Operation("UpdateFCMEventContractDailyCap", "PUT", "/fcm/subtraders/event_contract_daily_cap",
              "fcm", "update_event_contract_daily_cap", R, READ),
    Operation("DeleteFCMEventContractDailyCap", "DELETE",
              "/fcm/subtraders/event_contract_daily_cap", "fcm", "delete_event_contract_daily_cap",
              R, READ),

    # historical
    Operation("GetHistoricalCutoff", "GET", "/historical/cutoff", "historical", "cutoff", R, READ),
    Operation("GetHistoricalMarkets", "GET", "/historical/markets", "historical", "markets",
              R, READ, **_paged("markets", "markets_all")),
    Operation("GetHistoricalMarket", "GET", "/historical/markets/{ticker}", "historical", "market",
              R, READ),
    Operation("GetMarketCandlesticksHistorical", "GET", "/historical/markets/{ticker}/candlesticks",
              "historical", "candlesticks", R, READ),
    Operation("GetFillsHistorical", "GET", "/historical/fills", "historical", "fills", R, READ,
              **_paged("fills", "fills_all")),
    Operation("GetHistoricalOrders", "GET", "/historical/orders", "historical", "orders", R, READ,
              **_paged("orders", "orders_all")),
    Operation("GetTradesHistorical", "GET", "/historical/trades", "historical", "trades", R, READ,
              **_paged("trades", "trades_all")),
    Operation("GetHistoricalPositions", "GET", "/historical/positions", "historical", "positions",
              R, READ, **_paged("market_positions", "positions_all")),

    # incentive_programs (pages through next_cursor, not cursor)
    Operation("GetIncentivePrograms", "GET", "/incentive_programs", "incentive_programs", "list",
              R, READ, **_paged("incentive_programs", "list_all", cursor="next_cursor")),

    # live_data
    Operation("GetLiveDataByMilestone", "GET", "/live_data/milestone/{milestone_id}", "live_data",
              "get", R, READ),
    Operation("GetEventLiveData", "GET", "/live_data/events/{event_ticker}", "live_data",
              "get_event", R, READ),
    Operation("GetLiveData", "GET", "/live_data/{type}/milestone/{milestone_id}", "live_data",
              "get_typed", R, READ),
    Operation("GetLiveDatas", "GET", "/live_data/batch", "live_data", "batch", R, READ),
    Operation("GetGameStats", "GET", "/live_data/milestone/{milestone_id}/game_stats", "live_data",
              "game_stats", R, READ),
    Operation("GetWeatherIndex", "GET", "/live_data/weather/{city}", "live_data", "weather",
              R, READ),
    Operation("GetWeatherIndexCalibrations", "GET", "/live_data/weather/{city}/calibrations",
              "live_data", "weather_calibrations", R, READ),

    # markets
    Operation("GetMarkets", "GET", "/markets", "markets", "list", R, READ,
              **_paged("markets", "list_all")),
    Operation("GetMarket", "GET", "/markets/{ticker}", "markets", "get", R, READ),
    Operation("GetMarketOrderbook", "GET", "/markets/{ticker}/orderbook", "markets", "orderbook",
              R, READ),
    Operation("GetMarketCandlesticks", "GET",
              "/series/{series_ticker}/markets/{ticker}/candlesticks", "markets", "candlesticks",
              R, READ),
    Operation("GetTrades", "GET", "/markets/trades", "markets", "list_trades", R, READ,
              **_paged("trades", "list_all_trades"), aliases=(("markets", "list_trades_all"),)),
    Operation("BatchGetMarketCandlesticks", "GET", "/markets/candlesticks", "markets",
              "bulk_candlesticks", R, READ),
    Operation("GetMarketOrderbooks", "GET", "/markets/orderbooks", "markets", "bulk_orderbooks",
              R, READ),

    # milestones
    Operation("GetMilestones", "GET", "/milestones", "milestones", "list", R, READ,
              **_paged("milestones", "list_all")),
    Operation("GetMilestone", "GET", "/milestones/{milestone_id}", "milestones", "get", R, READ),

    # multivariate_collections: the market a selection makes is the same market every time.
    Operation("GetMultivariateEventCollections", "GET", "/multivariate_event_collections",
              "multivariate_collections", "list", R, READ,
              **_paged("multivariate_contracts", "list_all")),
    Operation("GetMultivariateEventCollection", "GET",
              "/multivariate_event_collections/{collection_ticker}", "multivariate_collections",
              "get", R, READ),
    Operation("CreateMarketInMultivariateEventCollection", "POST",
              "/multivariate_event_collections/{collection_ticker}", "multivariate_collections",
              "create_market", R, READ),
    Operation("GetMultivariateEventCollectionLookupHistory", "GET",
              "/multivariate_event_collections/{collection_ticker}/lookup",
              "multivariate_collections", "lookup_history", R, READ, status="deprecated"),
    Operation("LookupTickersForMarketInMultivariateEventCollection", "PUT",
              "/multivariate_event_collections/{collection_ticker}/lookup",
              "multivariate_collections", "lookup_tickers", R, READ, status="deprecated"),

    # order_groups: every call bills the write bucket, reads included.
    Operation("GetOrderGroups", "GET", "/portfolio/order_groups", "order_groups", "list", R, WRITE),
    Operation("GetOrderGroup", "GET", "/portfolio/order_groups/{order_group_id}", "order_groups",
              "get", R, WRITE),
    Operation("CreateOrderGroup", "POST", "/portfolio/order_groups/create", "order_groups",
              "create", O, WRITE),
    Operation("DeleteOrderGroup", "DELETE", "/portfolio/order_groups/{order_group_id}",
              "order_groups", "delete", R, WRITE),
    Operation("ResetOrderGroup", "PUT", "/portfolio/order_groups/{order_group_id}/reset",
              "order_groups", "reset", R, WRITE),
    Operation("TriggerOrderGroup", "PUT", "/portfolio/order_groups/{order_group_id}/trigger",
              "order_groups", "trigger", R, WRITE),
    Operation("UpdateOrderGroupLimit", "PUT", "/portfolio/order_groups/{order_group_id}/limit",
              "order_groups", "update_limit", R, WRITE),

    # orders: reads
    Operation("GetOrders", "GET", "/portfolio/orders", "orders", "list", R, READ,
              **_paged("orders", "list_all")),
    Operation("GetOrder", "GET", "/portfolio/orders/{order_id}", "orders", "get", R, READ, cost=2),
    Operation("GetOrderQueuePositions", "GET", "/portfolio/orders/queue_positions", "orders",
              "queue_positions", R, READ),
    Operation("GetOrderQueuePosition", "GET", "/portfolio/orders/{order_id}/queue_position",
              "orders", "queue_position", R, READ),

    # orders: V2 writes. The documented `create` and `cancel` send these too.
    Operation("CreateOrderV2", "POST", "/portfolio/events/orders", "orders", "create_v2", K, WRITE,
              aliases=(("orders", "create"),)),
    Operation("BatchCreateOrdersV2", "POST", "/portfolio/events/orders/batched", "orders",
              "batch_create_v2", K, WRITE, cost_per_item=True),
    Operation("CancelOrderV2", "DELETE", "/portfolio/events/orders/{order_id}", "orders",
              "cancel_v2", R, WRITE, cost=2, aliases=(("orders", "cancel"),)),
    Operation("BatchCancelOrdersV2", "DELETE", "/portfolio/events/orders/batched", "orders",
              "batch_cancel_v2", R, WRITE, cost=2, cost_per_item=True),
    Operation("CancelAllOrders", "DELETE", "/portfolio/events/orders", "orders", "cancel_all_v2",
              R, WRITE),
    # An amend states the order's new price and count, so a repeat lands on the same order.
    Operation("AmendOrderV2", "POST", "/portfolio/events/orders/{order_id}/amend", "orders",
              "amend_v2", R, WRITE),
    # ONCE because reduce_by is relative. A reduce_to call states the end size and is
    # repeatable: the resource decides per call.
    Operation("DecreaseOrderV2", "POST", "/portfolio/events/orders/{order_id}/decrease", "orders",
              "decrease_v2", O, WRITE),

    # orders: the first order writes, retired in June 2026 (Kalshi answers 410); costs were 10x V2.
    Operation("CreateOrder", "POST", "/portfolio/orders", "orders", "create_v1", K, WRITE,
              cost=100, status="retired"),
    Operation("BatchCreateOrders", "POST", "/portfolio/orders/batched", "orders", "batch_create_v1",
              K, WRITE, cost=100, cost_per_item=True, status="retired"),
    Operation("CancelOrder", "DELETE", "/portfolio/orders/{order_id}", "orders", "cancel_v1",
              R, WRITE, cost=20, status="retired"),
    Operation("BatchCancelOrders", "DELETE", "/portfolio/orders/batched", "orders",
              "batch_cancel_v1", R, WRITE, cost=20, cost_per_item=True, status="retired"),
    Operation("AmendOrder", "POST", "/portfolio/orders/{order_id}/amend", "orders", "amend_v1",
              R, WRITE, cost=100, status="retired"),
    Operation("DecreaseOrder", "POST", "/portfolio/orders/{order_id}/decrease", "orders",
              "decrease_v1", O, WRITE, cost=100, status="retired"),

    # portfolio (fills are also documented on orders)
    Operation("GetBalance", "GET", "/portfolio/balance", "portfolio", "balance", R, READ),
    Operation("GetPositions", "GET", "/portfolio/positions", "portfolio", "positions", R, READ,
              **_paged("market_positions", "positions_all")),
    Operation("GetSettlements", "GET", "/portfolio/settlements", "portfolio", "settlements",
              R, READ, **_paged("settlements", "settlements_all")),
    Operation("GetFills", "GET", "/portfolio/fills", "portfolio", "fills", R, READ,
              **_paged("fills", "fills_all"),
              aliases=(("orders", "fills"), ("orders", "fills_all"))),
    Operation("GetPortfolioRestingOrderTotalValue", "GET",
              "/portfolio/summary/total_resting_order_value", "portfolio",
              "total_resting_order_value", R, READ),
    Operation("GetDeposits", "GET", "/portfolio/deposits", "portfolio", "deposits", R, READ,
              **_paged("deposits", "deposits_all")),
    Operation("GetWithdrawals", "GET", "/portfolio/withdrawals", "portfolio", "withdrawals",
              R, READ, **_paged("withdrawals", "withdrawals_all")),
    Operation("GetIntraExchangeInstanceTransfers", "GET",
              "/portfolio/intra_exchange_instance_transfers", "portfolio",
              "intra_exchange_transfers", R, READ,
              **_paged("transfers", "intra_exchange_transfers_all")),
    Operation("GetIntraExchangeInstanceTransfer", "GET",
              "/portfolio/intra_exchange_instance_transfers/{transfer_id}", "portfolio",
              "get_intra_exchange_transfer", R, READ),
    # Keyed since 3.34.0 (client_transfer_id); optional, so a call without one is sent once.
    Operation("IntraExchangeInstanceTransfer", "POST",
              "/portfolio/intra_exchange_instance_transfer", "portfolio",
              "create_intra_exchange_transfer", K, READ),
    Operation("GetTargetBalanceAllocation", "GET", "/portfolio/target_balance_allocation",
              "portfolio", "target_balance_allocation", R, READ),
    # Sets the whole allocation: a repeat sets the same one.
    Operation("SetTargetBalanceAllocation", "POST", "/portfolio/target_balance_allocation",
              "portfolio", "set_target_balance_allocation", R, READ),

    # search
    Operation("GetTagsForSeriesCategories", "GET", "/search/tags_by_categories", "search",
              "tags_by_categories", R, READ),
    Operation("GetFiltersForSports", "GET", "/search/filters_by_sport", "search",
              "filters_by_sport", R, READ),

    # series
    Operation("GetSeriesList", "GET", "/series", "series", "list", R, READ),
    Operation("GetSeries", "GET", "/series/{series_ticker}", "series", "get", R, READ),
    Operation("GetSeriesFeeChanges", "GET", "/series/fee_changes", "series", "fee_changes",
              R, READ),
    Operation("GetMarketCandlesticksByEvent", "GET",
              "/series/{series_ticker}/events/{ticker}/candlesticks", "series",
              "event_candlesticks", R, READ),
    Operation("GetEventForecastPercentilesHistory", "GET",
              "/series/{series_ticker}/events/{ticker}/forecast_percentile_history", "series",
              "forecast_percentile_history", R, READ),

    # structured_targets
    Operation("GetStructuredTargets", "GET", "/structured_targets", "structured_targets", "list",
              R, READ, **_paged("structured_targets", "list_all")),
    Operation("GetStructuredTarget", "GET", "/structured_targets/{structured_target_id}",
              "structured_targets", "get", R, READ),

    # subaccounts: both transfers carry a client_transfer_id; netting and the settlement-advance
    # lock set a state.
    Operation("CreateSubaccount", "POST", "/portfolio/subaccounts", "subaccounts", "create",
              O, READ),
    Operation("ApplySubaccountTransfer", "POST", "/portfolio/subaccounts/transfer", "subaccounts",
              "transfer", K, READ),
    Operation("ApplySubaccountPositionTransfer", "POST",
              "/portfolio/subaccounts/positions/transfer", "subaccounts",
              "transfer_position", K, READ),
    Operation("GetSubaccountBalances", "GET", "/portfolio/subaccounts/balances", "subaccounts",
              "list_balances", R, READ),
    Operation("GetSubaccountTransfers", "GET", "/portfolio/subaccounts/transfers", "subaccounts",
              "list_transfers", R, READ, **_paged("transfers", "list_all_transfers")),
    Operation("GetSubaccountNetting", "GET", "/portfolio/subaccounts/netting", "subaccounts",
              "get_netting", R, READ),
    Operation("UpdateSubaccountNetting", "PUT", "/portfolio/subaccounts/netting", "subaccounts",
              "update_netting", R, READ),
    Operation("LockSubaccountForSettlementAdvance", "PUT",
              "/portfolio/subaccounts/settlement-advance-lock", "subaccounts",
              "lock_settlement_advance", R, READ),
    Operation("UnlockSubaccountForSettlementAdvance", "DELETE",
              "/portfolio/subaccounts/settlement-advance-lock", "subaccounts",
              "unlock_settlement_advance", R, READ),
)
# fmt: on

OPERATIONS: Mapping[str, Operation] = MappingProxyType({op.operation_id: op for op in _TABLE})


# Path matching: a template becomes a list of segments, None standing for a parameter. Fixed
# paths are found by one dict look-up; the rest through a per-method tree of segments, trying
# a literal segment before a parameter (so /portfolio/orders/batched is not an order id).


class _Node:
    """One segment position of the templates of one method."""

    __slots__ = ("literal", "op", "param")

    def __init__(self) -> None:
        self.literal: dict[str, _Node] = {}
        self.param: _Node | None = None
        self.op: Operation | None = None


_API_PREFIX = "/trade-api/v2"
_FIXED: dict[tuple[str, str], Operation] = {}
_TREES: dict[str, _Node] = {}


def _build() -> None:
    """Fill the fixed-path dict and the per-method trees from the table."""
    for op in _TABLE:
        if "{" not in op.path:
            _FIXED[op.method, op.path] = op
            continue
        node = _TREES.setdefault(op.method, _Node())
        for segment in op.path[1:].split("/"):
            if segment.startswith("{"):
                if node.param is None:
                    node.param = _Node()
                node = node.param
            else:
                node = node.literal.setdefault(segment, _Node())
        node.op = op


_build()


def _match(node: _Node, segments: list[str], index: int) -> Operation | None:
    """The operation whose template matches segments[index:] below node, literals first."""
    if index == len(segments):
        return node.op
    segment = segments[index]
    child = node.literal.get(segment)
    if child is not None:
        found = _match(child, segments, index + 1)
        if found is not None:
            return found
    if node.param is not None and segment:
        return _match(node.param, segments, index + 1)
    return None


def operation_for(method: str, path: str) -> Operation | None:
    """The operation a request goes to, from its method and concrete (percent-encoded) path.

    The path is relative to the API root (a leading /trade-api/v2 and a query string are
    ignored); ids must be percent-encoded, so an id holding "/" stays one segment. None when
    no operation of the spec matches.
    """
    method = method.upper()
    path = path.partition("?")[0]
    if path.startswith(_API_PREFIX):
        path = path[len(_API_PREFIX) :]
    op = _FIXED.get((method, path))
    if op is not None:
        return op
    tree = _TREES.get(method)
    if tree is None or not path.startswith("/"):
        return None
    return _match(tree, path[1:].split("/"), 0)
