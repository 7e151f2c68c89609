from typing import Literal, cast

TickerPayloadType = Literal["ticker"]

TICKER_PAYLOAD_TYPE_VALUES: set[TickerPayloadType] = {
    "ticker",
}


def check_ticker_payload_type(value: str) -> TickerPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(TickerPayloadType, value)
