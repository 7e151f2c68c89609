from typing import Literal, cast

AnnouncementStatus = Literal["active", "inactive"]

ANNOUNCEMENT_STATUS_VALUES: set[AnnouncementStatus] = {
    "active",
    "inactive",
}


def check_announcement_status(value: str) -> AnnouncementStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(AnnouncementStatus, value)
