from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.get_rf_qs_response import GetRFQsResponse
    from ...models.user_filter import UserFilter


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["event_ticker"] = event_ticker

    params["market_ticker"] = market_ticker

    params["subaccount"] = subaccount

    params["limit"] = limit

    params["status"] = status

    params["creator_user_id"] = creator_user_id

    json_user_filter: str | Unset = UNSET
    if not isinstance(user_filter, Unset):
        json_user_filter = user_filter

    params["user_filter"] = json_user_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/rfqs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetRFQsResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.get_rf_qs_response import GetRFQsResponse

    if response.status_code == 200:
        response_200 = GetRFQsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetRFQsResponse]:
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
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> Response[ErrorResponse | GetRFQsResponse]:
    """
    Args:
        cursor (str | Unset):
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):
        creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetRFQsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> ErrorResponse | GetRFQsResponse | None:
    """
    Args:
        cursor (str | Unset):
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):
        creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetRFQsResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> Response[ErrorResponse | GetRFQsResponse]:
    """
    Args:
        cursor (str | Unset):
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):
        creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetRFQsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> ErrorResponse | GetRFQsResponse | None:
    """
    Args:
        cursor (str | Unset):
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):
        creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetRFQsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            subaccount=subaccount,
            limit=limit,
            status=status,
            creator_user_id=creator_user_id,
            user_filter=user_filter,
        )
    ).parsed
