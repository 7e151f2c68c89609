from typing import Literal, cast

AmendOrderRequestSide = Literal["no", "yes"]

AMEND_ORDER_REQUEST_SIDE_VALUES: set[AmendOrderRequestSide] = {
    "no",
    "yes",
}


def check_amend_order_request_side(value: str) -> AmendOrderRequestSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(AmendOrderRequestSide, value)
