from typing import Literal, cast

CfbenchmarksUpdateSubscriptionCommandPayloadCmd = Literal["update_subscription"]

CFBENCHMARKS_UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_CMD_VALUES: set[
    CfbenchmarksUpdateSubscriptionCommandPayloadCmd
] = {
    "update_subscription",
}


def check_cfbenchmarks_update_subscription_command_payload_cmd(
    value: str,
) -> CfbenchmarksUpdateSubscriptionCommandPayloadCmd:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(CfbenchmarksUpdateSubscriptionCommandPayloadCmd, value)
