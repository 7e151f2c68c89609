from typing import Literal, cast

GetHistoricalMarketsMveFilter = Literal["exclude"]

GET_HISTORICAL_MARKETS_MVE_FILTER_VALUES: set[GetHistoricalMarketsMveFilter] = {
    "exclude",
}


def check_get_historical_markets_mve_filter(value: str) -> GetHistoricalMarketsMveFilter:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetHistoricalMarketsMveFilter, value)
