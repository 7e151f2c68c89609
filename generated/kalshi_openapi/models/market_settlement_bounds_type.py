from typing import Literal, cast

MarketSettlementBoundsType = Literal["default", "floor"]

MARKET_SETTLEMENT_BOUNDS_TYPE_VALUES: set[MarketSettlementBoundsType] = {
    "default",
    "floor",
}


def check_market_settlement_bounds_type(value: str) -> MarketSettlementBoundsType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MarketSettlementBoundsType, value)
