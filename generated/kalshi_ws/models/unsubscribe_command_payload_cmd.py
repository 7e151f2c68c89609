from typing import Literal, cast

UnsubscribeCommandPayloadCmd = Literal["unsubscribe"]

UNSUBSCRIBE_COMMAND_PAYLOAD_CMD_VALUES: set[UnsubscribeCommandPayloadCmd] = {
    "unsubscribe",
}


def check_unsubscribe_command_payload_cmd(value: str) -> UnsubscribeCommandPayloadCmd:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(UnsubscribeCommandPayloadCmd, value)
