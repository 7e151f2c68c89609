"""Every SDK error survives pickle (process pools, multiprocessing queues) with its fields,
and a pickled error never carries a signature or key material."""

from __future__ import annotations

import concurrent.futures
import pickle
from typing import Any

import httpx
import kalshi
import pytest
from conftest import BASE, KEY_ID, make_client
from cryptography.hazmat.primitives import serialization
from kalshi import _errors
from kalshi._auth import SIGNATURE_HEADER
from pytest_httpx import HTTPXMock

URL = f"{BASE}/portfolio/orders"
SIGNATURE = "c2lnbmF0dXJlLXRoYXQtbXVzdC1uZXZlci1sZWF2ZQ=="


def _signed_request() -> httpx.Request:
    return httpx.Request(
        "POST",
        URL,
        headers={SIGNATURE_HEADER: SIGNATURE, "KALSHI-ACCESS-KEY": KEY_ID},
        json={"ticker": "T"},
    )


def _response(status: int, **kwargs: Any) -> httpx.Response:
    return httpx.Response(
        status, request=_signed_request(), headers={"x-request-id": "req-7"}, **kwargs
    )


def _status_error(status: int) -> kalshi.APIStatusError:
    body = {"error": {"code": "some_code", "message": "it failed", "details": {"n": [1, 2]}}}
    error = _errors.make_status_error(_response(status, json=body), key_id=KEY_ID)
    error.retries_taken = 2
    return error


def _conflict_from_create() -> kalshi.ConflictError:
    body = {"error": {"code": "order_already_exists", "message": "exists"}}
    error = _errors.make_status_error(_response(409, json=body), key_id=KEY_ID)
    assert isinstance(error, kalshi.ConflictError)
    _errors.add_outcome_unknown(error, "check first")
    error.client_order_id = "coid-42"
    error.retries_taken = 1
    return error


def raise_conflict() -> None:
    """Runs in a worker process: raise the error an order create would."""
    raise _conflict_from_create()


_FIELDS = (
    "args", "message", "status_code", "code", "details", "body", "request_id",
    "outcome_unknown", "client_order_id", "retries_taken", "sent",
)  # fmt: skip


def _fields(error: BaseException) -> dict[str, Any]:
    missing = object()
    return {
        name: getattr(error, name, missing)
        for name in _FIELDS
        if getattr(error, name, missing) is not missing
    }


def _every_error() -> list[kalshi.KalshiError]:
    errors: list[kalshi.KalshiError] = [
        kalshi.KalshiError("plain"),
        kalshi.MissingCredentialsError("no key"),
        kalshi.APIConnectionError("refused", request=_signed_request(), sent=False),
        kalshi.APITimeoutError("slow", request=_signed_request(), sent=True),
        kalshi.APIConnectionError("no request", request=None, sent=True),
        kalshi.APIResponseError("not JSON", response=_response(200, text="<html>")),
        kalshi.APIStatusError("odd", response=_response(418), code=None, details=None, body=None),
        _conflict_from_create(),
    ]
    errors += [_status_error(status) for status in (400, 401, 403, 404, 409, 429, 500, 503)]
    errors[3].retries_taken = 3
    _errors.add_outcome_unknown(errors[3], "maybe")
    return errors


@pytest.mark.parametrize("error", _every_error(), ids=lambda e: type(e).__name__)
def test_every_error_round_trips_through_pickle(error: kalshi.KalshiError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert _fields(copy) == _fields(error)
    assert str(copy) == str(error)
    for name in ("request", "response"):
        if hasattr(error, name):
            assert hasattr(copy, name)
    if isinstance(error, kalshi.APIStatusError | kalshi.APIResponseError):
        assert copy.response.status_code == error.response.status_code
        assert copy.response.content == error.response.content
        assert copy.response.request.url == error.response.request.url
    if isinstance(error, kalshi.APIConnectionError) and error.request is not None:
        assert copy.request.method == error.request.method
        assert copy.request.url == error.request.url


def test_subclass_fields_are_real_not_class_defaults() -> None:
    error = _conflict_from_create()
    copy = pickle.loads(pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy.client_order_id == "coid-42"
    assert copy.outcome_unknown is True
    assert copy.code == "order_already_exists"
    assert copy.request_id == "req-7"
    assert copy.retries_taken == 1
    assert "check first" in copy.message


def test_a_conflict_raised_in_a_process_pool_reaches_the_caller() -> None:
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(raise_conflict)
        with pytest.raises(kalshi.ConflictError) as caught:
            future.result()
        # The pool still works after carrying the error back.
        assert pool.submit(len, "abc").result() == 3
    error = caught.value
    assert error.client_order_id == "coid-42"
    assert error.outcome_unknown is True
    assert error.status_code == 409
    assert error.code == "order_already_exists"


def test_a_pickled_error_carries_no_signature() -> None:
    for error in _every_error():
        data = pickle.dumps(error)
        assert SIGNATURE.encode() not in data, type(error).__name__


def _key_lines(rsa_key: Any) -> list[bytes]:
    pem = rsa_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return [line for line in pem.splitlines() if len(line) >= 40]


def _assert_clean(data: bytes, signature: str, rsa_key: Any) -> None:
    assert signature.encode() not in data
    assert not [line for line in _key_lines(rsa_key) if line in data]


def test_errors_from_a_signed_client_pickle_without_secrets(
    httpx_mock: HTTPXMock, rsa_key: Any
) -> None:
    httpx_mock.add_response(method="GET", status_code=404, json={"error": {"code": "not_found"}})
    # A redirect is not followed: its answer is not JSON, and httpx builds the request that
    # would follow it from the signed one (headers included).
    httpx_mock.add_response(
        method="GET", status_code=302, headers={"location": f"{BASE}/elsewhere"}, text="moved"
    )
    with make_client("sync", rsa_key, max_retries=0) as client:
        with pytest.raises(kalshi.NotFoundError) as missing:
            client.order_groups.get("g1")
        with pytest.raises(kalshi.APIResponseError) as moved:
            client.order_groups.get("g2")
    first, second = httpx_mock.get_requests()
    for error, request in ((missing.value, first), (moved.value, second)):
        data = pickle.dumps(error)
        _assert_clean(data, request.headers[SIGNATURE_HEADER], rsa_key)
        copy = pickle.loads(data)
        assert copy.status_code == error.status_code
        assert copy.response.request.headers["KALSHI-ACCESS-KEY"] == KEY_ID
