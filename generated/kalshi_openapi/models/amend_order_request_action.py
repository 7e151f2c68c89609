from typing import Literal, cast

AmendOrderRequestAction = Literal["buy", "sell"]

AMEND_ORDER_REQUEST_ACTION_VALUES: set[AmendOrderRequestAction] = {
    "buy",
    "sell",
}


def check_amend_order_request_action(value: str) -> AmendOrderRequestAction:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(AmendOrderRequestAction, value)
