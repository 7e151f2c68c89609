from typing import Literal, cast

MarketSide = Literal["no", "yes"]

MARKET_SIDE_VALUES: set[MarketSide] = {
    "no",
    "yes",
}


def check_market_side(value: str) -> MarketSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MarketSide, value)
