from typing import Literal, cast

QuoteAcceptedPayloadType = Literal["quote_accepted"]

QUOTE_ACCEPTED_PAYLOAD_TYPE_VALUES: set[QuoteAcceptedPayloadType] = {
    "quote_accepted",
}


def check_quote_accepted_payload_type(value: str) -> QuoteAcceptedPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(QuoteAcceptedPayloadType, value)
