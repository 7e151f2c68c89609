"""Where requests go: environment names, base URLs, and which hosts may get signed requests."""

from __future__ import annotations

import ipaddress

import httpx

from ._constants import API_PREFIX, ENVIRONMENTS, KALSHI_HOSTS


def resolve_base_url(environment: str, base_url: str | None) -> str:
    """Return the API base URL for an environment name or an explicit base URL."""
    if base_url is not None:
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must be an http(s) URL, got {base_url!r}")
        return base_url.rstrip("/")
    if environment not in ENVIRONMENTS:
        names = ", ".join(sorted(ENVIRONMENTS))
        raise ValueError(
            f"environment must be one of {names} (or pass base_url), got {environment!r}"
        )
    return ENVIRONMENTS[environment]


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (where the simulator runs)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_signed_destination(
    base_url: str,
    *,
    allow_unknown_host: bool,
    hosts: frozenset[str] = KALSHI_HOSTS,
    secure: str = "https",
    what: str = "signed requests",
) -> None:
    """Refuse to send signed requests anywhere but Kalshi over https (wss) or loopback.

    Kalshi signs timestamp, method and path but not the body, so a signature that reaches
    another host could be replayed to Kalshi with a different body within the clock window.
    One of Kalshi's own hosts is refused over plain http (ws) whatever `allow_unknown_host`
    says. The feed's URL is checked here too, with its hosts and `wss`.
    """
    url = httpx.URL(base_url)
    host = url.host
    if (url.scheme == secure and host in hosts) or is_loopback(host):
        return
    if host in hosts:
        raise ValueError(f"refusing to send {what} to {host} over {url.scheme}: use {secure}")
    if allow_unknown_host:
        return
    raise ValueError(
        f"refusing to send {what} to {host}: it is not one of Kalshi's hosts "
        f"({', '.join(sorted(hosts))}) nor loopback. A captured signature can be "
        "replayed to Kalshi with another body, because the body is not signed. Pass "
        "allow_unknown_host=True if you trust this host (for example your own proxy)."
    )


def api_path_prefix(base_url: str) -> str:
    """The path part of a base URL (normally /trade-api/v2)."""
    path = httpx.URL(base_url).path.rstrip("/")
    return path or API_PREFIX
