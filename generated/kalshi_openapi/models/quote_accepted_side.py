from typing import Literal, cast

QuoteAcceptedSide = Literal["no", "yes"]

QUOTE_ACCEPTED_SIDE_VALUES: set[QuoteAcceptedSide] = {
    "no",
    "yes",
}


def check_quote_accepted_side(value: str) -> QuoteAcceptedSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(QuoteAcceptedSide, value)
