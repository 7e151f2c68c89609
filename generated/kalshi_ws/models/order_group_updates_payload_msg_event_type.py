from typing import Literal, cast

OrderGroupUpdatesPayloadMsgEventType = Literal[
    "created", "deleted", "limit_updated", "reset", "triggered"
]

ORDER_GROUP_UPDATES_PAYLOAD_MSG_EVENT_TYPE_VALUES: set[OrderGroupUpdatesPayloadMsgEventType] = {
    "created",
    "deleted",
    "limit_updated",
    "reset",
    "triggered",
}


def check_order_group_updates_payload_msg_event_type(
    value: str,
) -> OrderGroupUpdatesPayloadMsgEventType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(OrderGroupUpdatesPayloadMsgEventType, value)
