from typing import Literal, cast

MultivariateMarketLifecyclePayloadMsgPriceLevelStructure = Literal[
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

MULTIVARIATE_MARKET_LIFECYCLE_PAYLOAD_MSG_PRICE_LEVEL_STRUCTURE_VALUES: set[
    MultivariateMarketLifecyclePayloadMsgPriceLevelStructure
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


def check_multivariate_market_lifecycle_payload_msg_price_level_structure(
    value: str,
) -> MultivariateMarketLifecyclePayloadMsgPriceLevelStructure:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MultivariateMarketLifecyclePayloadMsgPriceLevelStructure, value)
