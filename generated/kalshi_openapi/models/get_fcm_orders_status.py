from typing import Literal, cast

GetFcmOrdersStatus = Literal["canceled", "executed", "resting"]

GET_FCM_ORDERS_STATUS_VALUES: set[GetFcmOrdersStatus] = {
    "canceled",
    "executed",
    "resting",
}


def check_get_fcm_orders_status(value: str) -> GetFcmOrdersStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetFcmOrdersStatus, value)
