from typing import Literal, cast

MarketResult = Literal["", "no", "scalar", "yes"]

MARKET_RESULT_VALUES: set[MarketResult] = {
    "",
    "no",
    "scalar",
    "yes",
}


def check_market_result(value: str) -> MarketResult:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MarketResult, value)
