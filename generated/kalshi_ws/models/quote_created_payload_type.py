from typing import Literal, cast

QuoteCreatedPayloadType = Literal["quote_created"]

QUOTE_CREATED_PAYLOAD_TYPE_VALUES: set[QuoteCreatedPayloadType] = {
    "quote_created",
}


def check_quote_created_payload_type(value: str) -> QuoteCreatedPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(QuoteCreatedPayloadType, value)
