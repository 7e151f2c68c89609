from typing import Literal, cast

TickerPairSide = Literal["no", "yes"]

TICKER_PAIR_SIDE_VALUES: set[TickerPairSide] = {
    "no",
    "yes",
}


def check_ticker_pair_side(value: str) -> TickerPairSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(TickerPairSide, value)
