from typing import Literal, cast

GetIncentiveProgramsType = Literal[
    "all", "liquidity", "margin_maker_volume", "margin_taker_volume", "volume"
]

GET_INCENTIVE_PROGRAMS_TYPE_VALUES: set[GetIncentiveProgramsType] = {
    "all",
    "liquidity",
    "margin_maker_volume",
    "margin_taker_volume",
    "volume",
}


def check_get_incentive_programs_type(value: str) -> GetIncentiveProgramsType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetIncentiveProgramsType, value)
