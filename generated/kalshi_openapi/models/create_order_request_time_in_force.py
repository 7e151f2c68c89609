from typing import Literal, cast

CreateOrderRequestTimeInForce = Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"]

CREATE_ORDER_REQUEST_TIME_IN_FORCE_VALUES: set[CreateOrderRequestTimeInForce] = {
    "fill_or_kill",
    "good_till_canceled",
    "immediate_or_cancel",
}


def check_create_order_request_time_in_force(value: str) -> CreateOrderRequestTimeInForce:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(CreateOrderRequestTimeInForce, value)
