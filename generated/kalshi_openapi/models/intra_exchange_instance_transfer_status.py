from typing import Literal, cast

IntraExchangeInstanceTransferStatus = Literal["complete", "pending"]

INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_VALUES: set[IntraExchangeInstanceTransferStatus] = {
    "complete",
    "pending",
}


def check_intra_exchange_instance_transfer_status(
    value: str,
) -> IntraExchangeInstanceTransferStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(IntraExchangeInstanceTransferStatus, value)
