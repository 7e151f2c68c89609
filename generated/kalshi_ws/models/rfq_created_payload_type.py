from typing import Literal, cast

RfqCreatedPayloadType = Literal["rfq_created"]

RFQ_CREATED_PAYLOAD_TYPE_VALUES: set[RfqCreatedPayloadType] = {
    "rfq_created",
}


def check_rfq_created_payload_type(value: str) -> RfqCreatedPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(RfqCreatedPayloadType, value)
