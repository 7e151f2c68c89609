from typing import Literal, cast

GetFcmPositionsSettlementStatus = Literal["all", "settled", "unsettled"]

GET_FCM_POSITIONS_SETTLEMENT_STATUS_VALUES: set[GetFcmPositionsSettlementStatus] = {
    "all",
    "settled",
    "unsettled",
}


def check_get_fcm_positions_settlement_status(value: str) -> GetFcmPositionsSettlementStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetFcmPositionsSettlementStatus, value)
