from typing import Literal, cast

GetMarketCandlesticksByEventPeriodInterval = Literal[1, 60, 1440]

GET_MARKET_CANDLESTICKS_BY_EVENT_PERIOD_INTERVAL_VALUES: set[
    GetMarketCandlesticksByEventPeriodInterval
] = {
    1,
    60,
    1440,
}


def check_get_market_candlesticks_by_event_period_interval(
    value: int,
) -> GetMarketCandlesticksByEventPeriodInterval:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetMarketCandlesticksByEventPeriodInterval, value)
