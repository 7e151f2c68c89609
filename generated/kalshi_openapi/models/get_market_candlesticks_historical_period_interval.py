from typing import Literal, cast

GetMarketCandlesticksHistoricalPeriodInterval = Literal[1, 60, 1440]

GET_MARKET_CANDLESTICKS_HISTORICAL_PERIOD_INTERVAL_VALUES: set[
    GetMarketCandlesticksHistoricalPeriodInterval
] = {
    1,
    60,
    1440,
}


def check_get_market_candlesticks_historical_period_interval(
    value: int,
) -> GetMarketCandlesticksHistoricalPeriodInterval:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetMarketCandlesticksHistoricalPeriodInterval, value)
