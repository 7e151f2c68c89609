from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_fcm_fills_response import GetFcmFillsResponse


def _get_kwargs(
    *,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/fills",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetFcmFillsResponse | None:
    from ...models.get_fcm_fills_response import GetFcmFillsResponse

    if response.status_code == 200:
        response_200 = GetFcmFillsResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetFcmFillsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Any | GetFcmFillsResponse]:
    """
    Args:
        min_ts (int | Unset):
        max_ts (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetFcmFillsResponse]
    """

    kwargs = _get_kwargs(
        min_ts=min_ts,
        max_ts=max_ts,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Any | GetFcmFillsResponse | None:
    """
    Args:
        min_ts (int | Unset):
        max_ts (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetFcmFillsResponse
    """

    return sync_detailed(
        client=client,
        min_ts=min_ts,
        max_ts=max_ts,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Any | GetFcmFillsResponse]:
    """
    Args:
        min_ts (int | Unset):
        max_ts (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetFcmFillsResponse]
    """

    kwargs = _get_kwargs(
        min_ts=min_ts,
        max_ts=max_ts,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Any | GetFcmFillsResponse | None:
    """
    Args:
        min_ts (int | Unset):
        max_ts (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetFcmFillsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            min_ts=min_ts,
            max_ts=max_ts,
            cursor=cursor,
        )
    ).parsed
