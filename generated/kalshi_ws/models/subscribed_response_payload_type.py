from typing import Literal, cast

SubscribedResponsePayloadType = Literal["subscribed"]

SUBSCRIBED_RESPONSE_PAYLOAD_TYPE_VALUES: set[SubscribedResponsePayloadType] = {
    "subscribed",
}


def check_subscribed_response_payload_type(value: str) -> SubscribedResponsePayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(SubscribedResponsePayloadType, value)
