"""The feed's URL: derived from the client's base_url or given, and checked like base_url."""

from __future__ import annotations

import httpx

from .._config import check_signed_destination
from .._constants import KALSHI_HOSTS

WS_PATH = "/trade-api/ws/v2"

# Kalshi's REST hosts and the feed host each one documents; any other host keeps its name.
_FEED_HOSTS = {
    "external-api.kalshi.com": "external-api-ws.kalshi.com",
    "external-api.demo.kalshi.co": "external-api-ws.demo.kalshi.co",
}
KALSHI_WS_HOSTS = KALSHI_HOSTS | frozenset(_FEED_HOSTS.values())


def derive_ws_url(base_url: str) -> str:
    """The feed URL for a REST base URL: `https://H/trade-api/v2` -> `wss://H'/trade-api/ws/v2`."""
    url = httpx.URL(base_url)
    scheme = "wss" if url.scheme == "https" else "ws"
    host = _FEED_HOSTS.get(url.host, url.host)
    port = f":{url.port}" if url.port is not None else ""
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    return f"{scheme}://{host}{port}{WS_PATH}"


def check_ws_url(ws_url: str, *, allow_unknown_host: bool) -> str:
    """Refuse a feed URL the handshake's signature must not reach; return it without a slash.

    The same rule as for base_url: Kalshi's hosts over wss, loopback over ws or wss, any
    other host only with allow_unknown_host=True.
    """
    if not isinstance(ws_url, str) or not ws_url.startswith(("ws://", "wss://")):
        raise ValueError(f"ws_url must be a ws:// or wss:// URL, got {ws_url!r}")
    check_signed_destination(
        ws_url,
        allow_unknown_host=allow_unknown_host,
        hosts=KALSHI_WS_HOSTS,
        secure="wss",
        what="a signed handshake",
    )
    return ws_url.rstrip("/")


def signed_path(ws_url: str) -> str:
    """The path the handshake signs: the URL's own (normally /trade-api/ws/v2; "/" for none)."""
    return httpx.URL(ws_url).path
