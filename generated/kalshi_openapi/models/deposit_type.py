from typing import Literal, cast

DepositType = Literal["ach", "apm", "crypto", "debit", "wire"]

DEPOSIT_TYPE_VALUES: set[DepositType] = {
    "ach",
    "apm",
    "crypto",
    "debit",
    "wire",
}


def check_deposit_type(value: str) -> DepositType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(DepositType, value)
