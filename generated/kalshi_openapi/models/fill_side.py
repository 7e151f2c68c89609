from typing import Literal, cast

FillSide = Literal["no", "yes"]

FILL_SIDE_VALUES: set[FillSide] = {
    "no",
    "yes",
}


def check_fill_side(value: str) -> FillSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(FillSide, value)
