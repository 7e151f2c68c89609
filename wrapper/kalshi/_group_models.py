"""What the docs add over the generated order-group models: ids and whole-contract limits."""

from __future__ import annotations

from typing import Any, Self

import attrs
from kalshi_openapi.models.create_order_group_response import CreateOrderGroupResponse
from kalshi_openapi.models.get_order_group_response import GetOrderGroupResponse
from kalshi_openapi.models.order_group import OrderGroup as _OrderGroup

__all__ = ["CreatedOrderGroup", "OrderGroup", "OrderGroupDetail"]


def _count(value: str | None) -> int | None:
    """Whole contracts from a fixed-point count string such as "100.00"; None if not whole."""
    if not value:
        return None
    whole, _, fraction = value.partition(".")
    if fraction.strip("0"):
        return None
    try:
        return int(whole)
    except ValueError:
        return None


class _ContractsLimit:
    """The group's limit in whole contracts, read from `contracts_limit_fp`."""

    __slots__ = ()
    contracts_limit_fp: str | None

    @property
    def contracts_limit(self) -> int | None:
        """The limit in whole contracts, when it is whole (None otherwise, or when not sent)."""
        return _count(self.contracts_limit_fp)


class OrderGroup(_OrderGroup, _ContractsLimit):
    """An order group as listed: id, limit, and whether it has tripped."""

    __slots__ = ()

    @property
    def order_group_id(self) -> str | None:
        """The group's id (the same as `id`)."""
        return self.id


@attrs.define
class OrderGroupDetail(GetOrderGroupResponse, _ContractsLimit):
    """One order group (Kalshi's `GetOrderGroupResponse`): its orders, limit and state.

    Kalshi's answer does not name the group; `order_group_id` is the id it was asked for.
    `orders` is a list even when the answer left it out.
    """

    order_group_id: str | None = None

    @classmethod
    def from_dict(cls, src_dict: Any, order_group_id: str | None = None) -> Self:
        """Read the group from a decoded JSON object, under the id it was asked for."""
        detail = super().from_dict(src_dict)
        detail.order_group_id = order_group_id
        if detail.orders is None:
            detail.orders = []
        return detail


class CreatedOrderGroup(CreateOrderGroupResponse):
    """The result of creating an order group (Kalshi's `CreateOrderGroupResponse`)."""

    __slots__ = ()
