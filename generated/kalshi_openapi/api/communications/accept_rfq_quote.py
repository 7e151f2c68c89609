from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.accept_quote_request import AcceptQuoteRequest
    from ...models.error_response import ErrorResponse


def _get_kwargs(
    rfq_id: str,
    quote_id: str,
    *,
    body: AcceptQuoteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/communications/rfqs/{rfq_id}/quotes/{quote_id}/accept".format(
            rfq_id=quote(str(rfq_id), safe=""),
            quote_id=quote(str(quote_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    from ...models.error_response import ErrorResponse

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rfq_id: str,
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: AcceptQuoteRequest,
) -> Response[Any | ErrorResponse]:
    """
    Args:
        rfq_id (str):
        quote_id (str):
        body (AcceptQuoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        rfq_id=rfq_id,
        quote_id=quote_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rfq_id: str,
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: AcceptQuoteRequest,
) -> Any | ErrorResponse | None:
    """
    Args:
        rfq_id (str):
        quote_id (str):
        body (AcceptQuoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        rfq_id=rfq_id,
        quote_id=quote_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    rfq_id: str,
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: AcceptQuoteRequest,
) -> Response[Any | ErrorResponse]:
    """
    Args:
        rfq_id (str):
        quote_id (str):
        body (AcceptQuoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        rfq_id=rfq_id,
        quote_id=quote_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rfq_id: str,
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: AcceptQuoteRequest,
) -> Any | ErrorResponse | None:
    """
    Args:
        rfq_id (str):
        quote_id (str):
        body (AcceptQuoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            rfq_id=rfq_id,
            quote_id=quote_id,
            client=client,
            body=body,
        )
    ).parsed
