from typing import Literal, cast

OrderStatus = Literal["canceled", "executed", "resting"]

ORDER_STATUS_VALUES: set[OrderStatus] = {
    "canceled",
    "executed",
    "resting",
}


def check_order_status(value: str) -> OrderStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(OrderStatus, value)
