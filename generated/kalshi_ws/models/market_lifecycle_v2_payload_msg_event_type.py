from typing import Literal, cast

MarketLifecycleV2PayloadMsgEventType = Literal[
    "activated",
    "close_date_updated",
    "created",
    "deactivated",
    "determined",
    "metadata_updated",
    "price_level_structure_updated",
    "settled",
]

MARKET_LIFECYCLE_V2_PAYLOAD_MSG_EVENT_TYPE_VALUES: set[MarketLifecycleV2PayloadMsgEventType] = {
    "activated",
    "close_date_updated",
    "created",
    "deactivated",
    "determined",
    "metadata_updated",
    "price_level_structure_updated",
    "settled",
}


def check_market_lifecycle_v2_payload_msg_event_type(
    value: str,
) -> MarketLifecycleV2PayloadMsgEventType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MarketLifecycleV2PayloadMsgEventType, value)
