"""Text arguments that cannot be sent (no UTF-8 form) are refused with the argument named."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Api
from kalshi import _validation as v
from pytest_httpx import HTTPXMock

UNSENDABLE = ["A\ud800", "\udc00", "KX-\udfff-24", "\ud83d"]  # lone surrogates


@pytest.mark.parametrize("text", UNSENDABLE, ids=repr)
@pytest.mark.parametrize("name", ["ticker", "order_id", "order_group_id", "event_ticker"])
def test_check_id_refuses_text_without_utf8_naming_the_argument(name: str, text: str) -> None:
    with pytest.raises(ValueError, match=name) as caught:
        v.check_id(name, text)
    assert not isinstance(caught.value, UnicodeError)
    assert "UTF-8" in str(caught.value)


@pytest.mark.parametrize("text", ["KXPRES-24-DJT", "é-ü-中", "\U0001f600", "a b"])
def test_check_id_keeps_text_that_encodes(text: str) -> None:
    assert v.check_id("ticker", text) == text


def test_check_choice_and_prices_refuse_it_by_name_too() -> None:
    with pytest.raises(ValueError, match="side"):
        v.check_choice("side", "yes\ud800", ("yes", "no"))
    with pytest.raises(ValueError, match="yes_price"):
        v.dollar_price("yes_price", "0.5\ud800")


GROUP_CALLS: list[tuple[str, Any]] = [
    ("get", lambda c, g: c.order_groups.get(g)),
    ("delete", lambda c, g: c.order_groups.delete(g)),
    ("reset", lambda c, g: c.order_groups.reset(g)),
    ("trigger", lambda c, g: c.order_groups.trigger(g)),
    ("update_limit", lambda c, g: c.order_groups.update_limit(g, contracts_limit=5)),
]


@pytest.mark.parametrize(("name", "call"), GROUP_CALLS, ids=[g[0] for g in GROUP_CALLS])
async def test_group_calls_refuse_it_before_sending(
    api: Api, httpx_mock: HTTPXMock, name: str, call: Any
) -> None:
    with pytest.raises(ValueError, match="order_group_id") as caught:
        await api(lambda c: call(c, "g\ud800"))
    assert not isinstance(caught.value, UnicodeError)
    assert httpx_mock.get_requests() == []
