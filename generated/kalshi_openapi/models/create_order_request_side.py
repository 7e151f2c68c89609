from typing import Literal, cast

CreateOrderRequestSide = Literal["no", "yes"]

CREATE_ORDER_REQUEST_SIDE_VALUES: set[CreateOrderRequestSide] = {
    "no",
    "yes",
}


def check_create_order_request_side(value: str) -> CreateOrderRequestSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(CreateOrderRequestSide, value)
