from typing import Literal, cast

TradePayloadType = Literal["trade"]

TRADE_PAYLOAD_TYPE_VALUES: set[TradePayloadType] = {
    "trade",
}


def check_trade_payload_type(value: str) -> TradePayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(TradePayloadType, value)
