from typing import Literal, cast

OutcomeSide = Literal["no", "yes"]

OUTCOME_SIDE_VALUES: set[OutcomeSide] = {
    "no",
    "yes",
}


def check_outcome_side(value: str) -> OutcomeSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(OutcomeSide, value)
