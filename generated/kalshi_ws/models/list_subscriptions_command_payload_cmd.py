from typing import Literal, cast

ListSubscriptionsCommandPayloadCmd = Literal["list_subscriptions"]

LIST_SUBSCRIPTIONS_COMMAND_PAYLOAD_CMD_VALUES: set[ListSubscriptionsCommandPayloadCmd] = {
    "list_subscriptions",
}


def check_list_subscriptions_command_payload_cmd(value: str) -> ListSubscriptionsCommandPayloadCmd:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(ListSubscriptionsCommandPayloadCmd, value)
