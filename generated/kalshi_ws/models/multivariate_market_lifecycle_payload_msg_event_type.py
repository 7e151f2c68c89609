from typing import Literal, cast

MultivariateMarketLifecyclePayloadMsgEventType = Literal[
    "activated",
    "close_date_updated",
    "created",
    "deactivated",
    "determined",
    "metadata_updated",
    "price_level_structure_updated",
    "settled",
]

MULTIVARIATE_MARKET_LIFECYCLE_PAYLOAD_MSG_EVENT_TYPE_VALUES: set[
    MultivariateMarketLifecyclePayloadMsgEventType
] = {
    "activated",
    "close_date_updated",
    "created",
    "deactivated",
    "determined",
    "metadata_updated",
    "price_level_structure_updated",
    "settled",
}


def check_multivariate_market_lifecycle_payload_msg_event_type(
    value: str,
) -> MultivariateMarketLifecyclePayloadMsgEventType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MultivariateMarketLifecyclePayloadMsgEventType, value)
