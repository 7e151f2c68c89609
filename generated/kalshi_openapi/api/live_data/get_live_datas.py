from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_live_datas_response import GetLiveDatasResponse


def _get_kwargs(
    *,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_milestone_ids = milestone_ids

    params["milestone_ids"] = json_milestone_ids

    params["include_player_stats"] = include_player_stats

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/batch",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetLiveDatasResponse | None:
    from ...models.get_live_datas_response import GetLiveDatasResponse

    if response.status_code == 200:
        response_200 = GetLiveDatasResponse.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetLiveDatasResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> Response[Any | GetLiveDatasResponse]:
    """
    Args:
        milestone_ids (list[str]):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetLiveDatasResponse]
    """

    kwargs = _get_kwargs(
        milestone_ids=milestone_ids,
        include_player_stats=include_player_stats,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> Any | GetLiveDatasResponse | None:
    """
    Args:
        milestone_ids (list[str]):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetLiveDatasResponse
    """

    return sync_detailed(
        client=client,
        milestone_ids=milestone_ids,
        include_player_stats=include_player_stats,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> Response[Any | GetLiveDatasResponse]:
    """
    Args:
        milestone_ids (list[str]):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetLiveDatasResponse]
    """

    kwargs = _get_kwargs(
        milestone_ids=milestone_ids,
        include_player_stats=include_player_stats,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> Any | GetLiveDatasResponse | None:
    """
    Args:
        milestone_ids (list[str]):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetLiveDatasResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            milestone_ids=milestone_ids,
            include_player_stats=include_player_stats,
        )
    ).parsed
