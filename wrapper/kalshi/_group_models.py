"""What the docs add over the generated order-group models: ids and whole-contract limits.

`OrderGroupDetail` is here; `OrderGroup` and `CreatedOrderGroup` are in `_group_list_models`,
so that reading one group loads neither the listed nor the created group's model.
"""

from __future__ import annotations

from typing import Any, Self

import attrs
from kalshi_openapi.models.get_order_group_response import GetOrderGroupResponse

__all__ = ["OrderGroupDetail"]


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
