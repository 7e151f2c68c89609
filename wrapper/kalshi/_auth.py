"""Request signing over timestamp + method + path (RSA-PSS or Ed25519), as an httpx.Auth."""

from __future__ import annotations

import base64
import collections
import contextlib
import os
import stat
import threading
import time
import warnings
import weakref
from collections.abc import AsyncGenerator, Generator
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

import httpx

if TYPE_CHECKING:
    import asyncio
    import queue

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

PrivateKey: TypeAlias = "RSAPrivateKey | Ed25519PrivateKey"
"""The key types Kalshi accepts for API keys."""

KEY_HEADER = "KALSHI-ACCESS-KEY"
TIMESTAMP_HEADER = "KALSHI-ACCESS-TIMESTAMP"
SIGNATURE_HEADER = "KALSHI-ACCESS-SIGNATURE"
# How many signatures one event loop may have in flight in the signing pool (measured:
# `make bench`, 1,000 concurrent calls; 8 to 256 all help, 64 helped most).
SIGNING_DEPTH = 64


class KeyFilePermissionWarning(UserWarning):
    """A private-key file is readable by users other than its owner."""


def load_private_key(
    private_key: str | bytes | PrivateKey | None = None,
    private_key_path: str | os.PathLike[str] | None = None,
) -> PrivateKey:
    """Load an RSA or Ed25519 private key from PEM text or bytes, a key object, or a PEM file.

    The key type is read from the key itself, not from the PEM header: an RSA key may come
    as PKCS#1 (`BEGIN RSA PRIVATE KEY`) or PKCS#8 (`BEGIN PRIVATE KEY`), as Ed25519 keys do.
    """
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization

    if (private_key is None) == (private_key_path is None):
        raise ValueError("pass exactly one of private_key and private_key_path")
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
    elif isinstance(private_key, str):
        data = private_key.encode()
    elif isinstance(private_key, bytes):
        data = private_key
    else:
        return _accepted(private_key)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        # The parser's own message may quote the input: never echo key material.
        raise ValueError(_not_a_private_key(data)) from None
    return _accepted(key)


_ACCEPTED = "an RSA or Ed25519 private key"


def key_type_of(key: object) -> str:
    """What a key object is, in words: "RSA private key", "EC (secp256r1) public key", ..."""
    from cryptography.hazmat.primitives.asymmetric import (
        dsa,
        ec,
        ed448,
        ed25519,
        rsa,
        x448,
        x25519,
    )

    kinds: tuple[tuple[str, type, type], ...] = (
        ("RSA", rsa.RSAPrivateKey, rsa.RSAPublicKey),
        ("Ed25519", ed25519.Ed25519PrivateKey, ed25519.Ed25519PublicKey),
        ("EC", ec.EllipticCurvePrivateKey, ec.EllipticCurvePublicKey),
        ("DSA", dsa.DSAPrivateKey, dsa.DSAPublicKey),
        ("Ed448", ed448.Ed448PrivateKey, ed448.Ed448PublicKey),
        ("X25519", x25519.X25519PrivateKey, x25519.X25519PublicKey),
        ("X448", x448.X448PrivateKey, x448.X448PublicKey),
    )
    for name, private, public in kinds:
        if isinstance(key, private | public):
            if isinstance(key, ec.EllipticCurvePrivateKey | ec.EllipticCurvePublicKey):
                name = f"EC ({key.curve.name})"
            return f"{name} {'private' if isinstance(key, private) else 'public'} key"
    return type(key).__name__


def _accepted(key: object) -> PrivateKey:
    """The key itself if it is an RSA or Ed25519 private key; else an error naming what it is."""
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    if isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey):
        return key
    got = key_type_of(key)
    if got.endswith(" key"):
        raise ValueError(_unsupported(got))
    raise TypeError(f"private_key must be PEM text, PEM bytes or a key object ({_ACCEPTED}), "
                    f"got {got}")  # fmt: skip


def _unsupported(got: str) -> str:
    return f"unsupported key type: {got}; the key must be {_ACCEPTED}"


def _not_a_private_key(data: bytes) -> str:
    """Why PEM data is not a usable private key, naming a public key or certificate if it is one.

    Only the kind of thing found is named: nothing of the data itself is quoted.
    """
    from cryptography import x509
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization

    try:
        return _unsupported(key_type_of(serialization.load_pem_public_key(data)))
    except (ValueError, TypeError, UnsupportedAlgorithm):
        pass
    try:
        x509.load_pem_x509_certificate(data)
        return _unsupported("X.509 certificate")
    except ValueError:
        pass
    if b"ENCRYPTED" in data:
        return "the private key is encrypted: the SDK takes an unencrypted PEM private key"
    return f"private key is not a valid unencrypted PEM private key ({_ACCEPTED})"


def check_key_id(key_id: object) -> None:
    """Refuse a key id an HTTP header cannot carry as it is (ValueError naming key_id).

    Printable ASCII only, without whitespace at either end: a newline, NUL, other control
    characters or non-ASCII text could not be sent, and surrounding spaces would be lost.
    """
    if not isinstance(key_id, str) or not key_id:
        raise ValueError("key_id must be a non-empty string")
    for position, char in enumerate(key_id):
        if not " " <= char <= "~":
            kind = "non-ASCII" if char > "\x7f" else "control"
            raise ValueError(
                f"key_id holds a {kind} character (U+{ord(char):04X}) at position {position}, "
                "which an HTTP header cannot carry: check the key id for a stray newline"
            )
    if key_id != key_id.strip():
        raise ValueError("key_id starts or ends with a space: remove it")


class Signer:
    """Signs request lines with one API key; its repr shows the key id and key type only."""

    __slots__ = ("_key", "_padding", "_sha256", "inline", "key_id", "key_type")

    def __init__(self, key_id: str, private_key: PrivateKey) -> None:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ed25519, padding

        check_key_id(key_id)
        self.key_id = key_id
        self._key = private_key
        self._sha256 = hashes.SHA256()
        self._padding: padding.PSS | None
        if isinstance(private_key, ed25519.Ed25519PrivateKey):
            self.key_type = "ed25519"
            self._padding = None
        else:
            self.key_type = "rsa"
            self._padding = padding.PSS(
                mgf=padding.MGF1(self._sha256), salt_length=padding.PSS.DIGEST_LENGTH
            )
        # An Ed25519 signature costs about as much as handing it to a signing thread and
        # back, so the async client makes those on the event loop: 500 concurrent calls took
        # less CPU and wall time that way (`python -m benchmarks.signing_inline`).
        self.inline = self.key_type == "ed25519"

    def sign(self, message: bytes) -> str:
        """Return the base64 signature of message: Ed25519, or RSA-PSS (SHA-256, salt 32)."""
        if self._padding is None:
            return base64.b64encode(self._key.sign(message)).decode()  # type: ignore[call-arg]
        return base64.b64encode(
            self._key.sign(message, self._padding, self._sha256)  # type: ignore[call-arg]
        ).decode()

    def sign_request(self, method: str, raw_path: bytes) -> tuple[str, str]:
        """Timestamp now and sign; return (timestamp_ms, signature)."""
        timestamp = str(time.time_ns() // 1_000_000)
        return timestamp, self.sign(signing_message(timestamp, method, raw_path))

    def __repr__(self) -> str:
        return f"Signer(key_id={self.key_id!r}, key_type={self.key_type!r})"


def signing_message(timestamp_ms: str, method: str, raw_path: bytes) -> bytes:
    """timestamp + METHOD + path, the path as sent (percent-encoded) and without its query."""
    path = raw_path.split(b"?", 1)[0]
    return timestamp_ms.encode() + method.encode() + path


class _Lane:
    """One event loop's share of the signing pool: what it has in flight, ready and waiting.

    A lane lives as long as its loop and holds it only weakly, so a loop closed with
    signatures still in flight is freed with its lane.
    """

    __slots__ = ("__weakref__", "in_flight", "loop_ref", "ready", "waiting", "wake_pending")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop_ref = weakref.ref(loop)
        self.in_flight = 0
        self.ready: collections.deque[_Settled] = collections.deque()
        self.wake_pending = False
        self.waiting: collections.deque[asyncio.Future[None]] = collections.deque()


class _SigningPool:
    """Signs for event loops on daemon threads, one per core, taking requests in order.

    RSA signing releases the GIL, so the threads sign in parallel with each other and with
    the event loop. What costs is every moment a signing thread needs the GIL back while the
    loop holds it; so a thread needs it once per signature (to take the next request and hand
    the result over) and wakes the loop only when no wake-up is pending already: the loop then
    collects every signature that is ready by the time it runs. (The hand-over relies on the
    GIL to order the flag and the deque; a free-threaded build would need a lock here.)

    Each loop may have only `depth` signatures in flight: a request beyond that waits, in
    `turn()`, before httpx builds it. Without that bound a burst keeps the loop busy building
    every request while the signing threads wait for the GIL; with it, the loop builds a
    batch, sends what is signed, and sleeps while the pool signs.
    """

    def __init__(self, workers: int, depth: int) -> None:
        import queue  # here: only an async client signing RSA keys under load needs it

        self.depth = depth
        self._lanes: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Lane] = (
            weakref.WeakKeyDictionary()
        )
        self._lanes_lock = threading.Lock()  # for adding and dropping lanes, not lookups
        self._jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        for index in range(workers):
            name = f"kalshi-sign-{index}"
            threading.Thread(target=self._sign_forever, name=name, daemon=True).start()

    def lane(self, loop: asyncio.AbstractEventLoop) -> _Lane:
        """The loop's lane, made on its first signature."""
        lane = self._lanes.get(loop)
        if lane is None:
            with self._lanes_lock:
                # A loop closed while a hand-over to it was queued (so no signing thread saw
                # it closed) is still held by its lane's futures: let it go here, at the next
                # new loop. asyncio.run() settles everything before it closes its loop.
                for closed in [other for other in self._lanes if other.is_closed()]:
                    self._drop(self._lanes[closed])
                lane = self._lanes[loop] = _Lane(loop)
        return lane

    def _drop(self, lane: _Lane) -> None:
        """Forget a lane whose loop is closed or gone, and what it held (caller has the lock)."""
        lane.ready.clear()
        lane.waiting.clear()
        loop = lane.loop_ref()
        if loop is not None and self._lanes.get(loop) is lane:
            del self._lanes[loop]

    def busy(self, loop: asyncio.AbstractEventLoop) -> bool:
        """Whether the loop has signatures in flight or requests waiting for a turn."""
        lane = self._lanes.get(loop)
        return lane is not None and bool(lane.in_flight or lane.waiting)

    async def turn(self, loop: asyncio.AbstractEventLoop) -> None:
        """Wait until the loop has fewer than `depth` signatures in flight."""
        lane = self._lanes.get(loop)
        if lane is None:
            return
        while lane.in_flight >= self.depth:
            waiter: asyncio.Future[None] = loop.create_future()
            lane.waiting.append(waiter)
            try:
                await waiter
            except BaseException:
                if waiter.done() and not waiter.cancelled():
                    self._call_waiting(lane)  # woken, then cancelled: pass the turn on
                else:
                    with contextlib.suppress(ValueError):
                        lane.waiting.remove(waiter)
                raise

    def turn_over(self, loop: asyncio.AbstractEventLoop) -> None:
        """After a request, signed or not: wake waiting requests if nothing else will.

        A request woken from `turn()` may fail before it asks for a signature (a closed
        client, a body that does not encode); its slot is passed on here, not lost.
        """
        lane = self._lanes.get(loop)
        if lane is not None and lane.waiting and not lane.in_flight:
            # With signatures in flight, their hand-over wakes the waiting (`_settle`); with
            # none, nothing else would.
            self._call_waiting(lane)

    def submit(
        self, loop: asyncio.AbstractEventLoop, signer: Signer, method: str, raw_path: bytes
    ) -> asyncio.Future[tuple[str, str]]:
        """A future of (timestamp_ms, signature), the timestamp taken just before signing."""
        lane = self.lane(loop)
        future: asyncio.Future[tuple[str, str]] = loop.create_future()
        lane.in_flight += 1
        self._jobs.put((lane, future, signer, method, raw_path))
        return future

    def _sign_forever(self) -> None:
        jobs = self._jobs
        while True:
            lane, future, signer, method, raw_path = jobs.get()
            settled: _Settled
            try:
                settled = (future, signer.sign_request(method, raw_path), None)
            except BaseException as exc:  # the caller gets it; the thread lives on
                settled = (future, None, _as_plain_error(exc))
            lane.ready.append(settled)
            # Reset to False by the loop before it collects, so a signature appended after
            # that collection always finds the flag clear and schedules the next wake-up.
            loop = lane.loop_ref()
            if loop is None or loop.is_closed():
                with self._lanes_lock:
                    self._drop(lane)  # nobody is waiting any more
            elif not lane.wake_pending:
                lane.wake_pending = True
                try:
                    loop.call_soon_threadsafe(self._settle, lane)
                except RuntimeError:  # closed meanwhile
                    with self._lanes_lock:
                        self._drop(lane)
            del lane, future, signer, settled, loop

    def _settle(self, lane: _Lane) -> None:
        """On the lane's loop: hand out the ready signatures, then let waiting requests on."""
        lane.wake_pending = False
        ready = lane.ready
        while ready:
            future, result, error = ready.popleft()
            lane.in_flight -= 1
            if future.done():  # cancelled while it waited
                continue
            if error is None:
                future.set_result(result)  # type: ignore[arg-type]
            else:
                future.set_exception(error)
        self._call_waiting(lane)

    def _call_waiting(self, lane: _Lane) -> None:
        free = self.depth - lane.in_flight
        while free > 0 and lane.waiting:
            waiter = lane.waiting.popleft()
            if not waiter.done():
                waiter.set_result(None)
                free -= 1


def _as_plain_error(exc: BaseException) -> Exception:
    """An exception a future can carry to its awaiting task as an ordinary failure.

    A key's sign() raising StopIteration (which futures refuse) or SystemExit and the like
    (which would stop the event loop) reaches the caller as a RuntimeError instead.
    """
    if isinstance(exc, Exception) and not isinstance(exc, StopIteration):
        return exc
    error = RuntimeError(f"signing the request raised {type(exc).__name__}")
    error.__cause__ = exc
    return error


_Job = tuple[_Lane, "asyncio.Future[tuple[str, str]]", Signer, str, bytes]
_Settled = tuple["asyncio.Future[tuple[str, str]]", "tuple[str, str] | None", "Exception | None"]


_pool: _SigningPool | None = None
_pool_lock = threading.Lock()


def _signing_pool() -> _SigningPool:
    """The process's signing pool, started on first use with one signing thread per core."""
    global _pool
    if _pool is None:
        with _pool_lock:
            if _pool is None:
                _pool = _SigningPool(os.cpu_count() or 2, SIGNING_DEPTH)
    return _pool


async def signing_turn(loop: asyncio.AbstractEventLoop) -> None:
    """Wait until the loop may hand the signing pool another request."""
    if _pool is not None:
        await _pool.turn(loop)


def signing_turn_over(loop: asyncio.AbstractEventLoop) -> None:
    """Call when a request that took a turn is over, however it ended."""
    if _pool is not None:
        _pool.turn_over(loop)


def _forget_pool() -> None:
    global _pool, _pool_lock
    _pool = None  # a forked child has none of the parent's threads
    _pool_lock = threading.Lock()  # nor, if one held it at the fork, a way to release it


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pool)


def _loop_is_idle(loop: asyncio.AbstractEventLoop) -> bool:
    """Whether this request is all the loop has to do: no callback ready, no signature due.

    Then handing the signature to a thread only adds two thread wake-ups (some 100 µs) to
    the call while the loop waits with nothing to run. asyncio's own loops keep their ready
    callbacks in `_ready`; a loop without one (uvloop, say) always uses the pool.
    """
    ready = getattr(loop, "_ready", None)
    if ready is None or len(ready):
        return False
    return _pool is None or not _pool.busy(loop)


class KalshiAuth(httpx.Auth):
    """Adds Kalshi's three signature headers to each request, signed when it is sent."""

    def __init__(self, signer: Signer) -> None:
        self._signer = signer

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign in the calling thread, at the last moment before sending."""
        self._stamp(request, *self._signer.sign_request(request.method, request.url.raw_path))
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Sign in the signing pool, or right here when that is cheaper or nothing else could run.

        Ed25519 signatures are always made here; RSA ones in the pool unless the loop is idle.
        The timestamp is taken just before signing, wherever that happens.
        """
        import asyncio

        loop = asyncio.get_running_loop()
        method, raw_path = request.method, request.url.raw_path
        if self._signer.inline or _loop_is_idle(loop):
            timestamp, signature = self._signer.sign_request(method, raw_path)
        else:
            pool = _signing_pool()
            timestamp, signature = await pool.submit(loop, self._signer, method, raw_path)
        self._stamp(request, timestamp, signature)
        yield request

    def _stamp(self, request: httpx.Request, timestamp: str, signature: str) -> None:
        headers = request.headers
        headers[KEY_HEADER] = self._signer.key_id
        headers[TIMESTAMP_HEADER] = timestamp
        headers[SIGNATURE_HEADER] = signature

    def __repr__(self) -> str:
        return f"KalshiAuth(key_id={self._signer.key_id!r})"
