from typing import Literal, cast

EventFeeUpdatePayloadMsgFeeTypeOverride = Literal[
    "flat", "quadratic", "quadratic_with_combo_maker_fees", "quadratic_with_maker_fees"
]

EVENT_FEE_UPDATE_PAYLOAD_MSG_FEE_TYPE_OVERRIDE_VALUES: set[
    EventFeeUpdatePayloadMsgFeeTypeOverride
] = {
    "flat",
    "quadratic",
    "quadratic_with_combo_maker_fees",
    "quadratic_with_maker_fees",
}


def check_event_fee_update_payload_msg_fee_type_override(
    value: str,
) -> EventFeeUpdatePayloadMsgFeeTypeOverride:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(EventFeeUpdatePayloadMsgFeeTypeOverride, value)
