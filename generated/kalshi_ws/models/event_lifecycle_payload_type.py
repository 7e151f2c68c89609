from typing import Literal, cast

EventLifecyclePayloadType = Literal["event_lifecycle"]

EVENT_LIFECYCLE_PAYLOAD_TYPE_VALUES: set[EventLifecyclePayloadType] = {
    "event_lifecycle",
}


def check_event_lifecycle_payload_type(value: str) -> EventLifecyclePayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(EventLifecyclePayloadType, value)
