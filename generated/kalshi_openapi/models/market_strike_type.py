from typing import Literal, cast

MarketStrikeType = Literal[
    "between",
    "custom",
    "functional",
    "greater",
    "greater_or_equal",
    "less",
    "less_or_equal",
    "structured",
]

MARKET_STRIKE_TYPE_VALUES: set[MarketStrikeType] = {
    "between",
    "custom",
    "functional",
    "greater",
    "greater_or_equal",
    "less",
    "less_or_equal",
    "structured",
}


def check_market_strike_type(value: str) -> MarketStrikeType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MarketStrikeType, value)
