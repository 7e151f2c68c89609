"""Orders: create (with an idempotency key), get, cancel, and list with automatic paging."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any, Literal

from kalshi_openapi.api.orders import cancel_order, create_order, get_order, get_orders

from .. import _validation as v
from .._call import Call, Page
from .._errors import ConflictError
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
    return Call(kwargs, _parse_order), client_order_id


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


def _already_placed(error: ConflictError) -> bool:
    """A 409 order_already_exists after a retry: the earlier attempt reached the exchange."""
    return error.code == "order_already_exists" and error.retries_taken > 0


def _matches(order: Order, client_order_id: str) -> bool:
    return order.client_order_id == client_order_id


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
            return self._client._execute(call)
        except ConflictError as error:
            if not _already_placed(error):
                raise
            for existing in self.list(ticker=order.ticker, subaccount=order.subaccount):
                if _matches(existing, client_order_id):
                    return existing
            raise

    def get(self, order_id: str) -> Order:
        """One order by id."""
        return self._client._execute(_get(order_id))

    def cancel(
        self, order_id: str, *, subaccount: int | None = None, exchange_index: int | None = None
    ) -> CanceledOrder:
        """Cancel the rest of an order."""
        return self._client._execute(_cancel(order_id, subaccount, exchange_index))

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
            return await self._client._execute(call)
        except ConflictError as error:
            if not _already_placed(error):
                raise
            async for existing in self.list(ticker=order.ticker, subaccount=order.subaccount):
                if _matches(existing, client_order_id):
                    return existing
            raise

    async def get(self, order_id: str) -> Order:
        """One order by id."""
        return await self._client._execute(_get(order_id))

    async def cancel(
        self, order_id: str, *, subaccount: int | None = None, exchange_index: int | None = None
    ) -> CanceledOrder:
        """Cancel the rest of an order."""
        return await self._client._execute(_cancel(order_id, subaccount, exchange_index))

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
