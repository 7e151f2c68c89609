from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_market_candlesticks_period_interval import (
        GetMarketCandlesticksPeriodInterval,
    )
    from ...models.get_market_candlesticks_response import GetMarketCandlesticksResponse


def _get_kwargs(
    series_ticker: str,
    ticker: str,
    *,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval,
    include_latest_before_start: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    json_period_interval: int = period_interval
    params["period_interval"] = json_period_interval

    params["include_latest_before_start"] = include_latest_before_start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/{series_ticker}/markets/{ticker}/candlesticks".format(
            series_ticker=quote(str(series_ticker), safe=""),
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetMarketCandlesticksResponse | None:
    from ...models.get_market_candlesticks_response import GetMarketCandlesticksResponse

    if response.status_code == 200:
        response_200 = GetMarketCandlesticksResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetMarketCandlesticksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval,
    include_latest_before_start: bool | Unset = False,
) -> Response[Any | GetMarketCandlesticksResponse]:
    """
    Args:
        series_ticker (str):
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksPeriodInterval):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMarketCandlesticksResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval,
    include_latest_before_start: bool | Unset = False,
) -> Any | GetMarketCandlesticksResponse | None:
    """
    Args:
        series_ticker (str):
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksPeriodInterval):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMarketCandlesticksResponse
    """

    return sync_detailed(
        series_ticker=series_ticker,
        ticker=ticker,
        client=client,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    ).parsed


async def asyncio_detailed(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval,
    include_latest_before_start: bool | Unset = False,
) -> Response[Any | GetMarketCandlesticksResponse]:
    """
    Args:
        series_ticker (str):
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksPeriodInterval):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMarketCandlesticksResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval,
    include_latest_before_start: bool | Unset = False,
) -> Any | GetMarketCandlesticksResponse | None:
    """
    Args:
        series_ticker (str):
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksPeriodInterval):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMarketCandlesticksResponse
    """

    return (
        await asyncio_detailed(
            series_ticker=series_ticker,
            ticker=ticker,
            client=client,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        )
    ).parsed
