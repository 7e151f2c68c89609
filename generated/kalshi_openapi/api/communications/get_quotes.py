from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.get_quotes_response import GetQuotesResponse
    from ...models.user_filter import UserFilter


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["limit"] = limit

    params["status"] = status

    params["quote_creator_user_id"] = quote_creator_user_id

    json_user_filter: str | Unset = UNSET
    if not isinstance(user_filter, Unset):
        json_user_filter = user_filter

    params["user_filter"] = json_user_filter

    json_rfq_user_filter: str | Unset = UNSET
    if not isinstance(rfq_user_filter, Unset):
        json_rfq_user_filter = rfq_user_filter

    params["rfq_user_filter"] = json_rfq_user_filter

    params["rfq_creator_user_id"] = rfq_creator_user_id

    params["rfq_creator_subtrader_id"] = rfq_creator_subtrader_id

    params["rfq_id"] = rfq_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/quotes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetQuotesResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.get_quotes_response import GetQuotesResponse

    if response.status_code == 200:
        response_200 = GetQuotesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetQuotesResponse]:
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
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> Response[ErrorResponse | GetQuotesResponse]:
    """
    Args:
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 500.
        status (str | Unset):
        quote_creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):
        rfq_user_filter (UserFilter | Unset):
        rfq_creator_user_id (str | Unset):
        rfq_creator_subtrader_id (str | Unset):
        rfq_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetQuotesResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        status=status,
        quote_creator_user_id=quote_creator_user_id,
        user_filter=user_filter,
        rfq_user_filter=rfq_user_filter,
        rfq_creator_user_id=rfq_creator_user_id,
        rfq_creator_subtrader_id=rfq_creator_subtrader_id,
        rfq_id=rfq_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> ErrorResponse | GetQuotesResponse | None:
    """
    Args:
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 500.
        status (str | Unset):
        quote_creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):
        rfq_user_filter (UserFilter | Unset):
        rfq_creator_user_id (str | Unset):
        rfq_creator_subtrader_id (str | Unset):
        rfq_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetQuotesResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        status=status,
        quote_creator_user_id=quote_creator_user_id,
        user_filter=user_filter,
        rfq_user_filter=rfq_user_filter,
        rfq_creator_user_id=rfq_creator_user_id,
        rfq_creator_subtrader_id=rfq_creator_subtrader_id,
        rfq_id=rfq_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> Response[ErrorResponse | GetQuotesResponse]:
    """
    Args:
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 500.
        status (str | Unset):
        quote_creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):
        rfq_user_filter (UserFilter | Unset):
        rfq_creator_user_id (str | Unset):
        rfq_creator_subtrader_id (str | Unset):
        rfq_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetQuotesResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        status=status,
        quote_creator_user_id=quote_creator_user_id,
        user_filter=user_filter,
        rfq_user_filter=rfq_user_filter,
        rfq_creator_user_id=rfq_creator_user_id,
        rfq_creator_subtrader_id=rfq_creator_subtrader_id,
        rfq_id=rfq_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    rfq_user_filter: UserFilter | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> ErrorResponse | GetQuotesResponse | None:
    """
    Args:
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 500.
        status (str | Unset):
        quote_creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):
        rfq_user_filter (UserFilter | Unset):
        rfq_creator_user_id (str | Unset):
        rfq_creator_subtrader_id (str | Unset):
        rfq_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetQuotesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            status=status,
            quote_creator_user_id=quote_creator_user_id,
            user_filter=user_filter,
            rfq_user_filter=rfq_user_filter,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_creator_subtrader_id=rfq_creator_subtrader_id,
            rfq_id=rfq_id,
        )
    ).parsed
