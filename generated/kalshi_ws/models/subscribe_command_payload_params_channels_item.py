from typing import Literal, cast

SubscribeCommandPayloadParamsChannelsItem = Literal[
    "cfbenchmarks_value",
    "communications",
    "fill",
    "market_lifecycle_v2",
    "market_positions",
    "multivariate_market_lifecycle",
    "order_group_updates",
    "orderbook_delta",
    "pyth_value",
    "ticker",
    "trade",
    "user_orders",
]

SUBSCRIBE_COMMAND_PAYLOAD_PARAMS_CHANNELS_ITEM_VALUES: set[
    SubscribeCommandPayloadParamsChannelsItem
] = {
    "cfbenchmarks_value",
    "communications",
    "fill",
    "market_lifecycle_v2",
    "market_positions",
    "multivariate_market_lifecycle",
    "order_group_updates",
    "orderbook_delta",
    "pyth_value",
    "ticker",
    "trade",
    "user_orders",
}


def check_subscribe_command_payload_params_channels_item(
    value: str,
) -> SubscribeCommandPayloadParamsChannelsItem:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(SubscribeCommandPayloadParamsChannelsItem, value)
