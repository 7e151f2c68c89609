from typing import Literal, cast

ErrorResponsePayloadType = Literal["error"]

ERROR_RESPONSE_PAYLOAD_TYPE_VALUES: set[ErrorResponsePayloadType] = {
    "error",
}


def check_error_response_payload_type(value: str) -> ErrorResponsePayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(ErrorResponsePayloadType, value)
