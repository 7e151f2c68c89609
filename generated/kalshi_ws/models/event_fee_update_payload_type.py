from typing import Literal, cast

EventFeeUpdatePayloadType = Literal["event_fee_update"]

EVENT_FEE_UPDATE_PAYLOAD_TYPE_VALUES: set[EventFeeUpdatePayloadType] = {
    "event_fee_update",
}


def check_event_fee_update_payload_type(value: str) -> EventFeeUpdatePayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(EventFeeUpdatePayloadType, value)
