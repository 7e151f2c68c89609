from typing import Literal, cast

UpdateSubscriptionCommandPayloadParamsAction = Literal[
    "add_markets", "delete_markets", "get_snapshot"
]

UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_PARAMS_ACTION_VALUES: set[
    UpdateSubscriptionCommandPayloadParamsAction
] = {
    "add_markets",
    "delete_markets",
    "get_snapshot",
}


def check_update_subscription_command_payload_params_action(
    value: str,
) -> UpdateSubscriptionCommandPayloadParamsAction:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(UpdateSubscriptionCommandPayloadParamsAction, value)
