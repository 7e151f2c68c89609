from typing import Literal, cast

WithdrawalType = Literal["ach", "apm", "crypto", "debit", "wire"]

WITHDRAWAL_TYPE_VALUES: set[WithdrawalType] = {
    "ach",
    "apm",
    "crypto",
    "debit",
    "wire",
}


def check_withdrawal_type(value: str) -> WithdrawalType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(WithdrawalType, value)
