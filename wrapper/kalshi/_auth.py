"""Request signing: RSA-PSS over timestamp + method + path, as an httpx.Auth."""

from __future__ import annotations

import asyncio
import base64
import os
import stat
import time
import warnings
from collections.abc import AsyncGenerator, Generator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

KEY_HEADER = "KALSHI-ACCESS-KEY"
TIMESTAMP_HEADER = "KALSHI-ACCESS-TIMESTAMP"
SIGNATURE_HEADER = "KALSHI-ACCESS-SIGNATURE"


class KeyFilePermissionWarning(UserWarning):
    """A private-key file is readable by users other than its owner."""


def load_private_key(
    private_key: str | bytes | RSAPrivateKey | None = None,
    private_key_path: str | os.PathLike[str] | None = None,
) -> RSAPrivateKey:
    """Load an RSA private key from a PEM string or bytes, a key object, or a PEM file."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    if (private_key is None) == (private_key_path is None):
        raise ValueError("pass exactly one of private_key and private_key_path")
    if isinstance(private_key, rsa.RSAPrivateKey):
        return private_key
    if private_key_path is not None:
        path = Path(private_key_path)
        try:
            mode = path.stat().st_mode
            data = path.read_bytes()
        except OSError as exc:
            raise ValueError(f"cannot read private key file {path}: {exc.strerror}") from None
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            warnings.warn(
                f"private key file {path} is accessible by group or others "
                f"(mode {stat.S_IMODE(mode):o}); restrict it with: chmod 600 {path}",
                KeyFilePermissionWarning,
                stacklevel=3,
            )
    else:
        data = private_key.encode() if isinstance(private_key, str) else private_key  # type: ignore[assignment]
    if not isinstance(data, bytes):
        raise TypeError("private_key must be a PEM str, PEM bytes or an RSAPrivateKey")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        # The parser's own message may quote the input: never echo key material.
        raise ValueError("private key is not a valid unencrypted PEM private key") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("private key must be an RSA key")
    return key


class Signer:
    """Signs request lines with one API key; its repr shows the key id only."""

    __slots__ = ("_key", "_padding", "_sha256", "key_id")

    def __init__(self, key_id: str, private_key: RSAPrivateKey) -> None:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        if not isinstance(key_id, str) or not key_id:
            raise ValueError("key_id must be a non-empty string")
        self.key_id = key_id
        self._key = private_key
        self._sha256 = hashes.SHA256()
        self._padding = padding.PSS(
            mgf=padding.MGF1(self._sha256), salt_length=padding.PSS.DIGEST_LENGTH
        )

    def sign(self, message: bytes) -> str:
        """Return the base64 RSA-PSS (SHA-256, salt = digest length) signature of message."""
        return base64.b64encode(self._key.sign(message, self._padding, self._sha256)).decode()

    def sign_request(self, method: str, raw_path: bytes) -> tuple[str, str]:
        """Timestamp now and sign; return (timestamp_ms, signature)."""
        timestamp = str(time.time_ns() // 1_000_000)
        return timestamp, self.sign(signing_message(timestamp, method, raw_path))

    def __repr__(self) -> str:
        return f"Signer(key_id={self.key_id!r})"


def signing_message(timestamp_ms: str, method: str, raw_path: bytes) -> bytes:
    """timestamp + METHOD + path, the path as sent (percent-encoded) and without its query."""
    path = raw_path.split(b"?", 1)[0]
    return timestamp_ms.encode() + method.encode() + path


_executor: ThreadPoolExecutor | None = None


def _signing_executor() -> ThreadPoolExecutor:
    """A small shared pool, one thread per core, that signs off the event loop."""
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(
            max_workers=os.cpu_count() or 2, thread_name_prefix="kalshi-sign"
        )
    return _executor


class KalshiAuth(httpx.Auth):
    """Adds Kalshi's three signature headers to each request, signed when it is sent."""

    def __init__(self, signer: Signer) -> None:
        self._signer = signer

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign in the calling thread, at the last moment before sending."""
        timestamp, signature = self._signer.sign_request(request.method, request.url.raw_path)
        headers = request.headers
        headers[KEY_HEADER] = self._signer.key_id
        headers[TIMESTAMP_HEADER] = timestamp
        headers[SIGNATURE_HEADER] = signature
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Sign in a worker thread (timestamp taken there, just before signing)."""
        loop = asyncio.get_running_loop()
        timestamp, signature = await loop.run_in_executor(
            _signing_executor(), self._signer.sign_request, request.method, request.url.raw_path
        )
        headers = request.headers
        headers[KEY_HEADER] = self._signer.key_id
        headers[TIMESTAMP_HEADER] = timestamp
        headers[SIGNATURE_HEADER] = signature
        yield request

    def __repr__(self) -> str:
        return f"KalshiAuth(key_id={self._signer.key_id!r})"
