from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_fcm_positions_settlement_status import (
        GetFcmPositionsSettlementStatus,
    )
    from ...models.get_positions_response import GetPositionsResponse


def _get_kwargs(
    *,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subtrader_id"] = subtrader_id

    params["ticker"] = ticker

    params["event_ticker"] = event_ticker

    params["count_filter"] = count_filter

    json_settlement_status: str | Unset = UNSET
    if not isinstance(settlement_status, Unset):
        json_settlement_status = settlement_status

    params["settlement_status"] = json_settlement_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/positions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetPositionsResponse | None:
    from ...models.get_positions_response import GetPositionsResponse

    if response.status_code == 200:
        response_200 = GetPositionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

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
) -> Response[Any | GetPositionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Any | GetPositionsResponse]:
    """
    Args:
        subtrader_id (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        count_filter (str | Unset):
        settlement_status (GetFcmPositionsSettlementStatus | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPositionsResponse]
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
        ticker=ticker,
        event_ticker=event_ticker,
        count_filter=count_filter,
        settlement_status=settlement_status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Any | GetPositionsResponse | None:
    """
    Args:
        subtrader_id (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        count_filter (str | Unset):
        settlement_status (GetFcmPositionsSettlementStatus | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPositionsResponse
    """

    return sync_detailed(
        client=client,
        subtrader_id=subtrader_id,
        ticker=ticker,
        event_ticker=event_ticker,
        count_filter=count_filter,
        settlement_status=settlement_status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Any | GetPositionsResponse]:
    """
    Args:
        subtrader_id (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        count_filter (str | Unset):
        settlement_status (GetFcmPositionsSettlementStatus | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPositionsResponse]
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
        ticker=ticker,
        event_ticker=event_ticker,
        count_filter=count_filter,
        settlement_status=settlement_status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Any | GetPositionsResponse | None:
    """
    Args:
        subtrader_id (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        count_filter (str | Unset):
        settlement_status (GetFcmPositionsSettlementStatus | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPositionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            subtrader_id=subtrader_id,
            ticker=ticker,
            event_ticker=event_ticker,
            count_filter=count_filter,
            settlement_status=settlement_status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
