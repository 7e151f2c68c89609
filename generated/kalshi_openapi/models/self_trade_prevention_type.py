from typing import Literal, cast

SelfTradePreventionType = Literal["maker", "taker_at_cross"]

SELF_TRADE_PREVENTION_TYPE_VALUES: set[SelfTradePreventionType] = {
    "maker",
    "taker_at_cross",
}


def check_self_trade_prevention_type(value: str) -> SelfTradePreventionType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(SelfTradePreventionType, value)
