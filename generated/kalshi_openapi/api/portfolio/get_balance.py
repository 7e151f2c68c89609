from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.get_balance_response import GetBalanceResponse


def _get_kwargs(
    *,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/balance",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetBalanceResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.get_balance_response import GetBalanceResponse

    if response.status_code == 200:
        response_200 = GetBalanceResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | GetBalanceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ErrorResponse | GetBalanceResponse]:
    """
    Args:
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetBalanceResponse]
    """

    kwargs = _get_kwargs(
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
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ErrorResponse | GetBalanceResponse | None:
    """
    Args:
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetBalanceResponse
    """

    return sync_detailed(
        client=client,
        subaccount=subaccount,
        exchange_index=exchange_index,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ErrorResponse | GetBalanceResponse]:
    """
    Args:
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetBalanceResponse]
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ErrorResponse | GetBalanceResponse | None:
    """
    Args:
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetBalanceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
    ).parsed
