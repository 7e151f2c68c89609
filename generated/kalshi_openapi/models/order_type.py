from typing import Literal, cast

OrderType = Literal["limit", "market"]

ORDER_TYPE_VALUES: set[OrderType] = {
    "limit",
    "market",
}


def check_order_type(value: str) -> OrderType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(OrderType, value)
