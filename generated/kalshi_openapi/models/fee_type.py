from typing import Literal, cast

FeeType = Literal[
    "flat", "quadratic", "quadratic_with_combo_maker_fees", "quadratic_with_maker_fees"
]

FEE_TYPE_VALUES: set[FeeType] = {
    "flat",
    "quadratic",
    "quadratic_with_combo_maker_fees",
    "quadratic_with_maker_fees",
}


def check_fee_type(value: str) -> FeeType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(FeeType, value)
