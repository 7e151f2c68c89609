from typing import Literal, cast

TradeTakerOutcomeSide = Literal["no", "yes"]

TRADE_TAKER_OUTCOME_SIDE_VALUES: set[TradeTakerOutcomeSide] = {
    "no",
    "yes",
}


def check_trade_taker_outcome_side(value: str) -> TradeTakerOutcomeSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(TradeTakerOutcomeSide, value)
