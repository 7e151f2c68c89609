"""The listed and the created order group: the generated models with the docs' additions."""

from __future__ import annotations

from kalshi_openapi.models.create_order_group_response import CreateOrderGroupResponse
from kalshi_openapi.models.order_group import OrderGroup as _OrderGroup

from ._group_models import _ContractsLimit

__all__ = ["CreatedOrderGroup", "OrderGroup"]


class OrderGroup(_OrderGroup, _ContractsLimit):
    """An order group as listed: id, limit, and whether it has tripped."""

    __slots__ = ()

    @property
    def order_group_id(self) -> str | None:
        """The group's id (the same as `id`)."""
        return self.id


class CreatedOrderGroup(CreateOrderGroupResponse):
    """The result of creating an order group (Kalshi's `CreateOrderGroupResponse`)."""

    __slots__ = ()
