from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.decrease_order_v2_request import DecreaseOrderV2Request
    from ...models.decrease_order_v2_response import DecreaseOrderV2Response
    from ...models.error_response import ErrorResponse


def _get_kwargs(
    order_id: str,
    *,
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders/{order_id}/decrease".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DecreaseOrderV2Response | ErrorResponse | None:
    from ...models.decrease_order_v2_response import DecreaseOrderV2Response
    from ...models.error_response import ErrorResponse

    if response.status_code == 200:
        response_200 = DecreaseOrderV2Response.from_dict(response.json())

        return response_200

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
) -> Response[DecreaseOrderV2Response | ErrorResponse]:
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
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[DecreaseOrderV2Response | ErrorResponse]:
    """
    Args:
        order_id (str):
        subaccount (int | Unset):
        body (DecreaseOrderV2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecreaseOrderV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> DecreaseOrderV2Response | ErrorResponse | None:
    """
    Args:
        order_id (str):
        subaccount (int | Unset):
        body (DecreaseOrderV2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecreaseOrderV2Response | ErrorResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[DecreaseOrderV2Response | ErrorResponse]:
    """
    Args:
        order_id (str):
        subaccount (int | Unset):
        body (DecreaseOrderV2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecreaseOrderV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: DecreaseOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> DecreaseOrderV2Response | ErrorResponse | None:
    """
    Args:
        order_id (str):
        subaccount (int | Unset):
        body (DecreaseOrderV2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecreaseOrderV2Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
            subaccount=subaccount,
        )
    ).parsed
