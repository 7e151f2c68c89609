"""with_options: a copy signs with the original's Signer and builds none of its own."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import BASE, KEY_ID, make_client
from kalshi import _base_client


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_with_options_builds_no_signer(
    kind: str, private_pem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = make_client(kind, private_pem)
    built: list[Any] = []
    real = _base_client.Signer

    def counting(*args: Any, **kwargs: Any) -> Any:
        built.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(_base_client, "Signer", counting)
    copy = client.with_options(timeout=30)
    copy_of_copy = copy.with_options(max_retries=0)
    assert built == []
    for clone in (copy, copy_of_copy):
        assert clone._signer is client._signer
        assert clone._auth is client._auth
        assert clone.key_id == KEY_ID
        assert clone.base_url == BASE
    assert (copy_of_copy.timeout, copy_of_copy.max_retries) == (30.0, 0)
    assert copy_of_copy._settings["private_key"] is client._settings["private_key"]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_with_options_of_an_unsigned_client_stays_unsigned(kind: str) -> None:
    copy = make_client(kind, None).with_options(timeout=5)
    assert copy._signer is None and copy._auth is None and copy.key_id is None
