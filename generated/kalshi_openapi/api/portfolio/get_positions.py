from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.get_positions_response import GetPositionsResponse
    from ...models.get_positions_settlement_status import (
        GetPositionsSettlementStatus,
    )


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    settlement_status: GetPositionsSettlementStatus | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["count_filter"] = count_filter

    json_settlement_status: str | Unset = UNSET
    if not isinstance(settlement_status, Unset):
        json_settlement_status = settlement_status

    params["settlement_status"] = json_settlement_status

    params["ticker"] = ticker

    params["event_ticker"] = event_ticker

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/positions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetPositionsResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.get_positions_response import GetPositionsResponse

    if response.status_code == 200:
        response_200 = GetPositionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetPositionsResponse]:
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
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    settlement_status: GetPositionsSettlementStatus | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ErrorResponse | GetPositionsResponse]:
    """
    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        count_filter (str | Unset):
        settlement_status (GetPositionsSettlementStatus | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetPositionsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        count_filter=count_filter,
        settlement_status=settlement_status,
        ticker=ticker,
        event_ticker=event_ticker,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    settlement_status: GetPositionsSettlementStatus | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ErrorResponse | GetPositionsResponse | None:
    """
    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        count_filter (str | Unset):
        settlement_status (GetPositionsSettlementStatus | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetPositionsResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        count_filter=count_filter,
        settlement_status=settlement_status,
        ticker=ticker,
        event_ticker=event_ticker,
        subaccount=subaccount,
        exchange_index=exchange_index,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    settlement_status: GetPositionsSettlementStatus | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ErrorResponse | GetPositionsResponse]:
    """
    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        count_filter (str | Unset):
        settlement_status (GetPositionsSettlementStatus | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetPositionsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        count_filter=count_filter,
        settlement_status=settlement_status,
        ticker=ticker,
        event_ticker=event_ticker,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    count_filter: str | Unset = UNSET,
    settlement_status: GetPositionsSettlementStatus | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ErrorResponse | GetPositionsResponse | None:
    """
    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        count_filter (str | Unset):
        settlement_status (GetPositionsSettlementStatus | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetPositionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            count_filter=count_filter,
            settlement_status=settlement_status,
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
    ).parsed
