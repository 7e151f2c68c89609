"""Orders: create (with an idempotency key), get, cancel, and list with automatic paging."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any, Literal

from kalshi_openapi.api.orders import cancel_order, create_order, get_order, get_orders

from .. import _validation as v
from .._call import Call, Page
from .._errors import (
    APIResponseError,
    ConflictError,
    KalshiError,
    NotFoundError,
    add_outcome_unknown,
)
from .._models import CanceledOrder, Order
from .._requests import CreateOrderRequest
from ._base import AsyncResource, SyncResource, operation_kwargs

__all__ = ["AsyncOrdersResource", "CreateOrderRequest", "OrdersResource"]


def _request_of(request: CreateOrderRequest | None, fields: dict[str, Any]) -> CreateOrderRequest:
    given = {name: value for name, value in fields.items() if value is not None}
    if request is None:
        return CreateOrderRequest(**given)
    if not isinstance(request, CreateOrderRequest):
        raise TypeError(f"request must be a CreateOrderRequest, got {type(request).__name__}")
    if given:
        raise TypeError(f"pass either request= or order fields, not both (got {', '.join(given)})")
    return request


def _create(request: CreateOrderRequest) -> tuple[Call[Order], str]:
    # The id is fixed here, before any attempt, so every retry carries the same one and
    # Kalshi's uniqueness check turns a repeated create into 409 order_already_exists.
    client_order_id = request.client_order_id or str(uuid.uuid4())
    kwargs = create_order._get_kwargs(body=request.to_wire(client_order_id))
    check = (
        f"It carried client_order_id={client_order_id!r} (also on this error as "
        "`client_order_id`): creating the order again with that id is safe, as Kalshi refuses "
        "a repeat with 409 order_already_exists; or look for it with orders.list()."
    )
    return Call(kwargs, _parse_order, on_outcome_unknown=check), client_order_id


# How long to keep looking for an order Kalshi says exists: reads can lag a new order
# (demo documents up to a few seconds).
_LOOKUP_DELAYS = (0.0, 0.25, 0.5, 1.0, 2.0)


def _parse_order(data: Any) -> Order:
    return Order.from_wire(data.get("order") if isinstance(data, dict) else None)


def _get(order_id: Any) -> Call[Order]:
    return Call(get_order._get_kwargs(v.check_id("order_id", order_id)), _parse_order)


def _cancel(order_id: Any, subaccount: Any, exchange_index: Any) -> Call[CanceledOrder]:
    kwargs = operation_kwargs(
        cancel_order._get_kwargs,
        v.check_id("order_id", order_id),
        subaccount=v.optional_subaccount(subaccount),
        exchange_index=v.optional_exchange_index(exchange_index),
    )
    return Call(kwargs, CanceledOrder.from_wire)


def _canceled_or_raise(order: Order, error: NotFoundError) -> CanceledOrder:
    """The result of a cancel whose retry heard 404: the order, if an attempt canceled it."""
    if order.status != "canceled":
        raise error
    return CanceledOrder(order=order)


def _parse_page(data: Any) -> Page[Order]:
    items = data.get("orders") if isinstance(data, dict) else None
    cursor = data.get("cursor") if isinstance(data, dict) else None
    return Page(
        [Order.from_wire(item) for item in items or ()], cursor if isinstance(cursor, str) else None
    )


def _lister(filters: dict[str, Any]) -> Any:
    def optional(check: Any, name: str, *args: Any) -> Any:
        value = filters.get(name)
        return None if value is None else check(name, value, *args)

    checked = {
        "ticker": optional(v.check_id, "ticker"),
        "event_ticker": optional(v.check_id, "event_ticker"),
        "status": optional(v.check_choice, "status", ("resting", "canceled", "executed")),
        "subaccount": v.optional_subaccount(filters.get("subaccount")),
        "exchange_index": v.optional_exchange_index(filters.get("exchange_index")),
        "min_ts": optional(v.check_int, "min_ts", 0),
        "max_ts": optional(v.check_int, "max_ts", 0),
        "limit": optional(v.check_int, "page_size", 1, 1000),
    }

    def page(cursor: str | None) -> Call[Page[Order]]:
        kwargs = operation_kwargs(get_orders._get_kwargs, cursor=cursor, **checked)
        return Call(kwargs, _parse_page)

    return page


def _landed(call: Call[Order], error: KalshiError) -> bool:
    """Whether the create surely reached the exchange though its answer was lost.

    A 409 order_already_exists after an attempt that may have landed (so that attempt did),
    or a success status whose body could not be read. A 409 after an attempt that surely did
    nothing (a 429, a connection refused) means the id was taken before: an error.
    """
    if isinstance(error, ConflictError):
        return error.code == "order_already_exists" and call.maybe_landed
    return isinstance(error, APIResponseError)


def _is_ours(found: Order, sent: CreateOrderRequest, client_order_id: str) -> bool:
    """The order with our id, and the one we sent: not an older one that reused the id."""
    return (
        found.client_order_id == client_order_id
        and found.ticker == sent.ticker
        and found.side in (None, sent.side)
        and found.action in (None, sent.action)
    )


def _not_read_back(error: KalshiError, client_order_id: str) -> KalshiError:
    """The error to raise when a landed order could not be found among the orders."""
    if not error.outcome_unknown:  # an unreadable success says so already
        add_outcome_unknown(
            error,
            f"An order with client_order_id={client_order_id!r} reached Kalshi, but none "
            "matching this request could be read back yet: look for it with orders.list() "
            "before placing it again.",
        )
    return error


class OrdersResource(SyncResource):
    """Sync orders API."""

    def create(
        self,
        *,
        ticker: str | None = None,
        side: Literal["yes", "no"] | None = None,
        action: Literal["buy", "sell"] | None = None,
        count: int | None = None,
        yes_price: str | Decimal | None = None,
        no_price: str | Decimal | None = None,
        client_order_id: str | None = None,
        order_group_id: str | None = None,
        time_in_force: str | None = None,
        post_only: bool | None = None,
        reduce_only: bool | None = None,
        cancel_order_on_pause: bool | None = None,
        expiration_ts: int | None = None,
        self_trade_prevention_type: str | None = None,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        request: CreateOrderRequest | None = None,
    ) -> Order:
        """Place a limit order; retried safely, as it always carries a client_order_id."""
        fields = dict(locals())
        del fields["self"], fields["request"]
        order = _request_of(request, fields)
        call, client_order_id = _create(order)
        try:
            try:
                return self._client._execute(call)
            except (ConflictError, APIResponseError) as error:
                if not _landed(call, error):
                    raise
                for delay in _LOOKUP_DELAYS:
                    time.sleep(delay)
                    for found in self.list(ticker=order.ticker, subaccount=order.subaccount):
                        if _is_ours(found, order, client_order_id):
                            return found
                raise _not_read_back(error, client_order_id) from None
        except KalshiError as error:
            error.client_order_id = client_order_id
            raise

    def get(self, order_id: str) -> Order:
        """One order by id."""
        return self._client._execute(_get(order_id))

    def cancel(
        self, order_id: str, *, subaccount: int | None = None, exchange_index: int | None = None
    ) -> CanceledOrder:
        """Cancel the rest of an order.

        If an attempt may have landed and the retry hears 404, the order is read back: when it
        is canceled, that is the result (with `reduced_by_fp` unknown, so None).
        """
        call = _cancel(order_id, subaccount, exchange_index)
        try:
            return self._client._execute(call)
        except NotFoundError as error:
            if not call.maybe_landed:  # no attempt before this one could have canceled it
                raise
            return _canceled_or_raise(self.get(order_id), error)

    def list(
        self,
        *,
        ticker: str | None = None,
        event_ticker: str | None = None,
        status: str | None = None,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        min_ts: int | None = None,
        max_ts: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[Order]:
        """Every matching order, fetching pages as the iteration goes."""
        filters = dict(locals())
        del filters["self"]
        return self._client._paginate(_lister(filters))


class AsyncOrdersResource(AsyncResource):
    """Async orders API."""

    async def create(
        self,
        *,
        ticker: str | None = None,
        side: Literal["yes", "no"] | None = None,
        action: Literal["buy", "sell"] | None = None,
        count: int | None = None,
        yes_price: str | Decimal | None = None,
        no_price: str | Decimal | None = None,
        client_order_id: str | None = None,
        order_group_id: str | None = None,
        time_in_force: str | None = None,
        post_only: bool | None = None,
        reduce_only: bool | None = None,
        cancel_order_on_pause: bool | None = None,
        expiration_ts: int | None = None,
        self_trade_prevention_type: str | None = None,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        request: CreateOrderRequest | None = None,
    ) -> Order:
        """Place a limit order; retried safely, as it always carries a client_order_id."""
        fields = dict(locals())
        del fields["self"], fields["request"]
        order = _request_of(request, fields)
        call, client_order_id = _create(order)
        try:
            try:
                return await self._client._execute(call)
            except (ConflictError, APIResponseError) as error:
                if not _landed(call, error):
                    raise
                import asyncio

                for delay in _LOOKUP_DELAYS:
                    await asyncio.sleep(delay)
                    async for found in self.list(ticker=order.ticker, subaccount=order.subaccount):
                        if _is_ours(found, order, client_order_id):
                            return found
                raise _not_read_back(error, client_order_id) from None
        except KalshiError as error:
            error.client_order_id = client_order_id
            raise

    async def get(self, order_id: str) -> Order:
        """One order by id."""
        return await self._client._execute(_get(order_id))

    async def cancel(
        self, order_id: str, *, subaccount: int | None = None, exchange_index: int | None = None
    ) -> CanceledOrder:
        """Cancel the rest of an order.

        If an attempt may have landed and the retry hears 404, the order is read back: when it
        is canceled, that is the result (with `reduced_by_fp` unknown, so None).
        """
        call = _cancel(order_id, subaccount, exchange_index)
        try:
            return await self._client._execute(call)
        except NotFoundError as error:
            if not call.maybe_landed:  # no attempt before this one could have canceled it
                raise
            return _canceled_or_raise(await self.get(order_id), error)

    def list(
        self,
        *,
        ticker: str | None = None,
        event_ticker: str | None = None,
        status: str | None = None,
        subaccount: int | None = None,
        exchange_index: int | None = None,
        min_ts: int | None = None,
        max_ts: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[Order]:
        """Every matching order, fetching pages as the `async for` goes."""
        filters = dict(locals())
        del filters["self"]
        return self._client._paginate(_lister(filters))
