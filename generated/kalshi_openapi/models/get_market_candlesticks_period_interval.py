from typing import Literal, cast

GetMarketCandlesticksPeriodInterval = Literal[1, 60, 1440]

GET_MARKET_CANDLESTICKS_PERIOD_INTERVAL_VALUES: set[GetMarketCandlesticksPeriodInterval] = {
    1,
    60,
    1440,
}


def check_get_market_candlesticks_period_interval(
    value: int,
) -> GetMarketCandlesticksPeriodInterval:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetMarketCandlesticksPeriodInterval, value)
