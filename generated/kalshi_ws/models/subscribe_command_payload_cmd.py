from typing import Literal, cast

SubscribeCommandPayloadCmd = Literal["subscribe"]

SUBSCRIBE_COMMAND_PAYLOAD_CMD_VALUES: set[SubscribeCommandPayloadCmd] = {
    "subscribe",
}


def check_subscribe_command_payload_cmd(value: str) -> SubscribeCommandPayloadCmd:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(SubscribeCommandPayloadCmd, value)
