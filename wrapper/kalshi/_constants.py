"""Every tunable default of the SDK, in one place."""

from __future__ import annotations

API_PREFIX = "/trade-api/v2"

ENVIRONMENTS: dict[str, str] = {
    "prod": "https://external-api.kalshi.com/trade-api/v2",
    "demo": "https://external-api.demo.kalshi.co/trade-api/v2",
}

# Hosts that may receive signed requests over https: Kalshi's own (the spec's servers).
KALSHI_HOSTS = frozenset(
    {
        "external-api.kalshi.com",
        "api.elections.kalshi.com",
        "external-api.demo.kalshi.co",
        "demo-api.kalshi.co",
    }
)

DEFAULT_TIMEOUT = 10.0  # seconds: the deadline of a whole call, all attempts and waits included
# The async client cuts an attempt this long after the call's deadline, should httpx's own
# per-operation timeouts not have ended it by then (a server dripping its headers).
DEADLINE_GRACE = 0.1
DEFAULT_MAX_RETRIES = 2
# The most retries a client may be set to (the backoff of retry 1,024 would not be a float).
MAX_RETRIES_LIMIT = 1000
# Exponential backoff with full jitter: sleep uniform(0, min(cap, base * 2**attempt)).
BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0
# A Retry-After longer than this is not waited for: the error is raised instead.
MAX_RETRY_AFTER = 60.0

SUBACCOUNT_MAX = 63
CONTRACTS_LIMIT_MAX = 1_000_000

ENV_KEY_ID = "KALSHI_API_KEY_ID"
ENV_PRIVATE_KEY_PATH = "KALSHI_PRIVATE_KEY_PATH"
ENV_PRIVATE_KEY = "KALSHI_PRIVATE_KEY"
ENV_ENVIRONMENT = "KALSHI_ENV"
