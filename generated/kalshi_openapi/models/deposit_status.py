from typing import Literal, cast

DepositStatus = Literal["applied", "failed", "pending", "returned"]

DEPOSIT_STATUS_VALUES: set[DepositStatus] = {
    "applied",
    "failed",
    "pending",
    "returned",
}


def check_deposit_status(value: str) -> DepositStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(DepositStatus, value)
