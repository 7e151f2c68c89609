from typing import Literal, cast

OrderSide = Literal["no", "yes"]

ORDER_SIDE_VALUES: set[OrderSide] = {
    "no",
    "yes",
}


def check_order_side(value: str) -> OrderSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(OrderSide, value)
