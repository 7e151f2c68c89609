from typing import Literal, cast

OrderOutcomeSide = Literal["no", "yes"]

ORDER_OUTCOME_SIDE_VALUES: set[OrderOutcomeSide] = {
    "no",
    "yes",
}


def check_order_outcome_side(value: str) -> OrderOutcomeSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(OrderOutcomeSide, value)
