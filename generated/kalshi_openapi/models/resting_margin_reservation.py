from typing import Literal, cast

RestingMarginReservation = Literal["max", "none", "sum"]

RESTING_MARGIN_RESERVATION_VALUES: set[RestingMarginReservation] = {
    "max",
    "none",
    "sum",
}


def check_resting_margin_reservation(value: str) -> RestingMarginReservation:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(RestingMarginReservation, value)
