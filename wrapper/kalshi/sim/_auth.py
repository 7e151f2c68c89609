"""Verifying Kalshi request signatures over timestamp + method + path: RSA-PSS or Ed25519.

Nothing in a request says which algorithm signed it: the registered key decides.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding

from ._engine import Exchange
from ._errors import SimError

KEY_HEADER = "kalshi-access-key"
TIMESTAMP_HEADER = "kalshi-access-timestamp"
SIGNATURE_HEADER = "kalshi-access-signature"
_DIGEST_BYTES = 32
_SHA256 = hashes.SHA256()
_PSS = {
    auto: padding.PSS(
        mgf=padding.MGF1(_SHA256), salt_length=padding.PSS.AUTO if auto else _DIGEST_BYTES
    )
    for auto in (False, True)
}
"""The PSS padding a signature is checked with, by `SimSettings.pss_salt_auto` (made once)."""


def signed_path(raw_path: bytes) -> bytes:
    """The part of a request target that is signed: the encoded path without the query."""
    return raw_path.split(b"?", 1)[0]


def authenticate(exchange: Exchange, headers: Mapping[str, str], method: str, path: bytes) -> str:
    """Return the user id behind a correctly signed request, or raise the 401 Kalshi sends."""
    key_id = headers.get(KEY_HEADER)
    timestamp = headers.get(TIMESTAMP_HEADER)
    signature = headers.get(SIGNATURE_HEADER)
    if not key_id or not timestamp or not signature:
        raise SimError(401, "signature_is_missing_from_headers")
    if not _fresh(exchange, timestamp):
        raise SimError(401, "header_timestamp_expired", "header timestamp expired")
    entry = exchange.key(key_id)
    if entry is None:
        raise _authentication_error("NOT_FOUND")
    user_id, public_key = entry
    message = timestamp.encode("ascii") + method.encode("ascii") + path
    try:
        raw = base64.b64decode(signature, validate=True)
        if isinstance(public_key, ed25519.Ed25519PublicKey):
            public_key.verify(raw, message)
        else:
            public_key.verify(raw, message, _PSS[bool(exchange.settings.pss_salt_auto)], _SHA256)
    except (InvalidSignature, binascii.Error, ValueError):
        raise _authentication_error("INCORRECT_API_KEY_SIGNATURE") from None
    return user_id


def _fresh(exchange: Exchange, timestamp: str) -> bool:
    """Whether a millisecond timestamp lies inside the accepted skew window.

    A timestamp that is not a plain decimal number can never be inside it (inferred).
    """
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 16):
        return False
    lag = exchange.clock.now_ms() - int(timestamp)
    past, future = exchange.settings.skew_past_ms, exchange.settings.skew_future_ms
    return (past is None or lag <= past) and (future is None or -lag <= future)


def _authentication_error(details: str) -> SimError:
    return SimError(401, "authentication_error", "authentication_error", details=details)
