from typing import Literal, cast

ApplySubaccountPositionTransferRequestSide = Literal["no", "yes"]

APPLY_SUBACCOUNT_POSITION_TRANSFER_REQUEST_SIDE_VALUES: set[
    ApplySubaccountPositionTransferRequestSide
] = {
    "no",
    "yes",
}


def check_apply_subaccount_position_transfer_request_side(
    value: str,
) -> ApplySubaccountPositionTransferRequestSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(ApplySubaccountPositionTransferRequestSide, value)
