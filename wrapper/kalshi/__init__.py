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
    StreamInterrupted,
    SubscriptionOverflow,
    SubscriptionTerminated,
    WebSocketCommandError,
    WebSocketConnectionError,
    WebSocketError,
    WebSocketHandshakeError,
    WebSocketTimeoutError,
)

# Loaded on first use, so that `import kalshi` stays light (no generated module is imported):
# the response models (generated from Kalshi's spec, with the conveniences of `kalshi._models`)
# and Kalshi's V2 order request bodies (`request=` of the V2 methods).
_MODELS = (
    "AmendOrderV2Response",
    "BatchCancelOrdersV2Response",
    "BatchCancelOrdersV2ResponseOrdersItem",
    "BatchCreateOrdersV2Response",
    "BatchCreateOrdersV2ResponseOrdersItem",
    "CancelOrderV2Response",
    "CreateOrderV2Response",
    "CreatedOrderGroup",
    "DecreaseOrderV2Response",
    "ErrorResponse",
    "ExchangeStatus",
    "Order",
    "OrderGroup",
    "OrderGroupDetail",
)
_GENERATED = (
    "AmendOrderV2Request",
    "BatchCancelOrdersV2Request",
    "BatchCreateOrdersV2Request",
    "CreateOrderV2Request",
    "DecreaseOrderV2Request",
)
# Loaded on first use too: neither a client without a rate limit nor a first call needs them.
_OWN = {"CreateOrderRequest": "._requests", "RateLimit": "._ratelimit"}
if TYPE_CHECKING:
    from kalshi_openapi.models import (
        AmendOrderV2Request,
        BatchCancelOrdersV2Request,
        BatchCreateOrdersV2Request,
        CreateOrderV2Request,
        DecreaseOrderV2Request,
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


def __dir__() -> list[str]:
    """The package's names, those loaded on first use included."""
    return sorted(set(globals()) | set(__all__))


def __getattr__(name: str) -> Any:
    if name in _OWN:
        import importlib

        return getattr(importlib.import_module(_OWN[name], __name__), name)
    if name in _MODELS:
        from . import _models

        return getattr(_models, name)
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
    "StreamInterrupted",
    "SubscriptionOverflow",
    "SubscriptionTerminated",
    "WebSocketCommandError",
    "WebSocketConnectionError",
    "WebSocketError",
    "WebSocketHandshakeError",
    "WebSocketTimeoutError",
]
