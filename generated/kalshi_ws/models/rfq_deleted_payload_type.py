from typing import Literal, cast

RfqDeletedPayloadType = Literal["rfq_deleted"]

RFQ_DELETED_PAYLOAD_TYPE_VALUES: set[RfqDeletedPayloadType] = {
    "rfq_deleted",
}


def check_rfq_deleted_payload_type(value: str) -> RfqDeletedPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(RfqDeletedPayloadType, value)
