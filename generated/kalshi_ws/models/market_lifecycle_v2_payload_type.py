from typing import Literal, cast

MarketLifecycleV2PayloadType = Literal["market_lifecycle_v2"]

MARKET_LIFECYCLE_V2_PAYLOAD_TYPE_VALUES: set[MarketLifecycleV2PayloadType] = {
    "market_lifecycle_v2",
}


def check_market_lifecycle_v2_payload_type(value: str) -> MarketLifecycleV2PayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MarketLifecycleV2PayloadType, value)
