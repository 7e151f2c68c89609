from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_structured_target_response import GetStructuredTargetResponse


def _get_kwargs(
    structured_target_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/structured_targets/{structured_target_id}".format(
            structured_target_id=quote(str(structured_target_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetStructuredTargetResponse | None:
    from ...models.get_structured_target_response import GetStructuredTargetResponse

    if response.status_code == 200:
        response_200 = GetStructuredTargetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

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
) -> Response[Any | GetStructuredTargetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetStructuredTargetResponse]:
    """
    Args:
        structured_target_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetStructuredTargetResponse]
    """

    kwargs = _get_kwargs(
        structured_target_id=structured_target_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetStructuredTargetResponse | None:
    """
    Args:
        structured_target_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetStructuredTargetResponse
    """

    return sync_detailed(
        structured_target_id=structured_target_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetStructuredTargetResponse]:
    """
    Args:
        structured_target_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetStructuredTargetResponse]
    """

    kwargs = _get_kwargs(
        structured_target_id=structured_target_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetStructuredTargetResponse | None:
    """
    Args:
        structured_target_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetStructuredTargetResponse
    """

    return (
        await asyncio_detailed(
            structured_target_id=structured_target_id,
            client=client,
        )
    ).parsed
