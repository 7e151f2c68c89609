from typing import Literal, cast

TradeTakerSide = Literal["no", "yes"]

TRADE_TAKER_SIDE_VALUES: set[TradeTakerSide] = {
    "no",
    "yes",
}


def check_trade_taker_side(value: str) -> TradeTakerSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(TradeTakerSide, value)
