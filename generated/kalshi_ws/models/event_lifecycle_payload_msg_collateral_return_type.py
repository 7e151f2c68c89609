from typing import Literal, cast

EventLifecyclePayloadMsgCollateralReturnType = Literal["", "DIRECNET", "MECNET"]

EVENT_LIFECYCLE_PAYLOAD_MSG_COLLATERAL_RETURN_TYPE_VALUES: set[
    EventLifecyclePayloadMsgCollateralReturnType
] = {
    "",
    "DIRECNET",
    "MECNET",
}


def check_event_lifecycle_payload_msg_collateral_return_type(
    value: str,
) -> EventLifecyclePayloadMsgCollateralReturnType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(EventLifecyclePayloadMsgCollateralReturnType, value)
