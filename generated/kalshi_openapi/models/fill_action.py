from typing import Literal, cast

FillAction = Literal["buy", "sell"]

FILL_ACTION_VALUES: set[FillAction] = {
    "buy",
    "sell",
}


def check_fill_action(value: str) -> FillAction:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(FillAction, value)
