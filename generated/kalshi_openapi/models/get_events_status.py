from typing import Literal, cast

GetEventsStatus = Literal["closed", "open", "settled", "unopened"]

GET_EVENTS_STATUS_VALUES: set[GetEventsStatus] = {
    "closed",
    "open",
    "settled",
    "unopened",
}


def check_get_events_status(value: str) -> GetEventsStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetEventsStatus, value)
