"""A spec-driven fuzz of the simulator: schemathesis generates requests from openapi/kalshi.yaml.

Over every operation the simulator serves (its route table), signed like a real client: the simulator never
answers 5xx or crashes, and every answer has a documented content type and a body that
matches the spec's schema for its status.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import time
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest
import requests
import schemathesis
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from hypothesis import HealthCheck, settings
from kalshi.sim import SimSettings, Simulator
from kalshi.sim._routes import OPERATIONS as SIM_OPERATIONS
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)

SPEC = json.loads(resources.files("kalshi_openapi").joinpath("_spec.json").read_text())
SERVED = {
    (operation.method, operation.template) for operation in SIM_OPERATIONS if operation.checked
}
"""What the simulator serves, from its own route table (the retired V1 writes, which answer a
fixed error without reading the request, are left out)."""
OPERATIONS = sorted(
    operation["operationId"]
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if (method.upper(), path) in SERVED
)
schema = schemathesis.openapi.from_dict(SPEC).include(operation_id=OPERATIONS)


class KalshiSignature(requests.auth.AuthBase):
    """Signs each prepared request exactly as sent: timestamp + method + path (no query)."""

    def __init__(self, key_id: str, private_key_pem: str) -> None:
        self.key_id = key_id
        self.key = serialization.load_pem_private_key(private_key_pem.encode(), password=None)

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        timestamp = str(int(time.time() * 1000))
        path = (request.path_url or "/").split("?")[0]
        message = f"{timestamp}{request.method}{path}".encode()
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)
        signature = self.key.sign(message, pss, hashes.SHA256())  # type: ignore[union-attr, call-arg, arg-type]
        request.headers["KALSHI-ACCESS-KEY"] = self.key_id
        request.headers["KALSHI-ACCESS-TIMESTAMP"] = timestamp
        request.headers["KALSHI-ACCESS-SIGNATURE"] = base64.b64encode(signature).decode()
        return request


@pytest.fixture(scope="module")
def signed_session() -> Iterator[tuple[str, requests.Session]]:
    # Unknown ids answer 404, which the spec documents, rather than 400 for a malformed one.
    with Simulator(dataclasses.replace(SimSettings(), reject_malformed_ids=False)) as sim:
        session = requests.Session()
        session.auth = KalshiSignature(sim.credentials.key_id, sim.credentials.private_key_pem)
        yield sim.base_url, session


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_simulator_conforms(
    case: Any, signed_session: tuple[str, requests.Session], caplog: pytest.LogCaptureFixture
) -> None:
    base_url, session = signed_session
    caplog.set_level(logging.ERROR, logger="kalshi.sim")
    caplog.clear()
    case.call_and_validate(
        base_url=base_url,
        session=session,
        checks=[not_a_server_error, content_type_conformance, response_schema_conformance],
    )
    # The simulator answers a crash in a handler with a 400 (so a client always gets JSON);
    # its error log is where a crash shows.
    crashes = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert not crashes, crashes


def test_every_served_operation_is_fuzzed() -> None:
    assert len(OPERATIONS) == len(SERVED)
    assert {"GetBalance", "GetFills", "GetSettlements", "CreateRFQ", "CreateOrderV2"} <= set(
        OPERATIONS
    )
