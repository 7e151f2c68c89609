from typing import Literal, cast

UpdateSubscriptionCommandPayloadCmd = Literal["update_subscription"]

UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_CMD_VALUES: set[UpdateSubscriptionCommandPayloadCmd] = {
    "update_subscription",
}


def check_update_subscription_command_payload_cmd(
    value: str,
) -> UpdateSubscriptionCommandPayloadCmd:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(UpdateSubscriptionCommandPayloadCmd, value)
