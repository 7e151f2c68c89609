from typing import Literal, cast

UnsubscribedResponsePayloadType = Literal["unsubscribed"]

UNSUBSCRIBED_RESPONSE_PAYLOAD_TYPE_VALUES: set[UnsubscribedResponsePayloadType] = {
    "unsubscribed",
}


def check_unsubscribed_response_payload_type(value: str) -> UnsubscribedResponsePayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(UnsubscribedResponsePayloadType, value)
