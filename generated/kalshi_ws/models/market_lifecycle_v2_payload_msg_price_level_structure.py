from typing import Literal, cast

MarketLifecycleV2PayloadMsgPriceLevelStructure = Literal[
    "center_centi_edge_centi_cent",
    "center_deci_edge_centi_cent",
    "center_half_edge_deci_cent",
    "center_half_edge_half_cent",
    "center_half_edge_quint_cent",
    "center_quint_edge_deci_cent",
    "center_quint_edge_quint_cent",
    "center_whole_edge_half_cent",
    "center_whole_edge_quint_cent",
    "deci_cent",
    "linear_cent",
    "tapered_deci_cent",
]

MARKET_LIFECYCLE_V2_PAYLOAD_MSG_PRICE_LEVEL_STRUCTURE_VALUES: set[
    MarketLifecycleV2PayloadMsgPriceLevelStructure
] = {
    "center_centi_edge_centi_cent",
    "center_deci_edge_centi_cent",
    "center_half_edge_deci_cent",
    "center_half_edge_half_cent",
    "center_half_edge_quint_cent",
    "center_quint_edge_deci_cent",
    "center_quint_edge_quint_cent",
    "center_whole_edge_half_cent",
    "center_whole_edge_quint_cent",
    "deci_cent",
    "linear_cent",
    "tapered_deci_cent",
}


def check_market_lifecycle_v2_payload_msg_price_level_structure(
    value: str,
) -> MarketLifecycleV2PayloadMsgPriceLevelStructure:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MarketLifecycleV2PayloadMsgPriceLevelStructure, value)
