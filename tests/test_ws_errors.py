"""The feed's errors: one family under KalshiError, with their fields, surviving pickle."""

from __future__ import annotations

import pickle

import kalshi
import pytest

ERRORS: list[kalshi.WebSocketError] = [
    kalshi.WebSocketError("plain", code=5),
    kalshi.WebSocketConnectionError("lost"),
    kalshi.WebSocketHandshakeError("refused", status=401, body=b'{"error": 1}'),
    kalshi.WebSocketTimeoutError("slow"),
    kalshi.WebSocketCommandError(
        "Market not found", code=16, command="subscribe", market_ticker="T"
    ),
    kalshi.SubscriptionTerminated("Internal error", code=17, command="subscribe"),
    kalshi.SubscriptionOverflow("full", channel="fill", dropped=7),
    kalshi.StreamInterrupted("gap", channel="order_group_updates", reason="gap"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_each_feed_error_is_a_kalshi_error_and_pickles_with_its_fields(
    error: kalshi.WebSocketError,
) -> None:
    assert isinstance(error, kalshi.KalshiError)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert copy.__dict__ == error.__dict__
    assert str(copy) == str(error)


def test_a_command_error_reads_as_kalshis_code_and_message() -> None:
    error = ERRORS[4]
    assert isinstance(error, kalshi.WebSocketCommandError)
    assert str(error) == "subscribe: error 16: Market not found"
    assert error.code == 16 and error.market_ticker == "T"
