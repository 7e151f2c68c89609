from typing import Literal, cast

FillPayloadType = Literal["fill"]

FILL_PAYLOAD_TYPE_VALUES: set[FillPayloadType] = {
    "fill",
}


def check_fill_payload_type(value: str) -> FillPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(FillPayloadType, value)
