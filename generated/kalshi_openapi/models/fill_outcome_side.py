from typing import Literal, cast

FillOutcomeSide = Literal["no", "yes"]

FILL_OUTCOME_SIDE_VALUES: set[FillOutcomeSide] = {
    "no",
    "yes",
}


def check_fill_outcome_side(value: str) -> FillOutcomeSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(FillOutcomeSide, value)
