"""kalshi-trade: a Python SDK for Kalshi's Trade API."""

from typing import TYPE_CHECKING, Any

from ._auth import KeyFilePermissionWarning
from ._client import AsyncKalshiClient, KalshiClient
from ._errors import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    KalshiError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ._models import (
    AmendOrderV2Response,
    BatchCancelOrdersV2Response,
    BatchCancelOrdersV2ResponseOrdersItem,
    BatchCreateOrdersV2Response,
    BatchCreateOrdersV2ResponseOrdersItem,
    CancelOrderV2Response,
    CreatedOrderGroup,
    CreateOrderV2Response,
    DecreaseOrderV2Response,
    ErrorResponse,
    ExchangeStatus,
    Order,
    OrderGroup,
    OrderGroupDetail,
)
from ._ratelimit import RateLimit
from ._requests import CreateOrderRequest

# Kalshi's V2 order request bodies, generated from its spec (`request=` of the V2 methods),
# loaded on first use so that `import kalshi` stays light.
_GENERATED = (
    "AmendOrderV2Request",
    "BatchCancelOrdersV2Request",
    "BatchCreateOrdersV2Request",
    "CreateOrderV2Request",
    "DecreaseOrderV2Request",
)
if TYPE_CHECKING:
    from kalshi_openapi.models import (
        AmendOrderV2Request,
        BatchCancelOrdersV2Request,
        BatchCreateOrdersV2Request,
        CreateOrderV2Request,
        DecreaseOrderV2Request,
    )


def __getattr__(name: str) -> Any:
    if name in _GENERATED:
        from kalshi_openapi import models

        return getattr(models, name)
    raise AttributeError(f"module 'kalshi' has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AmendOrderV2Request",
    "AmendOrderV2Response",
    "AsyncKalshiClient",
    "AuthenticationError",
    "BadRequestError",
    "BatchCancelOrdersV2Request",
    "BatchCancelOrdersV2Response",
    "BatchCancelOrdersV2ResponseOrdersItem",
    "BatchCreateOrdersV2Request",
    "BatchCreateOrdersV2Response",
    "BatchCreateOrdersV2ResponseOrdersItem",
    "CancelOrderV2Response",
    "ConflictError",
    "CreateOrderRequest",
    "CreateOrderV2Request",
    "CreateOrderV2Response",
    "CreatedOrderGroup",
    "DecreaseOrderV2Request",
    "DecreaseOrderV2Response",
    "ErrorResponse",
    "ExchangeStatus",
    "InternalServerError",
    "KalshiClient",
    "KalshiError",
    "KeyFilePermissionWarning",
    "MissingCredentialsError",
    "NotFoundError",
    "Order",
    "OrderGroup",
    "OrderGroupDetail",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
]
