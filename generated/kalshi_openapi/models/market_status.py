from typing import Literal, cast

MarketStatus = Literal[
    "active", "amended", "closed", "determined", "disputed", "finalized", "inactive", "initialized"
]

MARKET_STATUS_VALUES: set[MarketStatus] = {
    "active",
    "amended",
    "closed",
    "determined",
    "disputed",
    "finalized",
    "inactive",
    "initialized",
}


def check_market_status(value: str) -> MarketStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MarketStatus, value)
