from typing import Literal, cast

GetMultivariateEventCollectionsStatus = Literal["closed", "open", "unopened"]

GET_MULTIVARIATE_EVENT_COLLECTIONS_STATUS_VALUES: set[GetMultivariateEventCollectionsStatus] = {
    "closed",
    "open",
    "unopened",
}


def check_get_multivariate_event_collections_status(
    value: str,
) -> GetMultivariateEventCollectionsStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetMultivariateEventCollectionsStatus, value)
