from typing import Literal, cast

PythUpdateSubscriptionCommandPayloadCmd = Literal["update_subscription"]

PYTH_UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_CMD_VALUES: set[
    PythUpdateSubscriptionCommandPayloadCmd
] = {
    "update_subscription",
}


def check_pyth_update_subscription_command_payload_cmd(
    value: str,
) -> PythUpdateSubscriptionCommandPayloadCmd:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(PythUpdateSubscriptionCommandPayloadCmd, value)
