from typing import Literal, cast

CreateOrderRequestAction = Literal["buy", "sell"]

CREATE_ORDER_REQUEST_ACTION_VALUES: set[CreateOrderRequestAction] = {
    "buy",
    "sell",
}


def check_create_order_request_action(value: str) -> CreateOrderRequestAction:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(CreateOrderRequestAction, value)
