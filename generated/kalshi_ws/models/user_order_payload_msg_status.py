from typing import Literal, cast

UserOrderPayloadMsgStatus = Literal["canceled", "executed", "resting"]

USER_ORDER_PAYLOAD_MSG_STATUS_VALUES: set[UserOrderPayloadMsgStatus] = {
    "canceled",
    "executed",
    "resting",
}


def check_user_order_payload_msg_status(value: str) -> UserOrderPayloadMsgStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(UserOrderPayloadMsgStatus, value)
