from typing import Literal, cast

BlockTradeProposalMakerSide = Literal["no", "yes"]

BLOCK_TRADE_PROPOSAL_MAKER_SIDE_VALUES: set[BlockTradeProposalMakerSide] = {
    "no",
    "yes",
}


def check_block_trade_proposal_maker_side(value: str) -> BlockTradeProposalMakerSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(BlockTradeProposalMakerSide, value)
