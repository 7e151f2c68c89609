from typing import Literal, cast

GetMarketsStatus = Literal["closed", "open", "paused", "settled", "unopened"]

GET_MARKETS_STATUS_VALUES: set[GetMarketsStatus] = {
    "closed",
    "open",
    "paused",
    "settled",
    "unopened",
}


def check_get_markets_status(value: str) -> GetMarketsStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetMarketsStatus, value)
