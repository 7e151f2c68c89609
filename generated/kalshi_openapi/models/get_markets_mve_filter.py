from typing import Literal, cast

GetMarketsMveFilter = Literal["exclude", "only"]

GET_MARKETS_MVE_FILTER_VALUES: set[GetMarketsMveFilter] = {
    "exclude",
    "only",
}


def check_get_markets_mve_filter(value: str) -> GetMarketsMveFilter:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetMarketsMveFilter, value)
