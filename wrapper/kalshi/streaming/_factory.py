"""How a client opens a feed session: its URL, connector and handshake signature."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .._auth import KEY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, Signer
from .._errors import MissingCredentialsError
from ._connection import WsConnect
from ._session import AsyncWebSocket
from ._url import check_ws_url, derive_ws_url, signed_path


def handshake_headers(signer: Signer, path: str) -> Callable[[], Mapping[str, str]]:
    """A maker of the upgrade's three KALSHI-ACCESS-* headers, signed anew for each connect."""
    raw_path = path.encode()

    def headers() -> Mapping[str, str]:
        timestamp, signature = signer.sign_request("GET", raw_path)
        return {KEY_HEADER: signer.key_id, TIMESTAMP_HEADER: timestamp, SIGNATURE_HEADER: signature}

    return headers


def make_session(
    *,
    signer: Signer | None,
    base_url: str,
    ws_url: str | None,
    ws_connect: WsConnect | None,
    allow_unknown_host: bool,
    options: dict[str, Any],
) -> AsyncWebSocket:
    """An unopened session for a client's settings and the caller's options."""
    if signer is None:
        raise MissingCredentialsError(
            "Kalshi's feed requires a signed handshake even for public channels: "
            "create the client with key_id and a private key"
        )
    url = check_ws_url(ws_url or derive_ws_url(base_url), allow_unknown_host=allow_unknown_host)
    if ws_connect is None:
        from ._network import network_connect

        ws_connect = network_connect
    return AsyncWebSocket(
        url=url, connect=ws_connect, headers=handshake_headers(signer, signed_path(url)), **options
    )
