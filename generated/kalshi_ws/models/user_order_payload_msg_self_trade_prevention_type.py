from typing import Literal, cast

UserOrderPayloadMsgSelfTradePreventionType = Literal["maker", "taker_at_cross"]

USER_ORDER_PAYLOAD_MSG_SELF_TRADE_PREVENTION_TYPE_VALUES: set[
    UserOrderPayloadMsgSelfTradePreventionType
] = {
    "maker",
    "taker_at_cross",
}


def check_user_order_payload_msg_self_trade_prevention_type(
    value: str,
) -> UserOrderPayloadMsgSelfTradePreventionType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(UserOrderPayloadMsgSelfTradePreventionType, value)
