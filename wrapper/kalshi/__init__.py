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
from ._requests import CreateOrderRequest

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
