from typing import Literal, cast

OkResponsePayloadType = Literal["ok"]

OK_RESPONSE_PAYLOAD_TYPE_VALUES: set[OkResponsePayloadType] = {
    "ok",
}


def check_ok_response_payload_type(value: str) -> OkResponsePayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(OkResponsePayloadType, value)
