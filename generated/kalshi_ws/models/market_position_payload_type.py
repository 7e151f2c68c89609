from typing import Literal, cast

MarketPositionPayloadType = Literal["market_position"]

MARKET_POSITION_PAYLOAD_TYPE_VALUES: set[MarketPositionPayloadType] = {
    "market_position",
}


def check_market_position_payload_type(value: str) -> MarketPositionPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MarketPositionPayloadType, value)
