from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.get_fills_response import GetFillsResponse


def _get_kwargs(
    *,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["limit"] = limit

    params["cursor"] = cursor

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/fills",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | GetFillsResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.get_fills_response import GetFillsResponse

    if response.status_code == 200:
        response_200 = GetFillsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | GetFillsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[Any | ErrorResponse | GetFillsResponse]:
    """
    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | GetFillsResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Any | ErrorResponse | GetFillsResponse | None:
    """
    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | GetFillsResponse
    """

    return sync_detailed(
        client=client,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[Any | ErrorResponse | GetFillsResponse]:
    """
    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | GetFillsResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Any | ErrorResponse | GetFillsResponse | None:
    """
    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | GetFillsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
        )
    ).parsed
