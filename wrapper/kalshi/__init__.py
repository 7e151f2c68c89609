"""kalshi-trade: a Python SDK for Kalshi's Trade API."""

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
    CanceledOrder,
    CreatedOrderGroup,
    ExchangeStatus,
    Order,
    OrderGroup,
    OrderGroupDetail,
)
from ._ratelimit import RateLimit

__all__ = [
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncKalshiClient",
    "AuthenticationError",
    "BadRequestError",
    "CanceledOrder",
    "ConflictError",
    "CreateOrderRequest",
    "CreatedOrderGroup",
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


def __getattr__(name: str) -> object:
    # CreateOrderRequest lives with the orders resource, which imports the generated client:
    # load it on first use so that `import kalshi` stays cheap.
    if name == "CreateOrderRequest":
        from .resources.orders import CreateOrderRequest

        return CreateOrderRequest
    raise AttributeError(f"module 'kalshi' has no attribute {name!r}")
