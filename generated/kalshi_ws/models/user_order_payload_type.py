from typing import Literal, cast

UserOrderPayloadType = Literal["user_order"]

USER_ORDER_PAYLOAD_TYPE_VALUES: set[UserOrderPayloadType] = {
    "user_order",
}


def check_user_order_payload_type(value: str) -> UserOrderPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(UserOrderPayloadType, value)
