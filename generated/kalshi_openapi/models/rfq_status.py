from typing import Literal, cast

RFQStatus = Literal["closed", "open"]

RFQ_STATUS_VALUES: set[RFQStatus] = {
    "closed",
    "open",
}


def check_rfq_status(value: str) -> RFQStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(RFQStatus, value)
