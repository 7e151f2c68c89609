"""Exchange status: public, unsigned."""

from __future__ import annotations

from typing import Any

from kalshi_openapi.api.exchange import get_exchange_status
from kalshi_openapi.resources import exchange as _generated

from .._call import Call
from .._models import ExchangeStatus, read_times, require_object

__all__ = ["AsyncExchangeResource", "ExchangeResource"]


def _parse_status(data: Any) -> ExchangeStatus:
    body = require_object(data, "exchange_active", "trading_active")
    return read_times(ExchangeStatus.from_dict(body))


def _status() -> Call[ExchangeStatus]:
    kwargs = get_exchange_status._get_kwargs()
    return Call(kwargs, _parse_status, operation="GetExchangeStatus", authenticated=False)


class ExchangeResource(_generated.ExchangeResource):
    """Sync exchange API."""

    def status(self) -> ExchangeStatus:
        """Whether the exchange and trading are active."""
        return self._client._execute(_status())


class AsyncExchangeResource(_generated.AsyncExchangeResource):
    """Async exchange API."""

    async def status(self) -> ExchangeStatus:
        """Whether the exchange and trading are active."""
        return await self._client._execute(_status())
