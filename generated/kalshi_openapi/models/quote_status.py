from typing import Literal, cast

QuoteStatus = Literal["accepted", "cancelled", "confirmed", "executed", "open"]

QUOTE_STATUS_VALUES: set[QuoteStatus] = {
    "accepted",
    "cancelled",
    "confirmed",
    "executed",
    "open",
}


def check_quote_status(value: str) -> QuoteStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(QuoteStatus, value)
