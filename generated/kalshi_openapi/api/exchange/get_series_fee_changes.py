from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.get_series_fee_changes_response import GetSeriesFeeChangesResponse


def _get_kwargs(
    *,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["series_ticker"] = series_ticker

    params["show_historical"] = show_historical

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/fee_changes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetSeriesFeeChangesResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.get_series_fee_changes_response import GetSeriesFeeChangesResponse

    if response.status_code == 200:
        response_200 = GetSeriesFeeChangesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetSeriesFeeChangesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> Response[ErrorResponse | GetSeriesFeeChangesResponse]:
    """
    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetSeriesFeeChangesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        show_historical=show_historical,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> ErrorResponse | GetSeriesFeeChangesResponse | None:
    """
    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetSeriesFeeChangesResponse
    """

    return sync_detailed(
        client=client,
        series_ticker=series_ticker,
        show_historical=show_historical,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> Response[ErrorResponse | GetSeriesFeeChangesResponse]:
    """
    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetSeriesFeeChangesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        show_historical=show_historical,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> ErrorResponse | GetSeriesFeeChangesResponse | None:
    """
    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetSeriesFeeChangesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            series_ticker=series_ticker,
            show_historical=show_historical,
        )
    ).parsed
