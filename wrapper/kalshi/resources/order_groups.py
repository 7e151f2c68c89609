"""Order groups: a contracts limit over a rolling 15-second window, shared by orders.

When the contracts filled by a group's orders within 15 seconds exceed its limit, the
group trips: Kalshi cancels its resting orders and rejects new ones until it is reset.
"""

from __future__ import annotations

import builtins
import functools
import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from .. import _validation as v
from .._call import POLICIES, Call, MalformedResponse, ignore
from .._errors import NotFoundError
from .._flow import Flow
from .._group_models import OrderGroupDetail
from .._models import require_list, require_object
from .._retry import DEFAULT_COST, Bucket, Safety
from ._base import AsyncResource, SyncResource, accepts, body, operation_kwargs

if TYPE_CHECKING:
    from .._group_list_models import CreatedOrderGroup, OrderGroup
    from .._group_routes import GroupRoutes

__all__ = ["AsyncOrderGroupsResource", "OrderGroupsResource"]
T = TypeVar("T")


class _Operations:
    """The generated order-group operations, each imported on first use.

    A first call loads the one module it needs rather than all seven, with their models.
    """

    def __getattr__(self, name: str) -> ModuleType:
        module = importlib.import_module(f"kalshi_openapi.api.order_groups.{name}")
        setattr(self, name, module)
        return module


_api = _Operations()

# The table's rows for the operations below (every call bills the write bucket, reads
# included), so that a first order-group call does not load the whole table.
POLICIES.update(
    dict.fromkeys(
        (
            "GetOrderGroups",
            "GetOrderGroup",
            "DeleteOrderGroup",
            "ResetOrderGroup",
            "TriggerOrderGroup",
            "UpdateOrderGroupLimit",
        ),
        (Safety.REPEATABLE, Bucket.WRITE, DEFAULT_COST, False),
    )
)
POLICIES["CreateOrderGroup"] = (Safety.ONCE, Bucket.WRITE, DEFAULT_COST, False)


@functools.cache
def _limit_takes(param: str) -> bool:
    """Whether the spec this SDK was generated from has `param` on the limit path.

    Subaccount: 3.28.0 and 3.34.0 do, 3.13.0 does not; update_limit routes by the group's own
    subaccount only when it does. Checked once, on the first update_limit.
    """
    return accepts(_api.update_order_group_limit._get_kwargs, param)


_CHECK_LIST = "Check with order_groups.list() whether the group exists before creating another."


def _list(routes: GroupRoutes, subaccount: Any) -> Call[list[OrderGroup]]:
    subaccount = v.optional_subaccount(subaccount)

    def parse(data: Any) -> list[OrderGroup]:
        from .._group_list_models import OrderGroup  # loaded on the first list

        items = require_list(require_object(data), "order_groups")
        groups = [OrderGroup.from_dict(item) for item in items]
        if subaccount is not None:
            for group in groups:
                if group.id:
                    routes.remember(group.id, subaccount, group.exchange_index)
        return groups

    kwargs = operation_kwargs(_api.get_order_groups._get_kwargs, subaccount=subaccount)
    return Call(kwargs, parse, operation="GetOrderGroups")


def _get(routes: GroupRoutes, order_group_id: Any, subaccount: Any) -> Call[OrderGroupDetail]:
    group_id = v.check_id("order_group_id", order_group_id)
    subaccount = v.optional_subaccount(subaccount)

    def parse(data: Any) -> OrderGroupDetail:
        fields = require_object(data, "is_auto_cancel_enabled")
        require_list(fields, "orders")  # absent or null reads as []; another type is refused
        detail = OrderGroupDetail.from_dict(fields, order_group_id=group_id)
        if subaccount is not None:
            routes.remember(group_id, subaccount, detail.exchange_index)
        return detail

    kwargs = operation_kwargs(_api.get_order_group._get_kwargs, group_id, subaccount=subaccount)
    return Call(kwargs, parse, operation="GetOrderGroup")


def _create(
    routes: GroupRoutes, contracts_limit: Any, subaccount: Any, exchange_index: Any
) -> Call[CreatedOrderGroup]:
    from kalshi_openapi.models import CreateOrderGroupRequest

    request = body(
        CreateOrderGroupRequest,
        contracts_limit=v.contracts_limit(contracts_limit),
        subaccount=v.optional_subaccount(subaccount),
        exchange_index=v.optional_exchange_index(exchange_index),
    )

    def parse(data: Any) -> CreatedOrderGroup:
        from .._group_list_models import CreatedOrderGroup  # loaded on the first create

        created = CreatedOrderGroup.from_dict(require_object(data, "order_group_id"))
        if not created.order_group_id:
            raise MalformedResponse("an order_group_id that is not a non-empty string")
        routes.remember(
            created.order_group_id,
            created.subaccount if created.subaccount is not None else subaccount,
            created.exchange_index if created.exchange_index is not None else exchange_index,
        )
        return created

    kwargs = operation_kwargs(_api.create_order_group._get_kwargs, body=request)
    # No dedupe key exists for groups: never re-sent once it may have reached Kalshi.
    return Call(kwargs, parse, operation="CreateOrderGroup", on_outcome_unknown=_CHECK_LIST)


def _delete(
    routes: GroupRoutes, order_group_id: Any, subaccount: Any, exchange_index: Any
) -> Call[None]:
    group_id = v.check_id("order_group_id", order_group_id)
    kwargs = operation_kwargs(
        _api.delete_order_group._get_kwargs,
        group_id,
        subaccount=v.optional_subaccount(subaccount),
        exchange_index=v.optional_exchange_index(exchange_index),
    )

    def parse(data: Any) -> None:
        routes.forget(group_id)

    return Call(kwargs, parse, operation="DeleteOrderGroup")


def _put(name: str, order_group_id: Any, subaccount: Any, exchange_index: Any) -> Call[None]:
    # reset and trigger: the live server refuses a PUT without a JSON body, so send {}.
    from kalshi_openapi.models import EmptyResponse

    kwargs = operation_kwargs(
        getattr(_api, name)._get_kwargs,
        v.check_id("order_group_id", order_group_id),
        body=EmptyResponse(),
        subaccount=v.optional_subaccount(subaccount),
        exchange_index=v.optional_exchange_index(exchange_index),
    )
    operation = "ResetOrderGroup" if name == "reset_order_group" else "TriggerOrderGroup"
    return Call(kwargs, ignore, operation=operation)


def _update_limit(
    routes: GroupRoutes, order_group_id: Any, contracts_limit: Any, exchange_index: Any
) -> tuple[Call[None], _Where]:
    """The call, and the (subaccount, exchange_index) it goes to."""
    from kalshi_openapi.models import UpdateOrderGroupLimitRequest

    group_id = v.check_id("order_group_id", order_group_id)
    request = body(UpdateOrderGroupLimitRequest, contracts_limit=v.contracts_limit(contracts_limit))
    known_subaccount, known_exchange = routes.lookup(group_id)
    exchange_index = v.optional_exchange_index(exchange_index)
    if exchange_index is None and _limit_takes("exchange_index"):
        exchange_index = known_exchange
    subaccount = known_subaccount if _limit_takes("subaccount") else None
    kwargs = operation_kwargs(
        _api.update_order_group_limit._get_kwargs,
        group_id,
        body=request,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )
    call = Call(kwargs, ignore, operation="UpdateOrderGroupLimit")
    return call, _where(subaccount, exchange_index)


# Where a request about one group went: (subaccount, exchange_index); subaccount None means
# all of them (a GET without one searches them all), exchange_index None means not named.
_Where = tuple[int | None, int | None]


def _where(subaccount: int | None, exchange_index: int | None) -> _Where:
    """Where a delete, reset, trigger or limit request goes: Kalshi's default subaccount is 0."""
    return (0 if subaccount is None else subaccount, exchange_index)


def _gone(routes: GroupRoutes, order_group_id: str, where: _Where) -> None:
    """After a 404 for a group: forget its route if the request went where the group was."""
    routes.forget_missing(order_group_id, *where)


# --- the flows: each recovery written once for both twins (see `kalshi._flow`) ----------------


def _forgetting(routes: GroupRoutes, order_group_id: Any, where: _Where, call: Call[T]) -> Flow[T]:
    """Send `call`; on a 404, forget the group's route if the request went where it was."""
    try:
        return (yield call)  # type: ignore[no-any-return]
    except NotFoundError:
        _gone(routes, order_group_id, where)
        raise


def _get_flow(routes: GroupRoutes, order_group_id: Any, subaccount: Any) -> Flow[OrderGroupDetail]:
    call = _get(routes, order_group_id, subaccount)
    return (yield from _forgetting(routes, order_group_id, (subaccount, None), call))


def _delete_flow(
    routes: GroupRoutes, order_group_id: Any, subaccount: Any, exchange_index: Any
) -> Flow[None]:
    """A delete; a 404 to a retry whose earlier attempt may have landed reads the group back."""
    call = _delete(routes, order_group_id, subaccount, exchange_index)
    try:
        yield call
    except NotFoundError as error:
        if not call.maybe_landed:
            _gone(routes, order_group_id, _where(subaccount, exchange_index))
            raise
        try:
            yield from _get_flow(routes, order_group_id, None)
        except NotFoundError:
            routes.forget(order_group_id)
            return None  # the earlier attempt deleted it
        raise error from None  # it lives on elsewhere: this delete missed it


def _put_flow(
    name: str, routes: GroupRoutes, order_group_id: Any, subaccount: Any, exchange_index: Any
) -> Flow[None]:
    call = _put(name, order_group_id, subaccount, exchange_index)
    where = _where(subaccount, exchange_index)
    return (yield from _forgetting(routes, order_group_id, where, call))


def _update_limit_flow(
    routes: GroupRoutes, order_group_id: Any, contracts_limit: Any, exchange_index: Any
) -> Flow[None]:
    call, where = _update_limit(routes, order_group_id, contracts_limit, exchange_index)
    return (yield from _forgetting(routes, order_group_id, where, call))


class OrderGroupsResource(SyncResource):
    """Sync order groups API."""

    def list(self, *, subaccount: int | None = None) -> builtins.list[OrderGroup]:
        """All order groups (of one subaccount, or of all when subaccount is None); no paging."""
        return self._client._execute(_list(self._client._routes, subaccount))

    def get(self, order_group_id: str, *, subaccount: int | None = None) -> OrderGroupDetail:
        """One order group, with the ids of its orders."""
        flow = _get_flow(self._client._routes, order_group_id, subaccount)
        return self._client._run(flow)

    def create(
        self,
        *,
        contracts_limit: int,
        subaccount: int | None = None,
        exchange_index: int | None = None,
    ) -> CreatedOrderGroup:
        """Create a group (POST /portfolio/order_groups/create); sent at most once."""
        call = _create(self._client._routes, contracts_limit, subaccount, exchange_index)
        return self._client._execute(call)

    def delete(
        self,
        order_group_id: str,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
    ) -> None:
        """Delete a group, cancelling its resting orders.

        A 404 to a retry whose earlier attempt may have landed is checked by reading the group
        back without `subaccount` (which searches them all): gone means that attempt deleted
        it; still there means this delete went to a subaccount or shard where it is not.
        """
        flow = _delete_flow(self._client._routes, order_group_id, subaccount, exchange_index)
        return self._client._run(flow)

    def reset(
        self,
        order_group_id: str,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
    ) -> None:
        """Clear the group's window and un-trip it, so its orders are accepted again."""
        routes = self._client._routes
        flow = _put_flow("reset_order_group", routes, order_group_id, subaccount, exchange_index)
        return self._client._run(flow)

    def trigger(
        self,
        order_group_id: str,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
    ) -> None:
        """Trip the group now: cancel its resting orders and refuse new ones until reset."""
        routes = self._client._routes
        flow = _put_flow("trigger_order_group", routes, order_group_id, subaccount, exchange_index)
        return self._client._run(flow)

    def update_limit(
        self, order_group_id: str, *, contracts_limit: int, exchange_index: int | None = None
    ) -> None:
        """Change the group's contracts limit; routed to the subaccount the group lives on.

        There is no subaccount parameter (as documented). When the spec has a subaccount
        on this path, the request goes to the subaccount this client created the group on,
        or last saw it on through get(order_group_id, subaccount=n) or list(subaccount=n);
        otherwise Kalshi's default, subaccount 0, applies. To update a group created
        elsewhere on a non-zero subaccount, call get(order_group_id, subaccount=n) first.
        """
        flow = _update_limit_flow(
            self._client._routes, order_group_id, contracts_limit, exchange_index
        )
        return self._client._run(flow)


class AsyncOrderGroupsResource(AsyncResource):
    """Async order groups API."""

    async def list(self, *, subaccount: int | None = None) -> builtins.list[OrderGroup]:
        """All order groups (of one subaccount, or of all when subaccount is None); no paging."""
        return await self._client._execute(_list(self._client._routes, subaccount))

    async def get(self, order_group_id: str, *, subaccount: int | None = None) -> OrderGroupDetail:
        """One order group, with the ids of its orders."""
        flow = _get_flow(self._client._routes, order_group_id, subaccount)
        return await self._client._run(flow)

    async def create(
        self,
        *,
        contracts_limit: int,
        subaccount: int | None = None,
        exchange_index: int | None = None,
    ) -> CreatedOrderGroup:
        """Create a group (POST /portfolio/order_groups/create); sent at most once."""
        call = _create(self._client._routes, contracts_limit, subaccount, exchange_index)
        return await self._client._execute(call)

    async def delete(
        self,
        order_group_id: str,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
    ) -> None:
        """Delete a group, cancelling its resting orders.

        A 404 to a retry whose earlier attempt may have landed is checked by reading the group
        back without `subaccount` (which searches them all): gone means that attempt deleted
        it; still there means this delete went to a subaccount or shard where it is not.
        """
        flow = _delete_flow(self._client._routes, order_group_id, subaccount, exchange_index)
        return await self._client._run(flow)

    async def reset(
        self,
        order_group_id: str,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
    ) -> None:
        """Clear the group's window and un-trip it, so its orders are accepted again."""
        routes = self._client._routes
        flow = _put_flow("reset_order_group", routes, order_group_id, subaccount, exchange_index)
        return await self._client._run(flow)

    async def trigger(
        self,
        order_group_id: str,
        *,
        subaccount: int | None = None,
        exchange_index: int | None = None,
    ) -> None:
        """Trip the group now: cancel its resting orders and refuse new ones until reset."""
        routes = self._client._routes
        flow = _put_flow("trigger_order_group", routes, order_group_id, subaccount, exchange_index)
        return await self._client._run(flow)

    async def update_limit(
        self, order_group_id: str, *, contracts_limit: int, exchange_index: int | None = None
    ) -> None:
        """Change the group's contracts limit; routed to the subaccount the group lives on.

        Works as OrderGroupsResource.update_limit: no subaccount parameter; the group's own
        subaccount (created or seen through this client) is used when the spec allows it.
        """
        flow = _update_limit_flow(
            self._client._routes, order_group_id, contracts_limit, exchange_index
        )
        return await self._client._run(flow)
