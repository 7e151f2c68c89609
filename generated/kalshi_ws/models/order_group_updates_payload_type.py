from typing import Literal, cast

OrderGroupUpdatesPayloadType = Literal["order_group_updates"]

ORDER_GROUP_UPDATES_PAYLOAD_TYPE_VALUES: set[OrderGroupUpdatesPayloadType] = {
    "order_group_updates",
}


def check_order_group_updates_payload_type(value: str) -> OrderGroupUpdatesPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(OrderGroupUpdatesPayloadType, value)
