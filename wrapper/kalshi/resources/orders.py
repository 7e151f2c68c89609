"""Orders: written through Kalshi's V2 endpoints, read through the order reads that remain.

Kalshi retired its first order writes (`POST /portfolio/orders`, `DELETE
/portfolio/orders/{id}`, ...) in June 2026; they answer 410. Every write here goes to the V2
family under `/portfolio/events/orders`, and the documented `create` maps onto it (see
`kalshi._requests`). Reads (`get`, `list`) still use `GET /portfolio/orders`, which Kalshi kept.

Each write is a flow (`kalshi._flow`): the decisions of a recovery are written once, and the
sync and async resources only run them.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from kalshi_openapi.api.orders import (
    amend_order_v2,
    batch_cancel_orders_v2,
    batch_create_orders_v2,
    cancel_all_orders,
    cancel_order_v2,
    create_order_v2,
    decrease_order_v2,
    get_order,
    get_orders,
)
from kalshi_openapi.models import (
    AmendOrderV2Request,
    BatchCancelOrdersV2Request,
    BatchCancelOrdersV2RequestOrdersItem,
    BatchCreateOrdersV2Request,
    CreateOrderV2Request,
    DecreaseOrderV2Request,
)
from kalshi_openapi.resources import orders as _generated

from .. import _validation as v
from .._call import Call, MalformedResponse, Page, ignore
from .._constants import SUBACCOUNT_MAX
from .._errors import (
    APIResponseError,
    ConflictError,
    KalshiError,
    NotFoundError,
    add_outcome_unknown,
)
from .._flow import Flow, Pause
from .._models import (
    AmendOrderV2Response,
    BatchCancelOrdersV2Response,
    BatchCancelOrdersV2ResponseOrdersItem,
    BatchCreateOrdersV2Response,
    BatchCreateOrdersV2ResponseOrdersItem,
    CancelOrderV2Response,
    CreateOrderV2Response,
    DecreaseOrderV2Response,
    ErrorResponse,
    Order,
    read_times,
    require_list,
    require_object,
)
from .._operations import OPERATIONS
from .._ratelimit import max_batch
from .._requests import CreateOrderRequest, check_v2_order
from .._retry import Safety
from ._base import awaited, body, operation_kwargs

if TYPE_CHECKING:
    from .._ratelimit import RateLimiter

__all__ = ["AsyncOrdersResource", "CreateOrderRequest", "OrdersResource"]
M = TypeVar("M")

# How long to keep looking for an order Kalshi says exists: reads can lag a new order
# (demo documents up to a few seconds).
_LOOKUP_DELAYS = (0.0, 0.25, 0.5, 1.0, 2.0)
# Pages of orders one lookup round reads at the most, and how many orders a page holds.
_LOOKUP_PAGES = 5
_LOOKUP_PAGE_SIZE = 200


# --- reads ----------------------------------------------------------------------------------


def _parse_order(data: Any) -> Order:
    return read_times(Order.from_dict(_naming_an_order(require_object(data, "order")["order"])))


def _get(order_id: Any) -> Call[Order]:
    kwargs = get_order._get_kwargs(v.check_id("order_id", order_id))
    return Call(kwargs, _parse_order, operation="GetOrder")


def _parse_page(data: Any) -> Page[Order]:
    body = require_object(data)
    items = [
        read_times(Order.from_dict(require_object(item))) for item in require_list(body, "orders")
    ]
    cursor = body.get("cursor")
    return Page(items, cursor if isinstance(cursor, str) else None)


def _page_call(checked: dict[str, Any], cursor: str | None) -> Call[Page[Order]]:
    kwargs = operation_kwargs(get_orders._get_kwargs, cursor=cursor, **checked)
    return Call(kwargs, _parse_page, operation="GetOrders")


# --- requests: kwargs or a generated request model, never both ------------------------------


def _fields(request: Any, model: type[Any], fields: dict[str, Any]) -> dict[str, Any]:
    """The fields of a write: the kwargs given, or those of `request=` (a generated model)."""
    given = v.request_or_fields(request, model, fields)
    return dict(request.to_dict()) if given is None else given


def _with_client_order_id(fields: dict[str, Any]) -> dict[str, Any]:
    # The id is fixed before any attempt, so every retry carries the same one and Kalshi's
    # uniqueness check turns a repeated create into 409 order_already_exists.
    if fields.get("client_order_id") is None:
        return {**fields, "client_order_id": str(uuid.uuid4())}
    return fields


def _check_batch_size(size: int, limiter: RateLimiter | None, item_cost: int, what: str) -> None:
    if size == 0:
        raise ValueError(f"a batch {what} needs at least one order")
    most = max_batch(limiter, item_cost)
    if size > most:
        raise ValueError(
            f"a batch {what} of {size} orders costs {size * item_cost} tokens, more than the "
            f"write bucket holds ({most} orders at most for this client's rate-limit tier; "
            "pass rate_limit=<your tier> to the client if yours is higher, or split the batch)"
        )


def _safe_repeat_note(client_order_id: str) -> str:
    return (
        f"It carried client_order_id={client_order_id!r} (also on this error as "
        "`client_order_id`): creating the order again with that id is safe, as Kalshi refuses "
        "a repeat with 409 order_already_exists; or look for it with orders.list()."
    )


# --- recovery: reading back what a write whose answer was lost did --------------------------


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(value) if isinstance(value, str) else None
    except InvalidOperation:
        return None


def _book_side(order: Order) -> str | None:
    if order.book_side is not None:
        return order.book_side
    if order.side is None or order.action is None:
        return None
    return "bid" if (order.side == "yes") == (order.action == "buy") else "ask"


def _matches(order: Order, sent: dict[str, Any]) -> bool:
    """Whether an order with our client_order_id is the one this request placed.

    Every field the request fixed must agree: an older order that took the id first differs
    somewhere, and then Kalshi's 409 meant what it said.
    """
    initial = _decimal(order.initial_count_fp)
    count = Decimal(sent["count"])
    return (
        order.client_order_id == sent["client_order_id"]
        and order.ticker == sent["ticker"]
        and _book_side(order) == sent["side"]
        and _decimal(order.yes_price_dollars) == Decimal(sent["price"])
        and (initial == count or (bool(sent.get("reduce_only")) and initial is not None))
        and order.order_group_id == sent.get("order_group_id")
        and order.subaccount_number in (None, sent.get("subaccount", 0))
    )


class _Lookup:
    """What a read-back found: our orders by client_order_id, ids taken by other orders, and
    why it stopped looking."""

    def __init__(self) -> None:
        self.found: dict[str, Order] = {}
        self.taken: set[str] = set()
        self.pages = 0
        self.cut_short = ""


def _read_back(sent: list[dict[str, Any]], deadline: float) -> Flow[_Lookup]:
    """Look for the orders of `sent` among the member's orders, in rounds (reads lag writes).

    Bounded: at most `_LOOKUP_PAGES` pages per ticker and round, and no new round or page once
    the call's deadline has passed (the first page is always read).
    """
    lookup = _Lookup()
    wanted = {item["client_order_id"]: item for item in sent}
    scopes = sorted({(item["ticker"], item.get("subaccount")) for item in sent}, key=str)
    for delay in _LOOKUP_DELAYS:
        if lookup.pages and time.monotonic() + delay > deadline:
            lookup.cut_short = "the call's deadline passed"
            break
        if delay:
            yield Pause(delay)
        for ticker, subaccount in scopes:
            checked = {"ticker": ticker, "subaccount": subaccount, "limit": _LOOKUP_PAGE_SIZE}
            cursor: str | None = None
            for page_number in range(_LOOKUP_PAGES):
                if lookup.pages and time.monotonic() > deadline:
                    lookup.cut_short = "the call's deadline passed"
                    return lookup
                page: Page[Order] = yield _page_call(checked, cursor)
                lookup.pages += 1
                for order in page.items:
                    item = wanted.get(order.client_order_id or "")
                    if item is None:
                        continue
                    if _matches(order, item):
                        lookup.found[item["client_order_id"]] = order
                    else:
                        lookup.taken.add(item["client_order_id"])
                if len(lookup.found) + len(lookup.taken) == len(wanted):
                    return lookup
                if page.cursor is None or page.cursor == cursor:
                    break
                if page_number == _LOOKUP_PAGES - 1:
                    lookup.cut_short = f"{_LOOKUP_PAGES} pages a round were read"
                cursor = page.cursor
    return lookup


def _not_read_back(error: KalshiError, client_order_ids: list[str], lookup: _Lookup) -> None:
    """Say on an error that the orders may exist though they could not be read back."""
    if error.outcome_unknown:  # an unreadable success says so already
        return
    why = f" (the lookup stopped: {lookup.cut_short})" if lookup.cut_short else ""
    add_outcome_unknown(
        error,
        f"Kalshi may hold orders with client_order_id {', '.join(map(repr, client_order_ids))}, "
        f"but none matching this request could be read back in {lookup.pages} pages{why}: look "
        "for them with orders.list() before placing them again.",
    )


def _created_from(order: Order) -> CreateOrderV2Response:
    return CreateOrderV2Response(
        order_id=order.order_id,
        client_order_id=order.client_order_id,
        fill_count=order.fill_count_fp,
        remaining_count=order.remaining_count_fp,
    )


def _landed(call: Call[Any], error: KalshiError) -> bool:
    """Whether a create surely reached the exchange though its answer was lost.

    A 409 order_already_exists after an attempt that may have landed (so that attempt did),
    or a success status whose body could not be read. A 409 after attempts that surely did
    nothing (a 429, a refused connection) means the id was taken before: an error.
    """
    if isinstance(error, ConflictError):
        return error.code == "order_already_exists" and call.maybe_landed
    return _unreadable_success(error)


def _unreadable_success(error: KalshiError) -> bool:
    """A 2xx whose body could not be used (a redirect is an APIResponseError too, not a success)."""
    return isinstance(error, APIResponseError) and 200 <= error.status_code < 300


# --- the write flows --------------------------------------------------------------------------


def _naming_an_order(data: Any) -> dict[str, Any]:
    body = require_object(data, "order_id")
    if not isinstance(body["order_id"], str) or not body["order_id"]:
        raise MalformedResponse("an answer whose order_id is not an id")
    return body


def _reader(from_dict: Callable[[Any], M]) -> Callable[[Any], M]:
    """A parser of a write's answer: an object naming the order, read by the model's from_dict."""
    return lambda data: from_dict(_naming_an_order(data))


def _create_flow(fields: dict[str, Any], deadline: float) -> Flow[CreateOrderV2Response]:
    sent = check_v2_order(_with_client_order_id(fields))
    client_order_id = sent["client_order_id"]
    call = Call(
        create_order_v2._get_kwargs(body=body(CreateOrderV2Request, **sent)),
        _reader(CreateOrderV2Response.from_dict),
        operation="CreateOrderV2",
        # No on_outcome_unknown: this flow marks its errors itself, as only it can tell that
        # an id held by an older order means Kalshi refused this one (the outcome is known).
    )
    # Set when the id turns out to belong to an older, different order: Kalshi refused ours.
    id_taken = False
    try:
        try:
            created: CreateOrderV2Response = yield call
            return created
        except (ConflictError, APIResponseError) as error:
            if not _landed(call, error):
                raise
            lookup = yield from _read_back([sent], deadline)
            if client_order_id in lookup.found:
                return _created_from(lookup.found[client_order_id])
            id_taken = client_order_id in lookup.taken
            if not id_taken:
                _not_read_back(error, [client_order_id], lookup)
            raise
    except KalshiError as error:
        error.client_order_id = client_order_id
        if call.maybe_landed and not id_taken and not error.outcome_unknown:
            add_outcome_unknown(
                error,
                "An earlier attempt may have placed the order. "
                + _safe_repeat_note(client_order_id),
            )
        raise


def _batch_create_flow(
    items: list[dict[str, Any]], limiter: RateLimiter | None, deadline: float
) -> Flow[BatchCreateOrdersV2Response]:
    _check_batch_size(len(items), limiter, OPERATIONS["BatchCreateOrdersV2"].cost, "create")
    sent = [
        check_v2_order(_with_client_order_id(item), f"orders[{i}].") for i, item in enumerate(items)
    ]
    ids = [item["client_order_id"] for item in sent]
    if len(set(ids)) != len(ids):
        raise ValueError("each order of a batch needs its own client_order_id")
    request = BatchCreateOrdersV2Request(orders=[body(CreateOrderV2Request, **i) for i in sent])

    def parse(data: Any) -> list[BatchCreateOrdersV2ResponseOrdersItem]:
        items = require_list(require_object(data, "orders"), "orders")
        return [BatchCreateOrdersV2ResponseOrdersItem.from_dict(require_object(i)) for i in items]

    call = Call(
        batch_create_orders_v2._get_kwargs(body=request),
        parse,
        operation="BatchCreateOrdersV2",
        items=len(sent),
        on_outcome_unknown="Each order carried its own client_order_id (on this error as "
        "`client_order_ids`): sending the batch again with those ids is safe, as Kalshi refuses "
        "a repeated id with order_already_exists; or look for them with orders.list().",
    )
    try:
        try:
            results: list[BatchCreateOrdersV2ResponseOrdersItem] = yield call
        except APIResponseError as error:
            if not _unreadable_success(error):
                raise
            # A success whose body could not be read: the batch landed; read its orders back.
            lookup = yield from _read_back(sent, deadline)
            if len(lookup.found) < len(sent):
                raise
            results = [_created_item(order) for order in lookup.found.values()]
    except KalshiError as error:
        error.client_order_ids = ids
        raise
    ordered = _in_request_order(results, ids)
    repeated = [
        i for i, item in enumerate(ordered)
        if call.maybe_landed and item.error and item.error.code == "order_already_exists"
    ]  # fmt: skip
    if repeated:
        lookup = yield from _read_back([sent[i] for i in repeated], deadline)
        for i in repeated:
            found = lookup.found.get(ids[i])
            if found is not None:
                ordered[i] = _created_item(found)
    return BatchCreateOrdersV2Response(orders=ordered)


def _created_item(order: Order) -> BatchCreateOrdersV2ResponseOrdersItem:
    """A batch result for an order read back after its answer was lost (no ts_ms, no averages)."""
    return BatchCreateOrdersV2ResponseOrdersItem(
        order_id=order.order_id,
        client_order_id=order.client_order_id,
        fill_count=order.fill_count_fp,
        remaining_count=order.remaining_count_fp,
    )


def _in_request_order(
    results: list[BatchCreateOrdersV2ResponseOrdersItem], ids: list[str]
) -> list[BatchCreateOrdersV2ResponseOrdersItem]:
    """One result per order sent, in the order sent: matched by client_order_id where the result
    carries one, else by position; an order without a result gets an error saying so."""
    by_id = {item.client_order_id: item for item in results if item.client_order_id in ids}
    if len(by_id) != len(results):
        by_id = dict(zip(ids, results, strict=False))
    return [by_id.get(cid) or _missing_create(cid) for cid in ids]


def _missing_create(client_order_id: str) -> BatchCreateOrdersV2ResponseOrdersItem:
    message = "Kalshi's answer held no result for this order"
    return BatchCreateOrdersV2ResponseOrdersItem(
        client_order_id=client_order_id,
        error=ErrorResponse(code="missing_result", message=message),
    )


def _cancel_call(
    order_id: str, subaccount: Any, exchange_index: Any, market_ticker: Any
) -> Call[CancelOrderV2Response]:
    kwargs = operation_kwargs(
        cancel_order_v2._get_kwargs,
        order_id,
        subaccount=v.optional_subaccount(subaccount),
        exchange_index=_optional_v2_index(exchange_index),
        market_ticker=None if market_ticker is None else v.check_id("market_ticker", market_ticker),
    )
    return Call(kwargs, _reader(CancelOrderV2Response.from_dict), operation="CancelOrderV2")


def _optional_v2_index(value: Any) -> int | None:
    return None if value is None else v.check_int("exchange_index", value, -1)


def _cancel_flow(
    order_id: Any, subaccount: Any, exchange_index: Any, market_ticker: Any
) -> Flow[CancelOrderV2Response]:
    order_id = v.check_id("order_id", order_id)
    call = _cancel_call(order_id, subaccount, exchange_index, market_ticker)
    try:
        canceled: CancelOrderV2Response = yield call
        return canceled
    except NotFoundError as error:
        if not call.maybe_landed:  # no attempt before this one could have canceled it
            raise
        order: Order = yield _get(order_id)
        if order.status != "canceled":
            raise error from None
        return CancelOrderV2Response(order_id=order_id, client_order_id=order.client_order_id)


def _batch_cancel_flow(
    items: list[dict[str, Any]], limiter: RateLimiter | None
) -> Flow[BatchCancelOrdersV2Response]:
    _check_batch_size(len(items), limiter, OPERATIONS["BatchCancelOrdersV2"].cost, "cancel")
    sent = [_check_cancel_item(item, f"orders[{i}].") for i, item in enumerate(items)]
    request = BatchCancelOrdersV2Request(
        orders=[body(BatchCancelOrdersV2RequestOrdersItem, **item) for item in sent]
    )

    def parse(data: Any) -> list[BatchCancelOrdersV2ResponseOrdersItem]:
        items = require_list(require_object(data, "orders"), "orders")
        return [BatchCancelOrdersV2ResponseOrdersItem.from_dict(require_object(i)) for i in items]

    kwargs = batch_cancel_orders_v2._get_kwargs(body=request)
    call = Call(kwargs, parse, operation="BatchCancelOrdersV2", items=len(sent))
    results: list[BatchCancelOrdersV2ResponseOrdersItem] = yield call
    ids = [item["order_id"] for item in sent]
    by_id = {item.order_id: item for item in results}
    ordered: list[BatchCancelOrdersV2ResponseOrdersItem] = []
    for order_id in ids:
        item = by_id.get(order_id) or BatchCancelOrdersV2ResponseOrdersItem(
            order_id=order_id,
            error=ErrorResponse(code="missing_result", message="Kalshi's answer held no result"),
        )
        if call.maybe_landed and item.error is not None and item.error.code == "not_found":
            # An earlier attempt may have canceled it: read it back.
            order: Order = yield _get(order_id)
            if order.status == "canceled":
                item = BatchCancelOrdersV2ResponseOrdersItem(
                    order_id=order_id, client_order_id=order.client_order_id
                )
        ordered.append(item)
    return BatchCancelOrdersV2Response(orders=ordered)


def _check_cancel_item(item: Any, where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise TypeError(f"{where[:-1]} must be a dict with order_id, got {type(item).__name__}")
    unknown = set(item) - {"order_id", "subaccount", "exchange_index", "market_ticker"}
    if unknown:
        raise TypeError(f"{where}unexpected fields: {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {"order_id": v.check_id(where + "order_id", item.get("order_id"))}
    if item.get("subaccount") is not None:
        out["subaccount"] = v.check_int(where + "subaccount", item["subaccount"], 0, SUBACCOUNT_MAX)
    if item.get("exchange_index") is not None:
        out["exchange_index"] = v.check_int(where + "exchange_index", item["exchange_index"], -1)
    if item.get("market_ticker") is not None:
        out["market_ticker"] = v.check_id(where + "market_ticker", item["market_ticker"])
    return out


def _amend_flow(
    order_id: Any, fields: dict[str, Any], subaccount: Any
) -> Flow[AmendOrderV2Response]:
    order_id = v.check_id("order_id", order_id)
    sent: dict[str, Any] = {
        "ticker": v.check_id("ticker", fields.get("ticker")),
        "side": v.check_choice("side", fields.get("side"), ("bid", "ask")),
        "price": v.dollar_price("price", fields.get("price")),
        "count": v.fixed_count("count", fields.get("count")),
    }
    for name in ("client_order_id", "updated_client_order_id"):
        if fields.get(name) is not None:
            sent[name] = v.check_id(name, fields[name])
    if fields.get("exchange_index") is not None:
        sent["exchange_index"] = v.check_int("exchange_index", fields["exchange_index"], -1)
    if fields.get("expiration_time") is not None:
        sent["expiration_time"] = v.check_int("expiration_time", fields["expiration_time"], 0)
    unknown = set(fields) - set(sent) - {"client_order_id", "updated_client_order_id"}
    if unknown:
        raise TypeError(f"unexpected amend fields: {', '.join(sorted(unknown))}")
    kwargs = operation_kwargs(
        amend_order_v2._get_kwargs,
        order_id,
        body=body(AmendOrderV2Request, **sent),
        subaccount=v.optional_subaccount(subaccount),
    )
    # An amend sets absolute values (price, total count), so repeating one changes nothing more.
    call = Call(kwargs, _reader(AmendOrderV2Response.from_dict), operation="AmendOrderV2")
    try:
        amended: AmendOrderV2Response = yield call
        return amended
    except KalshiError as error:
        if not call.maybe_landed or not isinstance(error, ConflictError | NotFoundError):
            raise
        order: Order = yield _get(order_id)
        filled = _decimal(order.fill_count_fp) or Decimal(0)
        remaining = _decimal(order.remaining_count_fp) or Decimal(0)
        expected_id = sent.get("updated_client_order_id", order.client_order_id)
        if (
            _decimal(order.yes_price_dollars) == Decimal(sent["price"])
            and filled + remaining == Decimal(sent["count"])
            and order.client_order_id == expected_id
        ):
            return AmendOrderV2Response(
                order_id=order_id,
                client_order_id=order.client_order_id,
                remaining_count=order.remaining_count_fp,
                fill_count=order.fill_count_fp,
            )
        raise error from None


def _decrease_flow(
    order_id: Any, fields: dict[str, Any], subaccount: Any
) -> Flow[DecreaseOrderV2Response]:
    order_id = v.check_id("order_id", order_id)
    unknown = set(fields) - {"reduce_by", "reduce_to", "exchange_index", "market_ticker"}
    if unknown:
        raise TypeError(f"unexpected decrease fields: {', '.join(sorted(unknown))}")
    by, to = fields.get("reduce_by"), fields.get("reduce_to")
    if (by is None) == (to is None):
        raise ValueError("give exactly one of reduce_by and reduce_to")
    sent: dict[str, Any] = {}
    if by is not None:
        sent["reduce_by"] = v.fixed_count("reduce_by", by)
    else:
        sent["reduce_to"] = v.fixed_count("reduce_to", to, zero_ok=True)
    if fields.get("exchange_index") is not None:
        sent["exchange_index"] = v.check_int("exchange_index", fields["exchange_index"], -1)
    if fields.get("market_ticker") is not None:
        sent["market_ticker"] = v.check_id("market_ticker", fields["market_ticker"])
    kwargs = operation_kwargs(
        decrease_order_v2._get_kwargs,
        order_id,
        body=body(DecreaseOrderV2Request, **sent),
        subaccount=v.optional_subaccount(subaccount),
    )
    if by is not None:
        # A relative decrease repeated would take off twice as much: sent at most once.
        call = Call(
            kwargs,
            _reader(DecreaseOrderV2Response.from_dict),
            operation="DecreaseOrderV2",
            on_outcome_unknown=f"Read the order with orders.get({order_id!r}) to see what rests.",
        )
        decreased: DecreaseOrderV2Response = yield call
        return decreased
    # To a count: a repeat asks for the same state, so it may be sent again.
    call = Call(
        kwargs,
        _reader(DecreaseOrderV2Response.from_dict),
        operation="DecreaseOrderV2",
        safety=Safety.REPEATABLE,
    )
    try:
        decreased = yield call
        return decreased
    except KalshiError as error:
        if not call.maybe_landed or not isinstance(error, NotFoundError | ConflictError):
            raise
        order: Order = yield _get(order_id)
        remaining = _decimal(order.remaining_count_fp)
        if remaining is not None and remaining <= Decimal(sent["reduce_to"]):
            return DecreaseOrderV2Response(
                order_id=order_id,
                client_order_id=order.client_order_id,
                remaining_count=order.remaining_count_fp,
            )
        raise error from None


def _cancel_all_call(subaccount: Any) -> Call[None]:
    kwargs = operation_kwargs(
        cancel_all_orders._get_kwargs, subaccount=v.optional_subaccount(subaccount)
    )
    return Call(kwargs, ignore, operation="CancelAllOrders")


# --- the resources ----------------------------------------------------------------------------


# The fields the spec requires of each V2 write body (CreateOrderV2Request, AmendOrderV2Request).
_CREATE_V2_REQUIRED = (
    "ticker", "side", "price", "count", "time_in_force", "self_trade_prevention_type",
)  # fmt: skip
_AMEND_V2_REQUIRED = ("ticker", "side", "price", "count")


def _require(method: str, request: Any, fields: dict[str, Any], names: tuple[str, ...]) -> None:
    """Without `request=`, each required field must be given (as the typed overloads say)."""
    if request is not None:
        return
    missing = [name for name in names if fields.get(name) is None]
    if missing:
        listed = ", ".join(repr(name) for name in missing)
        raise TypeError(
            f"{method}() missing required keyword argument(s): {listed} (or pass request=)"
        )


def _given(arguments: dict[str, Any], *leave_out: str) -> dict[str, Any]:
    """A method's keyword arguments as fields (its `self` and named others left out)."""
    return {k: val for k, val in arguments.items() if k != "self" and k not in leave_out}


class _Flows:
    """Builds the flow behind each write from a method's arguments; shared by both twins."""

    _client: Any

    def _deadline(self) -> float:
        return time.monotonic() + float(self._client.timeout)

    def _create(self, request: Any, fields: dict[str, Any]) -> Flow[CreateOrderV2Response]:
        given = v.request_or_fields(request, CreateOrderRequest, fields, "order fields")
        order: CreateOrderRequest = request if given is None else CreateOrderRequest(**given)
        v2 = order.to_v2(order.client_order_id or str(uuid.uuid4()))
        return _create_flow(v2, self._deadline())

    def _create_v2(self, request: Any, fields: dict[str, Any]) -> Flow[CreateOrderV2Response]:
        _require("create_v2", request, fields, _CREATE_V2_REQUIRED)
        return _create_flow(_fields(request, CreateOrderV2Request, fields), self._deadline())

    def _batch_create_v2(self, request: Any, orders: Any) -> Flow[BatchCreateOrdersV2Response]:
        _require("batch_create_v2", request, {"orders": orders}, ("orders",))
        items = _fields(request, BatchCreateOrdersV2Request, {"orders": orders}).get("orders")
        checked = [_order_item(item, i) for i, item in enumerate(_sequence(items))]
        return _batch_create_flow(checked, self._client._limiter, self._deadline())

    def _batch_cancel_v2(self, request: Any, orders: Any) -> Flow[BatchCancelOrdersV2Response]:
        _require("batch_cancel_v2", request, {"orders": orders}, ("orders",))
        items = _fields(request, BatchCancelOrdersV2Request, {"orders": orders}).get("orders")
        checked = [{"order_id": i} if isinstance(i, str) else i for i in _sequence(items)]
        return _batch_cancel_flow(checked, self._client._limiter)

    @staticmethod
    def _amend_v2(
        order_id: Any, request: Any, fields: dict[str, Any]
    ) -> Flow[AmendOrderV2Response]:
        _require("amend_v2", request, fields, _AMEND_V2_REQUIRED)
        subaccount = fields.pop("subaccount")
        return _amend_flow(order_id, _fields(request, AmendOrderV2Request, fields), subaccount)

    @staticmethod
    def _decrease_v2(
        order_id: Any, request: Any, fields: dict[str, Any]
    ) -> Flow[DecreaseOrderV2Response]:
        subaccount = fields.pop("subaccount")
        return _decrease_flow(
            order_id, _fields(request, DecreaseOrderV2Request, fields), subaccount
        )


def _sequence(items: Any) -> list[Any]:
    if items is None:
        raise TypeError("orders is required: a list of orders")
    if isinstance(items, str | bytes | dict) or not hasattr(items, "__iter__"):
        raise TypeError(f"orders must be a list of orders, got {type(items).__name__}")
    return list(items)


def _order_item(item: Any, index: int) -> dict[str, Any]:
    if isinstance(item, CreateOrderV2Request):
        return dict(item.to_dict())
    if isinstance(item, CreateOrderRequest):
        return item.to_v2(item.client_order_id or str(uuid.uuid4()))
    if isinstance(item, dict):
        return dict(item)
    raise TypeError(
        f"orders[{index}] must be a dict of V2 order fields, a CreateOrderV2Request or a "
        f"CreateOrderRequest, got {type(item).__name__}"
    )


Side = Literal["yes", "no"]
Action = Literal["buy", "sell"]
BookSide = Literal["bid", "ask"]
TimeInForce = Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"]
SelfTrade = Literal["taker_at_cross", "maker"]
Count = int | str | Decimal
Price = str | Decimal


class OrdersResource(_generated.OrdersResource, _Flows):
    """Sync orders API: V2 writes, and the order reads Kalshi kept."""

    def create(
        self,
        *,
        ticker: str | None = None,
        side: Side | None = None,
        action: Action | None = None,
        count: int | None = None,
        yes_price: Price | None = None,
        no_price: Price | None = None,
        client_order_id: str | None = None,
        order_group_id: str | None = None,
        time_in_force: TimeInForce | None = None,
        post_only: bool | None = None,
        reduce_only: bool | None = None,
        cancel_order_on_pause: bool | None = None,
        expiration_ts: int | None = None,
        self_trade_prevention_type: SelfTrade | None = None,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        buy_max_cost: int | None = None,
        sell_position_floor: int | None = None,
        type: str | None = None,
        request: CreateOrderRequest | None = None,
    ) -> CreateOrderV2Response:
        """Place a limit order in the documented form, sent as a V2 create (see the orders docs).

        Retried safely, as it always carries a client_order_id; returns the V2 create response.
        """
        return self._client._run(self._create(request, _given(locals(), "request")))

    @overload
    def create_v2(
        self,
        *,
        request: CreateOrderV2Request,
    ) -> CreateOrderV2Response: ...

    @overload
    def create_v2(
        self,
        *,
        ticker: str,
        side: BookSide,
        price: Price,
        count: Count,
        time_in_force: TimeInForce,
        self_trade_prevention_type: SelfTrade,
        client_order_id: str | None = None,
        expiration_time: int | None = None,
        post_only: bool | None = None,
        reduce_only: bool | None = None,
        cancel_order_on_pause: bool | None = None,
        subaccount: int | None = None,
        order_group_id: str | None = None,
        exchange_index: int | None = None,
    ) -> CreateOrderV2Response: ...

    def create_v2(
        self,
        *,
        request: CreateOrderV2Request | None = None,
        ticker: str | None = None,
        side: BookSide | None = None,
        price: Price | None = None,
        count: Count | None = None,
        time_in_force: TimeInForce | None = None,
        self_trade_prevention_type: SelfTrade | None = None,
        client_order_id: str | None = None,
        expiration_time: int | None = None,
        post_only: bool | None = None,
        reduce_only: bool | None = None,
        cancel_order_on_pause: bool | None = None,
        subaccount: int | None = None,
        order_group_id: str | None = None,
        exchange_index: int | None = None,
    ) -> CreateOrderV2Response:
        """Place an order on the YES book (`side` bid or ask, `price` a YES price)."""
        return self._client._run(self._create_v2(request, _given(locals(), "request")))

    @overload
    def batch_create_v2(
        self,
        *,
        request: BatchCreateOrdersV2Request,
    ) -> BatchCreateOrdersV2Response: ...

    @overload
    def batch_create_v2(
        self,
        *,
        orders: list[Any],
    ) -> BatchCreateOrdersV2Response: ...

    def batch_create_v2(
        self,
        *,
        request: BatchCreateOrdersV2Request | None = None,
        orders: list[Any] | None = None,
    ) -> BatchCreateOrdersV2Response:
        """Place several orders in one request; one result (or error) per order, in order."""
        return self._client._run(self._batch_create_v2(request, orders))

    def get(self, order_id: str) -> Order:
        """One order by id."""
        return self._client._execute(_get(order_id))

    def cancel(
        self,
        order_id: str,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        market_ticker: str | None = None,
    ) -> CancelOrderV2Response:
        """Cancel the rest of an order (a V2 cancel; the same as `cancel_v2`).

        If an attempt may have landed and the retry hears 404, the order is read back: when it
        is canceled, that is the result (with `reduced_by` unknown, so None).
        """
        return self.cancel_v2(
            order_id, subaccount=subaccount, exchange_index=exchange_index,
            market_ticker=market_ticker,
        )  # fmt: skip

    def cancel_v2(
        self,
        order_id: str,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        market_ticker: str | None = None,
    ) -> CancelOrderV2Response:
        """Cancel the rest of an order."""
        return self._client._run(_cancel_flow(order_id, subaccount, exchange_index, market_ticker))

    @overload
    def batch_cancel_v2(
        self,
        *,
        request: BatchCancelOrdersV2Request,
    ) -> BatchCancelOrdersV2Response: ...

    @overload
    def batch_cancel_v2(
        self,
        *,
        orders: list[Any],
    ) -> BatchCancelOrdersV2Response: ...

    def batch_cancel_v2(
        self,
        *,
        request: BatchCancelOrdersV2Request | None = None,
        orders: list[Any] | None = None,
    ) -> BatchCancelOrdersV2Response:
        """Cancel several orders (ids, or dicts with order_id and where it rests), in order."""
        return self._client._run(self._batch_cancel_v2(request, orders))

    def cancel_all_v2(self, *, subaccount: int | None = None) -> None:
        """Cancel every resting order (of one subaccount, or of all when none is given)."""
        return self._client._execute(_cancel_all_call(subaccount))

    @overload
    def amend_v2(
        self,
        order_id: str,
        *,
        request: AmendOrderV2Request,
        subaccount: int | None = None,
    ) -> AmendOrderV2Response: ...

    @overload
    def amend_v2(
        self,
        order_id: str,
        *,
        ticker: str,
        side: BookSide,
        price: Price,
        count: Count,
        client_order_id: str | None = None,
        updated_client_order_id: str | None = None,
        exchange_index: int | None = None,
        expiration_time: int | None = None,
        subaccount: int | None = None,
    ) -> AmendOrderV2Response: ...

    def amend_v2(
        self,
        order_id: str,
        *,
        request: AmendOrderV2Request | None = None,
        ticker: str | None = None,
        side: BookSide | None = None,
        price: Price | None = None,
        count: Count | None = None,
        client_order_id: str | None = None,
        updated_client_order_id: str | None = None,
        exchange_index: int | None = None,
        expiration_time: int | None = None,
        subaccount: int | None = None,
    ) -> AmendOrderV2Response:
        """Change an order's price or total count (filled plus resting), or its expiry."""
        return self._client._run(
            self._amend_v2(order_id, request, _given(locals(), "request", "order_id"))
        )

    def decrease_v2(
        self,
        order_id: str,
        *,
        request: DecreaseOrderV2Request | None = None,
        reduce_by: Count | None = None,
        reduce_to: Count | None = None,
        exchange_index: int | None = None,
        market_ticker: str | None = None,
        subaccount: int | None = None,
    ) -> DecreaseOrderV2Response:
        """Take contracts off a resting order, keeping its place in the queue."""
        return self._client._run(
            self._decrease_v2(order_id, request, _given(locals(), "request", "order_id"))
        )


# The async twins, bound here, outside the class, so that the generated base's methods of the
# same names do not steer the inference of their types.
_ASYNC_create = awaited(OrdersResource.create)
_ASYNC_create_v2 = awaited(OrdersResource.create_v2)
_ASYNC_batch_create_v2 = awaited(OrdersResource.batch_create_v2)
_ASYNC_get = awaited(OrdersResource.get)
_ASYNC_cancel = awaited(OrdersResource.cancel)
_ASYNC_cancel_v2 = awaited(OrdersResource.cancel_v2)
_ASYNC_batch_cancel_v2 = awaited(OrdersResource.batch_cancel_v2)
_ASYNC_cancel_all_v2 = awaited(OrdersResource.cancel_all_v2)
_ASYNC_amend_v2 = awaited(OrdersResource.amend_v2)
_ASYNC_decrease_v2 = awaited(OrdersResource.decrease_v2)


class AsyncOrdersResource(_generated.AsyncOrdersResource, _Flows):
    """Async orders API: V2 writes, and the order reads Kalshi kept.

    Its methods are those of OrdersResource, awaited: the same names, arguments, overloads,
    docstrings and checks, as each is built from its sync twin by `awaited`: see OrdersResource
    for each method. Only the client that sends the requests differs.
    """

    # create and get differ from the generated methods they replace, as OrdersResource's do
    # (the override check is off for this module; an assignment is checked as one).
    create = _ASYNC_create  # type: ignore[assignment]
    create_v2 = _ASYNC_create_v2
    batch_create_v2 = _ASYNC_batch_create_v2
    get = _ASYNC_get  # type: ignore[assignment]
    cancel = _ASYNC_cancel
    cancel_v2 = _ASYNC_cancel_v2
    batch_cancel_v2 = _ASYNC_batch_cancel_v2
    cancel_all_v2 = _ASYNC_cancel_all_v2
    amend_v2 = _ASYNC_amend_v2
    decrease_v2 = _ASYNC_decrease_v2
