from typing import Literal, cast

GetMultivariateEventCollectionLookupHistoryLookbackSeconds = Literal[10, 60, 300, 3600]

GET_MULTIVARIATE_EVENT_COLLECTION_LOOKUP_HISTORY_LOOKBACK_SECONDS_VALUES: set[
    GetMultivariateEventCollectionLookupHistoryLookbackSeconds
] = {
    10,
    60,
    300,
    3600,
}


def check_get_multivariate_event_collection_lookup_history_lookback_seconds(
    value: int,
) -> GetMultivariateEventCollectionLookupHistoryLookbackSeconds:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetMultivariateEventCollectionLookupHistoryLookbackSeconds, value)
