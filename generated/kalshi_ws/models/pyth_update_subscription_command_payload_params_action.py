from typing import Literal, cast

PythUpdateSubscriptionCommandPayloadParamsAction = Literal[
    "subscribe_underlyings", "underlying_list", "unsubscribe_underlyings"
]

PYTH_UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_PARAMS_ACTION_VALUES: set[
    PythUpdateSubscriptionCommandPayloadParamsAction
] = {
    "subscribe_underlyings",
    "underlying_list",
    "unsubscribe_underlyings",
}


def check_pyth_update_subscription_command_payload_params_action(
    value: str,
) -> PythUpdateSubscriptionCommandPayloadParamsAction:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(PythUpdateSubscriptionCommandPayloadParamsAction, value)
