from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.unlock_subaccount_for_settlement_advance_request import (
        UnlockSubaccountForSettlementAdvanceRequest,
    )
    from ...models.unlock_subaccount_for_settlement_advance_response import (
        UnlockSubaccountForSettlementAdvanceResponse,
    )


def _get_kwargs(
    *,
    body: UnlockSubaccountForSettlementAdvanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/subaccounts/settlement-advance-lock",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UnlockSubaccountForSettlementAdvanceResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.unlock_subaccount_for_settlement_advance_response import (
        UnlockSubaccountForSettlementAdvanceResponse,
    )

    if response.status_code == 200:
        response_200 = UnlockSubaccountForSettlementAdvanceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UnlockSubaccountForSettlementAdvanceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UnlockSubaccountForSettlementAdvanceRequest,
) -> Response[ErrorResponse | UnlockSubaccountForSettlementAdvanceResponse]:
    """
    Args:
        body (UnlockSubaccountForSettlementAdvanceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UnlockSubaccountForSettlementAdvanceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UnlockSubaccountForSettlementAdvanceRequest,
) -> ErrorResponse | UnlockSubaccountForSettlementAdvanceResponse | None:
    """
    Args:
        body (UnlockSubaccountForSettlementAdvanceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UnlockSubaccountForSettlementAdvanceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UnlockSubaccountForSettlementAdvanceRequest,
) -> Response[ErrorResponse | UnlockSubaccountForSettlementAdvanceResponse]:
    """
    Args:
        body (UnlockSubaccountForSettlementAdvanceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UnlockSubaccountForSettlementAdvanceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UnlockSubaccountForSettlementAdvanceRequest,
) -> ErrorResponse | UnlockSubaccountForSettlementAdvanceResponse | None:
    """
    Args:
        body (UnlockSubaccountForSettlementAdvanceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UnlockSubaccountForSettlementAdvanceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
