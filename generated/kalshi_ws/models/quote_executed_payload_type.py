from typing import Literal, cast

QuoteExecutedPayloadType = Literal["quote_executed"]

QUOTE_EXECUTED_PAYLOAD_TYPE_VALUES: set[QuoteExecutedPayloadType] = {
    "quote_executed",
}


def check_quote_executed_payload_type(value: str) -> QuoteExecutedPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(QuoteExecutedPayloadType, value)
