from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.get_block_trade_proposals_response import GetBlockTradeProposalsResponse


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["market_ticker"] = market_ticker

    params["limit"] = limit

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/block-trade-proposals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetBlockTradeProposalsResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.get_block_trade_proposals_response import GetBlockTradeProposalsResponse

    if response.status_code == 200:
        response_200 = GetBlockTradeProposalsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetBlockTradeProposalsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> Response[ErrorResponse | GetBlockTradeProposalsResponse]:
    """
    Args:
        cursor (str | Unset):
        market_ticker (str | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetBlockTradeProposalsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        market_ticker=market_ticker,
        limit=limit,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> ErrorResponse | GetBlockTradeProposalsResponse | None:
    """
    Args:
        cursor (str | Unset):
        market_ticker (str | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetBlockTradeProposalsResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        market_ticker=market_ticker,
        limit=limit,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> Response[ErrorResponse | GetBlockTradeProposalsResponse]:
    """
    Args:
        cursor (str | Unset):
        market_ticker (str | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetBlockTradeProposalsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        market_ticker=market_ticker,
        limit=limit,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> ErrorResponse | GetBlockTradeProposalsResponse | None:
    """
    Args:
        cursor (str | Unset):
        market_ticker (str | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetBlockTradeProposalsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            market_ticker=market_ticker,
            limit=limit,
            status=status,
        )
    ).parsed
