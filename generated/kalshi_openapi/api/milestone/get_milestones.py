from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_milestones_response import GetMilestonesResponse


def _get_kwargs(
    *,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_minimum_start_date: str | Unset = UNSET
    if not isinstance(minimum_start_date, Unset):
        json_minimum_start_date = minimum_start_date.isoformat()
    params["minimum_start_date"] = json_minimum_start_date

    params["category"] = category

    params["competition"] = competition

    params["source_id"] = source_id

    params["type"] = type_

    params["related_event_ticker"] = related_event_ticker

    params["cursor"] = cursor

    params["min_updated_ts"] = min_updated_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/milestones",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetMilestonesResponse | None:
    from ...models.get_milestones_response import GetMilestonesResponse

    if response.status_code == 200:
        response_200 = GetMilestonesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetMilestonesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[Any | GetMilestonesResponse]:
    """
    Args:
        limit (int):
        minimum_start_date (datetime.datetime | Unset):
        category (str | Unset):
        competition (str | Unset):
        source_id (str | Unset):
        type_ (str | Unset):
        related_event_ticker (str | Unset):
        cursor (str | Unset):
        min_updated_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMilestonesResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Any | GetMilestonesResponse | None:
    """
    Args:
        limit (int):
        minimum_start_date (datetime.datetime | Unset):
        category (str | Unset):
        competition (str | Unset):
        source_id (str | Unset):
        type_ (str | Unset):
        related_event_ticker (str | Unset):
        cursor (str | Unset):
        min_updated_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMilestonesResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[Any | GetMilestonesResponse]:
    """
    Args:
        limit (int):
        minimum_start_date (datetime.datetime | Unset):
        category (str | Unset):
        competition (str | Unset):
        source_id (str | Unset):
        type_ (str | Unset):
        related_event_ticker (str | Unset):
        cursor (str | Unset):
        min_updated_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMilestonesResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Any | GetMilestonesResponse | None:
    """
    Args:
        limit (int):
        minimum_start_date (datetime.datetime | Unset):
        category (str | Unset):
        competition (str | Unset):
        source_id (str | Unset):
        type_ (str | Unset):
        related_event_ticker (str | Unset):
        cursor (str | Unset):
        min_updated_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMilestonesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type_,
            related_event_ticker=related_event_ticker,
            cursor=cursor,
            min_updated_ts=min_updated_ts,
        )
    ).parsed
