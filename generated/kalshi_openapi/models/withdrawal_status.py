from typing import Literal, cast

WithdrawalStatus = Literal["applied", "failed", "pending", "returned"]

WITHDRAWAL_STATUS_VALUES: set[WithdrawalStatus] = {
    "applied",
    "failed",
    "pending",
    "returned",
}


def check_withdrawal_status(value: str) -> WithdrawalStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(WithdrawalStatus, value)
