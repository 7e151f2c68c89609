from typing import Literal, cast

GetIncentiveProgramsStatus = Literal["active", "all", "closed", "paid_out", "upcoming"]

GET_INCENTIVE_PROGRAMS_STATUS_VALUES: set[GetIncentiveProgramsStatus] = {
    "active",
    "all",
    "closed",
    "paid_out",
    "upcoming",
}


def check_get_incentive_programs_status(value: str) -> GetIncentiveProgramsStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetIncentiveProgramsStatus, value)
