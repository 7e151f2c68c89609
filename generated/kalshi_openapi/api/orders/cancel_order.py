from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.cancel_order_response import CancelOrderResponse
    from ...models.error_response import ErrorResponse


def _get_kwargs(
    order_id: str,
    *,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params["market_ticker"] = market_ticker

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelOrderResponse | ErrorResponse | None:
    from ...models.cancel_order_response import CancelOrderResponse
    from ...models.error_response import ErrorResponse

    if response.status_code == 200:
        response_200 = CancelOrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelOrderResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderResponse | ErrorResponse]:
    """
    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelOrderResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderResponse | ErrorResponse | None:
    """
    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelOrderResponse | ErrorResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderResponse | ErrorResponse]:
    """
    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelOrderResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderResponse | ErrorResponse | None:
    """
    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelOrderResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            subaccount=subaccount,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        )
    ).parsed
