from typing import Literal, cast

ProposeBlockTradeRequestMakerSide = Literal["no", "yes"]

PROPOSE_BLOCK_TRADE_REQUEST_MAKER_SIDE_VALUES: set[ProposeBlockTradeRequestMakerSide] = {
    "no",
    "yes",
}


def check_propose_block_trade_request_maker_side(value: str) -> ProposeBlockTradeRequestMakerSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(ProposeBlockTradeRequestMakerSide, value)
