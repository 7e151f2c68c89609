from typing import Literal, cast

SettlementMarketResult = Literal["no", "scalar", "yes"]

SETTLEMENT_MARKET_RESULT_VALUES: set[SettlementMarketResult] = {
    "no",
    "scalar",
    "yes",
}


def check_settlement_market_result(value: str) -> SettlementMarketResult:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(SettlementMarketResult, value)
