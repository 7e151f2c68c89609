from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.get_series_response import GetSeriesResponse


def _get_kwargs(
    series_ticker: str,
    *,
    include_volume: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_volume"] = include_volume

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/{series_ticker}".format(
            series_ticker=quote(str(series_ticker), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetSeriesResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.get_series_response import GetSeriesResponse

    if response.status_code == 200:
        response_200 = GetSeriesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetSeriesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> Response[ErrorResponse | GetSeriesResponse]:
    """
    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetSeriesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> ErrorResponse | GetSeriesResponse | None:
    """
    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetSeriesResponse
    """

    return sync_detailed(
        series_ticker=series_ticker,
        client=client,
        include_volume=include_volume,
    ).parsed


async def asyncio_detailed(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> Response[ErrorResponse | GetSeriesResponse]:
    """
    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetSeriesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> ErrorResponse | GetSeriesResponse | None:
    """
    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetSeriesResponse
    """

    return (
        await asyncio_detailed(
            series_ticker=series_ticker,
            client=client,
            include_volume=include_volume,
        )
    ).parsed
