from typing import Literal, cast

CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction = Literal[
    "indexlist", "subscribe_indices", "unsubscribe_indices"
]

CFBENCHMARKS_UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_PARAMS_ACTION_VALUES: set[
    CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction
] = {
    "indexlist",
    "subscribe_indices",
    "unsubscribe_indices",
}


def check_cfbenchmarks_update_subscription_command_payload_params_action(
    value: str,
) -> CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction, value)
