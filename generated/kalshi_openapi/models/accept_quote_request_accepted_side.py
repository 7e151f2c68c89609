from typing import Literal, cast

AcceptQuoteRequestAcceptedSide = Literal["no", "yes"]

ACCEPT_QUOTE_REQUEST_ACCEPTED_SIDE_VALUES: set[AcceptQuoteRequestAcceptedSide] = {
    "no",
    "yes",
}


def check_accept_quote_request_accepted_side(value: str) -> AcceptQuoteRequestAcceptedSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(AcceptQuoteRequestAcceptedSide, value)
