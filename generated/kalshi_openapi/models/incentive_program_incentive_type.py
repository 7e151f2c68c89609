from typing import Literal, cast

IncentiveProgramIncentiveType = Literal[
    "liquidity", "margin_maker_volume", "margin_taker_volume", "volume"
]

INCENTIVE_PROGRAM_INCENTIVE_TYPE_VALUES: set[IncentiveProgramIncentiveType] = {
    "liquidity",
    "margin_maker_volume",
    "margin_taker_volume",
    "volume",
}


def check_incentive_program_incentive_type(value: str) -> IncentiveProgramIncentiveType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(IncentiveProgramIncentiveType, value)
