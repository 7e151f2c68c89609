from typing import Literal, cast

MarketMarketType = Literal["binary", "scalar"]

MARKET_MARKET_TYPE_VALUES: set[MarketMarketType] = {
    "binary",
    "scalar",
}


def check_market_market_type(value: str) -> MarketMarketType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MarketMarketType, value)
