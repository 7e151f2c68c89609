"""What the docs add over the generated batch responses: the results that failed."""

from __future__ import annotations

from kalshi_openapi.models.batch_cancel_orders_v2_response import (
    BatchCancelOrdersV2Response as _BatchCancelOrdersV2Response,
)
from kalshi_openapi.models.batch_cancel_orders_v2_response_orders_item import (
    BatchCancelOrdersV2ResponseOrdersItem,
)
from kalshi_openapi.models.batch_create_orders_v2_response import (
    BatchCreateOrdersV2Response as _BatchCreateOrdersV2Response,
)
from kalshi_openapi.models.batch_create_orders_v2_response_orders_item import (
    BatchCreateOrdersV2ResponseOrdersItem,
)

__all__ = ["BatchCancelOrdersV2Response", "BatchCreateOrdersV2Response"]


class BatchCreateOrdersV2Response(_BatchCreateOrdersV2Response):
    """The results of a batch create, one per order in the order they were sent."""

    __slots__ = ()

    @property
    def failed(self) -> list[BatchCreateOrdersV2ResponseOrdersItem]:
        """The results that carry an error."""
        return [item for item in self.orders or () if item.error is not None]


class BatchCancelOrdersV2Response(_BatchCancelOrdersV2Response):
    """The results of a batch cancel, one per order in the order they were sent."""

    __slots__ = ()

    @property
    def failed(self) -> list[BatchCancelOrdersV2ResponseOrdersItem]:
        """The results that carry an error."""
        return [item for item in self.orders or () if item.error is not None]
