from typing import Literal, cast

GetPositionsSettlementStatus = Literal["all", "settled", "unsettled"]

GET_POSITIONS_SETTLEMENT_STATUS_VALUES: set[GetPositionsSettlementStatus] = {
    "all",
    "settled",
    "unsettled",
}


def check_get_positions_settlement_status(value: str) -> GetPositionsSettlementStatus:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(GetPositionsSettlementStatus, value)
