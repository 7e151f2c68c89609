from typing import Literal, cast

OrderAction = Literal["buy", "sell"]

ORDER_ACTION_VALUES: set[OrderAction] = {
    "buy",
    "sell",
}


def check_order_action(value: str) -> OrderAction:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(OrderAction, value)
