from typing import Literal, cast

AnnouncementType = Literal["error", "info", "warning"]

ANNOUNCEMENT_TYPE_VALUES: set[AnnouncementType] = {
    "error",
    "info",
    "warning",
}


def check_announcement_type(value: str) -> AnnouncementType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(AnnouncementType, value)
