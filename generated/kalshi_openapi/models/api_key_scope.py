from typing import Literal, cast

ApiKeyScope = Literal[
    "read",
    "read::block_trade_accept",
    "read::portfolio_balance",
    "write",
    "write::block_trade_accept",
    "write::fcm_risk",
    "write::trade",
    "write::transfer",
]

API_KEY_SCOPE_VALUES: set[ApiKeyScope] = {
    "read",
    "read::block_trade_accept",
    "read::portfolio_balance",
    "write",
    "write::block_trade_accept",
    "write::fcm_risk",
    "write::trade",
    "write::transfer",
}


def check_api_key_scope(value: str) -> ApiKeyScope:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(ApiKeyScope, value)
