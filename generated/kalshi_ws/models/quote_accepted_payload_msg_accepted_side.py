from typing import Literal, cast

QuoteAcceptedPayloadMsgAcceptedSide = Literal["no", "yes"]

QUOTE_ACCEPTED_PAYLOAD_MSG_ACCEPTED_SIDE_VALUES: set[QuoteAcceptedPayloadMsgAcceptedSide] = {
    "no",
    "yes",
}


def check_quote_accepted_payload_msg_accepted_side(
    value: str,
) -> QuoteAcceptedPayloadMsgAcceptedSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(QuoteAcceptedPayloadMsgAcceptedSide, value)
