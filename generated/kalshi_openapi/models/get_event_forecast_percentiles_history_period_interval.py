from typing import Literal, cast

GetEventForecastPercentilesHistoryPeriodInterval = Literal[0, 1, 60, 1440]

GET_EVENT_FORECAST_PERCENTILES_HISTORY_PERIOD_INTERVAL_VALUES: set[
    GetEventForecastPercentilesHistoryPeriodInterval
] = {
    0,
    1,
    60,
    1440,
}


def check_get_event_forecast_percentiles_history_period_interval(
    value: int,
) -> GetEventForecastPercentilesHistoryPeriodInterval:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetEventForecastPercentilesHistoryPeriodInterval, value)
